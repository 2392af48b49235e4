package fr.cmq.testing;

/** Bearer tokens signed with the test key, for each role the platform knows. */
public final class TestTokens {

    private TestTokens() {
    }

    public static String national() {
        return RealInfrastructure.get().tokens().national("test-national");
    }

    public static String regional(String regionCode) {
        return RealInfrastructure.get().tokens().regional("test-regional-" + regionCode, regionCode);
    }

    public static String reader() {
        return RealInfrastructure.get().tokens().reader("test-reader");
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }
}
