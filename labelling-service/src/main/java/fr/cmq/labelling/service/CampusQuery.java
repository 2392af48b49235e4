package fr.cmq.labelling.service;

import fr.cmq.common.reference.LabelStatus;

import java.util.UUID;

/** Filters of the campus register (all optional). {@code q} matches designation and aliases, accents ignored. */
public record CampusQuery(String region, String academy, String family, LabelStatus labelStatus, String q) {

    /** A position in the register's order (designation, then id): a page starts after it. */
    public record After(String designation, UUID id) {
    }
}
