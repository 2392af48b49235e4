package fr.cmq.common.security;

import fr.cmq.common.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling, from the verified bearer token, and what that caller may write. */
@RequestScoped
public class Caller {

    public static final String REGION_CLAIM = "region";

    private final JsonWebToken token;

    public Caller(JsonWebToken token) {
        this.token = token;
    }

    /** The token subject, recorded as the actor of every accepted write. */
    public String subject() {
        return token.getSubject() == null ? "anonymous" : token.getSubject();
    }

    public boolean isNational() {
        return token.getGroups().contains(Roles.NATIONAL);
    }

    /** The region code of a regional token, or null. */
    public String region() {
        Object claim = token.getClaim(REGION_CLAIM);
        return claim == null ? null : claim.toString().replace("\"", "");
    }

    /** Refuses (403) a write on a campus of {@code regionCode} unless the caller is national or that region's. */
    public void requireWriteOn(String regionCode) {
        if (isNational()) {
            return;
        }
        if (token.getGroups().contains(Roles.REGIONAL) && regionCode != null && regionCode.equals(region())) {
            return;
        }
        throw ProblemException.forbidden(token.getGroups().contains(Roles.REGIONAL)
                ? "A regional token of region " + region() + " cannot write a campus of region " + regionCode
                : "Your role does not allow writes");
    }
}
