package org.leavingcare.notification.access;

import org.leavingcare.notification.domain.AccessFacts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which young people a caller may see (docs/access-and-audit.md), as a plain predicate over a young
 * person's {@link AccessFacts} for single reads, and as an SQL condition for lists and counts. A young
 * person is in scope when any of the caller's roles lets them see it:
 * <ul>
 *   <li>{@code integration}, {@code service}: everyone;</li>
 *   <li>{@code manager}: their teams; everyone with team {@code *};</li>
 *   <li>{@code social-worker}: those whose social worker they are, and their teams;</li>
 *   <li>{@code iro}: those whose reviewing officer they are;</li>
 *   <li>{@code personal-adviser}: those whose current adviser they are.</li>
 * </ul>
 * A young person with no facts (not yet projected) is seen only by callers who {@link Caller#seesEverything()}.
 */
public final class Scope {

    private final Caller caller;

    private Scope(Caller caller) {
        this.caller = caller;
    }

    public static Scope of(Caller caller) {
        return new Scope(caller);
    }

    public Caller caller() {
        return caller;
    }

    /** True if the young person with these facts ({@code null}: unknown to this service) is in scope. */
    public boolean sees(AccessFacts facts) {
        if (caller.seesEverything()) {
            return true;
        }
        if (facts == null) {
            return false;
        }
        String subject = caller.subject();
        List<String> teams = caller.namedTeams();
        if ((caller.hasRole("manager") || caller.hasRole("social-worker"))
                && facts.team() != null && teams.contains(facts.team())) {
            return true;
        }
        if (subject == null) {
            return false;
        }
        return (caller.hasRole("social-worker") && subject.equals(facts.socialWorker()))
                || (caller.hasRole("iro") && subject.equals(facts.reviewingOfficer()))
                || (caller.hasRole("personal-adviser") && subject.equals(facts.adviserId()));
    }

    /** An SQL condition and its named parameters, to AND into a query. */
    public record Sql(String condition, Map<String, Object> parameters) {
    }

    /**
     * The condition over the projection's {@code young_person} row (alias {@code y}) and {@code leaver}
     * row (alias {@code l}), both LEFT JOINed on the case reference: {@code TRUE} for callers who see
     * everything, {@code FALSE} for callers whose roles see no one.
     */
    public Sql sql(String y, String l) {
        if (caller.seesEverything()) {
            return new Sql("TRUE", Map.of());
        }
        List<String> terms = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> teams = caller.namedTeams();
        if ((caller.hasRole("manager") || caller.hasRole("social-worker")) && !teams.isEmpty()) {
            terms.add(y + ".team IN (:scopeTeams)");
            parameters.put("scopeTeams", teams);
        }
        if (caller.subject() != null) {
            int before = terms.size();
            if (caller.hasRole("social-worker")) {
                terms.add(y + ".social_worker = :scopeSubject");
            }
            if (caller.hasRole("iro")) {
                terms.add(y + ".reviewing_officer = :scopeSubject");
            }
            if (caller.hasRole("personal-adviser")) {
                terms.add(l + ".adviser_id = :scopeSubject");
            }
            if (terms.size() > before) {
                parameters.put("scopeSubject", caller.subject());
            }
        }
        if (terms.isEmpty()) {
            return new Sql("FALSE", Map.of());
        }
        return new Sql("(" + String.join(" OR ", terms) + ")", parameters);
    }
}
