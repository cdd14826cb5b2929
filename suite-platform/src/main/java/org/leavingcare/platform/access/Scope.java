package org.leavingcare.platform.access;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which young people a caller may see (docs/access-and-audit.md, "Scope"): a young person is in scope when any
 * of the caller's roles lets them see it:
 * <ul>
 *   <li>{@code integration}, {@code service}: everyone;</li>
 *   <li>{@code manager}: the token's teams; everyone with the team {@code *};</li>
 *   <li>{@code social-worker}: those whose social worker they are, and their teams;</li>
 *   <li>{@code iro}: those whose reviewing officer they are;</li>
 *   <li>{@code personal-adviser}: those whose current adviser they are.</li>
 * </ul>
 * The same rule twice: a predicate for one record, and a query condition for lists and counts, so that totals
 * and filters never count what the caller may not see. Each service says where its facts are ({@link Columns}).
 */
public final class Scope {

    private Scope() {
    }

    /**
     * The facts the rule needs about one young person.
     *
     * @param adviserId the current personal adviser (null if none or not yet known)
     */
    public record Facts(String team, String socialWorker, String reviewingOfficer, String adviserId) {
    }

    /**
     * Where a service's query finds the facts: expressions for the team, social worker and reviewing officer,
     * and a condition that holds when {@code :scopeSubject} is the current adviser. Native SQL or JPQL alike.
     */
    public record Columns(String team, String socialWorker, String reviewingOfficer, String adviserIsSubject) {
    }

    /** A condition over a young person row and the parameters it names ({@code scopeTeams}, {@code scopeSubject}). */
    public record Condition(String where, Map<String, Object> parameters) {

        public static final Condition EVERYONE = new Condition("1 = 1", Map.of());
        public static final Condition NO_ONE = new Condition("1 = 0", Map.of());
    }

    /** Whether {@code caller} may see the young person with {@code facts}; unknown facts ({@code null}): only everything. */
    public static boolean allows(Caller caller, Facts facts) {
        if (caller.seesEverything()) {
            return true;
        }
        if (facts == null) {
            return false;
        }
        String subject = caller.subject();
        Set<String> teams = caller.namedTeams();
        if ((caller.has(Caller.MANAGER) || caller.has(Caller.SOCIAL_WORKER))
                && facts.team() != null && teams.contains(facts.team())) {
            return true;
        }
        if (subject == null) {
            return false;
        }
        return (caller.has(Caller.SOCIAL_WORKER) && subject.equals(facts.socialWorker()))
                || (caller.has(Caller.IRO) && subject.equals(facts.reviewingOfficer()))
                || (caller.has(Caller.PERSONAL_ADVISER) && subject.equals(facts.adviserId()));
    }

    /** Whether the rule for {@code caller} depends on the current adviser (worth looking it up only then). */
    public static boolean dependsOnAdviser(Caller caller) {
        return !caller.seesEverything() && caller.has(Caller.PERSONAL_ADVISER) && caller.subject() != null;
    }

    /** The same rule as a condition over {@code columns}; {@link Condition#EVERYONE} or {@link Condition#NO_ONE} at the ends. */
    public static Condition condition(Caller caller, Columns columns) {
        if (caller.seesEverything()) {
            return Condition.EVERYONE;
        }
        List<String> any = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        List<String> teams = List.copyOf(caller.namedTeams());
        if ((caller.has(Caller.MANAGER) || caller.has(Caller.SOCIAL_WORKER)) && !teams.isEmpty()) {
            any.add(columns.team() + " IN (:scopeTeams)");
            parameters.put("scopeTeams", teams);
        }
        if (caller.subject() != null) {
            if (caller.has(Caller.SOCIAL_WORKER)) {
                any.add(columns.socialWorker() + " = :scopeSubject");
            }
            if (caller.has(Caller.IRO)) {
                any.add(columns.reviewingOfficer() + " = :scopeSubject");
            }
            if (caller.has(Caller.PERSONAL_ADVISER)) {
                any.add(Objects.requireNonNull(columns.adviserIsSubject(), "adviser condition"));
            }
            if (any.stream().anyMatch(condition -> condition.contains(":scopeSubject"))) {
                parameters.put("scopeSubject", caller.subject());
            }
        }
        return any.isEmpty() ? Condition.NO_ONE : new Condition("(" + String.join(" OR ", any) + ")", parameters);
    }
}
