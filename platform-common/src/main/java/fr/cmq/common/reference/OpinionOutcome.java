package fr.cmq.common.reference;

/**
 * The outcome of an opinion that the report recommends instead of stars (§ 76: « un avis favorable ou défavorable
 * à la labellisation, avec une éventuelle demande de documents complémentaires »); labelling code list.
 */
public enum OpinionOutcome implements CodeList {
    @Label("Avis favorable") FAVOURABLE,
    @Label("Avis défavorable") UNFAVOURABLE,
    @Label("Avis favorable avec demande de documents complémentaires") FAVOURABLE_WITH_COMPLEMENTS
}
