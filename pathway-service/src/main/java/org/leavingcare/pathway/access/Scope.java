package org.leavingcare.pathway.access;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which young people a caller may see (docs/access-and-audit.md, "Scope"): a young person is in scope when any
 * of the caller's roles lets them see it. The same rule twice: a predicate for one record, and an SQL condition
 * for lists and counts, so that totals and filters never count what the caller may not see.
 */
public final class Scope {

    private Scope() {
    }

    /**
     * The facts the rule needs about one young person.
     *
     * @param adviserId the current personal adviser, from leaver-service's feed (null if none or not yet known)
     */
    public record Facts(String team, String socialWorker, String reviewingOfficer, String adviserId) {
    }

    /** An SQL condition over a young person row and the parameters it names (all prefixed {@code scope}). */
    public record Sql(String condition, Map<String, Object> parameters) {
    }

    /** Whether {@code caller} may see the young person with {@code facts}. */
    public static boolean allows(Caller caller, Facts facts) {
        if (caller.seesEverything()) {
            return true;
        }
        String subject = caller.subject();
        if (caller.has("manager") && facts.team() != null && caller.teams().contains(facts.team())) {
            return true;
        }
        if (caller.has("social-worker") && (Objects.equals(subject, facts.socialWorker())
                || facts.team() != null && caller.teams().contains(facts.team()))) {
            return true;
        }
        if (caller.has("iro") && subject != null && subject.equals(facts.reviewingOfficer())) {
            return true;
        }
        return caller.has("personal-adviser") && subject != null && subject.equals(facts.adviserId());
    }

    /**
     * The same rule as a condition on a young person row aliased {@code y} (columns {@code team},
     * {@code social_worker}, {@code reviewing_officer}, {@code case_ref}); the current adviser comes from
     * {@code adviser_assignment}. {@code TRUE} for callers who see everything, {@code FALSE} for none.
     */
    public static Sql sql(Caller caller, String y) {
        if (caller.seesEverything()) {
            return new Sql("TRUE", Map.of());
        }
        List<String> any = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        List<String> teams = caller.teams().stream().filter(team -> !Caller.WHOLE_SERVICE.equals(team)).toList();
        if ((caller.has("manager") || caller.has("social-worker")) && !teams.isEmpty()) {
            any.add(y + ".team IN (:scopeTeams)");
            parameters.put("scopeTeams", teams);
        }
        if (caller.subject() != null) {
            if (caller.has("social-worker")) {
                any.add(y + ".social_worker = :scopeSubject");
            }
            if (caller.has("iro")) {
                any.add(y + ".reviewing_officer = :scopeSubject");
            }
            if (caller.has("personal-adviser")) {
                any.add("EXISTS (SELECT 1 FROM adviser_assignment scope_a WHERE scope_a.case_ref = " + y
                        + ".case_ref AND scope_a.adviser_id = :scopeSubject)");
            }
            if (any.stream().anyMatch(condition -> condition.contains(":scopeSubject"))) {
                parameters.put("scopeSubject", caller.subject());
            }
        }
        return any.isEmpty() ? new Sql("FALSE", Map.of()) : new Sql("(" + String.join(" OR ", any) + ")", parameters);
    }
}
