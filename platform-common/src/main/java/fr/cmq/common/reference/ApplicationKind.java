package fr.cmq.common.reference;

/** A first application or the renewal of a label (labelling code list). */
public enum ApplicationKind implements CodeList {
    @Label("Première labellisation") INITIAL,
    @Label("Renouvellement du label") RENEWAL
}
