package fr.cmq.labelling.service;

import fr.cmq.labelling.domain.LabelStatus;

/** Filters of the campus register (all optional). {@code q} matches designation and aliases, accents ignored. */
public record CampusQuery(String region, String academy, String family, LabelStatus labelStatus, String q) {
}
