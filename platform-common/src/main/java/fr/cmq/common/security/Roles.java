package fr.cmq.common.security;

/** The roles carried in a token's {@code groups} claim. */
public final class Roles {
    /** The national CMQ mission: reads and writes everything. */
    public static final String NATIONAL = "national";
    /** A regional portal (rectorat, regional council): writes only the campuses of its {@code region} claim. */
    public static final String REGIONAL = "regional";
    /** A BI tool or any read-only client. */
    public static final String READER = "reader";

    private Roles() {
    }
}
