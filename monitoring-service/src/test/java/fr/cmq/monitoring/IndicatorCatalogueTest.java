package fr.cmq.monitoring;

import fr.cmq.testing.RealInfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static fr.cmq.monitoring.MonitoringTestSupport.reader;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The indicator catalogue against the report's Annexe 3, served over real HTTP. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructureResource.class)
class IndicatorCatalogueTest {

    /**
     * Annexe 3 of the report (« Indicateurs de pilotage académique – académie de Grenoble »), copied from the report:
     * each theme (first column) with its indicator (second column), word for word.
     */
    static final Map<String, String> ANNEX_3 = new LinkedHashMap<>();

    static {
        ANNEX_3.put("Attractivité et rayonnement du campus",
                "Taux de pression (= nb candidats/nb places par établissement de la filière campus)");
        ANNEX_3.put("Mobilité des apprenants (voies et niveaux)",
                "Taux de mobilité (=Nb personnes issues de mobilité / nb apprenants total de chaque établissement de "
                        + "formation du campus)");
        ANNEX_3.put("Pilotage du campus",
                "Taux de réalisation du plan annuel d'actions (Chaque fiche action fait l'objet d'une évaluation en "
                        + "COPIL de son niveau de réalisation. Score : ¼, ½, ¾, 100 % voir au-delà !)");
        ANNEX_3.put("Employabilité",
                "Taux d'emploi durable dans la filière (= Suivi des cohortes de sortants à 6 mois, 12mois et 2 ans, "
                        + "3ans, 5 ans)");
        ANNEX_3.put("Budget", "Budget du campus (Total budget et % couverture emplois/ressources)");
    }

    /** The annex's comments (complementary indicators) and its budget model, word for word. */
    static final List<String> ANNEX_3_COMPLEMENTS = List.of("Nb d'actions de communication interne et externe",
            "Score de réussite aux examens", "score de réussite des parcours passerelles",
            "Mesure des réorientations dans les autres cursus de formations du campus", "% financé par le rectorat",
            "% financé par la région", "% financé par les partenaires entreprises", "% autres sources de financement");

    @Test
    void theCatalogueHoldsTheFiveThemesOfAnnexe3WithTheirIndicatorsWordedAsTheReportWordsThem() {
        JsonPath catalogue = reader().when().get("/api/v1/reference/indicators").then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> items = catalogue.getList("");
        assertEquals(List.copyOf(ANNEX_3.keySet()), items.stream().map(i -> (String) i.get("themeLabel")).distinct()
                .toList(), "the five themes of Annexe 3, in its order");
        ANNEX_3.forEach((theme, definition) -> assertTrue(items.stream().anyMatch(i -> theme.equals(i.get("themeLabel"))
                        && definition.equals(i.get("definition")) && !(Boolean) i.get("complementary")),
                "Annexe 3: " + theme + " → " + definition));
        ANNEX_3_COMPLEMENTS.forEach(definition -> assertTrue(items.stream()
                .anyMatch(i -> definition.equals(i.get("definition"))), definition));
        for (Map<String, Object> item : items) {
            String code = (String) item.get("code");
            assertFalse(((String) item.get("source")).isBlank(), code + ": its source paragraph");
            assertFalse(((String) item.get("label")).isBlank(), code);
            assertNotNull(item.get("min"), code);
            assertEquals(item.get("numerator") == null, item.get("denominator") == null, code + ": a rate has both");
        }
    }

    @Test
    void theCatalogueHoldsTheLearnerCountsOfRecommendation18AndInternationalMobility() {
        JsonPath catalogue = reader().when().get("/api/v1/reference/indicators").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("ESTABLISHMENT", "PATHWAY_STATUS", "LEVEL"),
                catalogue.getList("find { it.code == 'LEARNERS' }.breakdowns"));
        assertEquals("nombre de classes mixtes", catalogue.getString("find { it.code == 'MIXED_CLASSES' }.definition"));
        assertTrue(catalogue.getString("find { it.code == 'MIXED_PATHWAY_LEARNERS' }.definition")
                .startsWith("nombre d'élèves suivant ces parcours"));
        assertTrue(catalogue.getString("find { it.code == 'OUTGOING_INTERNATIONAL_MOBILITY' }.source")
                .startsWith("[52]"));
        assertEquals(List.of("COHORT_HORIZON"),
                catalogue.getList("find { it.code == 'SUSTAINABLE_EMPLOYMENT_RATE' }.requiredBreakdowns"));
        // a pressure rate may pass 100 % (45 applicants for 30 places); a mobility rate may not
        assertNull(catalogue.get("find { it.code == 'PRESSURE_RATE' }.max"));
        assertEquals(100, catalogue.getInt("find { it.code == 'MOBILITY_RATE' }.max"));
        assertEquals("ACTION_PLAN", catalogue.getString("find { it.code == 'ACTION_PLAN_COMPLETION' }.computedFrom"));
    }

    @Test
    void theCatalogueNeedsATokenAndAnswersNotModified() {
        given().when().get("/api/v1/reference/indicators").then().statusCode(401);
        Response first = reader().when().get("/api/v1/reference/indicators");
        reader().header("If-None-Match", first.header("ETag")).when().get("/api/v1/reference/indicators")
                .then().statusCode(304);
    }
}
