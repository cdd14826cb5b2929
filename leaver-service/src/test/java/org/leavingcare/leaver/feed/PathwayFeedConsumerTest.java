package org.leavingcare.leaver.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leavingcare.leaver.FakePathway;
import org.leavingcare.leaver.Fixtures;
import org.leavingcare.leaver.client.PathwayEvent;
import org.leavingcare.leaver.repository.YoungPerson;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The projection of young people fed by pathway-service's change feed (docs/change-feeds.md). */
@QuarkusTest
class PathwayFeedConsumerTest {

    @Inject
    PathwayFeedPoller poller;

    @Inject
    PathwayFeedApplier applier;

    @Inject
    YoungPersonProjection projection;

    @Inject
    ObjectMapper mapper;

    @Inject
    DataSource dataSource;

    @AfterEach
    void recover() {
        FakePathway.reset();
    }

    @Test
    void aPublishedYoungPersonIsProjectedWithItsAllocationDueDate() {
        String caseRef = Fixtures.caseRef("P");
        FakePathway.publish("young-person.upserted", caseRef,
                Fixtures.snapshot(caseRef, "2010-05-14", "north", false, false, false, Fixtures.ELIGIBLE_AT_16));
        assertTrue(poller.catchUp());
        given().header("Authorization", Fixtures.manager())
                .when().get("/young-people/" + caseRef)
                .then().statusCode(200)
                .body("team", equalTo("north"))
                .body("category", equalTo("LOOKED_AFTER"))
                .body("allocationDueOn", equalTo("2027-11-14"))
                .body("allocationStatus", equalTo("NOT_DUE"))
                .body("entitlementsDueBy", equalTo("2027-05-14"))
                .body("weight", equalTo(1));
        assertEquals(List.of("allocation-due.changed"), leaverEvents(caseRef));
    }

    @Test
    void aChangeThatLeavesTheAllocationDateButMovesTheTeamIsPublishedAsDueDatesChanged() {
        String caseRef = Fixtures.caseRef("T");
        FakePathway.publish("young-person.upserted", caseRef,
                Fixtures.snapshot(caseRef, "2010-05-14", "north", false, false, false, Fixtures.ELIGIBLE_AT_16));
        assertTrue(poller.catchUp());
        FakePathway.publish("young-person.upserted", caseRef,
                Fixtures.snapshot(caseRef, "2010-05-14", "south", false, false, false, Fixtures.ELIGIBLE_AT_16));
        assertTrue(poller.catchUp());
        // the same snapshot again changes nothing, so publishes nothing
        FakePathway.publish("young-person.upserted", caseRef,
                Fixtures.snapshot(caseRef, "2010-05-14", "south", false, false, false, Fixtures.ELIGIBLE_AT_16));
        assertTrue(poller.catchUp());
        assertEquals(List.of("allocation-due.changed", "due-dates.changed"), leaverEvents(caseRef));
    }

    @Test
    void theFeedFailsForAWhileAndTheProjectionCatchesUpWithNothingMissedOrAppliedTwice() throws Exception {
        FakePathway.maxPage = 2;
        FakePathway.SERVED_AFTER.clear();
        String a = Fixtures.caseRef("FA");
        String b = Fixtures.caseRef("FB");
        String c = Fixtures.caseRef("FC");
        Map<String, Long> lastSequence = new LinkedHashMap<>();
        lastSequence.put(a, publish(a, false, "north"));
        lastSequence.put(b, publish(b, false, "north"));
        assertTrue(waitFor(() -> applier.cursor() >= FakePathway.lastSequence()), "caught up before the failure");

        // 500s: nothing applied, the cursor stays where it was
        FakePathway.mode(FakePathway.Mode.ERROR_500);
        long cursorBefore = applier.cursor();
        int failedBefore = FakePathway.FAILED_REQUESTS.get();
        // complex needs moves a's due date to 16y3m: one allocation-due.changed
        lastSequence.put(a, publish(a, true, "north"));
        lastSequence.put(c, publish(c, false, "south"));
        assertTrue(waitFor(() -> FakePathway.FAILED_REQUESTS.get() >= failedBefore + 2), "polled while failing");
        assertFalse(poller.catchUp());
        assertEquals(cursorBefore, applier.cursor());

        // timeouts: still nothing applied
        FakePathway.mode(FakePathway.Mode.SLOW);
        int slowBefore = FakePathway.FAILED_REQUESTS.get();
        // the same again: no change of due date
        lastSequence.put(a, publish(a, true, "north"));
        assertTrue(waitFor(() -> FakePathway.FAILED_REQUESTS.get() >= slowBefore + 1), "polled while hanging");
        assertFalse(poller.catchUp());
        assertEquals(cursorBefore, applier.cursor());

        // connection refused: the service keeps serving from its projection
        FakePathway.mode(FakePathway.Mode.DOWN);
        lastSequence.put(b, publish(b, false, "east"));
        assertFalse(poller.catchUp());
        assertEquals(cursorBefore, applier.cursor());
        given().header("Authorization", Fixtures.manager())
                .when().get("/young-people/" + b)
                .then().statusCode(200)
                .body("team", equalTo("north"))
                .body("pathwayRecord.source", equalTo("projection"))
                .body("pathwayRecord.possiblyStale", equalTo(true));

        // recovery, with a producer that serves some events again: the projection catches up
        FakePathway.replay = 3;
        FakePathway.mode(FakePathway.Mode.OK);
        assertTrue(waitFor(() -> applier.cursor() >= FakePathway.lastSequence()), "caught up after recovery");

        for (Map.Entry<String, Long> last : lastSequence.entrySet()) {
            YoungPerson row = QuarkusTransaction.requiringNew().call(() -> YoungPerson.findById(last.getKey()));
            assertEquals(last.getValue(), row.sourceSequence, last.getKey() + " comes from its last event");
        }
        YoungPerson rowA = QuarkusTransaction.requiringNew().call(() -> YoungPerson.findById(a));
        assertTrue(rowA.complexNeeds);
        assertEquals(LocalDate.of(2026, 8, 14), rowA.allocationDueOn);
        assertEquals("east", QuarkusTransaction.requiringNew().call(() -> YoungPerson.<YoungPerson>findById(b)).team);
        assertEquals("south", QuarkusTransaction.requiringNew().call(() -> YoungPerson.<YoungPerson>findById(c)).team);
        // each real change published once, however often the events were served: a's due date moved,
        // b moved team (the snapshot changed, its due date did not)
        assertEquals(List.of("allocation-due.changed", "allocation-due.changed"), leaverEvents(a));
        assertEquals(List.of("allocation-due.changed", "due-dates.changed"), leaverEvents(b));
        assertEquals(List.of("allocation-due.changed"), leaverEvents(c));
        // the consumer only ever asked for what came after its stored cursor
        List<Long> asked = new ArrayList<>(FakePathway.SERVED_AFTER);
        for (int i = 1; i < asked.size(); i++) {
            assertTrue(asked.get(i) >= asked.get(i - 1), "cursor never went back: " + asked);
        }
    }

    @Test
    void applyingTheSameEventTwiceChangesNothing() throws Exception {
        String caseRef = Fixtures.caseRef("R");
        long sequence = FakePathway.publish("young-person.upserted", caseRef,
                Fixtures.snapshot(caseRef, "2010-05-14", "north", false, false, false, Fixtures.ELIGIBLE_AT_16));
        assertTrue(poller.catchUp());
        PathwayEvent older = new PathwayEvent(sequence, "young-person.upserted", caseRef, "2026-03-01T10:15:30Z",
                mapper.readTree("{\"youngPerson\": " + Fixtures.snapshot(caseRef, "2010-05-14", "west", true, true, true,
                        Fixtures.ELIGIBLE_AT_16) + "}"));
        assertEquals(YoungPersonProjection.Outcome.STALE, QuarkusTransaction.requiringNew().call(() -> projection.apply(older)));
        YoungPerson row = QuarkusTransaction.requiringNew().call(() -> YoungPerson.findById(caseRef));
        assertEquals("north", row.team);
        assertFalse(row.complexNeeds);
        assertEquals(List.of("allocation-due.changed"), leaverEvents(caseRef));
    }

    @Test
    void unknownEventTypesAreSkippedAndTheCursorStillAdvances() throws Exception {
        String caseRef = Fixtures.caseRef("U");
        long sequence = FakePathway.publish("young-person.teleported", caseRef,
                Fixtures.snapshot(caseRef, "2010-05-14", "north", false, false, false, Fixtures.ELIGIBLE_AT_16));
        assertTrue(poller.catchUp());
        assertTrue(applier.cursor() >= sequence);
        assertNull(QuarkusTransaction.requiringNew().call(() -> YoungPerson.findById(caseRef)));
    }

    private static long publish(String caseRef, boolean complexNeeds, String team) {
        return FakePathway.publish("young-person.upserted", caseRef,
                Fixtures.snapshot(caseRef, "2010-05-14", team, false, false, complexNeeds, Fixtures.ELIGIBLE_AT_16));
    }

    /** Polls for up to 10 seconds. */
    static boolean waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(50);
        }
        return condition.getAsBoolean();
    }

    List<String> leaverEvents(String caseRef) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT type FROM leaver_event WHERE case_ref = ? ORDER BY sequence")) {
            statement.setString(1, caseRef);
            List<String> types = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    types.add(rs.getString(1));
                }
            }
            return types;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
