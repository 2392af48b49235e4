package fr.cmq.common.imports;

/** What an import did with one line. */
public enum ImportOutcome {
    /** A new record, stored with the portal's id; its creation event was published. */
    CREATED,
    /** An existing record replaced by a different one; its change event was published. */
    UPDATED,
    /** The line equals what is stored: nothing written, no event. */
    UNCHANGED,
    /** Not stored: {@link LineResult#errors()} say why; nothing of the line was written. */
    REJECTED
}
