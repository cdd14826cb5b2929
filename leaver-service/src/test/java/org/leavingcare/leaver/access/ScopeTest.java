package org.leavingcare.leaver.access;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The scope rule of docs/access-and-audit.md, role by role, on both sides of every condition. */
class ScopeTest {

    static Set<String> split(String value) {
        return value == null || value.isBlank() ? Set.of() : new TreeSet<>(Arrays.asList(value.split(" ")));
    }

    static Scope.Facts facts(String team, String socialWorker, String reviewingOfficer, String adviserId) {
        return new Scope.Facts(team, socialWorker, reviewingOfficer, adviserId);
    }

    // roles and teams are space-separated; facts: team, socialWorker, reviewingOfficer, current adviser
    @ParameterizedTest(name = "{0} {1} [{2}] sees {3}/{4}/{5}/{6}: {7}")
    @CsvSource(nullValues = "-", value = {
            // integration and service: everyone, whatever the facts
            "integration,              cms,    -,          south, sw-9,  iro-9, pa-9,  true",
            "service,                  notif,  -,          south, -,     -,     -,     true",
            // manager: their teams only
            "manager,                  m-1,    north,      north, sw-9,  iro-9, pa-9,  true",
            "manager,                  m-1,    north,      south, sw-9,  iro-9, pa-9,  false",
            "manager,                  m-1,    north east, east,  -,     -,     -,     true",
            "manager,                  m-1,    -,          north, -,     -,     -,     false",
            "manager,                  m-1,    -,          -,     -,     -,     -,     false",
            // a manager of the whole service sees everyone
            "manager,                  m-1,    *,          south, -,     -,     -,     true",
            "manager,                  m-1,    *,          -,     -,     -,     -,     true",
            // a manager is not the social worker, IRO or adviser of anyone by subject
            "manager,                  sw-1,   north,      south, sw-1,  -,     -,     false",
            // social worker: their own young people and their teams'
            "social-worker,            sw-1,   -,          south, sw-1,  -,     -,     true",
            "social-worker,            sw-1,   -,          south, sw-2,  -,     -,     false",
            "social-worker,            sw-1,   north,      north, sw-2,  -,     -,     true",
            "social-worker,            sw-1,   north,      south, -,     -,     -,     false",
            // '*' is no team for a social worker
            "social-worker,            sw-1,   *,          south, sw-2,  -,     -,     false",
            // IRO: the plans they review, not their team's
            "iro,                      iro-1,  north,      north, -,     iro-2, -,     false",
            "iro,                      iro-1,  -,          south, -,     iro-1, -,     true",
            "iro,                      iro-1,  -,          south, iro-1, -,     iro-1, false",
            // personal adviser: their current allocations only, not their team's
            "personal-adviser,         pa-1,   north,      north, -,     -,     -,     false",
            "personal-adviser,         pa-1,   north,      north, -,     -,     pa-2,  false",
            "personal-adviser,         pa-1,   -,          south, -,     -,     pa-1,  true",
            "personal-adviser,         pa-1,   -,          south, pa-1,  pa-1,  -,     false",
            // the union of roles
            "iro personal-adviser,     u-1,    -,          south, -,     u-1,   -,     true",
            "iro personal-adviser,     u-1,    -,          south, -,     -,     u-1,   true",
            "iro personal-adviser,     u-1,    -,          south, -,     -,     -,     false",
            "manager social-worker,    u-1,    north,      south, u-1,   -,     -,     true",
            "manager social-worker,    u-1,    *,          south, -,     -,     -,     true",
            "social-worker integration, u-1,   -,          south, -,     -,     -,     true",
            // no scoping role at all: no one
            "unknown-role,             u-1,    north,      north, u-1,   u-1,   u-1,   false",
    })
    void aYoungPersonIsInScopeWhenAnyRoleLetsTheCallerSeeThem(String roles, String subject, String teams, String team,
                                                              String socialWorker, String reviewingOfficer,
                                                              String adviserId, boolean expected) {
        Scope scope = Scope.of(new Caller(subject, split(roles), split(teams)));
        assertEquals(expected, scope.allows(facts(team, socialWorker, reviewingOfficer, adviserId)), scope.toString());
    }

    @ParameterizedTest(name = "{0} [{1}]: an unknown young person is in scope: {2}")
    @CsvSource(nullValues = "-", value = {
            "integration,    -,     true",
            "service,        -,     true",
            "manager,        *,     true",
            "manager,        north, false",
            "social-worker,  north, false",
            "iro,            -,     false",
            "personal-adviser, -,   false",
    })
    void aYoungPersonTheServiceDoesNotKnowIsInScopeOnlyForEveryoneScopes(String roles, String teams, boolean expected) {
        Scope scope = Scope.of(new Caller("u-1", split(roles), split(teams)));
        assertEquals(expected, scope.allows(null));
        assertEquals(expected, scope.everything());
    }

    @ParameterizedTest(name = "{0} [{1}] as {2}")
    @CsvSource(nullValues = "-", value = {
            "integration,          -,          cms,  1 = 1",
            "manager,              *,          m-1,  1 = 1",
            "manager,              north,      m-1,  (p.team in :scopeTeams)",
            "social-worker,        north,      sw-1, (p.team in :scopeTeams or p.socialWorker = :scopeSocialWorker)",
            "social-worker,        -,          sw-1, (p.socialWorker = :scopeSocialWorker)",
            "iro,                  -,          i-1,  (p.reviewingOfficer = :scopeReviewingOfficer)",
            "personal-adviser,     north,      pa-1, (exists (select 1 from Allocation scopeAllocation where scopeAllocation.caseRef = p.caseRef and scopeAllocation.endedOn is null and scopeAllocation.adviserId = :scopeAdviser))",
            "manager,              -,          m-1,  1 = 0",
            "unknown-role,         north,      u-1,  1 = 0",
    })
    void theQueryFragmentSaysTheSame(String roles, String teams, String subject, String where) {
        Scope.Clause clause = Scope.of(new Caller(subject, split(roles), split(teams))).jpql("p");
        assertEquals(where, clause.where());
        for (String name : clause.parameters().keySet()) {
            assertEquals(true, where.contains(":" + name), name);
        }
    }
}
