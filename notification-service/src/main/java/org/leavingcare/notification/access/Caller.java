package org.leavingcare.notification.access;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who is asking: the token's subject, roles ({@code groups}) and teams ({@code teams}; none if the
 * claim is missing). Built per request by {@link Callers}.
 */
public record Caller(String subject, Set<String> roles, Set<String> teams) {

    /** The team that stands for the whole service; honoured for managers only. */
    public static final String WHOLE_SERVICE = "*";

    public Caller {
        roles = Set.copyOf(roles);
        teams = Set.copyOf(teams);
    }

    public static Caller of(String subject, Collection<String> roles, Collection<String> teams) {
        return new Caller(subject, Set.copyOf(roles), Set.copyOf(teams));
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /**
     * True for callers who see every young person, including those this service knows nothing about:
     * {@code integration}, {@code service}, and managers of the whole service (team {@code *}).
     */
    public boolean seesEverything() {
        return hasRole("integration") || hasRole("service") || (hasRole("manager") && teams.contains(WHOLE_SERVICE));
    }

    /** The roles, sorted and comma-separated, as the audit trail records them. */
    public String rolesText() {
        return String.join(",", new TreeSet<>(roles));
    }

    /** The teams as a sorted list without {@code *} (which is no team's name). */
    public List<String> namedTeams() {
        return new TreeSet<>(teams).stream().filter(t -> !t.equals(WHOLE_SERVICE)).toList();
    }
}
