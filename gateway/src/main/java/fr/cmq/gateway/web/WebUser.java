package fr.cmq.gateway.web;

import fr.cmq.common.security.Roles;
import io.quarkus.qute.TemplateData;
import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is looking at the web page, as the page shows it: the role of the logged-in user (national, regional or
 * reader; from the identity provider's tokens, mapped by the gateway's OIDC settings) and a regional user's region.
 * Never a name: the page holds no personal data. {@link #open()} on a local run without login.
 */
@TemplateData
public record WebUser(String role, String region, boolean loggedIn) {

    /** The local run's page, open on loopback: no login, no banner. */
    static WebUser open() {
        return new WebUser(null, null, false);
    }

    static WebUser of(SecurityIdentity identity, String regionClaim) {
        if (identity == null || identity.isAnonymous()) {
            return open();
        }
        String role = identity.hasRole(Roles.NATIONAL) ? Roles.NATIONAL
                : identity.hasRole(Roles.REGIONAL) ? Roles.REGIONAL
                : identity.hasRole(Roles.READER) ? Roles.READER : null;
        String region = null;
        if (Roles.REGIONAL.equals(role) && identity.getPrincipal() instanceof JsonWebToken token) {
            Object claim = token.getClaim(regionClaim);
            region = claim == null ? null : claim.toString().replace("\"", "");
        }
        return new WebUser(role, region, true);
    }

    public boolean regional() {
        return Roles.REGIONAL.equals(role) && region != null;
    }

    public boolean reader() {
        return Roles.READER.equals(role);
    }

    public boolean national() {
        return Roles.NATIONAL.equals(role);
    }
}
