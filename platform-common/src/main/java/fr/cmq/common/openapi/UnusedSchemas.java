package fr.cmq.common.openapi;

import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Removes the component schemas no operation reaches, directly or through other schemas: the annotated types of
 * shared modules (event records, code lists) that the scanner finds but no endpoint of this application uses
 * (linters flag them as unused components).
 */
final class UnusedSchemas {

    private static final String PREFIX = "#/components/schemas/";

    private UnusedSchemas() {
    }

    static void prune(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null || components.getSchemas() == null || components.getSchemas().isEmpty()) {
            return;
        }
        Deque<Schema> pending = new ArrayDeque<>();
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            for (PathItem item : openAPI.getPaths().getPathItems().values()) {
                parameters(item.getParameters(), pending);
                for (Operation operation : item.getOperations().values()) {
                    parameters(operation.getParameters(), pending);
                    requestBody(operation.getRequestBody(), pending);
                    if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                        operation.getResponses().getAPIResponses().values().forEach(r -> response(r, pending));
                    }
                }
            }
        }
        values(components.getResponses()).forEach(r -> response(r, pending));
        parameters(List.copyOf(values(components.getParameters())), pending);
        values(components.getRequestBodies()).forEach(b -> requestBody(b, pending));
        values(components.getHeaders()).forEach(h -> header(h, pending));

        Set<String> reached = new HashSet<>();
        Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            if (!seen.add(schema)) {
                continue;
            }
            if (schema.getRef() != null && schema.getRef().startsWith(PREFIX)) {
                String name = schema.getRef().substring(PREFIX.length());
                if (reached.add(name)) {
                    push(pending, components.getSchemas().get(name));
                }
            }
            if (schema.getDiscriminator() != null && schema.getDiscriminator().getMapping() != null) {
                for (String ref : schema.getDiscriminator().getMapping().values()) {
                    if (ref != null && ref.startsWith(PREFIX) && reached.add(ref.substring(PREFIX.length()))) {
                        push(pending, components.getSchemas().get(ref.substring(PREFIX.length())));
                    }
                }
            }
            children(schema, pending);
        }
        List.copyOf(components.getSchemas().keySet()).stream()
                .filter(name -> !reached.contains(name))
                .forEach(components::removeSchema);
    }

    private static void children(Schema schema, Deque<Schema> pending) {
        for (Schema child : new Schema[] {schema.getItems(), schema.getNot(), schema.getAdditionalPropertiesSchema(),
                schema.getIfSchema(), schema.getThenSchema(), schema.getElseSchema(), schema.getContains(),
                schema.getPropertyNames(), schema.getUnevaluatedItems(), schema.getUnevaluatedProperties(),
                schema.getContentSchema()}) {
            push(pending, child);
        }
        values(schema.getProperties()).forEach(child -> push(pending, child));
        values(schema.getPatternProperties()).forEach(child -> push(pending, child));
        values(schema.getDependentSchemas()).forEach(child -> push(pending, child));
        for (List<Schema> list : List.of(all(schema.getAllOf()), all(schema.getAnyOf()), all(schema.getOneOf()),
                all(schema.getPrefixItems()))) {
            list.forEach(child -> push(pending, child));
        }
    }

    private static void parameters(List<Parameter> parameters, Deque<Schema> pending) {
        for (Parameter parameter : all(parameters)) {
            push(pending, parameter.getSchema());
            content(parameter.getContent(), pending);
        }
    }

    private static void requestBody(RequestBody body, Deque<Schema> pending) {
        if (body != null) {
            content(body.getContent(), pending);
        }
    }

    private static void response(APIResponse response, Deque<Schema> pending) {
        if (response != null) {
            content(response.getContent(), pending);
            values(response.getHeaders()).forEach(h -> header(h, pending));
        }
    }

    private static void header(Header header, Deque<Schema> pending) {
        if (header != null) {
            push(pending, header.getSchema());
            content(header.getContent(), pending);
        }
    }

    private static void content(Content content, Deque<Schema> pending) {
        if (content != null && content.getMediaTypes() != null) {
            for (MediaType mediaType : content.getMediaTypes().values()) {
                push(pending, mediaType == null ? null : mediaType.getSchema());
            }
        }
    }

    private static void push(Deque<Schema> pending, Schema schema) {
        if (schema != null) {
            pending.push(schema);
        }
    }

    private static <T> Collection<T> values(Map<String, T> map) {
        return map == null ? List.of() : map.values();
    }

    private static <T> List<T> all(List<T> list) {
        return list == null ? List.of() : list;
    }
}
