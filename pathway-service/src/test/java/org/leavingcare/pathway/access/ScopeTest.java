package org.leavingcare.pathway.access;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/access-and-audit.md, "Scope": each role alone, teams {@code *}, a union of roles, missing facts. */
class ScopeTest {

    static Set<String> set(String text) {
        return text == null || text.isBlank() ? Set.of()
                : Arrays.stream(text.split(" ")).filter(s -> !s.isBlank()).collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "{0} {1} teams [{2}] on team={3} sw={4} iro={5} pa={6}: {7}")
    @CsvSource(nullValues = "-", value = {
            // roles,                      subject, teams,       team,   socialWorker, reviewingOfficer, adviser, sees
            "integration,                  cms,     -,           north,  sw-1,         iro-1,            pa-1,    true",
            "integration,                  cms,     -,           -,      -,            -,                -,       true",
            "service,                      leaver,  -,           -,      -,            -,                -,       true",
            "manager,                      m-1,     north,       north,  -,            -,                -,       true",
            "manager,                      m-1,     north,       south,  m-1,          m-1,              m-1,     false",
            "manager,                      m-1,     north south, south,  -,            -,                -,       true",
            "manager,                      m-1,     *,           south,  -,            -,                -,       true",
            "manager,                      m-1,     *,           -,      -,            -,                -,       true",
            "manager,                      m-1,     -,           north,  -,            -,                -,       false",
            "manager,                      m-1,     north,       -,      -,            -,                -,       false",
            "social-worker,                sw-1,    north,       north,  sw-9,         -,                -,       true",
            "social-worker,                sw-1,    north,       south,  sw-1,         -,                -,       true",
            "social-worker,                sw-1,    north,       south,  sw-9,         -,                -,       false",
            "social-worker,                sw-1,    -,           south,  sw-1,         -,                -,       true",
            "social-worker,                sw-1,    -,           -,      -,            -,                -,       false",
            // the team * is a head of service's, honoured for managers only
            "social-worker,                sw-1,    *,           south,  sw-9,         -,                -,       false",
            "iro,                          iro-1,   north,       north,  -,            iro-2,            -,       false",
            "iro,                          iro-1,   -,           south,  -,            iro-1,            -,       true",
            "iro,                          iro-1,   *,           south,  -,            -,                -,       false",
            "personal-adviser,             pa-1,    north,       north,  -,            -,                pa-2,    false",
            "personal-adviser,             pa-1,    -,           north,  -,            -,                pa-1,    true",
            "personal-adviser,             pa-1,    -,           north,  -,            -,                -,       false",
            "personal-adviser,             pa-1,    north,       north,  pa-1,         pa-1,             -,       false",
            // any role that lets the caller see it
            "iro personal-adviser,         u-1,     -,           north,  -,            -,                u-1,     true",
            "iro personal-adviser,         u-1,     -,           north,  -,            u-1,              -,       true",
            "iro personal-adviser,         u-1,     -,           north,  -,            -,                -,       false",
            "manager social-worker,        u-1,     east,        south,  u-1,          -,                -,       true",
            "manager iro,                  u-1,     east,        east,   -,            -,                -,       true",
            "personal-adviser integration, u-1,     -,           -,      -,            -,                -,       true",
    })
    void aRoleSeesWhatTheContractSays(String roles, String subject, String teams, String team, String socialWorker,
                                      String reviewingOfficer, String adviser, boolean sees) {
        Caller caller = new Caller(subject, set(roles), set(teams));
        assertEquals(sees, Scope.allows(caller, new Scope.Facts(team, socialWorker, reviewingOfficer, adviser)));
    }

    @Test
    void theSqlConditionNamesOnlyWhatTheRolesAllow() {
        assertEquals("TRUE", Scope.sql(new Caller("cms", Set.of("integration"), Set.of()), "y").condition());
        assertEquals("TRUE", Scope.sql(new Caller("m", Set.of("manager"), Set.of("*")), "y").condition());
        assertEquals("FALSE", Scope.sql(new Caller("m", Set.of("manager"), Set.of()), "y").condition());
        Scope.Sql manager = Scope.sql(new Caller("m", Set.of("manager"), Set.of("north", "south")), "y");
        assertEquals("(y.team IN (:scopeTeams))", manager.condition());
        assertEquals(Set.of("north", "south"), Set.copyOf((java.util.Collection<?>) manager.parameters().get("scopeTeams")));
        Scope.Sql iro = Scope.sql(new Caller("iro-1", Set.of("iro"), Set.of("north")), "y");
        assertEquals("(y.reviewing_officer = :scopeSubject)", iro.condition());
        assertEquals("iro-1", iro.parameters().get("scopeSubject"));
        Scope.Sql adviser = Scope.sql(new Caller("pa-1", Set.of("personal-adviser"), Set.of()), "y");
        assertTrue(adviser.condition().contains("adviser_assignment"));
        assertFalse(adviser.parameters().containsKey("scopeTeams"));
        Scope.Sql worker = Scope.sql(new Caller("sw-1", Set.of("social-worker"), Set.of("*")), "y");
        assertEquals("(y.social_worker = :scopeSubject)", worker.condition());
    }

    @Test
    void whoSeesEverything() {
        assertTrue(new Caller("cms", Set.of("integration"), Set.of()).seesEverything());
        assertTrue(new Caller("x", Set.of("service"), Set.of()).seesEverything());
        assertTrue(new Caller("m", Set.of("manager"), Set.of("*")).seesEverything());
        assertFalse(new Caller("m", Set.of("manager"), Set.of("north")).seesEverything());
        assertFalse(new Caller("sw", Set.of("social-worker"), Set.of("*")).seesEverything());
        assertEquals("iro,manager", new Caller("m", Set.of("manager", "iro"), Set.of()).rolesText());
    }
}
