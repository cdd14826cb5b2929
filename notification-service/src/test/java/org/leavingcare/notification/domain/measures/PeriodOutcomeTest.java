package org.leavingcare.notification.domain.measures;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Where one deadline stands at the end of January 2026, [2026-01-01, 2026-02-01), on both sides of every boundary. */
class PeriodOutcomeTest {

    static final Period JANUARY = Period.of(YearMonth.of(2026, 1));

    static DeadlineFact fact(String opens, String due, String met, String lapsed) {
        return new DeadlineFact("CR-T1", Measure.NEEDS_ASSESSMENT, LocalDate.parse(opens), LocalDate.parse(due),
                met == null ? null : LocalDate.parse(met), lapsed == null ? null : LocalDate.parse(lapsed), "north", false, false);
    }

    @ParameterizedTest(name = "opens {0}, due {1}, met {2}, lapsed {3}: {4} {5}")
    @CsvSource(nullValues = "-", value = {
            // met in the period
            "2025-10-01, 2026-01-15, 2026-01-15, -, ON_TIME, 0",   // met on the due date is on time (C-2)
            "2025-10-01, 2026-01-15, 2026-01-16, -, LATE,    1",   // a day later is late
            "2025-10-01, 2026-01-15, 2026-01-14, -, ON_TIME, 0",
            "2025-10-01, 2025-12-31, 2026-01-01, -, LATE,    1",   // from is inclusive: met on the 1st counts in January
            "2025-10-01, 2025-12-10, 2026-01-05, -, LATE,    26",  // overdue since December, met late in January
            // not met by the end of the period
            "2025-10-01, 2026-01-31, -,          -, OVERDUE, 1",   // due on the last day and not met by its end
            "2025-10-01, 2026-02-01, -,          -, OPEN,    0",   // due after the period end is still open
            "2025-10-01, 2026-03-01, -,          -, OPEN,    0",
            "2025-10-01, 2025-12-10, -,          -, OVERDUE, 53",  // days late to the period end: 10 Dec to 1 Feb
            "2025-10-01, 2026-01-20, 2026-02-01, -, OVERDUE, 12",  // to is exclusive: met on 1 Feb is not met in January
            // outside the cohort
            "2025-10-01, 2025-12-10, 2025-12-31, -, -,       0",   // settled before the period began
            "2026-02-01, 2026-05-01, -,          -, -,       0",   // the clock starts on the period's end
            "2026-01-31, 2026-05-01, -,          -, OPEN,    0",   // ... or a day earlier: open
            // met before the clock started: counted once, in the period the duty became owed
            "2026-01-10, 2026-04-10, 2025-12-20, -, ON_TIME, 0",
            // lapsed unmet (the young person left the category that owed it)
            "2025-10-01, 2026-01-10, -, 2026-01-20, OVERDUE, 10",  // after it fell due: a breach, counted where it lapsed
            "2025-10-01, 2026-01-20, -, 2026-01-20, -,       0",   // on its due day: never breached
            "2025-10-01, 2026-01-25, -, 2026-01-20, -,       0",   // before it fell due
            "2025-10-01, 2025-12-01, -, 2025-12-20, -,       0",   // lapsed before the period
            "2025-10-01, 2026-01-10, -, 2026-02-10, OVERDUE, 22",  // lapses after the period: still owed at its end
            "2025-10-01, 2026-01-10, 2026-01-12, 2026-01-11, LATE, 2" // a met date wins over a lapse
    })
    void outcomeAtTheEndOfJanuary(String opens, String due, String met, String lapsed, Outcome expected, long daysLate) {
        DeadlineFact fact = fact(opens, due, met, lapsed);
        Outcome outcome = JANUARY.outcomeOf(fact);
        assertEquals(expected, outcome);
        if (outcome != null) {
            assertEquals(daysLate, JANUARY.daysLate(fact, outcome));
        }
    }

    @ParameterizedTest(name = "today {0}, due {1}, met {2}: {3} {4}")
    @CsvSource(nullValues = "-", value = {
            "2026-01-10, 2026-01-10, -,          OPEN,    0",   // due today: still open while today lasts
            "2026-01-10, 2026-01-09, -,          OVERDUE, 1",   // due yesterday: overdue today, as the alert says
            "2026-01-10, 2026-01-09, 2026-01-10, LATE,    1",   // met today counts
            "2026-01-10, 2026-01-20, -,          OPEN,    0"
    })
    void aPeriodNotYetEndedIsJudgedAsAtToday(String today, String due, String met, Outcome expected, long daysLate) {
        Period running = JANUARY.asAt(LocalDate.parse(today));
        DeadlineFact fact = fact("2025-10-01", due, met, null);
        assertEquals(expected, running.outcomeOf(fact));
        assertEquals(daysLate, running.daysLate(fact, expected));
    }

    @Test
    void aClockStartingAfterTodayIsNotYetInTheCohort() {
        Period running = JANUARY.asAt(LocalDate.parse("2026-01-10"));
        assertNull(running.outcomeOf(fact("2026-01-11", "2026-02-11", null, null)));
        assertEquals(Outcome.OPEN, running.outcomeOf(fact("2026-01-10", "2026-02-11", null, null)));
    }

    @Test
    void anEndedPeriodIsJudgedAtItsEndWhateverToday() {
        assertEquals(JANUARY, JANUARY.asAt(LocalDate.parse("2026-06-01")));
        assertEquals(LocalDate.parse("2026-01-31"), JANUARY.lastKnownDay());
        assertEquals(LocalDate.parse("2026-01-10"), JANUARY.asAt(LocalDate.parse("2026-01-10")).lastKnownDay());
    }

    @Test
    void aPeriodMustEndAfterItStarts() {
        LocalDate day = LocalDate.parse("2026-01-01");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Period(day, day));
        assertEquals("to must be after from", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Period(day, day.plusDays(1), day.plusDays(2)));
    }
}
