package fr.cmq.funding.api;

import fr.cmq.common.security.Roles;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The OpenAPI of {@link FundingReferenceResource}: one {@code GET /api/v1/reference/<list>} operation per code
 * list it serves, built from {@link FundingReferenceResource#LISTS} (registered by {@code mp.openapi.model.reader};
 * the annotations of the other resources and the platform's filter complete the document).
 */
public class FundingReferenceDocument implements OASModelReader {

    static final String TAG = "Funding reference data";

    @Override
    public OpenAPI buildModel() {
        Paths paths = OASFactory.createPaths();
        for (FundingReferenceResource.Served list : FundingReferenceResource.LISTS) {
            paths.addPathItem("/api/v1/reference/" + list.path(), OASFactory.createPathItem().GET(operation(list)));
        }
        return OASFactory.createOpenAPI().paths(paths)
                .addTag(OASFactory.createTag().name(TAG)
                        .description("Codes of the funding enumerations and their French labels"));
    }

    private static Operation operation(FundingReferenceResource.Served list) {
        String words = list.path().replace('-', ' ');
        Schema items = OASFactory.createSchema().ref("#/components/schemas/CodeLabel");
        return OASFactory.createOperation()
                .operationId("list" + Arrays.stream(list.path().split("-"))
                        .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).collect(Collectors.joining()))
                .summary(Character.toUpperCase(words.charAt(0)) + words.substring(1) + " with their French labels")
                .description("The " + list.codeList().getSimpleName() + " codes in reference order, each with its"
                        + " French label (for display only; the code is what the API and the events carry).")
                .addTag(TAG)
                .addSecurityRequirement(OASFactory.createSecurityRequirement()
                        .addScheme("SecurityScheme", List.of(Roles.NATIONAL, Roles.REGIONAL, Roles.READER)))
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse()
                        .description("The codes, in reference order")
                        .content(OASFactory.createContent().addMediaType("application/json",
                                OASFactory.createMediaType().schema(OASFactory.createSchema()
                                        .type(List.of(Schema.SchemaType.ARRAY)).items(items))))));
    }
}
