package org.leavingcare.leaver.access;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which young people a caller may see (docs/access-and-audit.md), as a plain-Java predicate over a young
 * person's access facts and as a query fragment to AND into every list and count. A young person is in
 * scope when any of the caller's roles lets them see it:
 * <ul>
 *   <li>{@code integration}, {@code service}: everyone;</li>
 *   <li>{@code manager}: the token's teams; everyone with the team {@code *};</li>
 *   <li>{@code social-worker}: {@code socialWorker} is the subject, or the team is one of the token's;</li>
 *   <li>{@code iro}: {@code reviewingOfficer} is the subject;</li>
 *   <li>{@code personal-adviser}: the current (open) allocation's adviser is the subject.</li>
 * </ul>
 */
public final class Scope {

    /** What the rule needs to know about a young person; {@code adviserId} is the current adviser. */
    public record Facts(String team, String socialWorker, String reviewingOfficer, String adviserId) {
    }

    /** A query fragment over a {@code YoungPerson} alias and its named parameters. */
    public record Clause(String where, Map<String, Object> parameters) {
    }

    private final boolean everything;
    private final Set<String> teams;
    private final String socialWorker;
    private final String reviewingOfficer;
    private final String adviser;

    private Scope(boolean everything, Set<String> teams, String socialWorker, String reviewingOfficer, String adviser) {
        this.everything = everything;
        this.teams = Set.copyOf(teams);
        this.socialWorker = socialWorker;
        this.reviewingOfficer = reviewingOfficer;
        this.adviser = adviser;
    }

    public static Scope of(Caller caller) {
        if (caller.seesEverything()) {
            return new Scope(true, Set.of(), null, null, null);
        }
        Set<String> teams = new TreeSet<>();
        if (caller.hasRole(Caller.MANAGER) || caller.hasRole(Caller.SOCIAL_WORKER)) {
            teams.addAll(caller.teams());
            // "*" is the whole service for managers only, handled above; never a team name
            teams.remove(Caller.WHOLE_SERVICE);
        }
        String subject = caller.subject();
        return new Scope(false, teams,
                caller.hasRole(Caller.SOCIAL_WORKER) ? subject : null,
                caller.hasRole(Caller.IRO) ? subject : null,
                caller.hasRole(Caller.PERSONAL_ADVISER) ? subject : null);
    }

    /** Every young person, including those the service knows nothing about. */
    public boolean everything() {
        return everything;
    }

    /** Whether the rule depends on the current adviser (worth reading it only then). */
    public boolean dependsOnAdviser() {
        return adviser != null;
    }

    /** Whether a young person with these facts is in scope; {@code null} facts (unknown young person): only everything. */
    public boolean allows(Facts facts) {
        if (everything) {
            return true;
        }
        if (facts == null) {
            return false;
        }
        return (facts.team() != null && teams.contains(facts.team()))
                || (socialWorker != null && socialWorker.equals(facts.socialWorker()))
                || (reviewingOfficer != null && reviewingOfficer.equals(facts.reviewingOfficer()))
                || (adviser != null && adviser.equals(facts.adviserId()));
    }

    /**
     * A JPQL condition on the {@code YoungPerson} called {@code person} (the current adviser from the open
     * {@code Allocation}), with parameters named {@code scope*}: AND it into a list or count query.
     */
    public Clause jpql(String person) {
        if (everything) {
            return new Clause("1 = 1", Map.of());
        }
        StringBuilder where = new StringBuilder();
        Map<String, Object> parameters = new HashMap<>();
        if (!teams.isEmpty()) {
            or(where, person + ".team in :scopeTeams");
            parameters.put("scopeTeams", teams);
        }
        if (socialWorker != null) {
            or(where, person + ".socialWorker = :scopeSocialWorker");
            parameters.put("scopeSocialWorker", socialWorker);
        }
        if (reviewingOfficer != null) {
            or(where, person + ".reviewingOfficer = :scopeReviewingOfficer");
            parameters.put("scopeReviewingOfficer", reviewingOfficer);
        }
        if (adviser != null) {
            or(where, "exists (select 1 from Allocation scopeAllocation where scopeAllocation.caseRef = " + person
                    + ".caseRef and scopeAllocation.endedOn is null and scopeAllocation.adviserId = :scopeAdviser)");
            parameters.put("scopeAdviser", adviser);
        }
        return where.isEmpty() ? new Clause("1 = 0", Map.of()) : new Clause("(" + where + ")", parameters);
    }

    private static void or(StringBuilder where, String condition) {
        if (!where.isEmpty()) {
            where.append(" or ");
        }
        where.append(condition);
    }

    @Override
    public String toString() {
        return everything ? "Scope[everything]" : "Scope[teams=" + teams + ", socialWorker=" + Objects.toString(socialWorker)
                + ", reviewingOfficer=" + reviewingOfficer + ", adviser=" + adviser + "]";
    }
}
