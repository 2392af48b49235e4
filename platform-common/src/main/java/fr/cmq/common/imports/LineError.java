package fr.cmq.common.imports;

/** One fault of a line: the field by its JSON path (as the single write names it) and what is wrong. */
public record LineError(String field, String detail) {
}
