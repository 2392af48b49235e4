package fr.cmq.labelling.service;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cmq.common.problem.FieldError;
import fr.cmq.common.problem.ProblemException;
import fr.cmq.common.reference.CodeList;
import fr.cmq.common.reference.SourceKind;
import fr.cmq.common.source.FactSources;
import fr.cmq.common.source.SourceRequest;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * A JSON merge-patch (RFC 7386) of a campus, read and checked field by field. A null component is a
 * field the patch leaves as it is; {@code communicationNames} may also be removed (set to null).
 */
record CampusPatch(String designation, String familyCode, String regionCode, List<String> academyCodes,
                   boolean setsCommunicationNames, List<String> communicationNames, SourceRequest source) {

    /** The fields a merge-patch may change. */
    static final Set<String> PATCHABLE = Set.of("designation", "familyCode", "regionCode", "academyCodes",
            "communicationNames", FactSources.FIELD);

    static CampusPatch read(JsonNode patch) {
        if (patch == null || !patch.isObject() || patch.isEmpty()) {
            throw ProblemException.invalid("body", "a JSON object with at least one of " + PATCHABLE);
        }
        List<FieldError> errors = new ArrayList<>();
        for (Iterator<String> names = patch.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!PATCHABLE.contains(name)) {
                errors.add(new FieldError(name, "unknown or read-only field"));
            } else if (patch.get(name).isNull() && !name.equals("communicationNames")) {
                errors.add(new FieldError(name, "cannot be removed"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        String designation = text(patch, "designation");
        List<String> academies = patch.has("academyCodes") ? strings(patch.get("academyCodes"), "academyCodes") : null;
        if (academies != null && academies.isEmpty()) {
            throw ProblemException.invalid("academyCodes", "at least one academy");
        }
        if (designation != null && (designation.isBlank() || designation.length() > 300)) {
            throw ProblemException.invalid("designation", "must be 1 to 300 characters");
        }
        boolean setsNames = patch.has("communicationNames");
        List<String> names = !setsNames || patch.get("communicationNames").isNull() ? List.of()
                : CampusInput.names(strings(patch.get("communicationNames"), "communicationNames"),
                "communicationNames");
        return new CampusPatch(designation, text(patch, "familyCode"), text(patch, "regionCode"), academies,
                setsNames, names, source(patch.get(FactSources.FIELD)));
    }

    /** The patch's {@code source} member: {kind, reference}; null when absent. */
    private static SourceRequest source(JsonNode source) {
        if (source == null) {
            return null;
        }
        if (!source.isObject()) {
            throw ProblemException.invalid(FactSources.FIELD, "an object {kind, reference}");
        }
        for (Iterator<String> names = source.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("kind") && !name.equals("reference")) {
                throw ProblemException.invalid(FactSources.FIELD + "." + name, "unknown field");
            }
        }
        JsonNode kind = source.get("kind");
        SourceKind code = kind == null || !kind.isTextual() ? null
                : CodeList.find(SourceKind.class, kind.asText()).orElse(null);
        if (code == null) {
            throw ProblemException.invalid(FactSources.FIELD + ".kind", "required: one of "
                    + String.join(", ", CodeList.labels(SourceKind.class).keySet()));
        }
        JsonNode reference = source.get("reference");
        if (reference != null && !reference.isNull() && !reference.isTextual()) {
            throw ProblemException.invalid(FactSources.FIELD + ".reference", "must be a string");
        }
        return new SourceRequest(code, reference == null || reference.isNull() ? null : reference.asText());
    }

    String designationOr(String current) {
        return designation != null ? designation : current;
    }

    String familyCodeOr(String current) {
        return familyCode != null ? familyCode : current;
    }

    String regionCodeOr(String current) {
        return regionCode != null ? regionCode : current;
    }

    List<String> academyCodesOr(List<String> current) {
        return academyCodes != null ? academyCodes : current;
    }

    private static String text(JsonNode patch, String field) {
        if (!patch.has(field)) {
            return null;
        }
        if (!patch.get(field).isTextual()) {
            throw ProblemException.invalid(field, "must be a string");
        }
        return patch.get(field).asText().strip();
    }

    private static List<String> strings(JsonNode node, String field) {
        if (!node.isArray()) {
            throw ProblemException.invalid(field, "must be an array of strings");
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isTextual() || node.get(i).asText().isBlank()) {
                throw ProblemException.invalid(field + "[" + i + "]", "must be a non-empty string");
            }
            values.add(node.get(i).asText().strip());
        }
        return values;
    }
}
