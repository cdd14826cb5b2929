package org.leavingcare.notification.access;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leavingcare.notification.domain.AccessFacts;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The scope rule of docs/access-and-audit.md, role by role, as a predicate and as SQL. */
class ScopeTest {

    /** A young person in team north, social worker sw-1, reviewing officer iro-1, current adviser pa-1. */
    static final AccessFacts NORTH = new AccessFacts("north", "sw-1", "iro-1", "pa-1");

    static Caller caller(String roles, String subject, String teams) {
        return Caller.of(subject, split(roles), split(teams));
    }

    static List<String> split(String value) {
        return value == null || value.isBlank() ? List.of() : Arrays.asList(value.split(" "));
    }

    @ParameterizedTest(name = "{0} {1} teams [{2}] sees north/sw-1/iro-1/pa-1: {3}")
    @CsvSource({
            // every young person: integration, service
            "integration, cms-1, , true",
            "service, leaver-service, , true",
            // manager: their teams, or everyone with *
            "manager, m-1, north, true",
            "manager, m-1, south, false",
            "manager, m-1, south north, true",
            "manager, m-1, *, true",
            "manager, m-1, , false",
            // social worker: their own, and their team's; * is no team for them
            "social-worker, sw-1, , true",
            "social-worker, sw-2, north, true",
            "social-worker, sw-2, south, false",
            "social-worker, sw-2, *, false",
            // IRO: the children whose plans they review (teams do not count)
            "iro, iro-1, , true",
            "iro, iro-2, north, false",
            // personal adviser: the current adviser only (teams do not count)
            "personal-adviser, pa-1, , true",
            "personal-adviser, pa-2, north, false",
            // a union of roles
            "iro personal-adviser, pa-1, , true",
            "iro personal-adviser, iro-1, , true",
            "iro social-worker, x-1, south, false",
    })
    void eachRoleSeesItsOwn(String roles, String subject, String teams, boolean sees) {
        assertEquals(sees, Scope.of(caller(roles, subject, teams)).sees(NORTH));
    }

    @ParameterizedTest(name = "{0} {1} teams [{2}] sees an unknown young person: {3}")
    @CsvSource({
            "integration, cms-1, , true",
            "service, pathway-service, , true",
            "manager, m-1, *, true",
            "manager, m-1, north, false",
            "social-worker, sw-1, north, false",
            "iro, iro-1, , false",
            "personal-adviser, pa-1, , false",
    })
    void aYoungPersonThisServiceKnowsNothingAboutIsSeenOnlyByWholeServiceCallers(String roles, String subject,
                                                                                  String teams, boolean sees) {
        assertEquals(sees, Scope.of(caller(roles, subject, teams)).sees(null));
    }

    @ParameterizedTest(name = "{0} {1} sees facts with nulls: {2}")
    @CsvSource({
            "social-worker, sw-1, false",
            "iro, iro-1, false",
            "personal-adviser, pa-1, false",
            "manager, m-1, false",
    })
    void nullFactsMatchNoOne(String roles, String subject, boolean sees) {
        assertEquals(sees, Scope.of(caller(roles, subject, "north")).sees(new AccessFacts(null, null, null, null)));
    }

    @ParameterizedTest(name = "{0} {1} teams [{2}]: {3}")
    @CsvSource(delimiter = '|', value = {
            "integration | cms-1 | | TRUE",
            "manager | m-1 | * | TRUE",
            "manager | m-1 | north | (y.team IN (:scopeTeams))",
            "manager | m-1 | | FALSE",
            "social-worker | sw-1 | north | (y.team IN (:scopeTeams) OR y.social_worker = :scopeSubject)",
            "social-worker | sw-1 | | (y.social_worker = :scopeSubject)",
            "iro | iro-1 | north | (y.reviewing_officer = :scopeSubject)",
            "personal-adviser | pa-1 | | (l.adviser_id = :scopeSubject)",
            "iro personal-adviser | x-1 | | (y.reviewing_officer = :scopeSubject OR l.adviser_id = :scopeSubject)",
    })
    void theSqlConditionSaysTheSame(String roles, String subject, String teams, String condition) {
        assertEquals(condition, Scope.of(caller(roles, subject, teams)).sql("y", "l").condition());
    }

    @Test
    void theSqlParametersAreTheTeamsWithoutStarAndTheSubject() {
        Scope.Sql sql = Scope.of(caller("social-worker", "sw-1", "south * north")).sql("y", "l");
        assertEquals(Map.of("scopeTeams", List.of("north", "south"), "scopeSubject", "sw-1"), sql.parameters());
        assertEquals(Map.of("scopeSubject", "iro-1"), Scope.of(caller("iro", "iro-1", "north")).sql("y", "l").parameters());
        assertEquals(Map.of(), Scope.of(caller("manager", "m-1", "*")).sql("y", "l").parameters());
    }
}
