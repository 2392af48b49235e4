package fr.cmq.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges OpenAPI 3 documents into one: paths (method by method), components of every kind, security schemes and
 * tags (every tag an operation uses is declared once, with a description). A component name two documents use for different content is prefixed with the service's name in that
 * service's part ({@code funding_Share}), references and security requirements included; an operationId already
 * taken is prefixed the same way ({@code fundingGetCampus}), so the merged document never repeats one.
 */
final class OpenApiMerge {

    private static final Logger LOG = Logger.getLogger(OpenApiMerge.class);
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private final ObjectNode target;
    private final Set<String> operationIds = new HashSet<>();

    /** Starts from a copy of the gateway's own document. */
    OpenApiMerge(JsonNode gateway) {
        this.target = gateway.deepCopy();
        operations(target).forEach(operation -> operationIds.add(operation.path("operationId").asText()));
    }

    ObjectNode result() {
        return target;
    }

    /** Adds one service's document. */
    OpenApiMerge add(JsonNode document, String service) {
        ObjectNode source = document.deepCopy();
        ObjectNode targetComponents = target.withObjectProperty("components");
        Map<String, String> renamedRefs = new HashMap<>();
        Map<String, String> renamedSchemes = new HashMap<>();
        source.path("components").fields().forEachRemaining(section -> section.getValue().fields().forEachRemaining(c -> {
            JsonNode existing = targetComponents.path(section.getKey()).get(c.getKey());
            if (existing != null && !existing.equals(c.getValue())) {
                String renamed = service + "_" + c.getKey();
                renamedRefs.put("#/components/" + section.getKey() + "/" + c.getKey(),
                        "#/components/" + section.getKey() + "/" + renamed);
                if (section.getKey().equals("securitySchemes")) {
                    renamedSchemes.put(c.getKey(), renamed);
                }
            }
        }));
        rewriteRefs(source, renamedRefs);
        renameSecurity(source, renamedSchemes);
        source.path("components").fields().forEachRemaining(section -> {
            ObjectNode into = targetComponents.withObjectProperty(section.getKey());
            section.getValue().fields().forEachRemaining(c -> {
                String ref = "#/components/" + section.getKey() + "/" + c.getKey();
                into.putIfAbsent(renamedRefs.containsKey(ref) ? service + "_" + c.getKey() : c.getKey(), c.getValue());
            });
        });
        operations(source).forEach(operation -> uniqueOperationId(operation, service));
        ObjectNode paths = target.withObjectProperty("paths");
        source.path("paths").fields().forEachRemaining(path -> {
            ObjectNode item = paths.withObjectProperty(path.getKey());
            path.getValue().fields().forEachRemaining(e -> item.putIfAbsent(e.getKey(), e.getValue()));
        });
        source.path("tags").forEach(tag -> declareTag(tag.path("name").asText(), tag.path("description").asText(null),
                service));
        operations(source).forEach(operation -> operation.path("tags")
                .forEach(tag -> declareTag(tag.asText(), null, service)));
        return this;
    }

    /** Declares a tag at the top level once, with a description (linters want every used tag declared and described). */
    private void declareTag(String name, String description, String service) {
        ArrayNode tags = target.withArrayProperty("tags");
        for (JsonNode existing : tags) {
            if (existing.path("name").asText().equals(name)) {
                if (existing.path("description").asText("").isBlank() && existing instanceof ObjectNode declared) {
                    declared.put("description", description != null ? description : defaultDescription(name, service));
                }
                return;
            }
        }
        tags.addObject().put("name", name)
                .put("description", description != null ? description : defaultDescription(name, service));
    }

    private static String defaultDescription(String tag, String service) {
        return tag + " (operations of the " + service + " service)";
    }

    private void uniqueOperationId(ObjectNode operation, String service) {
        String id = operation.path("operationId").asText(null);
        if (id == null) {
            return;
        }
        String unique = id;
        if (operationIds.contains(id)) {
            String prefixed = service + Character.toUpperCase(id.charAt(0)) + id.substring(1);
            unique = prefixed;
            for (int n = 2; operationIds.contains(unique); n++) {
                unique = prefixed + n;
            }
            LOG.warnf("OpenAPI of %s repeats operationId %s; published as %s", service, id, unique);
            operation.put("operationId", unique);
        }
        operationIds.add(unique);
    }

    private static List<ObjectNode> operations(JsonNode document) {
        List<ObjectNode> operations = new ArrayList<>();
        document.path("paths").forEach(item -> METHODS.forEach(method -> {
            if (item.get(method) instanceof ObjectNode operation) {
                operations.add(operation);
            }
        }));
        return operations;
    }

    private static void rewriteRefs(JsonNode node, Map<String, String> renamed) {
        if (renamed.isEmpty()) {
            return;
        }
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getKey().equals("$ref") && field.getValue().isTextual()
                        && renamed.containsKey(field.getValue().asText())) {
                    field.setValue(TextNode.valueOf(renamed.get(field.getValue().asText())));
                } else {
                    rewriteRefs(field.getValue(), renamed);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> rewriteRefs(element, renamed));
        }
    }

    /** Renames security schemes in the document's and its operations' security requirements. */
    private static void renameSecurity(ObjectNode document, Map<String, String> renamed) {
        if (renamed.isEmpty()) {
            return;
        }
        List<JsonNode> requirements = new ArrayList<>();
        document.path("security").forEach(requirements::add);
        operations(document).forEach(operation -> operation.path("security").forEach(requirements::add));
        for (JsonNode requirement : requirements) {
            if (requirement instanceof ObjectNode object) {
                renamed.forEach((from, to) -> {
                    JsonNode scopes = object.remove(from);
                    if (scopes != null) {
                        object.set(to, scopes);
                    }
                });
            }
        }
    }
}
