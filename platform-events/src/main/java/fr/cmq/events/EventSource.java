package fr.cmq.events;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cmq.events.labelling.CampusState;
import fr.cmq.events.labelling.LabellingEventTypes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.Set;

/**
 * The source of a change, and so of the facts its event states (issue 13): the envelope's {@code source}. Its
 * {@code kind} is a code of platform-common's {@code SourceKind} code list (kept as a String here, as every code of
 * the contract). An event published before the envelope carried it is read with {@link #legacy}: DECLARED, except
 * a campus event of the register whose {@code data.source} (the old text) is set: REPORT_2017, "Annexe 4".
 */
@Schema(name = "EventSource", description = "Where the facts of the event come from: REPORT_2017 (the 2017 report, "
        + "reference = its paragraph or table), DECLARED (by the writing organisation: role and regionCode), "
        + "IMPORTED (fileName and importedOn of a bulk import), EXAMPLE or SYNTHETIC (demonstration data, never "
        + "counted in national figures)")
public record EventSource(
        @Schema(description = "Kind of source (code list SourceKind)", required = true,
                enumeration = {"REPORT_2017", "DECLARED", "IMPORTED", "EXAMPLE", "SYNTHETIC"}) String kind,
        @Schema(description = "The report's paragraph or table (REPORT_2017, e.g. \"Annexe 4\", \"[112]\") or the "
                + "demonstration's name (EXAMPLE, SYNTHETIC)", nullable = true) String reference,
        @Schema(description = "Role of the declaring caller (DECLARED): NATIONAL or REGIONAL", nullable = true)
        String role,
        @Schema(description = "Region INSEE code of a regional declaring caller (DECLARED)", nullable = true)
        String regionCode,
        @Schema(description = "Name of the imported file (IMPORTED)", nullable = true) String fileName,
        @Schema(description = "Day of the import (IMPORTED)", nullable = true) LocalDate importedOn) {

    public static final String REPORT_2017 = "REPORT_2017";
    public static final String DECLARED = "DECLARED";
    public static final String IMPORTED = "IMPORTED";
    public static final String EXAMPLE = "EXAMPLE";
    public static final String SYNTHETIC = "SYNTHETIC";
    /** The kinds of demonstration data, never counted in national figures. */
    public static final Set<String> DEMO_KINDS = Set.of(EXAMPLE, SYNTHETIC);
    /** The report's table the 77 campuses of the register's reference data come from. */
    public static final String ANNEX_4 = "Annexe 4";

    /** The source of an event published before the envelope carried one: DECLARED, by nobody known. */
    public static final EventSource LEGACY_DECLARED = new EventSource(DECLARED, null, null, null, null, null);
    /** The source of a legacy campus event of the register's reference data (its data.source was set). */
    public static final EventSource LEGACY_ANNEX_4 = new EventSource(REPORT_2017, ANNEX_4, null, null, null, null);

    /** Whether the facts are demonstration data (EXAMPLE or SYNTHETIC). */
    public boolean demo() {
        return DEMO_KINDS.contains(kind);
    }

    /** The source of a legacy event (without one) of that type whose data is that JSON. */
    public static EventSource legacy(String type, JsonNode data) {
        boolean campusEvent = LabellingEventTypes.CAMPUS_REGISTERED.equals(type)
                || LabellingEventTypes.CAMPUS_UPDATED.equals(type);
        JsonNode oldSource = data == null ? null : data.get("source");
        return campusEvent && oldSource != null && oldSource.isTextual() ? LEGACY_ANNEX_4 : LEGACY_DECLARED;
    }

    /** The source of a legacy event (without one) of that type whose data is that record. */
    public static EventSource legacy(String type, EventPayload data) {
        return data instanceof CampusState campus && campus.source() != null
                && (LabellingEventTypes.CAMPUS_REGISTERED.equals(type) || LabellingEventTypes.CAMPUS_UPDATED.equals(type))
                ? LEGACY_ANNEX_4 : LEGACY_DECLARED;
    }
}
