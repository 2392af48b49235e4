package fr.cmq.funding;

import fr.cmq.testing.RealInfrastructureResource;
import fr.cmq.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 2017 report's facts loaded by V7 (reference data, no write): served with their paragraph as source, as the
 * report gives them. The campuses are Annexe 4's (labelling V3 ids): they need not be known to this service.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructureResource.class)
class ReportFactTest extends FundingTestSupport {

    static final String CAMPUS_FACTS = "/api/v1/reference/report-2017/campus-facts";
    static final String REGIONAL_FUNDING = "/api/v1/reference/report-2017/regional-funding";
    /** Annexe 4 row 40: Occitanie, TOULOUSE, « Aéronautique et spatial ». */
    static final String TOULOUSE = "cb41f46b-a96a-5983-b25a-f28811bd2525";
    /** Annexe 4 row 39: Nouvelle-Aquitaine, BORDEAUX, « Aérocampus ». */
    static final String AEROCAMPUS = "e13795b0-e25d-5403-a6de-b44119ea6622";

    /** The report's paragraphs, quoted: each served statement is the report's text (« […] »: left out). */
    static final Map<String, String> QUOTED = Map.ofEntries(
            Map.entry("97-toulouse-director-post", "Il convient de relever, par exemple, que le CMQ aéronautique et"
                    + " spatial de Toulouse se signale par un financement pluriel du poste de directeur opérationnel,"
                    + " ce dernier étant un salarié d'Airbus dont la rémunération est assurée par Airbus (à hauteur de"
                    + " 30 %), le rectorat (25 %), le conseil régional (25 %) et l'UIMM (20 %)."),
            Map.entry("110-hauts-de-france-amount", "S'agissant de l'implication du conseil régional, celle-ci reste"
                    + " inégale. Certaines régions participent déjà au financement des CMQ dans des proportions qui"
                    + " restent modestes (200 000 € sur 3 ans pour les six campus de la région Hauts-de-France), selon"
                    + " des modalités variables."),
            Map.entry("110-grand-est-modality", "En effet, si dans certains territoires, les campus se voient"
                    + " accorder une subvention en début d'année (Auvergne-Rhône-Alpes ou PACA), dans d'autres régions"
                    + " (Hauts-de-France depuis le changement de majorité politique, Grand Est) il est nécessaire que"
                    + " les campus engagent les dépenses avant d'effectuer une demande de prise en charge auprès du"
                    + " conseil régional, cette prise en charge étant accordée après étude d'un dossier déposé par le"
                    + " CMQ."),
            Map.entry("111-nouvelle-aquitaine-travel-costs", "On notera par ailleurs que dans certaines régions,"
                    + " Nouvelle Aquitaine par exemple, il est envisagé de couvrir les frais de déplacement des"
                    + " directeurs opérationnels (mise à disposition d'un véhicule, prise en charge du carburant,"
                    + " etc.)."),
            Map.entry("112-occitanie-not-participating", "Il n'en reste pas moins qu'actuellement plusieurs régions"
                    + " ne participent pas (par exemple la région Occitanie) ou participent très peu au financement des"
                    + " CMQ"),
            Map.entry("112-toulouse-stakeholders", "On remarquera toutefois que la présence d'un grand groupe"
                    + " industriel au sein du CMQ permet de disposer de ressources financières ou matérielles"
                    + " supérieures (exemple du CMQ aéronautique et espace de Toulouse où, en sus de la cotisation"
                    + " annuelle de 300 € exigée pour chaque membre, Airbus verse une subvention […])"),
            Map.entry("encadre-2-aerocampus-resources", "Sur le plan du financement tout d'abord, l'Aérocampus"
                    + " dispose de ressources bien supérieures aux CMQ « classiques » puisqu'il peut s'appuyer sur une"
                    + " dotation du conseil régional de 2 M€ et sur des ressources propres s'élevant à 8 M€. Ces"
                    + " ressources propres sont issues principalement de la commercialisation de formations aux"
                    + " entreprises du secteur aéronautique, y compris étrangères."),
            Map.entry("encadre-7-aerocampus-budget", "Depuis sa création en 2011, l'Aérocampus a connu un"
                    + " développement foudroyant de ses activités de formation continue : alors qu'il était"
                    + " intégralement financé par la région à sa création en 2011 (2M€ de budget initial), 80 % de son"
                    + " budget est aujourd'hui constitué de ressources propres (CA de 10 M€, résultat net de 1 M€)."));

    @Test
    void theToulouseDirectorPostIsPaidThirtyTwentyFiveTwentyFiveTwentyAsParagraph97Says() {
        given().auth().oauth2(TestTokens.reader()).queryParam("campusId", TOULOUSE)
                .when().get(CAMPUS_FACTS)
                .then().statusCode(200)
                .body("id", contains("97-toulouse-director-post", "112-toulouse-stakeholders"))
                .body("source.kind", everyItem(equalTo("REPORT_2017")))
                .body("source.reference", contains("[97]", "[112]"))
                .body("annex4Row", everyItem(equalTo(40)))
                .body("regionCode", everyItem(equalTo("76")))
                .body("[0].topic", equalTo("DIRECTOR_POST_FUNDING"))
                .body("[0].subject", equalTo("CMQ aéronautique et spatial de Toulouse"))
                .body("[0].figures.funderName", contains("Airbus", "rectorat", "conseil régional", "UIMM"))
                .body("[0].figures.funderType", contains("COMPANY", "RECTORAT", "REGION", "PROFESSIONAL_BRANCH"))
                .body("[0].figures.percent", contains(dec("30.0"), dec("25.0"), dec("25.0"), dec("20.0")))
                // the report gives neither a year nor the post's cost: none is served
                .body("[0].figures", everyItem(not(hasKey("year"))))
                .body("[0].figures", everyItem(not(hasKey("amountCents"))))
                // [112]: a 300 EUR fee per member and year, and an Airbus subsidy of no stated amount
                .body("[1].subject", equalTo("CMQ aéronautique et espace de Toulouse"))
                .body("[1].figures[0].amountCents", equalTo(30000))
                .body("[1].figures[0].periodYears", equalTo(1))
                .body("[1].figures[0].perMember", equalTo(true))
                .body("[1].figures[0].funderType", equalTo("MEMBERSHIP_FEES"))
                .body("[1].figures[1].funderName", equalTo("Airbus"))
                .body("[1].figures[1]", not(hasKey("amountCents")));
    }

    @Test
    void theAerocampusIsWhatEncadres2And7SayOfIt() {
        given().auth().oauth2(TestTokens.regional("75")).queryParam("campusId", AEROCAMPUS)
                .when().get(CAMPUS_FACTS)
                .then().statusCode(200)
                .body("id", contains("encadre-2-aerocampus-director-post", "encadre-2-aerocampus-resources",
                        "encadre-7-aerocampus-budget"))
                .body("source.reference", contains("Encadré 2", "Encadré 2", "Encadré 7"))
                .body("annex4Row", everyItem(equalTo(39)))
                // Encadré 2: a director post funded by the rectorat (no share stated), 2 MEUR region + 8 MEUR own
                .body("[0].figures[0].funderType", equalTo("RECTORAT"))
                .body("[0].figures[0]", not(hasKey("percent")))
                .body("[1].figures.funderType", contains("REGION", "OWN_RESOURCES"))
                .body("[1].figures.amountCents", contains(200000000, 800000000))
                .body("[1].figures", everyItem(not(hasKey("year"))))
                // Encadré 7: fully regional at its creation in 2011 (2 MEUR), 80 % own resources today, 10 / 1 MEUR
                .body("[2].figures.label", contains(
                        "intégralement financé par la région à sa création en 2011 (2M€ de budget initial)",
                        "80 % de son budget est aujourd'hui constitué de ressources propres", "CA de 10 M€",
                        "résultat net de 1 M€"))
                .body("[2].figures[0].year", equalTo(2011))
                .body("[2].figures[0].percent", equalTo(dec("100.0")))
                .body("[2].figures[1].percent", equalTo(dec("80.0")))
                .body("[2].figures[1]", not(hasKey("year")))
                .body("[2].figures.amountCents", contains(200000000, null, 1000000000, 100000000));
    }

    @Test
    void regionalFundingIsAttachedToTheRegionsNotToCampuses() {
        given().auth().oauth2(TestTokens.reader()).when().get(REGIONAL_FUNDING)
                .then().statusCode(200)
                .body("id", contains("110-hauts-de-france-amount", "110-auvergne-rhone-alpes-modality",
                        "110-paca-modality", "110-hauts-de-france-modality", "110-grand-est-modality",
                        "111-nouvelle-aquitaine-travel-costs", "112-occitanie-not-participating"))
                .body("regionCode", contains("32", "84", "93", "32", "44", "75", "76"))
                .body("source.reference", contains("[110]", "[110]", "[110]", "[110]", "[110]", "[111]", "[112]"))
                .body("", everyItem(not(hasKey("campusId"))))
                .body("", everyItem(not(hasKey("annex4Row"))))
                // [110]: 200 000 EUR over three years for six campuses (the report's count; Annexe 4 lists seven)
                .body("[0].figures[0].amountCents", equalTo(20000000))
                .body("[0].figures[0].periodYears", equalTo(3))
                .body("[0].figures[0].campusCount", equalTo(6))
                .body("[0].figures[0]", not(hasKey("year")))
                .body("findAll { it.topic == 'REGIONAL_FUNDING_MODALITY' }.figures.flatten().modality",
                        contains("EX_ANTE", "EX_ANTE", "EX_POST", "EX_POST"))
                .body("[6].topic", equalTo("REGION_NOT_PARTICIPATING"))
                .body("[6].figures", empty());
        given().auth().oauth2(TestTokens.reader()).queryParam("regionCode", "32").when().get(REGIONAL_FUNDING)
                .then().statusCode(200)
                .body("id", contains("110-hauts-de-france-amount", "110-hauts-de-france-modality"));
    }

    @Test
    void occitaniePaysAQuarterOfTheToulousePostIn97AndTakesNoPartIn112BothKept() {
        // The report's inconsistency is served as it is, each fact with its paragraph, not resolved.
        given().auth().oauth2(TestTokens.reader()).queryParam("regionCode", "76").when().get(CAMPUS_FACTS)
                .then().statusCode(200)
                .body("find { it.id == '97-toulouse-director-post' }.figures.find { it.funderType == 'REGION' }"
                        + ".percent", equalTo(dec("25.0")))
                .body("find { it.id == '97-toulouse-director-post' }.source.reference", equalTo("[97]"));
        given().auth().oauth2(TestTokens.reader()).queryParam("regionCode", "76").when().get(REGIONAL_FUNDING)
                .then().statusCode(200)
                .body("id", contains("112-occitanie-not-participating"))
                .body("[0].statement", containsString("ne participent pas (par exemple la région Occitanie)"))
                .body("[0].source.reference", equalTo("[112]"));
    }

    @Test
    void everyFactQuotesTheReportAndCarriesItsParagraph() {
        List<Map<String, Object>> facts = new java.util.ArrayList<>();
        for (String path : List.of(CAMPUS_FACTS, REGIONAL_FUNDING)) {
            JsonPath answer = given().auth().oauth2(TestTokens.national()).when().get(path)
                    .then().statusCode(200).extract().jsonPath();
            facts.addAll(answer.getList(""));
        }
        assertEquals(14, facts.size());
        for (Map<String, Object> fact : facts) {
            @SuppressWarnings("unchecked")
            Map<String, Object> source = (Map<String, Object>) fact.get("source");
            assertEquals(Map.of("kind", "REPORT_2017", "reference", source.get("reference")), source, fact.get("id") + "");
            assertTrue(((String) source.get("reference")).matches("\\[\\d+]|Encadré \\d"), fact.get("id") + "");
        }
        for (Map.Entry<String, String> quoted : QUOTED.entrySet()) {
            assertEquals(quoted.getValue(), facts.stream().filter(f -> f.get("id").equals(quoted.getKey()))
                    .findFirst().orElseThrow().get("statement"), quoted.getKey());
        }
    }

    @Test
    void readersOnlyWithATokenAndTheTopicsHaveTheirLabels() {
        given().when().get(CAMPUS_FACTS).then().statusCode(401);
        given().when().get(REGIONAL_FUNDING).then().statusCode(401);
        given().auth().oauth2(TestTokens.reader()).queryParam("campusId", "not-a-uuid").when().get(CAMPUS_FACTS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("campusId"));
        given().auth().oauth2(TestTokens.reader()).queryParam("regionCode", "11").when().get(CAMPUS_FACTS)
                .then().statusCode(200).body("", hasSize(0));
        given().auth().oauth2(TestTokens.reader()).when().get("/api/v1/reference/report-fact-topics")
                .then().statusCode(200)
                .body("code", contains("DIRECTOR_POST_FUNDING", "CAMPUS_RESOURCES", "STAKEHOLDER_CONTRIBUTIONS",
                        "REGIONAL_FUNDING", "REGIONAL_FUNDING_MODALITY", "REGIONAL_FUNDING_CONSIDERED",
                        "REGION_NOT_PARTICIPATING"))
                .body("[0].label", equalTo("Financement du poste de directeur opérationnel"));
    }
}
