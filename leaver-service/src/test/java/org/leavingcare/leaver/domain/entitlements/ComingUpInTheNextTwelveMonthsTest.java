package org.leavingcare.leaver.domain.entitlements;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.leavingcare.leaver.domain.entitlements.EntitlementChange.Direction.ENDS;
import static org.leavingcare.leaver.domain.entitlements.EntitlementChange.Direction.STARTS;
import static org.leavingcare.leaver.domain.entitlements.YoungPeople.birthday;

/**
 * What starts or ends within the next 12 months, with the day, around the 18th, 21st and 25th birthdays:
 * the day before (the change is coming up), the birthday itself (it has happened), and the edges of the
 * 12-month look-ahead (a birthday exactly 12 months ahead is included, one a day further is not).
 */
class ComingUpInTheNextTwelveMonthsTest {

    private final StatementCalculator calculator = YoungPeople.calculator();

    static Stream<Arguments> aroundBirthdays() {
        EntitlementFacts relevant = YoungPeople.leftCareAt16AndAHalf().build();
        EntitlementFacts formerRelevant = YoungPeople.stayedInCareTo18().build();
        EntitlementFacts onACourse = YoungPeople.stayedInCareTo18().inEducationOrTraining(true).build();
        EntitlementFacts askedAfter21 = YoungPeople.stayedInCareTo18()
                .requestedAdviserAfter21On(birthday(21).plusMonths(2)).build();
        return Stream.of(
                // 18th birthday: a relevant child's accommodation and maintenance give way to s23C help
                arguments("day before 18: accommodation ends on the birthday", relevant, birthday(18).minusDays(1),
                        "accommodation-and-maintenance", ENDS, birthday(18), true),
                arguments("day before 18: help with somewhere to live starts", relevant, birthday(18).minusDays(1),
                        "help-with-somewhere-to-live", STARTS, birthday(18), true),
                arguments("day before 18: housing priority starts", relevant, birthday(18).minusDays(1),
                        "housing-priority-need", STARTS, birthday(18), true),
                arguments("exactly 12 months before 18: included", relevant, birthday(17),
                        "help-finding-work", STARTS, birthday(18), true),
                arguments("12 months and a day before 18: not yet", relevant, birthday(17).minusDays(1),
                        "help-finding-work", STARTS, birthday(18), false),
                arguments("on the 18th birthday: already happened", relevant, birthday(18),
                        "help-finding-work", STARTS, birthday(18), false),
                // 21st birthday: the s23C duties end, the right to ask for an adviser to 25 starts
                arguments("day before 21: the adviser ends", formerRelevant, birthday(21).minusDays(1),
                        "personal-adviser", ENDS, birthday(21), true),
                arguments("day before 21: asking for an adviser to 25 starts", formerRelevant,
                        birthday(21).minusDays(1), "adviser-after-21-on-request", STARTS, birthday(21), true),
                arguments("day before 21: going back to education starts", formerRelevant,
                        birthday(21).minusDays(1), "returning-to-education", STARTS, birthday(21), true),
                arguments("day before 21: priority need before 21 ends", formerRelevant, birthday(21).minusDays(1),
                        "housing-priority-need", ENDS, birthday(21), true),
                arguments("exactly 12 months before 21: included", formerRelevant, birthday(20),
                        "personal-adviser", ENDS, birthday(21), true),
                arguments("12 months and a day before 21: not yet", formerRelevant, birthday(20).minusDays(1),
                        "personal-adviser", ENDS, birthday(21), false),
                arguments("on the 21st birthday: already happened", formerRelevant, birthday(21),
                        "personal-adviser", ENDS, birthday(21), false),
                arguments("on a course beyond 21: the adviser does not end", onACourse, birthday(21).minusDays(1),
                        "personal-adviser", ENDS, birthday(21), false),
                arguments("on a course beyond 21: the course costs do not end", onACourse, birthday(21).minusDays(1),
                        "education-and-training-costs", ENDS, birthday(21), false),
                // 25th birthday: support asked for after 21 ends
                arguments("day before 25: the adviser asked for ends", askedAfter21, birthday(25).minusDays(1),
                        "personal-adviser", ENDS, birthday(25), true),
                arguments("day before 25: council tax help ends", askedAfter21, birthday(25).minusDays(1),
                        "council-tax", ENDS, birthday(25), true),
                arguments("day before 25: the local offer ends", askedAfter21, birthday(25).minusDays(1),
                        "local-offer", ENDS, birthday(25), true),
                arguments("exactly 12 months before 25: included", askedAfter21, birthday(24),
                        "education-and-work-help-to-25", ENDS, birthday(25), true),
                arguments("12 months and a day before 25: not yet", askedAfter21, birthday(24).minusDays(1),
                        "education-and-work-help-to-25", ENDS, birthday(25), false),
                arguments("on the 25th birthday: already happened", askedAfter21, birthday(25),
                        "personal-adviser", ENDS, birthday(25), false),
                arguments("on the 25th birthday: the right to complain does not end", askedAfter21,
                        birthday(25).minusDays(1), "complaints", ENDS, birthday(25), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("aroundBirthdays")
    void changesAroundTheBirthdays(String name, EntitlementFacts facts, LocalDate today, String itemId,
                                   EntitlementChange.Direction direction, LocalDate on, boolean expected) {
        EntitlementStatement statement = calculator.statement(facts, today, null);
        boolean found = statement.comingUp().stream().anyMatch(c -> c.item().id().equals(itemId)
                && c.direction() == direction && c.on().equals(on));
        assertEquals(expected, found, name + ": " + statement.comingUp().stream()
                .map(c -> c.on() + " " + c.direction() + " " + c.item().id()).toList());
    }

    @Test
    void aChangeOnABirthdayIsExplainedByTheBirthday() {
        EntitlementStatement statement = calculator.statement(YoungPeople.stayedInCareTo18().build(),
                birthday(21).minusDays(1), null);
        EntitlementChange adviserEnds = change(statement, "personal-adviser", ENDS);
        assertEquals(new ChangeCause(ChangeCause.Kind.BIRTHDAY, 21, null), adviserEnds.cause());
    }

    @Test
    void whatEndsWithinTheLookAheadSaysUntilWhen() {
        EntitlementStatement statement = calculator.statement(YoungPeople.leftCareAt16AndAHalf().build(),
                birthday(17).plusMonths(3), null);
        assertEquals(birthday(18), entry(statement, "accommodation-and-maintenance").endsOn());
        // the adviser continues past 18 (s23C(3)), and 21 is beyond the look-ahead
        assertNull(entry(statement, "personal-adviser").endsOn());
    }

    @Test
    void leavingCareBeforeEighteenIsExplainedByTheNewCategory() {
        LocalDate leaves = birthday(17).plusMonths(2);
        EntitlementFacts facts = EntitlementFacts.bornOn(YoungPeople.BORN)
                .period(CareLeaverCategory.ELIGIBLE, birthday(16), leaves)
                .period(CareLeaverCategory.RELEVANT, leaves, birthday(18))
                .period(CareLeaverCategory.FORMER_RELEVANT, birthday(18), null)
                .build();
        EntitlementStatement statement = calculator.statement(facts, birthday(17), null);
        EntitlementChange accommodation = change(statement, "accommodation-and-maintenance", STARTS);
        assertEquals(leaves, accommodation.on());
        assertEquals(ChangeCause.category(CareLeaverCategory.RELEVANT), accommodation.cause());
        assertEquals(birthday(18), change(statement, "accommodation-and-maintenance", ENDS).on());
    }

    @Test
    void askingForAnAdviserAfter21IsExplainedByTheRequest() {
        LocalDate asked = birthday(22).plusMonths(1);
        EntitlementFacts facts = YoungPeople.stayedInCareTo18().requestedAdviserAfter21On(asked).build();
        EntitlementStatement before = calculator.statement(facts, birthday(22), null);
        EntitlementChange starts = change(before, "personal-adviser", STARTS);
        assertEquals(asked, starts.on());
        assertEquals(ChangeCause.of(ChangeCause.Kind.ADVISER_REQUESTED), starts.cause());
        assertEquals(asked, change(before, "adviser-after-21-on-request", ENDS).on());
    }

    @Test
    void aProvisionNotYetInForceAppliesOnlyFromItsConfiguredCommencement() {
        EntitlementFacts facts = YoungPeople.stayedInCareTo18().build();
        LocalDate today = birthday(19);
        assertFalse(calculator.statement(facts, today, null).owes(ItemOrigin.STATUTORY, "staying-close"));
        assertTrue(calculator.statement(facts, today, null).comingUp().stream()
                .noneMatch(c -> c.item().id().equals("staying-close")));

        LocalDate commencement = today.plusMonths(4);
        StatementCalculator commenced = new StatementCalculator(
                CatalogueLoader.shipped(Map.of("staying-close", commencement)), YoungPeople.BIRTHDAYS);
        EntitlementChange starts = change(commenced.statement(facts, today, null), "staying-close", STARTS);
        assertEquals(commencement, starts.on());
        assertEquals(ChangeCause.of(ChangeCause.Kind.COMMENCEMENT), starts.cause());
        assertTrue(commenced.statement(facts, commencement, null).owes(ItemOrigin.STATUTORY, "staying-close"));
    }

    @Test
    void changesAreInDateOrder() {
        EntitlementStatement statement = calculator.statement(YoungPeople.leftCareAt16AndAHalf().build(),
                birthday(17).plusMonths(6), null);
        List<LocalDate> days = statement.comingUp().stream().map(EntitlementChange::on).toList();
        assertEquals(days.stream().sorted().toList(), days);
        assertEquals(birthday(17).plusMonths(18), statement.lookAheadUntil());
    }

    private static EntitlementChange change(EntitlementStatement statement, String id,
                                            EntitlementChange.Direction direction) {
        return statement.comingUp().stream()
                .filter(c -> c.item().id().equals(id) && c.direction() == direction)
                .findFirst().orElseThrow(() -> new AssertionError("no " + direction + " for " + id));
    }

    private static StatementEntry entry(EntitlementStatement statement, String id) {
        return statement.owedToday().stream().filter(e -> e.item().id().equals(id))
                .findFirst().orElseThrow(() -> new AssertionError(id + " is not owed"));
    }
}
