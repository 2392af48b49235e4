package fr.cmq.common.source;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.cmq.common.reference.SourceKind;
import fr.cmq.events.EventSource;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The source of a stored fact (issue 13), embedded in every fact table of the services as the columns
 * {@code source_kind} (not null), {@code source_reference}, {@code source_role}, {@code source_region_code},
 * {@code source_file_name}, {@code source_imported_on}; answered as the JSON object {@code source} (null members
 * omitted) and carried by the events as their envelope's {@link EventSource}. Made by {@link FactSources} only.
 */
@Embeddable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Source", description = "Where the fact comes from: REPORT_2017 (reference = the report's paragraph "
        + "or table), DECLARED (role and regionCode of the declaring caller), IMPORTED (fileName and importedOn of "
        + "the bulk import), EXAMPLE or SYNTHETIC (demonstration data, reference = the demonstration's name)")
public class FactSource {

    @Enumerated(EnumType.STRING)
    @Column(name = "source_kind", nullable = false, length = 20)
    @Schema(required = true)
    public SourceKind kind;
    @Column(name = "source_reference", length = 200)
    @Schema(description = "The report's paragraph or table (e.g. \"Annexe 4\", \"[112]\"), or the demonstration's name")
    public String reference;
    @Column(name = "source_role", length = 40)
    @Schema(description = "Role of the declaring caller: NATIONAL or REGIONAL")
    public String role;
    @Column(name = "source_region_code", length = 3)
    @Schema(description = "Region INSEE code of a regional declaring caller")
    public String regionCode;
    @Column(name = "source_file_name", length = 255)
    @Schema(description = "Name of the imported file")
    public String fileName;
    @Column(name = "source_imported_on")
    @Schema(description = "Day of the import")
    public LocalDate importedOn;

    public FactSource() {
    }

    public FactSource(SourceKind kind, String reference, String role, String regionCode, String fileName,
                      LocalDate importedOn) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.reference = reference;
        this.role = role;
        this.regionCode = regionCode;
        this.fileName = fileName;
        this.importedOn = importedOn;
    }

    /** A fact of the 2017 report, at that paragraph or table. */
    public static FactSource report2017(String reference) {
        return new FactSource(SourceKind.REPORT_2017, reference, null, null, null, null);
    }

    /** A fact declared by a caller of that role (NATIONAL, REGIONAL) and region (null for national). */
    public static FactSource declared(String role, String regionCode) {
        return new FactSource(SourceKind.DECLARED, null, role, regionCode, null, null);
    }

    /** A fact of a bulk import of that file on that day. */
    public static FactSource imported(String fileName, LocalDate day) {
        return new FactSource(SourceKind.IMPORTED, null, null, null, fileName, day);
    }

    /** A fact of demonstration data (EXAMPLE or SYNTHETIC), the demonstration named by {@code reference}. */
    public static FactSource demo(SourceKind kind, String reference) {
        if (!kind.demo()) {
            throw new IllegalArgumentException(kind + " is not a demonstration kind");
        }
        return new FactSource(kind, reference, null, null, null, null);
    }

    /** The source an event carried (an unknown kind is read as DECLARED). */
    public static FactSource of(EventSource source) {
        SourceKind kind = source == null ? SourceKind.DECLARED
                : fr.cmq.common.reference.CodeList.find(SourceKind.class, source.kind()).orElse(SourceKind.DECLARED);
        return source == null ? declared(null, null) : new FactSource(kind, source.reference(), source.role(),
                source.regionCode(), source.fileName(), source.importedOn());
    }

    /** The source as the event's envelope carries it. */
    public EventSource event() {
        return new EventSource(kind.name(), reference, role, regionCode, fileName, importedOn);
    }

    /** Whether the fact is demonstration data. */
    public boolean demo() {
        return kind != null && kind.demo();
    }

    /** A copy (an embeddable is shared by no two rows). */
    public FactSource copy() {
        return new FactSource(kind, reference, role, regionCode, fileName, importedOn);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FactSource s && kind == s.kind && Objects.equals(reference, s.reference)
                && Objects.equals(role, s.role) && Objects.equals(regionCode, s.regionCode)
                && Objects.equals(fileName, s.fileName) && Objects.equals(importedOn, s.importedOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, reference, role, regionCode, fileName, importedOn);
    }

    @Override
    public String toString() {
        return kind + (reference == null ? "" : " " + reference);
    }
}
