package fr.cmq.common.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Idempotency-Key header, documented once on every POST by the shared OpenAPI filter (StandardHeaders). */
class IdempotencyKeyDocumentationTest {

    @Test
    void everyPostTakesTheHeaderAndSaysWhatItsAnswersMean() {
        Operation create = operation("registerCampus", "201");
        Operation decide = operation("decideApplication", "200");
        Operation replace = operation("putProfile", "200");
        Operation read = operation("getCampus", "200");
        OpenAPI doc = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/api/v1/campuses", OASFactory.createPathItem().POST(create))
                .addPathItem("/api/v1/applications/{applicationId}/decision", OASFactory.createPathItem().POST(decide))
                .addPathItem("/api/v1/campuses/{campusId}", OASFactory.createPathItem().PUT(replace).GET(read)));

        ProblemResponsesFilter filter = new ProblemResponsesFilter();
        filter.filterOpenAPI(doc);
        filter.filterOpenAPI(doc); // documented once, however often the filter runs

        for (Operation post : new Operation[] {create, decide}) {
            assertEquals(1, post.getParameters().stream().filter(p -> p.getName().equals("Idempotency-Key")).count());
            Parameter key = post.getParameters().stream().filter(p -> p.getName().equals("Idempotency-Key"))
                    .findFirst().orElseThrow();
            assertEquals(Parameter.In.HEADER, key.getIn());
            assertFalse(Boolean.TRUE.equals(key.getRequired()), "without the header, a POST behaves as always");
            assertEquals(Schema.SchemaType.STRING, key.getSchema().getType().get(0));
            assertEquals(255, key.getSchema().getMaxLength());
            assertTrue(key.getDescription().contains("422") && key.getDescription().contains("409")
                    && key.getDescription().contains("24 hours"), key.getDescription());
            String success = post == create ? "201" : "200";
            assertNotNull(post.getResponses().getAPIResponse(success).getHeaders().get("Idempotent-Replayed"));
            assertTrue(post.getResponses().getAPIResponse("409").getDescription().endsWith(
                    "; or a request with the same Idempotency-Key is still in progress"));
            assertTrue(post.getResponses().getAPIResponse("422").getDescription().endsWith(
                    "; or the Idempotency-Key was used with another request"));
        }
        assertEquals("The URL of the created resource",
                create.getResponses().getAPIResponse("201").getHeaders().get("Location").getDescription());
        for (Operation other : new Operation[] {replace, read}) {
            assertTrue(other.getParameters() == null
                    || other.getParameters().stream().noneMatch(p -> p.getName().equals("Idempotency-Key")));
            assertNull(other.getResponses().getAPIResponse("200").getHeaders() == null ? null
                    : other.getResponses().getAPIResponse("200").getHeaders().get("Idempotent-Replayed"));
        }
        assertFalse(replace.getResponses().getAPIResponse("422").getDescription().contains("Idempotency-Key"));
    }

    private static Operation operation(String id, String status) {
        return OASFactory.createOperation().operationId(id).summary(id)
                .responses(OASFactory.createAPIResponses().addAPIResponse(status,
                        OASFactory.createAPIResponse().description("Done")));
    }
}
