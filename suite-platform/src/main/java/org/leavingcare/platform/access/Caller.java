package org.leavingcare.platform.access;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who is calling (docs/access-and-audit.md): the token's subject, its roles ({@code groups}) and its teams
 * ({@code teams}, a JSON array; missing means none).
 *
 * @param subject the token's {@code sub}, or the service's own name for its background work
 * @param roles   the roles
 * @param teams   the teams; {@link #WHOLE_SERVICE} means the whole service (honoured for managers only)
 */
public record Caller(String subject, Set<String> roles, Set<String> teams) {

    public static final String SOCIAL_WORKER = "social-worker";
    public static final String PERSONAL_ADVISER = "personal-adviser";
    public static final String MANAGER = "manager";
    public static final String IRO = "iro";
    public static final String INTEGRATION = "integration";
    public static final String SERVICE = "service";

    /** Every role a token can carry. */
    public static final List<String> ROLES = List.of(SOCIAL_WORKER, PERSONAL_ADVISER, MANAGER, IRO, INTEGRATION, SERVICE);

    public static final String WHOLE_SERVICE = "*";

    public Caller {
        roles = Set.copyOf(roles);
        teams = Set.copyOf(teams);
    }

    /** The service itself, for work no user asked for (background work, tests calling beans directly). */
    public static Caller system(String serviceName) {
        return new Caller(serviceName, Set.of(SERVICE), Set.of());
    }

    /**
     * The caller of a request. Every endpoint needs a role, so an anonymous identity only reaches the services
     * outside a request (tests, background work): that is the service itself.
     */
    public static Caller of(SecurityIdentity identity, String serviceName) {
        if (identity == null || identity.isAnonymous()) {
            return system(serviceName);
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
            values.forEach(value -> addTeams(value instanceof String s ? (Object) Json.createValue(s) : value, teams));
        } else if (claim instanceof String text) {
            teams.add(text);
        }
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** {@code integration}, {@code service}, or a manager of the whole service: every young person. */
    public boolean seesEverything() {
        return has(INTEGRATION) || has(SERVICE) || (has(MANAGER) && teams.contains(WHOLE_SERVICE));
    }

    /** A manager of the whole service (team {@code *}): staff-side resources of every team. */
    public boolean managesWholeService() {
        return has(MANAGER) && teams.contains(WHOLE_SERVICE);
    }

    /** The teams by name, without {@link #WHOLE_SERVICE}. */
    public Set<String> namedTeams() {
        Set<String> named = new TreeSet<>(teams);
        named.remove(WHOLE_SERVICE);
        return named;
    }

    /** The roles as the audit trail stores them: sorted, comma-separated. */
    public String rolesText() {
        return String.join(",", new TreeSet<>(roles));
    }
}
