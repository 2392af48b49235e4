package fr.cmq.common.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The filter on a small document shaped like the one Quarkus builds from the resources. */
class ProblemResponsesFilterTest {

    private static final String CAMPUS = "/api/v1/campuses/{campusId}";
    private static final String PARTNER = "/api/v1/campuses/{campusId}/partners/{partnerId}";

    private OpenAPI openAPI;
    private Operation get;
    private Operation patch;
    private Operation delete;
    private Operation list;
    private Operation publicPage;

    @BeforeEach
    void document() {
        get = OASFactory.createOperation().operationId("getCampus").summary("One campus")
                .description("Answers an ETag.")
                .addParameter(path("campusId"))
                .addParameter(header("If-None-Match"))
                .addSecurityRequirement(OASFactory.createSecurityRequirement()
                        .addScheme("SecurityScheme", List.of("national", "regional", "reader")))
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse()
                        .description("The campus")
                        .addHeader("ETag", OASFactory.createHeader().description("Its version"))));
        patch = OASFactory.createOperation().operationId("patchCampus").summary("Change a campus")
                .addParameter(path("campusId"))
                .addParameter(header("If-Match"))
                .requestBody(OASFactory.createRequestBody())
                .addSecurityRequirement(OASFactory.createSecurityRequirement()
                        .addScheme("SecurityScheme", List.of("national", "regional")))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse().description("Changed"))
                        .addAPIResponse("401", OASFactory.createAPIResponse().description("Not Authorized"))
                        .addAPIResponse("404", OASFactory.createAPIResponse().description("No campus with this id")));
        delete = OASFactory.createOperation().operationId("removePartner").summary("Remove a partner")
                .description("Ends the membership.")
                .addParameter(header("If-Match"))
                .addSecurityRequirement(OASFactory.createSecurityRequirement()
                        .addScheme("SecurityScheme", List.of("national", "regional")))
                .responses(OASFactory.createAPIResponses().addAPIResponse("204",
                        OASFactory.createAPIResponse().description("Removed")));
        list = OASFactory.createOperation().operationId("listCampuses").summary("The register")
                .addParameter(OASFactory.createParameter().name("limit").in(Parameter.In.QUERY))
                .addSecurityRequirement(OASFactory.createSecurityRequirement()
                        .addScheme("SecurityScheme", List.of("national", "regional", "reader")))
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse()
                        .description("A page").addHeader("Link", OASFactory.createHeader())));
        publicPage = OASFactory.createOperation().operationId("index").summary("The web page")
                .responses(OASFactory.createAPIResponses().addAPIResponse("200",
                        OASFactory.createAPIResponse().description("HTML")));
        openAPI = OASFactory.createOpenAPI()
                .paths(OASFactory.createPaths()
                        .addPathItem(CAMPUS, OASFactory.createPathItem().GET(get).PATCH(patch))
                        .addPathItem(PARTNER, OASFactory.createPathItem().DELETE(delete)
                                .addParameter(path("campusId")).addParameter(path("partnerId")))
                        .addPathItem("/api/v1/campuses", OASFactory.createPathItem().GET(list))
                        .addPathItem("/", OASFactory.createPathItem().GET(publicPage)));
        new ProblemResponsesFilter().filterOpenAPI(openAPI);
    }

    @Test
    void declaresTheBearerSchemeWithTheThreeRoles() {
        SecurityScheme scheme = openAPI.getComponents().getSecuritySchemes().get("SecurityScheme");
        assertEquals(SecurityScheme.Type.HTTP, scheme.getType());
        assertEquals("bearer", scheme.getScheme());
        assertEquals("JWT", scheme.getBearerFormat());
        for (String role : List.of("`national`", "`regional`", "`region` claim", "`reader`")) {
            assertTrue(scheme.getDescription().contains(role), role);
        }
    }

    @Test
    void movesTheRolesFromScopesToTheDescriptionAndXRoles() {
        assertEquals(List.of(Map.of("SecurityScheme", List.of())), schemesOf(get));
        assertEquals(List.of("national", "regional", "reader"), get.getExtensions().get("x-roles"));
        assertEquals("Answers an ETag.\n\nAllowed roles: national, regional, reader.", get.getDescription());
        assertEquals(List.of(Map.of("SecurityScheme", List.of())), schemesOf(patch));
        assertEquals("Change a campus\n\nAllowed roles: national, regional (campuses of its token's region only).",
                patch.getDescription(), "no description: the summary, then the roles");
    }

    @Test
    void aPublicOperationSaysSoAndGetsNo401Nor403() {
        assertNotNull(publicPage.getSecurity());
        assertTrue(publicPage.getSecurity().isEmpty());
        assertFalse(publicPage.getResponses().hasAPIResponse("401"));
        assertFalse(publicPage.getResponses().hasAPIResponse("403"));
        assertNull(publicPage.getExtensions());
        assertEquals("The web page", publicPage.getDescription());
    }

    @Test
    void documentsTheProblemAnswersOfEachKindOfOperation() {
        assertEquals(new TreeSet<>(List.of("200", "304", "400", "401", "403", "404", "500")), statuses(get));
        assertEquals(new TreeSet<>(List.of("200", "400", "401", "403", "404", "409", "412", "413", "415", "422", "428",
                "500")), statuses(patch), "a request body: 413 over the size limit, 415 for another Content-Type");
        assertEquals(new TreeSet<>(List.of("204", "400", "401", "403", "404", "409", "412", "422", "428", "500")),
                statuses(delete), "If-Match on a DELETE: 412/428; path parameters of the path item count as input");
        assertEquals(new TreeSet<>(List.of("200", "400", "401", "403", "500")), statuses(list));
        APIResponse conflict = patch.getResponses().getAPIResponse("409");
        assertEquals("#/components/schemas/Problem",
                conflict.getContent().getMediaType("application/problem+json").getSchema().getRef());
        assertNotNull(openAPI.getComponents().getSchemas().get("Problem").getProperties().get("errors"));
    }

    @Test
    void givesExistingErrorAnswersTheProblemContent() {
        APIResponse unauthorized = patch.getResponses().getAPIResponse("401");
        assertEquals("No valid bearer token", unauthorized.getDescription(), "Quarkus's default description replaced");
        assertNotNull(unauthorized.getContent().getMediaType("application/problem+json"));
        APIResponse notFound = patch.getResponses().getAPIResponse("404");
        assertEquals("No campus with this id", notFound.getDescription(), "a hand-written description is kept");
        assertNotNull(notFound.getContent().getMediaType("application/problem+json"));
    }

    @Test
    void everyResponseHeaderHasASchema() {
        assertEquals(List.of(Schema.SchemaType.STRING),
                get.getResponses().getAPIResponse("200").getHeaders().get("ETag").getSchema().getType());
        assertEquals(List.of(Schema.SchemaType.STRING),
                get.getResponses().getAPIResponse("304").getHeaders().get("ETag").getSchema().getType());
        assertEquals(List.of(Schema.SchemaType.STRING),
                list.getResponses().getAPIResponse("200").getHeaders().get("Link").getSchema().getType());
    }

    @Test
    void runningTwiceGivesTheSameDocument() {
        String description = patch.getDescription();
        TreeSet<String> statuses = statuses(patch);
        new ProblemResponsesFilter().filterOpenAPI(openAPI);
        assertEquals(description, patch.getDescription());
        assertEquals(statuses, statuses(patch));
        assertEquals(List.of("national", "regional"), patch.getExtensions().get("x-roles"));
        assertEquals(1, openAPI.getComponents().getSecuritySchemes().size());
    }

    @Test
    void aDocumentWithoutOperationsGetsTheSchemeAndNoUnusedSchema() {
        OpenAPI empty = OASFactory.createOpenAPI();
        new ProblemResponsesFilter().filterOpenAPI(empty);
        assertNotNull(empty.getComponents().getSecuritySchemes().get("SecurityScheme"));
        assertTrue(empty.getComponents().getSchemas() == null || empty.getComponents().getSchemas().isEmpty());
    }

    @Test
    void removesTheSchemasNoOperationReaches() {
        OpenAPI doc = OASFactory.createOpenAPI()
                .components(OASFactory.createComponents()
                        .addSchema("Campus", OASFactory.createSchema()
                                .addProperty("label", OASFactory.createSchema().ref("#/components/schemas/Label"))
                                .addProperty("aliases", OASFactory.createSchema()
                                        .items(OASFactory.createSchema().ref("#/components/schemas/Alias"))))
                        .addSchema("Label", OASFactory.createSchema()
                                .allOf(List.of(OASFactory.createSchema().ref("#/components/schemas/LabelStatus"))))
                        .addSchema("LabelStatus", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                        .addSchema("Alias", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                        .addSchema("Filter", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                        .addSchema("CampusRegistered", OASFactory.createSchema()
                                .addProperty("campus", OASFactory.createSchema().ref("#/components/schemas/Campus")))
                        .addSchema("EventPayload", OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))))
                .paths(OASFactory.createPaths().addPathItem("/campuses", OASFactory.createPathItem().GET(
                        OASFactory.createOperation().operationId("listCampuses")
                                .addParameter(OASFactory.createParameter().name("filter").in(Parameter.In.QUERY)
                                        .schema(OASFactory.createSchema().ref("#/components/schemas/Filter")))
                                .responses(OASFactory.createAPIResponses().addAPIResponse("200",
                                        OASFactory.createAPIResponse().description("The campuses").content(
                                                OASFactory.createContent().addMediaType("application/json",
                                                        OASFactory.createMediaType().schema(OASFactory.createSchema()
                                                                .ref("#/components/schemas/Campus")))))))));
        new ProblemResponsesFilter().filterOpenAPI(doc);
        assertEquals(new TreeSet<>(List.of("Alias", "Campus", "FieldError", "Filter", "Label", "LabelStatus", "Problem")),
                new TreeSet<>(doc.getComponents().getSchemas().keySet()));
    }

    private static List<Map<String, List<String>>> schemesOf(Operation operation) {
        return operation.getSecurity().stream().map(r -> r.getSchemes()).toList();
    }

    private static TreeSet<String> statuses(Operation operation) {
        return new TreeSet<>(operation.getResponses().getAPIResponses().keySet());
    }

    private static Parameter path(String name) {
        return OASFactory.createParameter().name(name).in(Parameter.In.PATH).required(true);
    }

    private static Parameter header(String name) {
        return OASFactory.createParameter().name(name).in(Parameter.In.HEADER);
    }

    @Test
    void theConventionalHeadersAndParameterDescriptionsAreDocumentedOnce() {
        Operation create = OASFactory.createOperation().operationId("addPartner").summary("Add a partner")
                .addParameter(path("campusId"))
                .responses(OASFactory.createAPIResponses().addAPIResponse("201",
                        OASFactory.createAPIResponse().description("Added")));
        Operation page = OASFactory.createOperation().operationId("listPartners").summary("Partners")
                .addParameter(OASFactory.createParameter().name("cursor").in(Parameter.In.QUERY))
                .addParameter(header("If-None-Match"))
                .responses(OASFactory.createAPIResponses().addAPIResponse("200",
                        OASFactory.createAPIResponse().description("A page")));
        OpenAPI doc = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/api/v1/campuses/{campusId}/partners", OASFactory.createPathItem().POST(create).GET(page)));

        new ProblemResponsesFilter().filterOpenAPI(doc);

        APIResponse created = create.getResponses().getAPIResponse("201");
        assertEquals(Schema.SchemaType.STRING, created.getHeaders().get("Location").getSchema().getType().get(0));
        assertNull(created.getHeaders().get("ETag"), "an operation without If-Match or If-None-Match says no ETag");
        APIResponse listed = page.getResponses().getAPIResponse("200");
        assertEquals(new TreeSet<>(List.of("ETag", "Link")), new TreeSet<>(listed.getHeaders().keySet()));
        assertEquals("The campus's identifier (stable for life)", create.getParameters().get(0).getDescription());
        assertNotNull(page.getParameters().get(0).getDescription());
        assertEquals("Its version", get.getResponses().getAPIResponse("200").getHeaders().get("ETag").getDescription(),
                "a header the resource documents itself is kept");
    }
}
