package fr.cmq.e2e;

import fr.cmq.local.LocalPlatform;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * What the end-to-end test classes share: the platform that {@link PlatformExtension} started, RestAssured pointed at
 * its gateway, the usual callers' tokens, and the requests several tests make.
 */
@ExtendWith(PlatformExtension.class)
abstract class EndToEndTest {

    /** A valid monitoring profile: a GIP of the FCIP kind, without a director post. */
    static final String GIP_PROFILE = """
            {"legalForm":"GIP","gipKind":"ACADEMIC_FCIP","hasLegalPersonality":true,"hasOwnBudget":true,
             "directorPost":{"exists":false},
             "governance":{"steeringCommittee":true,"managementCommittee":false,"workingGroups":[],
                           "higherEducationInGovernance":false}}""";

    static LocalPlatform platform;
    /** A token of the national mission (user e2e-national). */
    static String national;
    /** A token of a reader (user e2e-reader). */
    static String reader;

    @BeforeAll
    static void connectToThePlatform() {
        platform = PlatformExtension.platform();
        RestAssured.baseURI = platform.gatewayUrl();
        national = platform.tokens().national("e2e-national");
        reader = platform.tokens().reader("e2e-reader");
    }

    /** {@code POST /api/v1/campuses} as the national mission at {@code baseUrl} (the gateway's, or a service's). */
    static Response postCampus(String baseUrl, String designation, String familyCode, String regionCode,
                               String academyCode) {
        return given().auth().oauth2(national).contentType(ContentType.JSON)
                .body(Map.of("designation", designation, "familyCode", familyCode, "regionCode", regionCode,
                        "academyCodes", List.of(academyCode)))
                .when().post(baseUrl + "/api/v1/campuses");
    }

    /** A campus registered through the gateway (201); its id. */
    static String registerCampus(String designation, String familyCode, String regionCode, String academyCode) {
        return postCampus(platform.gatewayUrl(), designation, familyCode, regionCode, academyCode)
                .then().statusCode(201).extract().path("id");
    }
}
