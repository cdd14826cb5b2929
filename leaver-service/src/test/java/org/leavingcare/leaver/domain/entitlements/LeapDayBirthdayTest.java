package org.leavingcare.leaver.domain.entitlements;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A young person born on 29 February: their birthdays in other years fall on 28 February or 1 March,
 * whichever the suite's calendar is configured for (rules.md C-1), and the statement follows the calendar
 * it is given rather than a convention of its own.
 */
class LeapDayBirthdayTest {

    private static final LocalDate BORN = LocalDate.of(2008, 2, 29);

    @ParameterizedTest(name = "{0}: today {1}, help to find work owed {2}, starts on {3}")
    @CsvSource({
            "FEBRUARY_28, 2026-02-27, false, 2026-02-28",
            "FEBRUARY_28, 2026-02-28, true,  ",
            "MARCH_1,     2026-02-27, false, 2026-03-01",
            "MARCH_1,     2026-02-28, false, 2026-03-01",
            "MARCH_1,     2026-03-01, true,  ",
    })
    void the18thBirthdayFollowsTheConfiguredConvention(TestBirthdays convention, LocalDate today, boolean owed,
                                                       LocalDate starts) {
        EntitlementFacts facts = YoungPeople.stayedInCareTo18(BORN, convention).build();
        StatementCalculator calculator = new StatementCalculator(YoungPeople.CATALOGUE, convention);
        EntitlementStatement statement = calculator.statement(facts, today, null);
        assertEquals(owed, statement.owes(ItemOrigin.STATUTORY, "help-finding-work"));
        LocalDate startsOn = statement.comingUp().stream()
                .filter(c -> c.item().id().equals("help-finding-work")
                        && c.direction() == EntitlementChange.Direction.STARTS)
                .map(EntitlementChange::on).findFirst().orElse(null);
        assertEquals(starts, startsOn);
    }

    @ParameterizedTest(name = "{0}: the adviser ends on {1}")
    @CsvSource({
            "FEBRUARY_28, 2029-02-28",
            "MARCH_1,     2029-03-01",
    })
    void the21stBirthdayInAYearWithout29February(TestBirthdays convention, LocalDate ends) {
        EntitlementFacts facts = YoungPeople.stayedInCareTo18(BORN, convention).build();
        StatementCalculator calculator = new StatementCalculator(YoungPeople.CATALOGUE, convention);
        EntitlementStatement statement = calculator.statement(facts, LocalDate.of(2028, 6, 1), null);
        StatementEntry adviser = statement.owedToday().stream()
                .filter(e -> e.item().id().equals("personal-adviser")).findFirst().orElseThrow();
        assertEquals(ends, adviser.endsOn());
        EntitlementChange cause = statement.comingUp().stream()
                .filter(c -> c.item().id().equals("personal-adviser")).findFirst().orElseThrow();
        assertEquals(ChangeCause.birthday(21), cause.cause());
    }

    /**
     * Seen from 28 February 2032 (a leap year), the 12-month look-ahead ends on 28 February 2033. The 25th
     * birthday falls on that last day under the 28 February convention, and a day beyond it under 1 March.
     */
    @ParameterizedTest(name = "{0}: the adviser asked for after 21 ends within the look-ahead: {1}")
    @CsvSource({
            "FEBRUARY_28, 2033-02-28",
            "MARCH_1,     ",
    })
    void the25thBirthdayAtTheEdgeOfTheLookAhead(TestBirthdays convention, LocalDate endsOn) {
        EntitlementFacts facts = YoungPeople.stayedInCareTo18(BORN, convention)
                .requestedAdviserAfter21On(LocalDate.of(2030, 1, 10)).build();
        StatementCalculator calculator = new StatementCalculator(YoungPeople.CATALOGUE, convention);
        EntitlementStatement statement = calculator.statement(facts, LocalDate.of(2032, 2, 28), null);
        assertEquals(LocalDate.of(2033, 2, 28), statement.lookAheadUntil());
        assertEquals(endsOn, statement.owedToday().stream().filter(e -> e.item().id().equals("personal-adviser"))
                .findFirst().orElseThrow().endsOn());
    }
}
