package org.leavingcare.pathway.rest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.leavingcare.testsupport.TestTokens;

import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.leavingcare.pathway.Fixtures.post;
import static org.leavingcare.pathway.rest.PathwayPlansResourceTest.FULL;
import static org.leavingcare.pathway.rest.PathwayPlansResourceTest.assessed;
import static org.leavingcare.pathway.rest.PathwayPlansResourceTest.path;
import static org.leavingcare.pathway.rest.PathwayPlansResourceTest.plan;

/** The managers' list works in SQL on the stored next review; the clock is fixed at 2026-03-01. */
@QuarkusTest
class PathwayPlanListTest {

    @Inject
    EntityManager em;

    static String manager() {
        return TestTokens.bearer("manager", "m-1", "list");
    }

    void store(int planId, String nextReviewDue, String fixedUntil) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "UPDATE pathway_plan SET next_review_due = ?1, review_due_fixed_until = ?2 WHERE id = ?3")
                .setParameter(1, LocalDate.parse(nextReviewDue))
                .setParameter(2, fixedUntil == null ? null : LocalDate.parse(fixedUntil))
                .setParameter(3, (long) planId).executeUpdate());
    }

    @Test
    void plansAreFilteredSortedAndPagedInSqlOnTheStoredNextReview() {
        assessed("PL-1", "2026-02-20");
        int first = plan("PL-1", FULL);
        post(path("PL-1", first) + "/agreement", "{}").statusCode(200);
        assessed("PL-2", "2026-02-20");
        int second = plan("PL-2", FULL);
        post(path("PL-2", second) + "/review-requests", "{\"requestedBy\": \"YOUNG_PERSON\"}").statusCode(200);
        // both written today with their team "plans": move them to a team of their own for this test
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE young_person SET team = 'list' WHERE case_ref IN ('PL-1', 'PL-2')").executeUpdate());

        // stored as computed on each write: PL-2 (requested review, 2026-03-27) before PL-1 (2026-09-01)
        given().header("Authorization", manager()).when().get("/pathway-plans?team=list")
                .then().statusCode(200).body("total", equalTo(2)).body("items.caseRef", equalTo(List.of("PL-2", "PL-1")))
                .body("items.nextReviewDue", equalTo(List.of("2026-03-27", "2026-09-01")));
        given().header("Authorization", manager()).when().get("/pathway-plans?team=list&size=1&page=1")
                .then().statusCode(200).body("total", equalTo(2)).body("items.caseRef", equalTo(List.of("PL-1")));
        given().header("Authorization", manager()).when().get("/pathway-plans?team=list&reviewStatus=ON_TRACK")
                .then().statusCode(200).body("items.caseRef", equalTo(List.of("PL-1")));

        // the filter reads the stored column while it holds (fixed until a later category change) ...
        store(first, "2026-02-01", "2027-01-10");
        given().header("Authorization", manager()).when().get("/pathway-plans?team=list&reviewStatus=OVERDUE")
                .then().statusCode(200).body("items.caseRef", hasItem("PL-1"));
        // ... and a stored value past its day (the category has changed with time) is recomputed first
        store(first, "2026-02-01", "2026-03-01");
        given().header("Authorization", manager()).when().get("/pathway-plans?team=list&reviewStatus=OVERDUE")
                .then().statusCode(200).body("items.caseRef", not(hasItem("PL-1")));
        given().header("Authorization", manager()).when().get("/pathway-plans?team=list&reviewStatus=ON_TRACK")
                .then().statusCode(200).body("items.caseRef", equalTo(List.of("PL-1")))
                .body("items[0].nextReviewDue", equalTo("2026-09-01"));
    }
}
