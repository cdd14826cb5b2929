package org.leavingcare.leaver.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ContactClockTest {

    final ContactClock clock = new ContactClock(LeaverPolicy.defaults());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // name | allocated | last successful | last face-to-face | council accommodation from | last visit there | today | due by | lost touch after | status
            // PA-8: 8 weeks from the allocation before any contact
            "allocated, no contact yet          | 2026-01-01 |            |            |            |            | 2026-01-15 | 2026-02-26 | 2026-04-01 | ON_TRACK",
            "28 days before the due date        | 2026-01-01 |            |            |            |            | 2026-01-29 | 2026-02-26 | 2026-04-01 | DUE_SOON",
            "on the due date                    | 2026-01-01 |            |            |            |            | 2026-02-26 | 2026-02-26 | 2026-04-01 | DUE_SOON",
            "the day after the due date         | 2026-01-01 |            |            |            |            | 2026-02-27 | 2026-02-26 | 2026-04-01 | OVERDUE",
            // PA-7: lost touch after 3 months without a successful contact
            "on the last day before lost touch  | 2026-01-01 |            |            |            |            | 2026-04-01 | 2026-02-26 | 2026-04-01 | OVERDUE",
            "lost touch                         | 2026-01-01 |            |            |            |            | 2026-04-02 | 2026-02-26 | 2026-04-01 | LOST_TOUCH",
            // a phone call keeps in touch but is not the face-to-face contact PA-8 asks for
            "phone contact only                 | 2026-01-01 | 2026-02-20 |            |            |            | 2026-02-27 | 2026-02-26 | 2026-05-20 | OVERDUE",
            "face-to-face resets the interval   | 2026-01-01 | 2026-02-10 | 2026-02-10 |            |            | 2026-02-27 | 2026-04-07 | 2026-05-10 | ON_TRACK",
            // PA-6: within 7 days of moving into accommodation the council provides
            "moved in, not yet visited          | 2026-01-01 | 2026-01-20 | 2026-01-20 | 2026-02-01 |            | 2026-02-08 | 2026-02-08 | 2026-04-20 | DUE_SOON",
            "moved in, first visit missed       | 2026-01-01 | 2026-01-20 | 2026-01-20 | 2026-02-01 |            | 2026-02-09 | 2026-02-08 | 2026-04-20 | OVERDUE",
            "a visit before the move is no visit| 2026-01-01 | 2026-01-31 | 2026-01-31 | 2026-02-01 | 2026-01-31 | 2026-02-09 | 2026-02-08 | 2026-04-30 | OVERDUE",
            // PA-6: then at intervals of not more than 2 months (8 weeks is sooner here)
            "visited there, 8 weeks is sooner   | 2026-01-01 | 2026-02-05 | 2026-02-05 | 2026-02-01 | 2026-02-05 | 2026-03-01 | 2026-04-02 | 2026-05-05 | ON_TRACK",
            // no adviser and no contact: nothing to measure from
            "no adviser, no contact             |            |            |            |            |            | 2026-03-01 |            |            | NOT_STARTED",
            "no adviser, moved in               |            |            |            | 2026-02-20 |            | 2026-03-01 | 2026-02-27 |            | OVERDUE",
    })
    void contactIsDueByTheEarliestRule(String name, LocalDate allocated, LocalDate lastSuccessful, LocalDate lastFaceToFace,
                                       LocalDate accommodationFrom, LocalDate lastVisit, LocalDate today,
                                       LocalDate dueBy, LocalDate lostAfter, ContactStatus status) {
        ContactHistory history = new ContactHistory(allocated, lastSuccessful, lastFaceToFace, accommodationFrom, lastVisit);
        assertEquals(dueBy, clock.contactDueBy(history), name + ": due by");
        assertEquals(lostAfter, clock.lostTouchAfter(history), name + ": lost touch after");
        assertEquals(status, clock.status(history, today), name + ": status");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // name | moved in | last visit there (face to face) | last review | next review | due by
            // PA-6: a visit before each review, unless visited there since the last one
            "not visited since the last review  | 2026-01-01 | 2026-01-05 | 2026-02-01 | 2026-02-20 | 2026-02-19",
            "visited since the last review      | 2026-01-01 | 2026-02-05 | 2026-02-01 | 2026-02-20 | 2026-04-02",
            "a visit on the review day is before| 2026-01-01 | 2026-02-01 | 2026-02-01 | 2026-02-20 | 2026-02-19",
            "no review yet, visited since move  | 2026-01-01 | 2026-01-05 |            | 2026-02-20 | 2026-03-02",
            "no review yet, not visited         | 2026-02-10 |            |            | 2026-02-14 | 2026-02-13",
            "a review before the move is ignored| 2026-01-01 | 2026-01-05 |            | 2025-12-20 | 2026-03-02",
            "not in council accommodation       |            | 2026-01-05 | 2026-02-01 | 2026-02-20 | 2026-03-02",
    })
    void aVisitThereIsDueBeforeEachPathwayPlanReview(String name, LocalDate movedIn, LocalDate lastVisit,
                                                     LocalDate lastReview, LocalDate nextReview, LocalDate dueBy) {
        LocalDate faceToFace = lastVisit;
        // allocated on 2025-12-01, except in the row without any visit (nothing else to measure from)
        LocalDate allocated = lastVisit == null ? null : LocalDate.of(2025, 12, 1);
        ContactHistory history = new ContactHistory(allocated, faceToFace, faceToFace, movedIn,
                movedIn == null ? null : lastVisit, lastReview, nextReview);
        assertEquals(dueBy, clock.contactDueBy(history), name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // name | adviser since | last successful | last face-to-face | duty ends | today | due by | lost touch after | status
            // PA-7 / PA-8: a transfer is no contact; the last contact counts, the run's start only before any
            "transferred after the last contact | 2026-02-01 | 2026-01-10 | 2026-01-10 |            | 2026-03-08 | 2026-03-07 | 2026-04-10 | OVERDUE",
            "lost touch despite a transfer      | 2026-02-01 | 2026-01-10 | 2026-01-10 |            | 2026-04-11 | 2026-03-07 | 2026-04-10 | LOST_TOUCH",
            "no contact since the run began     | 2025-10-01 |            |            |            | 2026-01-02 | 2025-11-26 | 2026-01-01 | LOST_TOUCH",
            // PA-3: nothing is due from the end of the duty (the 21st birthday)
            "due the day before 21              | 2026-01-01 | 2026-01-10 | 2026-01-10 | 2026-03-08 | 2026-03-07 | 2026-03-07 |            | DUE_SOON",
            "due on the 21st birthday: none     | 2026-01-01 | 2026-01-10 | 2026-01-10 | 2026-03-07 | 2026-03-06 |            |            | ON_TRACK",
            "overdue the day before 21          | 2026-01-01 | 2026-01-10 | 2026-01-10 | 2026-03-09 | 2026-03-08 | 2026-03-07 |            | OVERDUE",
            "on the 21st birthday               | 2026-01-01 | 2026-01-10 | 2026-01-10 | 2026-03-09 | 2026-03-09 | 2026-03-07 |            | DUTY_ENDED",
            "lost touch the day before 21       | 2026-01-01 | 2026-01-10 | 2026-01-10 | 2026-04-12 | 2026-04-11 | 2026-03-07 | 2026-04-10 | LOST_TOUCH",
            "lost touch would begin on the 21st | 2026-01-01 | 2026-01-10 | 2026-01-10 | 2026-04-11 | 2026-04-11 | 2026-03-07 |            | DUTY_ENDED",
    })
    void aTransferKeepsTheClockAndTheDutyEndsIt(String name, LocalDate adviserSince, LocalDate lastSuccessful,
                                               LocalDate lastFaceToFace, LocalDate dutyEnds, LocalDate today,
                                               LocalDate dueBy, LocalDate lostAfter, ContactStatus status) {
        ContactHistory history = new ContactHistory(adviserSince, lastSuccessful, lastFaceToFace, null, null, null,
                null, dutyEnds);
        assertEquals(dueBy, clock.contactDueBy(history), name + ": due by");
        assertEquals(lostAfter, clock.lostTouchAfter(history), name + ": lost touch after");
        assertEquals(status, clock.status(history, today), name + ": status");
    }
}
