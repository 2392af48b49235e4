package fr.cmq.monitoring.service;

import fr.cmq.common.problem.FieldError;

import java.util.List;

/** The themes of working groups, as a profile's governance and a partner list them: stripped, each once. */
final class WorkingGroups {

    private WorkingGroups() {
    }

    /** The themes, stripped of surrounding spaces; none when absent. */
    static List<String> stripped(List<String> themes) {
        return themes == null ? List.of() : themes.stream().map(String::strip).toList();
    }

    /** Adds an error naming {@code field} when a theme (stripped) is listed twice. */
    static void checkEachOnce(String field, List<String> themes, List<FieldError> errors) {
        if (themes != null && stripped(themes).stream().distinct().count() != themes.size()) {
            errors.add(new FieldError(field, "a theme is listed twice"));
        }
    }
}
