package org.leavingcare.notification.domain.measures.annexa;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leavingcare.notification.domain.measures.oc3.InTouch;
import org.leavingcare.notification.domain.rules.Category;
import org.leavingcare.notification.domain.rules.CategorySegment;
import org.leavingcare.notification.domain.rules.LeapDayBirthdays;
import org.leavingcare.notification.domain.rules.YoungPersonFacts;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Who is on List 9 on the extract date, and the columns the projection fills. */
class List9FromProjectionTest {

    static final List9FromProjection.Cohort COHORT = List9FromProjection.Cohort.defaults(LeapDayBirthdays.MARCH_1);

    static LocalDate d(String date) {
        return date == null ? null : LocalDate.parse(date);
    }

    static YoungPersonFacts person(Category last, YoungPersonFacts.PathwayPlan plan, YoungPersonFacts.Leaver leaver) {
        List<CategorySegment> timeline = List.of(
                new CategorySegment(Category.LOOKED_AFTER, d("2023-09-01"), d("2026-05-14")),
                new CategorySegment(Category.ELIGIBLE, d("2026-05-14"), d("2028-05-14")),
                new CategorySegment(last, d("2028-05-14"), null));
        return new YoungPersonFacts("CR-L9", "north", d("2010-05-14"), true, false, false, true, d("2026-05-14"),
                timeline, null, null, null, plan, leaver);
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource(nullValues = "-", value = {
            "FORMER_RELEVANT, 2026-05-13, -",                 // still looked after, not yet eligible
            "FORMER_RELEVANT, 2026-05-14, ELIGIBLE",
            "FORMER_RELEVANT, 2028-05-14, FORMER_RELEVANT",
            "FORMER_RELEVANT, 2035-05-13, FORMER_RELEVANT",   // 24
            "FORMER_RELEVANT, 2035-05-14, -",                 // 25: no longer listed
            "QUALIFYING,      2031-05-13, QUALIFYING",        // 20
            "QUALIFYING,      2031-05-14, -",                 // 21
            "NOT_A_CARE_LEAVER, 2029-01-01, -"
    })
    void theListCoversEligibleRelevantFormerRelevantAndQualifyingYoungPeople(Category last, String day, List9Eligibility expected) {
        assertEquals(Optional.ofNullable(expected), List9FromProjection.eligibilityOn(person(last, null, null), d(day), COHORT));
    }

    @Test
    void theProjectionFillsWhatItHoldsAndTheDetailsTheRest() {
        YoungPersonFacts.PathwayPlan plan = new YoungPersonFacts.PathwayPlan(3L, d("2026-07-01"), d("2026-07-20"),
                d("2027-01-15"), d("2027-07-15"), false);
        YoungPersonFacts.Leaver leaver = new YoungPersonFacts.Leaver(d("2027-11-14"), "pa-7", d("2027-10-01"),
                d("2028-06-02"), d("2028-05-30"), null, null, null, null, null);
        List9Entry entry = List9FromProjection.entry(person(Category.FORMER_RELEVANT, plan, leaver), d("2028-07-01"), COHORT,
                new List9FromProjection.Details(AnnexAGender.MALE, "BAFR", null, "Talwyn Prue", InTouch.YES, null, null)).orElseThrow();
        assertEquals(List.of("CR-L9", "a) Male", "o) BAFR", "14/05/2010", "18", "a) Yes", "a) Yes", "north", "",
                "Talwyn Prue", "b) Former relevant child", "15/01/2027", "a) Yes", "02/06/2028", "", "", ""),
                AnnexAList9.row(entry).cells());
    }

    @Test
    void aPlanNeverReviewedGivesItsStartDate() {
        YoungPersonFacts.PathwayPlan plan = new YoungPersonFacts.PathwayPlan(3L, d("2026-07-01"), d("2026-07-20"), null, null, false);
        List9Entry entry = List9FromProjection.entry(person(Category.FORMER_RELEVANT, plan, null), d("2026-08-01"), COHORT,
                List9FromProjection.Details.NONE).orElseThrow();
        assertEquals(d("2026-07-20"), entry.latestPathwayPlanReviewOn());
    }

    @ParameterizedTest(name = "born {0}, on {1}: {2} ({3})")
    @CsvSource({
            "2008-02-29, 2026-02-28, 17, MARCH_1",
            "2008-02-29, 2026-03-01, 18, MARCH_1",
            "2008-02-29, 2026-02-28, 18, FEB_28",
            "2010-05-14, 2028-05-13, 17, MARCH_1",
            "2010-05-14, 2028-05-14, 18, MARCH_1"
    })
    void ageInWholeYearsFollowsTheBirthdayConvention(String born, String day, int age, LeapDayBirthdays convention) {
        assertEquals(age, List9FromProjection.ageOn(d(born), d(day), convention));
    }
}
