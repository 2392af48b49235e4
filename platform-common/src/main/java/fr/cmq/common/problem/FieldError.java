package fr.cmq.common.problem;

/** One invalid input: the JSON path or parameter name, and what is wrong with it (in English). */
public record FieldError(String field, String message) {
}
