package fr.cmq.gateway.security;

import fr.cmq.common.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/**
 * The HTTP permission policy of the web page's paths ({@code quarkus.http.auth.permission.web-page} in
 * application.properties, with the authorization-code mechanism): with {@code cmq.web.login=oidc}, a user who is not
 * logged in is sent to the identity provider's login (the code mechanism's challenge), a logged-in user without one of
 * the platform's roles gets 403; with {@code open-on-loopback} (the local run) everyone passes, as {@link WebLogin}
 * allows only on a loopback address.
 */
@ApplicationScoped
public class WebPagePolicy implements HttpSecurityPolicy {

    public static final String NAME = "cmq-web-page";
    static final Set<String> PAGE_ROLES = Set.of(Roles.NATIONAL, Roles.REGIONAL, Roles.READER);

    private final WebLogin login;

    public WebPagePolicy(WebLogin login) {
        this.login = login;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Uni<CheckResult> checkPermission(RoutingContext request, Uni<SecurityIdentity> identity,
                                            AuthorizationRequestContext requestContext) {
        if (login.open()) {
            return Uni.createFrom().item(CheckResult.PERMIT);
        }
        return identity.map(who -> !who.isAnonymous() && who.getRoles().stream().anyMatch(PAGE_ROLES::contains)
                ? CheckResult.PERMIT : CheckResult.DENY);
    }
}
