package fr.cmq.monitoring.service;

/**
 * The breakdown keys of a target or value write, as its query parameters gave them (null when absent): the
 * establishment's UAI, the pathway status, the level, the cohort horizon. Checked against the indicator by
 * {@link IndicatorRules#breakdown}.
 */
public record BreakdownQuery(String establishment, String pathwayStatus, String level, String horizon) {
}
