package org.leavingcare.pathway.domain.assessment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class NeedsAssessmentClockTest {

    final NeedsAssessmentClock clock = new NeedsAssessmentClock(28, 28);

    // NA-1: add_months(max(d16, eligibility_date), 3), clamped (C-2)
    @ParameterizedTest(name = "16th birthday {0}, eligible {1}: due {2}")
    @CsvSource({
            "2026-05-14, 2026-05-14, 2026-08-14",
            "2026-05-14, 2026-08-30, 2026-11-30",
            "2026-05-14, 2026-11-30, 2027-02-28",
            "2027-11-30, 2027-11-30, 2028-02-29",
            "2028-02-29, 2028-02-29, 2028-05-29",
            "2026-05-14,           , ",
    })
    void needsAssessmentIsDueThreeMonthsAfterTheLaterOfSixteenAndEligibility(LocalDate d16, LocalDate eligible, LocalDate due) {
        assertEquals(due, NeedsAssessmentClock.dueOn(d16, eligible));
    }

    // NA-1 statuses on both sides of each threshold: eligible on 2026-05-14, due 2026-08-14, warning 28 days
    @ParameterizedTest(name = "{0}: eligible {1}, completed {2} -> {3} ({4} days late)")
    @CsvSource({
            "2026-05-13, 2026-05-14,           , NOT_DUE,   ",
            "2026-05-14, 2026-05-14,           , DUE,       ",
            "2026-07-16, 2026-05-14,           , DUE,       ",
            "2026-07-17, 2026-05-14,           , DUE_SOON,  ",
            "2026-08-14, 2026-05-14,           , DUE_SOON,  ",
            "2026-08-15, 2026-05-14,           , OVERDUE,   ",
            "2027-03-01, 2026-05-14,           , OVERDUE,   ",
            "2026-06-01, 2026-05-14, 2026-06-01, COMPLETED, 0",
            "2026-09-01, 2026-05-14, 2026-08-14, COMPLETED, 0",
            "2026-09-01, 2026-05-14, 2026-08-15, COMPLETED, 1",
            "2026-09-01, 2026-05-14, 2026-08-20, COMPLETED, 6",
            "2026-09-01,           ,           , NOT_DUE,   ",
    })
    void statusFollowsTheDeadline(LocalDate today, LocalDate eligible, LocalDate completed,
                                  NeedsAssessmentStatus status, Integer daysLate) {
        NeedsAssessmentState state = clock.stateOn(today, LocalDate.of(2026, 5, 14), eligible, completed, null);
        assertEquals(status, state.status());
        assertEquals(daysLate, state.daysLate());
    }

    // NA-6: a change of circumstance after the latest completed assessment makes a reassessment due 28 days on
    @ParameterizedTest(name = "completed {0}, changes {1}: reassessment due {2}")
    @CsvSource({
            "2026-08-01, 2026-09-01,            2026-09-29",
            "2026-08-01, 2026-08-02,            2026-08-30",
            "2026-08-01, 2026-08-01,            ",
            "2026-08-01, 2026-07-01,            ",
            "2026-08-01, 2026-07-01 2026-10-05 2026-09-10, 2026-10-08",
            "          , 2026-09-01,            ",
    })
    void aChangeOfCircumstanceMakesAReassessmentDue(LocalDate latestCompleted, String changes, LocalDate expected) {
        List<LocalDate> dates = Arrays.stream(changes.trim().split(" +")).map(LocalDate::parse).toList();
        assertEquals(expected, clock.reassessmentDueOn(latestCompleted, dates));
    }

    @ParameterizedTest(name = "{0}, reassessment due 2026-09-29, warning {1} days -> {2}")
    @CsvSource({
            "2026-09-01, 28, DUE_SOON",
            "2026-09-29, 28, DUE_SOON",
            "2026-09-30, 28, OVERDUE",
            "2026-09-21, 7,  DUE",
            "2026-09-22, 7,  DUE_SOON",
    })
    void aPendingReassessmentDrivesTheStatusUntilANewerAssessmentIsCompleted(LocalDate today, int warningDays,
                                                                             NeedsAssessmentStatus status) {
        NeedsAssessmentClock withWarning = new NeedsAssessmentClock(warningDays, 28);
        LocalDate reassessmentDue = withWarning.reassessmentDueOn(LocalDate.of(2026, 8, 1), List.of(LocalDate.of(2026, 9, 1)));
        NeedsAssessmentState state = withWarning.stateOn(today, LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 14),
                LocalDate.of(2026, 8, 1), reassessmentDue);
        assertEquals(status, state.status());
        assertEquals(LocalDate.of(2026, 9, 29), state.reassessmentDueOn());
        assertEquals(LocalDate.of(2026, 8, 14), state.dueOn());
    }

    @Test
    void aNewerCompletedAssessmentClearsTheReassessment() {
        LocalDate due = clock.reassessmentDueOn(LocalDate.of(2026, 9, 15), List.of(LocalDate.of(2026, 9, 1)));
        assertNull(due);
        NeedsAssessmentState state = clock.stateOn(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 5, 14),
                LocalDate.of(2026, 5, 14), LocalDate.of(2026, 8, 1), due);
        assertEquals(NeedsAssessmentStatus.COMPLETED, state.status());
    }

    @Test
    void theReassessmentWindowIsConfigurable() {
        NeedsAssessmentClock tenDays = new NeedsAssessmentClock(28, 10);
        assertEquals(LocalDate.of(2026, 9, 11), tenDays.reassessmentDueOn(LocalDate.of(2026, 8, 1), List.of(LocalDate.of(2026, 9, 1))));
    }

    // NA-1, A1: d16 2026-05-14; an assessment counts if completed on or after 3 months before the trigger
    @ParameterizedTest(name = "eligible {0}, completions [{1}]: judged on {2}")
    @CsvSource({
            "2026-05-14, 2026-02-14,            2026-02-14",
            "2026-05-14, 2026-02-13,            ",
            "2026-05-14, 2025-06-01 2026-06-01, 2026-06-01",
            "2026-05-14, 2026-06-01 2025-06-01, 2026-06-01",
            // eligible after 16 (2026-09-30): the window opens 2026-06-30
            "2026-09-30, 2026-06-29,            ",
            "2026-09-30, 2026-06-30,            2026-06-30",
            // never eligible: no NA-1 deadline, the first completion counts
            "          , 2025-06-01 2026-06-01, 2025-06-01",
            "2026-05-14, ,                      ",
    })
    void anAssessmentLongBeforeEligibilityDoesNotMeetNa1(LocalDate eligible, String completions, LocalDate judged) {
        List<LocalDate> dates = completions == null ? List.of()
                : java.util.Arrays.stream(completions.trim().split(" +")).map(LocalDate::parse).toList();
        assertEquals(judged, NeedsAssessmentClock.completionJudged(LocalDate.of(2026, 5, 14), eligible, dates));
    }
}
