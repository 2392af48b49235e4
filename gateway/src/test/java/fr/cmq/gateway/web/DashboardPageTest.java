package fr.cmq.gateway.web;

import fr.cmq.events.Topics;
import fr.cmq.events.labelling.CampusState;
import fr.cmq.events.labelling.LabellingEventTypes;
import fr.cmq.gateway.Events;
import fr.cmq.gateway.StandInServices;
import fr.cmq.testing.RealInfrastructureResource;
import fr.cmq.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The national mission's web page, served from the read model without a token, in French, escaping the data. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructureResource.class)
@QuarkusTestResource(StandInServices.class)
class DashboardPageTest {

    static final int YEAR = LocalDate.now().getYear();
    static final UUID HOSTILE = UUID.randomUUID();
    static final UUID FILLED = UUID.randomUUID();
    static final String HOSTILE_NAME = "<script>alert('cmq')</script> Campus hostile (test page)";
    static final String FILLED_NAME = "Campus complet (test page)";

    static boolean published;

    @BeforeEach
    void publishTwoCampuses() throws Exception {
        if (published) {
            return;
        }
        published = true;
        // The register's events carry the French names of their codes (the contract's CampusState).
        Events.publish(Topics.LABELLING, HOSTILE, LabellingEventTypes.CAMPUS_REGISTERED, 1, new CampusState(HOSTILE_NAME,
                "MATERIALS", "Matériaux, matériaux innovants", "76", "Occitanie", List.of("TOULOUSE"),
                Map.of("TOULOUSE", "Toulouse"), List.of(), List.of(), null));
        Events.publish(Topics.LABELLING, FILLED, LabellingEventTypes.CAMPUS_REGISTERED, 1, new CampusState(FILLED_NAME,
                "DIGITAL_TELECOM", "Numérique, télécommunications", "53", "Bretagne", List.of("RENNES"),
                Map.of("RENNES", "Rennes"), List.of("Campus numérique (test page)"), List.of(), null));
        LocalDate start = LocalDate.now().minusYears(1);
        Events.publish("cmq.labelling.events", FILLED, "LabelGranted", 2, """
                {"label":{"campusId":"%s","status":"LABELLED","startDate":"%s","expiryDate":"%s","durationYears":5}}"""
                .formatted(FILLED, start, start.plusYears(5)));
        Events.publish("cmq.monitoring.events", FILLED, "ProfileChanged", 1, """
                {"campusId":"%s","legalForm":"GIP","gipKind":"ACADEMIC_FCIP","supportEstablishment":{"name":"Lycée Chateaubriand (test)",
                 "type":"LYCEE","role":"CARRIER"},"directorPost":{"exists":true,"fte":1.0},"version":1}""".formatted(FILLED));
        Events.publish("cmq.monitoring.events", FILLED, "PartnerAdded", 2, """
                {"partner":{"id":"%s","campusId":"%s","name":"<b>Université</b> de Rennes (test)","category":"UNIVERSITY",
                 "sector":"PUBLIC","trainingRole":"BOTH","inGovernance":true,"active":true},
                 "summary":{"totalActive":1,"matrix":{"publicInitial":1,"publicContinuing":1,"privateInitial":0,"privateContinuing":0},
                 "flags":{"noHigherEducation":false,"noResearchLab":true,"noGreta":true,"noAfpa":true,"noOpca":true,
                          "noDireccteCorrespondent":true,"governanceWithoutEple":true,"governanceWithoutEpscp":true}}}"""
                .formatted(UUID.randomUUID(), FILLED));
        Events.publish("cmq.funding.events", FILLED, "BudgetDeclared", 1, """
                {"campusId":"%s","year":%d,"kind":"FORECAST","holder":"SUPPORT_ESTABLISHMENT","holderName":"Jeanne Martin (test)",
                 "totalResourcesCents":20000000,"totalUsesCents":20000000,
                 "contributions":[{"funderName":"Région Bretagne","funderType":"REGION","amountCents":15000000,"modality":"EX_ANTE"},
                                  {"funderName":"Rectorat de Rennes","funderType":"RECTORAT","amountCents":5000000,"modality":"EX_POST"}],
                 "sharesByFunderType":[{"funderType":"RECTORAT","amountCents":5000000,"percent":25.0},
                                       {"funderType":"REGION","amountCents":15000000,"percent":75.0}],
                 "sharesByModality":[{"modality":"EX_ANTE","amountCents":15000000,"percent":75.0},
                                     {"modality":"EX_POST","amountCents":5000000,"percent":25.0}],
                 "nonRectoratPercent":75.0}""".formatted(FILLED, YEAR));
        Events.await("the page shows the published campuses",
                () -> given().queryParam("q", "test page").get("/").asString(),
                body -> body.contains(FILLED_NAME) && body.contains("Campus hostile") && body.contains("75,0 %"));
    }

    @Test
    void thePageIsFrenchAccessibleAndNeedsNoToken() {
        given().when().get("/").then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("<html lang=\"fr\""))
                .body(containsString("<title>Campus des métiers et des qualifications — tableau national</title>"))
                .body(containsString("<caption>"))
                .body(containsString("<th scope=\"col\""))
                .body(containsString("href=\"#contenu\""))
                .body(containsString("<label class=\"fr-label\" for=\"filtre-region\">Région</label>"))
                .body(containsString("id=\"filtre-region\""))
                .body(containsString("<option value=\"\">Toutes les régions</option>"))
                .body(containsString("<span class=\"fr-hint-text\">Élément de la recommandation 6 non encore renseigné</span>"))
                .body(containsString("<option value=\"LEGAL_FORM\">Forme juridique</option>"))
                .body(containsString("<select class=\"fr-select\" id=\"filtre-annee\" name=\"year\">"))
                .body(containsString("Occitanie (76)"))
                .body(containsString("Exporter en CSV"))
                .body(containsString("Formes juridiques"))
                .body(containsString("Répartition des financeurs"))
                .body(containsString("Typologie des partenaires"))
                .body(containsString("Labels arrivant à échéance par année"))
                .body(containsString("/dsfr/dsfr.min.css"))
                // the report's words for a campus's sector: « 11 filières d'activités » ([63]) and Annexe 4's column
                // « Nouvelle famille - Proposition DGE », not « famille de métiers »
                .body(containsString("for=\"filtre-famille\">Filière (nouvelle famille, proposition DGE)</label>"))
                .body(containsString("<option value=\"\">Toutes les filières</option>"))
                .body(not(containsString("Famille de métiers")));
        given().when().get("/dsfr/dsfr.min.css").then().statusCode(200).contentType(startsWith("text/css"));
        given().when().get("/api/v1/dashboard/campuses").then().statusCode(401);
    }

    @Test
    void dataIsEscapedNeverRun() {
        String body = given().queryParam("q", "campus hostile").when().get("/").then().statusCode(200).extract().asString();
        assertTrue(body.contains("&lt;script&gt;alert(&#39;cmq&#39;)&lt;/script&gt; Campus hostile (test page)"), body);
        assertTrue(!body.contains("<script>alert"), "the designation must not be markup");
        given().when().get("/campus/" + HOSTILE).then().statusCode(200)
                .body(containsString("&lt;script&gt;alert"))
                .body(not(containsString("<script>alert")));
        given().when().get("/campus/" + FILLED).then().statusCode(200)
                .body(containsString("&lt;b&gt;Université&lt;/b&gt; de Rennes (test)"))
                .body(not(containsString("<b>Université</b>")));
    }

    @Test
    void filtersSortingAndTheFrenchLabelsOfTheCodes() {
        given().queryParam("region", "76").queryParam("q", "test page").when().get("/").then().statusCode(200)
                .body(containsString("Campus hostile (test page)"))
                .body(not(containsString(FILLED_NAME)))
                .body(containsString("<option value=\"76\" selected>Occitanie (76)</option>"));
        given().queryParam("legalForm", "GIP").queryParam("q", "test page").when().get("/").then().statusCode(200)
                .body(containsString(FILLED_NAME))
                .body(not(containsString("Campus hostile")))
                .body(containsString("GIP"))
                .body(containsString("Numérique, télécommunications"))
                .body(containsString("Labellisé"));
        given().queryParam("missing", "FORECAST_BUDGET").queryParam("q", "test page").when().get("/").then()
                .statusCode(200).body(containsString("Campus hostile")).body(not(containsString(FILLED_NAME)));
        // Unknown codes (a hand-edited address) mean no filter rather than an error page.
        given().queryParam("region", "XX").queryParam("sort", "nonsense").queryParam("cursor", "%%%").when().get("/")
                .then().statusCode(200);
        String descending = given().queryParam("q", "test page").queryParam("sort", "-designation").when().get("/")
                .then().statusCode(200).body(containsString("aria-sort=\"descending\"")).extract().asString();
        // designations sort as text: "<script>..." comes before "Campus complet..."
        assertTrue(descending.indexOf(FILLED_NAME) < descending.indexOf("Campus hostile"), "descending order");
        String ascending = given().queryParam("q", "test page").when().get("/").then().statusCode(200)
                .body(containsString("aria-sort=\"ascending\"")).extract().asString();
        assertTrue(ascending.indexOf("Campus hostile") < ascending.indexOf(FILLED_NAME), "ascending order");
    }

    @Test
    void theCampusPageShowsLabelProfilePartnersAndBudgets() {
        given().when().get("/campus/" + FILLED).then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("<h1 id=\"campus-designation\">" + FILLED_NAME + "</h1>"))
                .body(containsString("Campus numérique (test page)"))
                .body(containsString("Labellisé"))
                .body(containsString("GIP FCIP académique"))
                .body(containsString("Lycée Chateaubriand (test)"))
                .body(containsString("Université"))
                .body(containsString("Initiale et continue"))
                .body(containsString("Aucun laboratoire de recherche"))
                .body(containsString("Budget prévisionnel " + YEAR))
                .body(containsString("Région Bretagne"))
                .body(containsString("Conseil régional"))
                .body(containsString("150\u202f000 €"))
                .body(containsString("<caption>Partenaires du campus</caption>"))
                .body(containsString("<caption>Ressources — Budget prévisionnel " + YEAR + "</caption>"))
                .body(containsString("<dt class=\"fr-text--bold\">"))
                // the budget's holder by its kind, never the name typed with it (it could be a person's)
                .body(containsString("tablissement support"))
                .body(not(containsString("Jeanne Martin")));
        given().auth().oauth2(TestTokens.reader()).when().get("/api/v1/dashboard/campuses/" + FILLED)
                .then().statusCode(200)
                .body("budgets[0].holder", equalTo("SUPPORT_ESTABLISHMENT"))
                .body(not(containsString("Jeanne Martin")));
        given().when().get("/campus/" + UUID.randomUUID()).then().statusCode(404).body(containsString("Campus introuvable"));
        given().when().get("/campus/not-an-id").then().statusCode(404);
    }

    @Test
    void theCsvExportCarriesThePageFilters() {
        String csv = given().queryParam("q", "test page").queryParam("region", "53").when().get("/export.csv").then()
                .statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        assertTrue(csv.contains("Identifiant,Désignation"), csv);
        assertTrue(csv.contains(FILLED + "," + FILLED_NAME + ",DIGITAL_TELECOM,\"Numérique, télécommunications\",53,Bretagne"), csv);
        assertTrue(csv.contains(",200000.00,"), csv);
        assertTrue(!csv.contains("Campus hostile"), csv);
    }
}
