package fr.cmq.common.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a stored fact comes from (issue 13; every service's code list, carried by every event's envelope). */
@Schema(description = "Kind of source of a fact: REPORT_2017 (the IGAS/IGEN/IGAENR 2017 report, with its paragraph "
        + "or table), DECLARED (by the writing organisation), IMPORTED (a region's bulk import), EXAMPLE (invented "
        + "example data), SYNTHETIC (generated load data); EXAMPLE and SYNTHETIC are demonstration data, never counted "
        + "in national figures")
public enum SourceKind implements CodeList {
    @Label("Rapport 2017") REPORT_2017,
    @Label("Déclaré") DECLARED,
    @Label("Importé") IMPORTED,
    @Label("Exemple (fictif)") EXAMPLE,
    @Label("Données synthétiques") SYNTHETIC;

    /** Whether the kind is demonstration data (EXAMPLE, SYNTHETIC): never mixed with other facts on one campus. */
    public boolean demo() {
        return this == EXAMPLE || this == SYNTHETIC;
    }
}
