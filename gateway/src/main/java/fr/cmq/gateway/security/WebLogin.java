package fr.cmq.gateway.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * How the national mission's web page (/, /campus/..., /export.csv) is reached, from the setting
 * {@code cmq.web.login}:
 * <ul>
 *     <li>{@code oidc} (the default): a logged-in user with one of the platform's roles, through the OpenID Connect
 *     authorization-code flow of the identity provider ({@code quarkus-oidc}, web-app mode; {@link WebPagePolicy});
 *     the gateway refuses to start when no provider is configured ({@code quarkus.oidc.auth-server-url});</li>
 *     <li>{@code open-on-loopback} (the local run, with {@code quarkus.oidc.tenant-enabled=false}): open without
 *     login, and the gateway refuses to start unless it listens on a loopback address ({@code quarkus.http.host}),
 *     so that only this machine reaches the page.</li>
 * </ul>
 * The API (/api/v1/...) always takes bearer tokens, whatever this setting.
 */
@ApplicationScoped
public class WebLogin {

    public enum Mode {
        OIDC, OPEN_ON_LOOPBACK;

        static Mode of(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "oidc" -> OIDC;
                case "open-on-loopback" -> OPEN_ON_LOOPBACK;
                default -> throw new IllegalStateException("cmq.web.login must be oidc or open-on-loopback, not " + value);
            };
        }
    }

    private final Mode mode;
    private final String httpHost;
    private final Optional<String> oidcServer;

    public WebLogin(@ConfigProperty(name = "cmq.web.login", defaultValue = "oidc") String mode,
                    @ConfigProperty(name = "quarkus.http.host") String httpHost,
                    @ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<String> oidcServer,
                    @ConfigProperty(name = "quarkus.oidc.tenant-enabled", defaultValue = "true") boolean oidcEnabled) {
        this.mode = Mode.of(mode);
        this.httpHost = httpHost;
        this.oidcServer = oidcServer.filter(url -> oidcEnabled && !url.isBlank());
    }

    public Mode mode() {
        return mode;
    }

    public boolean open() {
        return mode == Mode.OPEN_ON_LOOPBACK;
    }

    /** Refuses to start with a setting that would expose the page, or ask for a login no provider can give. */
    void check(@Observes StartupEvent started) {
        String refusal = refusal(mode, httpHost, oidcServer.isPresent());
        if (refusal != null) {
            throw new IllegalStateException(refusal);
        }
    }

    /** Why the gateway must not start with these settings, or null. */
    static String refusal(Mode mode, String httpHost, boolean oidcConfigured) {
        if (mode == Mode.OPEN_ON_LOOPBACK && !isLoopback(httpHost)) {
            return "cmq.web.login=open-on-loopback opens the web page without login, which is allowed on a loopback "
                    + "address only, but the gateway listens on " + httpHost + " (quarkus.http.host): configure the "
                    + "identity provider (cmq.web.login=oidc) or listen on 127.0.0.1";
        }
        if (mode == Mode.OIDC && !oidcConfigured) {
            return "cmq.web.login=oidc needs the identity provider's URL (quarkus.oidc.auth-server-url, "
                    + "CMQ_OIDC_ISSUER; quarkus.oidc.tenant-enabled not false) and the gateway's client "
                    + "(CMQ_OIDC_CLIENT_ID, CMQ_OIDC_CLIENT_SECRET); for a local run only, cmq.web.login=open-on-loopback";
        }
        return null;
    }

    static boolean isLoopback(String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(host.strip())) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
