package fr.cmq.common.openapi;

import fr.cmq.common.security.Roles;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bearer scheme of the platform in OpenAPI. Quarkus writes the roles of {@code @RolesAllowed} as the scopes of
 * the operation's security requirement, which OpenAPI allows only for OAuth2/OpenID schemes (linters refuse them on
 * an HTTP bearer scheme): they move to the operation's {@code x-roles} extension and a sentence of its description,
 * and the requirement keeps an empty list.
 */
final class SecurityRules {

    /** The scheme name Quarkus gives by default ({@code quarkus.smallrye-openapi.security-scheme-name}). */
    static final String DEFAULT_SCHEME = "SecurityScheme";
    static final String ROLES_EXTENSION = "x-roles";
    static final String ROLES_SENTENCE = "Allowed roles: ";

    static final String SCHEME_DESCRIPTION = "A JWT (RS256) from the OpenID Connect identity provider (issuer, "
            + "audience and keys checked), sent as `Authorization: Bearer <token>`. Its roles claim (`groups` by "
            + "default, e.g. `realm_access.roles` for Keycloak: a deployment setting) carries one role: `"
            + Roles.NATIONAL
            + "` (the national mission) reads and writes everything; `" + Roles.REGIONAL + "` (a regional portal), "
            + "with a `region` claim (its name is a setting too) holding an INSEE region code, reads everything and writes only the campuses of "
            + "that region; `" + Roles.READER + "` (BI tools, any read-only client) reads only. Without a valid token "
            + "the API answers 401; with a role or region that does not allow the operation, 403.";

    private SecurityRules() {
    }

    /** Declares the HTTP bearer (JWT) scheme with the roles' description; keeps the name an existing one has. */
    static void declareBearerScheme(OpenAPI openAPI) {
        Map<String, SecurityScheme> schemes = openAPI.getComponents().getSecuritySchemes();
        Set<String> referenced = referencedSchemes(openAPI);
        if (schemes == null || schemes.isEmpty()) {
            if (referenced.isEmpty()) {
                referenced.add(DEFAULT_SCHEME);
            }
            for (String name : referenced) {
                openAPI.getComponents().addSecurityScheme(name, OASFactory.createSecurityScheme());
            }
            schemes = openAPI.getComponents().getSecuritySchemes();
        } else {
            for (String name : referenced) {
                if (!schemes.containsKey(name)) {
                    openAPI.getComponents().addSecurityScheme(name, OASFactory.createSecurityScheme());
                }
            }
            schemes = openAPI.getComponents().getSecuritySchemes();
        }
        for (SecurityScheme scheme : schemes.values()) {
            if (scheme.getRef() != null) {
                continue;
            }
            if (scheme.getType() == null || scheme.getType() == SecurityScheme.Type.HTTP) {
                scheme.setType(SecurityScheme.Type.HTTP);
                scheme.setScheme("bearer");
                scheme.setBearerFormat("JWT");
                scheme.setDescription(SCHEME_DESCRIPTION);
            }
        }
    }

    /**
     * Moves the roles of the operation's requirements to {@code x-roles} and its description; answers whether the
     * operation needs a token. An operation without requirement, in a document without a global one, gets an
     * explicit empty {@code security} (public, which linters want said).
     */
    static boolean apply(Operation operation, PathItem.HttpMethod method, boolean globalSecurity) {
        List<SecurityRequirement> requirements = operation.getSecurity();
        if (requirements == null) {
            if (globalSecurity) {
                return true; // inherits the document's requirement
            }
            operation.setSecurity(new ArrayList<>());
            return false;
        }
        Set<String> roles = new LinkedHashSet<>();
        boolean secured = false;
        for (SecurityRequirement requirement : requirements) {
            if (requirement.getSchemes() == null || requirement.getSchemes().isEmpty()) {
                continue; // an empty requirement: the operation may also be called without a token
            }
            secured = true;
            for (Map.Entry<String, List<String>> scheme : Map.copyOf(requirement.getSchemes()).entrySet()) {
                if (scheme.getValue() != null) {
                    roles.addAll(scheme.getValue());
                }
                requirement.addScheme(scheme.getKey(), new ArrayList<>());
            }
        }
        if (operation.getExtensions() != null && operation.getExtensions().get(ROLES_EXTENSION) instanceof List<?> kept) {
            kept.forEach(role -> roles.add(String.valueOf(role))); // a second run finds them here
        }
        if (!roles.isEmpty()) {
            operation.addExtension(ROLES_EXTENSION, List.copyOf(roles));
            String sentence = rolesSentence(roles, method);
            String description = operation.getDescription() == null ? "" : operation.getDescription().strip();
            if (!description.contains(ROLES_SENTENCE)) {
                operation.setDescription(description.isEmpty() ? sentence : description + "\n\n" + sentence);
            }
        }
        return secured;
    }

    /** "Allowed roles: national, regional (campuses of its region only)." */
    static String rolesSentence(Set<String> roles, PathItem.HttpMethod method) {
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        List<String> parts = new ArrayList<>();
        for (String role : roles) {
            parts.add(write && Roles.REGIONAL.equals(role) ? role + " (campuses of its token's region only)" : role);
        }
        return ROLES_SENTENCE + String.join(", ", parts) + ".";
    }

    private static Set<String> referencedSchemes(OpenAPI openAPI) {
        Set<String> names = new LinkedHashSet<>();
        if (openAPI.getSecurity() != null) {
            openAPI.getSecurity().forEach(r -> names.addAll(r.getSchemes() == null ? Set.of() : r.getSchemes().keySet()));
        }
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            for (PathItem item : openAPI.getPaths().getPathItems().values()) {
                for (Operation operation : item.getOperations().values()) {
                    if (operation.getSecurity() != null) {
                        operation.getSecurity().forEach(r -> names.addAll(
                                r.getSchemes() == null ? Set.of() : r.getSchemes().keySet()));
                    }
                }
            }
        }
        return names;
    }
}
