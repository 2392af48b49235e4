package fr.cmq.gateway.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The start-up checks of the web page's access and of the CORS origins (the settings a deployment gets wrong). */
class WebLoginTest {

    @Test
    void anOpenPageIsAllowedOnLoopbackOnly() {
        assertNull(WebLogin.refusal(WebLogin.Mode.OPEN_ON_LOOPBACK, "127.0.0.1", false));
        assertNull(WebLogin.refusal(WebLogin.Mode.OPEN_ON_LOOPBACK, "localhost", false));
        assertNull(WebLogin.refusal(WebLogin.Mode.OPEN_ON_LOOPBACK, "::1", false));
        for (String host : new String[]{"0.0.0.0", "::", "10.1.2.3", "192.168.0.10", ""}) {
            String refusal = WebLogin.refusal(WebLogin.Mode.OPEN_ON_LOOPBACK, host, true);
            assertNotNull(refusal, host);
            assertTrue(refusal.contains("loopback"), refusal);
        }
    }

    @Test
    void aLoginNeedsTheIdentityProvider() {
        assertNull(WebLogin.refusal(WebLogin.Mode.OIDC, "0.0.0.0", true));
        assertTrue(WebLogin.refusal(WebLogin.Mode.OIDC, "0.0.0.0", false).contains("quarkus.oidc.auth-server-url"));
    }

    @Test
    void theSettingHasTwoValues() {
        assertEquals(WebLogin.Mode.OIDC, WebLogin.Mode.of("oidc"));
        assertEquals(WebLogin.Mode.OPEN_ON_LOOPBACK, WebLogin.Mode.of(" Open-On-Loopback "));
        assertThrows(IllegalStateException.class, () -> WebLogin.Mode.of("none"));
    }

    @Test
    void corsOriginsAreNamedOneByOne() {
        assertNull(CorsOrigins.refusal("https://portail.occitanie.fr"));
        assertNull(CorsOrigins.refusal("http://127.0.0.1:3000"));
        for (String bad : new String[]{"*", "https://*.region.fr", "/https://.*/", "https://portail.fr/app",
                "portail.fr", "ftp://portail.fr", "https://portail.fr?x=1"}) {
            assertNotNull(CorsOrigins.refusal(bad), bad);
        }
    }
}
