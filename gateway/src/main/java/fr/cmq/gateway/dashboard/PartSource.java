package fr.cmq.gateway.dashboard;

import fr.cmq.events.EventSource;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** Where one part of a campus comes from (issue 13): the source of the last event that set it. */
@Schema(name = "CampusPartSource", description = "The source of one part of the campus, as the event that last set "
        + "it carried: REGISTER, LABEL, PROFILE (legal form, support establishment, director post), PARTNERS (the "
        + "partner summary), PARTNER (one partner: partnerId), BUDGET (year and budgetKind), DIRECTOR_FUNDING (year), "
        + "STEERING (steering by results)")
public record PartSource(
        @Schema(description = "REGISTER, LABEL, PROFILE, PARTNERS, PARTNER, BUDGET, DIRECTOR_FUNDING or STEERING")
        String part,
        @Schema(description = "The partner (PARTNER only)", nullable = true) UUID partnerId,
        @Schema(description = "The year (BUDGET and DIRECTOR_FUNDING only)", nullable = true) Integer year,
        @Schema(description = "FORECAST or EXECUTED (BUDGET only)", nullable = true) String budgetKind,
        EventSource source) {

    static final String REGISTER = "REGISTER";
    static final String LABEL = "LABEL";
    static final String PROFILE = "PROFILE";
    static final String PARTNERS = "PARTNERS";
    static final String PARTNER = "PARTNER";
    static final String BUDGET = "BUDGET";
    static final String DIRECTOR_FUNDING = "DIRECTOR_FUNDING";
    static final String STEERING = "STEERING";

    /** The source of a part of the campus as a whole. */
    static PartSource of(String part, EventSource source) {
        return new PartSource(part, null, null, null, source);
    }
}
