package org.leavingcare.notification.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.leavingcare.notification.FakeFeeds;
import org.leavingcare.notification.client.FeedClient.Feed;
import org.leavingcare.notification.service.AlertEvaluator;
import org.leavingcare.notification.service.AlertSweep;
import org.leavingcare.testsupport.TestTokens;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.leavingcare.notification.FakeFeeds.LEAVER;
import static org.leavingcare.notification.FakeFeeds.PATHWAY;
import static org.leavingcare.notification.Snapshots.immigration;
import static org.leavingcare.notification.Snapshots.leaver;
import static org.leavingcare.notification.Snapshots.youngPerson;

/**
 * Events from fakes of both feeds, through the scheduled consumers, into alerts: raised, escalated
 * (by the clock moving, through the sweep) and resolved (by facts changing), each notified once, and
 * nothing duplicated when the feeds are read again from the start. The test clock is 2026-03-01.
 */
@QuarkusTest
class FeedAlertsTest {

    @Inject
    DataSource dataSource;

    @Inject
    AlertSweep sweep;

    @Inject
    FeedApplier applier;

    @Inject
    FeedConsumer consumer;

    @Inject
    ObjectMapper json;

    static String manager() {
        return TestTokens.bearer("manager", "m-1", "north");
    }

    @Test
    void eventsRaiseEscalateAndResolveAlertsAndReplayingThemDuplicatesNothing() throws Exception {
        String caseRef = "CR-FEED-1";
        PATHWAY.publish("young-person.upserted", caseRef, youngPerson(caseRef, true, false, null, null));
        PATHWAY.publish("some-future.event", caseRef, "{}"); // unknown types are skipped
        awaitCursors();

        // raised on the event: assessment due 2026-03-10 (A1, A2 window) and a disabled 16-year-old with
        // no referral to adult social care (A19); A9 waits for leaver-service's allocation date
        assertEquals(Map.of("A1", "UPCOMING", "A19", "OVERDUE"), open(caseRef));
        LEAVER.publish("allocation-due.changed", caseRef, leaver(caseRef, null));
        awaitCursors();
        // no adviser by leaver-service's date, 2026-03-10 (A9)
        assertEquals(Map.of("A1", "UPCOMING", "A9", "UPCOMING", "A19", "OVERDUE"), open(caseRef));

        LEAVER.publish("allocation.started", caseRef, leaver(caseRef, "pa-7"));
        awaitCursors();
        assertEquals(Map.of("A1", "UPCOMING", "A19", "OVERDUE"), open(caseRef));
        assertEquals("RESOLVED", status(caseRef, "A9"));
        assertTrue(resolution(caseRef, "A9").startsWith("Condition cleared on 2026-03-01: a personal adviser was allocated"));

        long a1 = alertId(caseRef, "A1");
        given().header("Authorization", TestTokens.bearer("social-worker", "sw-17", "north"))
                .contentType(ContentType.JSON).body("{\"note\": \"Assessment booked\", \"actionBy\": \"2026-03-09\"}")
                .when().post("/alerts/" + a1 + "/acknowledgement")
                .then().statusCode(200).body("status", equalTo("ACKNOWLEDGED"))
                .body("acknowledgement.by", equalTo("sw-17")).body("acknowledgement.actionBy", equalTo("2026-03-09"));

        // time passes: the deadline goes by with no assessment
        AlertSweep.Result day11 = sweep.sweep(LocalDate.parse("2026-03-11"));
        assertTrue(day11.ran());
        assertEquals(Map.of("A1", "OVERDUE", "A19", "OVERDUE", "DIS-NA", "OVERDUE"), open(caseRef));
        assertEquals("OPEN", status(caseRef, "A1"), "an escalation puts an acknowledged alert back in front of the team");
        sweep.sweep(LocalDate.parse("2026-04-10"));
        assertEquals(Map.of("A1", "CRITICAL", "A19", "OVERDUE", "DIS-NA", "CRITICAL"), open(caseRef));
        assertEquals(a1, alertId(caseRef, "A1"), "escalation keeps the alert (one per rule, person and due date)");

        // facts change: the assessment is completed
        PATHWAY.publish("needs-assessment.completed", caseRef, youngPerson(caseRef, true, false, "2026-03-01", null));
        awaitCursors();
        assertEquals(Map.of("A19", "OVERDUE"), open(caseRef));
        assertEquals("RESOLVED", status(caseRef, "A1"));
        assertTrue(resolution(caseRef, "DIS-NA").contains("the needs assessment was completed"));

        // each raise, escalation and resolution was notified once, with the thin payload
        assertEquals(List.of(
                        "alert.raised A1 UPCOMING OPEN", "alert.raised A19 OVERDUE OPEN", "alert.raised A9 UPCOMING OPEN",
                        "alert.resolved A9 UPCOMING RESOLVED",
                        "alert.escalated A1 OVERDUE OPEN", "alert.raised DIS-NA OVERDUE OPEN",
                        "alert.escalated A1 CRITICAL OPEN", "alert.escalated DIS-NA CRITICAL OPEN",
                        "alert.resolved A1 CRITICAL RESOLVED", "alert.resolved DIS-NA CRITICAL RESOLVED"),
                notifications(caseRef));
        JsonNode data = json.readTree(query("SELECT data::text FROM notification_event WHERE case_ref = ? AND type = 'alert.raised' "
                + "AND rule_id = 'A1'", caseRef).get(0));
        // jsonb keeps its own key order: compare the set of fields
        assertEquals(java.util.Set.of("alertId", "rule", "caseRef", "severity", "dueOn", "status", "links"),
                new java.util.HashSet<>(fieldNames(data)));
        assertEquals(a1, data.get("alertId").asLong());
        assertEquals("2026-03-10", data.get("dueOn").asText());
        assertEquals("/alerts/" + a1, data.get("links").get("alert").asText());
        assertEquals("north", query("SELECT team FROM notification_event WHERE alert_id = ? LIMIT 1", a1).get(0));

        // the sweep on the clock's day finds exactly what the events left: the two paths agree
        AlertSweep.Result today = sweep.sweep(LocalDate.parse("2026-03-01"));
        assertEquals(0, today.outcome().raised() + today.outcome().escalated() + today.outcome().resolved(),
                "a sweep on the same day changes nothing the events already evaluated");

        // replay both feeds from the start: nothing is duplicated or re-notified
        String alertsBefore = query("SELECT count(*) FROM alert", null).get(0);
        String eventsBefore = query("SELECT count(*) FROM notification_event", null).get(0);
        execute("UPDATE feed_cursor SET last_sequence = 0");
        awaitCursors();
        assertEquals(alertsBefore, query("SELECT count(*) FROM alert", null).get(0));
        assertEquals(eventsBefore, query("SELECT count(*) FROM notification_event", null).get(0));
        assertEquals(Map.of("A19", "OVERDUE"), open(caseRef));
    }

    @Test
    void leaveExpiringWithoutAnApplicationBecomesABreachAfterExpiry() throws Exception {
        String caseRef = "CR-FEED-2";
        PATHWAY.publish("immigration.updated", caseRef,
                youngPerson(caseRef, false, true, "2026-01-20", immigration("2026-04-15", null, null)));
        awaitCursors();
        // leave expires within 3 months with no application (A22), no solicitor 6 weeks before the latest point (A23)
        Map<String, String> open = open(caseRef);
        assertEquals("DUE", open.get("A22"));
        assertEquals("OVERDUE", open.get("A23"));
        assertEquals("OVERDUE", open.get("UASC-1"), "assessment completed without the asylum section");

        try {
            sweep.sweep(LocalDate.parse("2026-04-16"));
            given().header("Authorization", manager())
                    .when().get("/alerts?caseRef=" + caseRef + "&rule=A22")
                    .then().statusCode(200).body("totalItems", equalTo(1))
                    .body("items[0].severity", equalTo("CRITICAL")).body("items[0].breach", equalTo(true))
                    .body("items[0].dueOn", equalTo("2026-04-15"));
        } finally {
            // back to the clock's day, for the other tests sharing this database
            sweep.sweep(LocalDate.parse("2026-03-01"));
        }

        // a solicitor is instructed and an application made in time: both clear (on the clock's day)
        PATHWAY.publish("immigration.updated", caseRef,
                youngPerson(caseRef, false, true, "2026-01-20", immigration("2026-04-15", "2026-03-01", "2026-03-01")));
        awaitCursors();
        assertEquals("RESOLVED", status(caseRef, "A22"));
        assertEquals("RESOLVED", status(caseRef, "A23"));
    }

    @Test
    void aProducerThatIsDownCostsAWarningAndTheConsumerCatchesUpWhenItReturns() throws Exception {
        String caseRef = "CR-FEED-3";
        LEAVER.down(true);
        try {
            LEAVER.publish("allocation.started", caseRef, leaver(caseRef, "pa-9"));
            // a poll of the producer while it is down, rather than waiting for the scheduled ones to fail
            assertEquals(0, consumer.poll(Feed.LEAVER), "nothing is applied while the producer is down");
            assertTrue(applier.cursor(Feed.LEAVER) < LEAVER.lastSequence());
        } finally {
            LEAVER.down(false);
        }
        awaitCursors();
        assertEquals("pa-9", query("SELECT adviser_id FROM leaver WHERE case_ref = ?", caseRef).get(0));
    }

    @Test
    void everyLeaverEventIsAppliedWhateverItsType() throws Exception {
        String caseRef = "CR-FEED-4";
        LEAVER.publish("some-type-added-later", caseRef, leaver(caseRef, "pa-11"));
        LEAVER.publish("no-snapshot-here", caseRef, "{\"other\": 1}");
        awaitCursors();
        assertEquals("pa-11", query("SELECT adviser_id FROM leaver WHERE case_ref = ?", caseRef).get(0));
    }

    @Test
    void onlyOneSweepRunsAtATimeAcrossReplicas() throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_lock(?)")) {
            ps.setLong(1, 0x5357454550L); // AlertSweeps.SWEEP_LOCK, as another replica would hold it
            ps.execute();
            try {
                assertFalse(sweep.sweep(LocalDate.parse("2026-03-01")).ran());
            } finally {
                try (PreparedStatement unlock = c.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                    unlock.setLong(1, 0x5357454550L);
                    unlock.execute();
                }
            }
        }
        assertTrue(sweep.sweep(LocalDate.parse("2026-03-01")).ran());
    }

    @Test
    void theDailySweepRunsOnceADayFromItsTimeAndCatchesUpADayThatWasMissed() {
        ZoneId zone = ZoneId.of("Europe/London");
        try {
            assertFalse(sweep.sweepIfDue(ZonedDateTime.of(2026, 3, 2, 5, 29, 0, 0, zone)), "not before 05:30");
            assertFalse(sweep.sweptOn(LocalDate.parse("2026-03-02")));
            // a replica that was down at 05:30 sweeps at its next check
            assertTrue(sweep.sweepIfDue(ZonedDateTime.of(2026, 3, 2, 14, 10, 0, 0, zone)));
            assertTrue(sweep.sweptOn(LocalDate.parse("2026-03-02")));
            assertFalse(sweep.sweepIfDue(ZonedDateTime.of(2026, 3, 2, 14, 20, 0, 0, zone)), "once a day");
        } finally {
            // back to the clock's day, for the other tests sharing this database
            sweep.sweep(LocalDate.parse("2026-03-01"));
        }
    }

    // ------------------------------------------------------------------ helpers

    void awaitCursors() {
        await(() -> applier.cursor(Feed.PATHWAY) == PATHWAY.lastSequence()
                && applier.cursor(Feed.LEAVER) == LEAVER.lastSequence(), "the consumers to reach the feeds' ends");
    }

    static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("timed out waiting for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
        }
    }

    Map<String, String> open(String caseRef) throws Exception {
        Map<String, String> open = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT rule_id, severity FROM alert WHERE case_ref = ? AND status <> 'RESOLVED' ORDER BY id")) {
            ps.setString(1, caseRef);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    open.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return open;
    }

    long alertId(String caseRef, String rule) throws Exception {
        return Long.parseLong(query("SELECT id FROM alert WHERE case_ref = ? AND rule_id = '" + rule + "'", caseRef).get(0));
    }

    String status(String caseRef, String rule) throws Exception {
        return query("SELECT status FROM alert WHERE case_ref = ? AND rule_id = '" + rule + "'", caseRef).get(0);
    }

    String resolution(String caseRef, String rule) throws Exception {
        return query("SELECT resolution FROM alert WHERE case_ref = ? AND rule_id = '" + rule + "'", caseRef).get(0);
    }

    List<String> notifications(String caseRef) throws Exception {
        return query("SELECT type || ' ' || rule_id || ' ' || (data->>'severity') || ' ' || (data->>'status') "
                + "FROM notification_event WHERE case_ref = ? ORDER BY sequence", caseRef);
    }

    List<String> query(String sql, Object parameter) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (parameter != null) {
                ps.setObject(1, parameter);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
        }
        return values;
    }

    void execute(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.executeUpdate();
        }
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
