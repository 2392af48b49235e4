package fr.cmq.funding.domain;

/** The bound every amount of the funding service is checked against (money is integer euro cents). */
public final class Amounts {

    /** 1 000 000 000 EUR in cents: no campus amount is anywhere near it; above is a typing error. */
    public static final long MAX_CENTS = 100_000_000_000L;

    private Amounts() {
    }
}
