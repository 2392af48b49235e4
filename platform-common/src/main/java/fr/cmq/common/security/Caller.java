package fr.cmq.common.security;

import fr.cmq.common.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Set;

/**
 * Who is calling, from the verified bearer token, and what that caller may write. The roles are the token's groups
 * (read from the claim the shared setting {@code smallrye.jwt.path.groups} names, e.g. {@code groups} locally or
 * {@code realm_access/roles} for Keycloak); the region is the claim {@code cmq.security.region-claim} names.
 */
@RequestScoped
public class Caller {

    /** The default name of the region claim (an INSEE region code), as the local tokens and the Keycloak realm carry it. */
    public static final String REGION_CLAIM = "region";
    /** The setting naming the region claim. */
    public static final String REGION_CLAIM_SETTING = "cmq.security.region-claim";

    private final JsonWebToken token;
    private final String regionClaim;

    /** A caller whose region is in the {@value #REGION_CLAIM} claim. */
    public Caller(JsonWebToken token) {
        this(token, REGION_CLAIM);
    }

    public Caller(JsonWebToken token, String regionClaim) {
        this.token = token;
        this.regionClaim = regionClaim;
    }

    /**
     * The caller of the current request: the verified bearer token is the request identity's principal. (Read from
     * the identity rather than an injected {@code JsonWebToken}: in the gateway, quarkus-oidc, which logs the web
     * page's users in, produces the injected token from its own sessions only, not from the API's bearer tokens.)
     */
    @Inject
    public Caller(SecurityIdentity identity,
                  @ConfigProperty(name = REGION_CLAIM_SETTING, defaultValue = REGION_CLAIM) String regionClaim) {
        this(identity != null && identity.getPrincipal() instanceof JsonWebToken jwt ? jwt : null, regionClaim);
    }

    /** The token subject, recorded as the actor of every accepted write. */
    public String subject() {
        return token == null || token.getSubject() == null ? "anonymous" : token.getSubject();
    }

    public boolean isNational() {
        return roles().contains(Roles.NATIONAL);
    }

    /**
     * The caller's role as a fact's source records it (issue 13): NATIONAL, REGIONAL or READER, the strongest one
     * its token carries; null without a token role.
     */
    public String role() {
        for (String role : new String[]{Roles.NATIONAL, Roles.REGIONAL, Roles.READER}) {
            if (roles().contains(role)) {
                return role.toUpperCase(java.util.Locale.ROOT);
            }
        }
        return null;
    }

    /** The region code of a regional token, or null. */
    public String region() {
        Object claim = token == null ? null : token.getClaim(regionClaim);
        return claim == null ? null : claim.toString().replace("\"", "");
    }

    /** Refuses (403) a write on a campus of {@code regionCode} unless the caller is national or that region's. */
    public void requireWriteOn(String regionCode) {
        if (isNational()) {
            return;
        }
        if (roles().contains(Roles.REGIONAL) && regionCode != null && regionCode.equals(region())) {
            return;
        }
        throw ProblemException.forbidden(roles().contains(Roles.REGIONAL)
                ? "A regional token of region " + region() + " cannot write a campus of region " + regionCode
                : "Your role does not allow writes");
    }

    /** The caller's roles; none for a request without a verified token. */
    private Set<String> roles() {
        Set<String> groups = token == null ? null : token.getGroups();
        return groups == null ? Set.of() : groups;
    }
}
