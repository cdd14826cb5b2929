package org.leavingcare.platform.access;

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

    static final Scope.Columns PATHWAY = new Scope.Columns("y.team", "y.social_worker", "y.reviewing_officer",
            "EXISTS (SELECT 1 FROM adviser_assignment a WHERE a.case_ref = y.case_ref AND a.adviser_id = :scopeSubject)");

    @Test
    void theConditionNamesOnlyWhatTheRolesAllow() {
        assertEquals(Scope.Condition.EVERYONE, Scope.condition(new Caller("cms", Set.of("integration"), Set.of()), PATHWAY));
        assertEquals(Scope.Condition.EVERYONE, Scope.condition(new Caller("m", Set.of("manager"), Set.of("*")), PATHWAY));
        assertEquals(Scope.Condition.NO_ONE, Scope.condition(new Caller("m", Set.of("manager"), Set.of()), PATHWAY));
        Scope.Condition manager = Scope.condition(new Caller("m", Set.of("manager"), Set.of("north", "south")), PATHWAY);
        assertEquals("(y.team IN (:scopeTeams))", manager.where());
        assertEquals(Set.of("north", "south"), Set.copyOf((java.util.Collection<?>) manager.parameters().get("scopeTeams")));
        Scope.Condition iro = Scope.condition(new Caller("iro-1", Set.of("iro"), Set.of("north")), PATHWAY);
        assertEquals("(y.reviewing_officer = :scopeSubject)", iro.where());
        assertEquals("iro-1", iro.parameters().get("scopeSubject"));
        Scope.Condition adviser = Scope.condition(new Caller("pa-1", Set.of("personal-adviser"), Set.of()), PATHWAY);
        assertTrue(adviser.where().contains("adviser_assignment"));
        assertEquals("pa-1", adviser.parameters().get("scopeSubject"));
        assertFalse(adviser.parameters().containsKey("scopeTeams"));
        Scope.Condition worker = Scope.condition(new Caller("sw-1", Set.of("social-worker"), Set.of("*")), PATHWAY);
        assertEquals("(y.social_worker = :scopeSubject)", worker.where());
        Scope.Condition both = Scope.condition(new Caller("u-1", Set.of("manager", "social-worker"), Set.of("east")), PATHWAY);
        assertEquals("(y.team IN (:scopeTeams) OR y.social_worker = :scopeSubject)", both.where());
    }

    @Test
    void onlyAPersonalAdvisersScopeDependsOnTheCurrentAdviser() {
        assertTrue(Scope.dependsOnAdviser(new Caller("pa-1", Set.of("personal-adviser"), Set.of())));
        assertFalse(Scope.dependsOnAdviser(new Caller("m", Set.of("manager"), Set.of("north"))));
        assertFalse(Scope.dependsOnAdviser(new Caller("pa-1", Set.of("personal-adviser", "integration"), Set.of())));
    }

    @Test
    void unknownFactsAreSeenOnlyByThoseWhoSeeEverything() {
        assertTrue(Scope.allows(new Caller("cms", Set.of("integration"), Set.of()), null));
        assertFalse(Scope.allows(new Caller("m", Set.of("manager"), Set.of("north")), null));
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
