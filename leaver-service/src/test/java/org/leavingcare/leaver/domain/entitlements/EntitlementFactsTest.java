package org.leavingcare.leaver.domain.entitlements;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.leavingcare.leaver.domain.entitlements.CareLeaverCategory.ELIGIBLE;
import static org.leavingcare.leaver.domain.entitlements.CareLeaverCategory.FORMER_RELEVANT;

/** The facts about one young person are consistent, and their dated facts hold from the day they happen. */
class EntitlementFactsTest {

    private static final LocalDate BORN = LocalDate.of(2008, 5, 14);

    @Test
    void overlappingCategoryPeriodsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> EntitlementFacts.bornOn(BORN)
                .period(ELIGIBLE, LocalDate.of(2024, 5, 14), LocalDate.of(2026, 6, 1))
                .period(FORMER_RELEVANT, LocalDate.of(2026, 5, 14), null).build());
        assertThrows(IllegalArgumentException.class, () -> new CategoryPeriod(ELIGIBLE, LocalDate.of(2026, 5, 14),
                LocalDate.of(2026, 5, 14)));
    }

    @Test
    void theTimelineIsReadInDateOrderWhateverOrderItCameIn() {
        EntitlementFacts facts = EntitlementFacts.bornOn(BORN)
                .period(FORMER_RELEVANT, LocalDate.of(2026, 5, 14), null)
                .period(ELIGIBLE, LocalDate.of(2024, 5, 14), LocalDate.of(2026, 5, 14)).build();
        assertEquals(List.of(ELIGIBLE, FORMER_RELEVANT), facts.timeline().stream().map(CategoryPeriod::category)
                .toList());
        assertEquals(ELIGIBLE, facts.categoryOn(LocalDate.of(2026, 5, 13)));
        assertEquals(FORMER_RELEVANT, facts.categoryOn(LocalDate.of(2026, 5, 14)));
        assertEquals(null, facts.categoryOn(LocalDate.of(2024, 5, 13)));
    }

    @Test
    void higherEducationWithoutEducationIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> EntitlementFacts.bornOn(BORN).inHigherEducation(true)
                .build());
        assertThrows(IllegalArgumentException.class, () -> EntitlementFacts.bornOn(BORN)
                .inFullTimeFurtherOrHigherEducation(true).build());
    }

    @Test
    void noLongerWantingAnAdviserNeedsAnEarlierRequest() {
        assertThrows(IllegalArgumentException.class, () -> EntitlementFacts.bornOn(BORN)
                .adviserNoLongerWantedOn(LocalDate.of(2030, 1, 1)).build());
        assertThrows(IllegalArgumentException.class, () -> EntitlementFacts.bornOn(BORN)
                .requestedAdviserAfter21On(LocalDate.of(2030, 2, 1))
                .adviserNoLongerWantedOn(LocalDate.of(2030, 1, 1)).build());
    }

    @ParameterizedTest(name = "on {0}: requested {1}, returning {2}")
    @CsvSource({
            "2030-01-31, false, false",
            "2030-02-01, true,  false",
            "2030-06-30, true,  true",
            "2030-07-01, false, true",
    })
    void datedFactsHoldFromTheirDay(LocalDate day, boolean requested, boolean returning) {
        EntitlementFacts facts = EntitlementFacts.bornOn(BORN)
                .requestedAdviserAfter21On(LocalDate.of(2030, 2, 1))
                .adviserNoLongerWantedOn(LocalDate.of(2030, 7, 1))
                .toldCouncilReturningToEducationOn(LocalDate.of(2030, 6, 30)).build();
        assertEquals(requested, facts.holds(Condition.REQUESTED_ADVISER_AFTER_21, day));
        assertEquals(returning, facts.holds(Condition.TOLD_COUNCIL_RETURNING_TO_EDUCATION, day));
    }
}
