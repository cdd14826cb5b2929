package org.leavingcare.leaver.access;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who is asking (docs/access-and-audit.md): the token's subject, its roles ({@code groups}) and its
 * teams ({@code teams}, a JSON array; missing means none).
 */
public record Caller(String subject, Set<String> roles, Set<String> teams) {

    public static final String SOCIAL_WORKER = "social-worker";
    public static final String PERSONAL_ADVISER = "personal-adviser";
    public static final String MANAGER = "manager";
    public static final String IRO = "iro";
    public static final String INTEGRATION = "integration";
    public static final String SERVICE = "service";
    /** The team that means "the whole service", honoured for managers only. */
    public static final String WHOLE_SERVICE = "*";

    public Caller {
        roles = Set.copyOf(new TreeSet<>(roles));
        teams = Set.copyOf(teams);
    }

    public static Caller of(SecurityIdentity identity) {
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
        } else if (claim instanceof Collection<?> values) {
            for (Object value : values) {
                if (value instanceof JsonString text) {
                    teams.add(text.getString());
                } else if (value instanceof String text) {
                    teams.add(text);
                }
            }
        } else if (claim instanceof JsonString text) {
            teams.add(text.getString());
        } else if (claim instanceof String text) {
            teams.add(text);
        }
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** integration and service see every young person; so does a manager of the whole service ({@code *}). */
    public boolean seesEverything() {
        return hasRole(INTEGRATION) || hasRole(SERVICE) || (hasRole(MANAGER) && teams.contains(WHOLE_SERVICE));
    }

    /** The roles as the audit trail stores them: sorted, comma-separated. */
    public String rolesText() {
        return String.join(",", new TreeSet<>(roles));
    }
}
