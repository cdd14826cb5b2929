package org.leavingcare.pathway.access;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who is calling (docs/access-and-audit.md): the token's subject, its roles ({@code groups}) and its teams
 * ({@code teams}, a JSON array; missing means none).
 *
 * @param subject the token's {@code sub}, or the service's own name for its background work
 * @param roles   the roles, sorted
 * @param teams   the teams, sorted; {@code *} means the whole service (honoured for managers only)
 */
public record Caller(String subject, Set<String> roles, Set<String> teams) {

    public static final String SERVICE_NAME = "pathway-service";

    /** The service itself, for work no user asked for (tests calling services directly, background work). */
    public static final Caller SYSTEM = new Caller(SERVICE_NAME, Set.of("service"), Set.of());

    public static final String WHOLE_SERVICE = "*";

    public Caller {
        roles = Set.copyOf(roles);
        teams = Set.copyOf(teams);
    }

    /**
     * The caller of a request. Every endpoint needs a role, so an anonymous identity only reaches the services
     * outside a request (tests, background work): that is the service itself.
     */
    public static Caller of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return SYSTEM;
        }
        Set<String> teams = new TreeSet<>();
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            addTeams(jwt.getClaim("teams"), teams);
        }
        return new Caller(identity.getPrincipal().getName(), identity.getRoles(), teams);
    }

    private static void addTeams(Object claim, Set<String> teams) {
        if (claim instanceof JsonArray array) {
            for (JsonValue value : array) {
                if (value instanceof JsonString text) {
                    teams.add(text.getString());
                }
            }
        } else if (claim instanceof JsonString text) {
            teams.add(text.getString());
        } else if (claim instanceof Collection<?> values) {
            values.forEach(value -> addTeams(value instanceof String s ? (Object) jakarta.json.Json.createValue(s) : value, teams));
        } else if (claim instanceof String text) {
            teams.add(text);
        }
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** {@code integration}, {@code service}, or a manager of the whole service: every young person. */
    public boolean seesEverything() {
        return has("integration") || has("service") || (has("manager") && teams.contains(WHOLE_SERVICE));
    }

    /** The roles as the audit trail stores them: sorted, comma-separated. */
    public String rolesText() {
        return String.join(",", new TreeSet<>(roles));
    }
}
