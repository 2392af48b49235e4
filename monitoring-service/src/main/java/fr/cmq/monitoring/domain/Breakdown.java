package fr.cmq.monitoring.domain;

import fr.cmq.common.reference.CohortHorizon;
import fr.cmq.common.reference.IndicatorBreakdown;
import fr.cmq.common.reference.PathwayStatus;
import fr.cmq.common.reference.QualificationLevel;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The breakdown keys of one target or value; all null for the campus as a whole. Its {@link #key()} is the text
 * stored in {@code breakdown_key}, unique per campus, indicator and year.
 */
public record Breakdown(String establishment, PathwayStatus pathwayStatus, QualificationLevel level,
                        CohortHorizon horizon) {

    /** The campus as a whole. */
    public static final Breakdown TOTAL = new Breakdown(null, null, null, null);

    public static Breakdown horizon(CohortHorizon horizon) {
        return new Breakdown(null, null, null, horizon);
    }

    /** The breakdowns this one carries a key for. */
    public Set<IndicatorBreakdown> dimensions() {
        Set<IndicatorBreakdown> set = EnumSet.noneOf(IndicatorBreakdown.class);
        if (establishment != null) {
            set.add(IndicatorBreakdown.ESTABLISHMENT);
        }
        if (pathwayStatus != null) {
            set.add(IndicatorBreakdown.PATHWAY_STATUS);
        }
        if (level != null) {
            set.add(IndicatorBreakdown.LEVEL);
        }
        if (horizon != null) {
            set.add(IndicatorBreakdown.COHORT_HORIZON);
        }
        return set;
    }

    /** e.g. {@code establishment=0310044A;level=IV}; empty for the campus as a whole. */
    public String key() {
        List<String> parts = new ArrayList<>();
        if (establishment != null) {
            parts.add("establishment=" + establishment);
        }
        if (pathwayStatus != null) {
            parts.add("pathwayStatus=" + pathwayStatus.name());
        }
        if (level != null) {
            parts.add("level=" + level.name());
        }
        if (horizon != null) {
            parts.add("horizon=" + horizon.name());
        }
        return String.join(";", parts);
    }
}
