package org.leavingcare.leaver.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.Period;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AllocationClockTest {

    static final String ELIGIBLE_TO_18 = "LOOKED_AFTER:2023-09-01:2026-05-14;ELIGIBLE:2026-05-14:2028-05-14;FORMER_RELEVANT:2028-05-14:";

    final AllocationClock clock = new AllocationClock(LeaverPolicy.defaults());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // PA-9: an eligible child by the local allocation age, 17 years 6 months
            "eligible, no extra needs                | 2010-05-14 | false | false | false | " + ELIGIBLE_TO_18 + " | 2027-11-14",
            // PA-9: earlier, 16 years 3 months (the NA-1 deadline), for complex needs, disability or UASC
            "eligible with complex needs             | 2010-05-14 | true  | false | false | " + ELIGIBLE_TO_18 + " | 2026-08-14",
            "eligible and disabled                   | 2010-05-14 | false | true  | false | " + ELIGIBLE_TO_18 + " | 2026-08-14",
            "eligible and UASC                       | 2010-05-14 | false | false | true  | " + ELIGIBLE_TO_18 + " | 2026-08-14",
            // PA-2: relevant immediately, when they leave care before the policy age
            "left care at 16y4m: relevant at once    | 2010-05-14 | false | false | false | ELIGIBLE:2026-05-14:2026-09-14;RELEVANT:2026-09-14:2028-05-14;FORMER_RELEVANT:2028-05-14: | 2026-09-14",
            "left care after 16y3m, complex needs    | 2010-05-14 | true  | false | false | ELIGIBLE:2026-05-14:2026-09-14;RELEVANT:2026-09-14:2028-05-14 | 2026-08-14",
            "relevant by the detained route only     | 2010-05-14 | false | false | false | RELEVANT:2026-05-14:2028-05-14 | 2026-05-14",
            // PA-1: eligible only after the policy age (entered care at 17y3m): on becoming eligible
            "eligible after the policy age           | 2010-05-14 | false | false | false | LOOKED_AFTER:2027-08-14:2027-11-13;ELIGIBLE:2027-11-13:2028-05-14;FORMER_RELEVANT:2028-05-14: | 2027-11-14",
            "eligible a month after the policy age   | 2010-05-14 | false | false | false | LOOKED_AFTER:2027-09-01:2027-12-01;ELIGIBLE:2027-12-01:2028-05-14;FORMER_RELEVANT:2028-05-14: | 2027-12-01",
            // PA-9 / NA-1: early allocation for a child eligible late is due by the needs-assessment deadline
            "complex needs, eligible at 17           | 2010-05-14 | true  | false | false | LOOKED_AFTER:2027-02-01:2027-05-14;ELIGIBLE:2027-05-14:2028-05-14;FORMER_RELEVANT:2028-05-14: | 2027-08-14",
            "UASC, eligible 18 days after 16         | 2010-05-14 | false | false | true  | LOOKED_AFTER:2026-01-01:2026-06-01;ELIGIBLE:2026-06-01:2028-05-14 | 2026-09-01",
            "disabled, eligible on a month end       | 2010-05-14 | false | true  | false | LOOKED_AFTER:2026-01-01:2026-11-30;ELIGIBLE:2026-11-30:2028-05-14 | 2027-02-28",
            "no extra needs, eligible at 17          | 2010-05-14 | false | false | false | LOOKED_AFTER:2027-02-01:2027-05-14;ELIGIBLE:2027-05-14:2028-05-14;FORMER_RELEVANT:2028-05-14: | 2027-11-14",
            // PA-3: former relevant from 18, until 21 (s23C(6))
            "former relevant only                    | 2008-01-10 | false | false | false | FORMER_RELEVANT:2026-01-10: | 2026-01-10",
            "former relevant from the day before 21  | 2008-01-10 | false | false | false | FORMER_RELEVANT:2029-01-09: | 2029-01-09",
            "former relevant from 21: no duty        | 2008-01-10 | false | false | false | FORMER_RELEVANT:2029-01-10: | ",
            // no personal adviser duty
            "qualifying only                         | 2010-05-14 | false | false | false | LOOKED_AFTER:2026-06-01:2026-08-01;QUALIFYING:2026-08-01:2031-05-14 | ",
            "looked after, never eligible yet        | 2012-05-14 | false | false | false | LOOKED_AFTER:2024-01-01: | ",
            "not a care leaver                       | 2010-05-14 | false | false | false | LOOKED_AFTER:2026-04-01:2026-05-01;NOT_A_CARE_LEAVER:2026-05-01: | ",
            "no timeline                             | 2010-05-14 | false | false | false |  | ",
            "no date of birth                        |            | false | false | false | " + ELIGIBLE_TO_18 + " | ",
            // C-1: 29 February birthdays
            // C-1: the 17th birthday under the 1 March convention, then 6 calendar months
            "born 29 February, 17y6m                 | 2008-02-29 | false | false | false | ELIGIBLE:2024-02-29:2026-03-01;FORMER_RELEVANT:2026-03-01: | 2025-09-01",
            "born 29 February, complex needs 16y3m   | 2008-02-29 | true  | false | false | ELIGIBLE:2024-02-29:2026-03-01;FORMER_RELEVANT:2026-03-01: | 2024-05-29",
    })
    void theAllocationDueDateFollowsTheCategoryAndNeeds(String name, LocalDate dob, boolean complex, boolean disabled,
                                                        boolean uasc, String timeline, LocalDate expected) {
        assertEquals(expected, clock.allocationDueOn(Timelines.facts(dob, complex, disabled, uasc, timeline)), name);
    }

    @ParameterizedTest(name = "born 29 February, allocation age {0}, {1}: {2}")
    @CsvSource({
            "P18Y, MARCH_1, 2026-03-01",
            "P18Y, FEB_28,  2026-02-28",
    })
    void aLeapDayBirthdayFollowsTheConfiguredConvention(String age, LeapDayBirthdays convention, LocalDate expected) {
        LeaverPolicy d = LeaverPolicy.defaults();
        LeaverPolicy policy = new LeaverPolicy(Period.parse(age), d.earlyAllocationAge(), d.dueSoon(), convention,
                d.contactInterval(), d.councilAccommodationFirstVisit(), d.councilAccommodationVisitInterval(),
                d.lostTouchAfter(), d.entitlementsAge(), d.weights(), d.ranking());
        YoungPersonFacts facts = Timelines.facts(LocalDate.of(2008, 2, 29), false, false, false,
                "ELIGIBLE:2024-02-29:2027-01-01");
        assertEquals(expected, new AllocationClock(policy).allocationDueOn(facts));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // eligible until 2026-02-01, then returned home for good (CAT-4): due 17y6m = 2025-12-01 passed
            "duty over: returned home          | ELIGIBLE:2024-06-01:2026-02-01;NOT_A_CARE_LEAVER:2026-02-01: | 2026-03-01 | true  | NOT_DUE",
            "duty still on the day before      | ELIGIBLE:2024-06-01:2026-02-01;NOT_A_CARE_LEAVER:2026-02-01: | 2026-01-31 | false | OVERDUE",
            // PA-3 / s23C(6): an open-ended former relevant stretch ends on the 21st birthday (2029-06-01)
            "former relevant, day before 21    | ELIGIBLE:2024-06-01:2026-06-01;FORMER_RELEVANT:2026-06-01:   | 2029-05-31 | false | OVERDUE",
            "former relevant, on the 21st      | ELIGIBLE:2024-06-01:2026-06-01;FORMER_RELEVANT:2026-06-01:   | 2029-06-01 | true  | NOT_DUE",
            "former relevant, at 21y7m         | ELIGIBLE:2024-06-01:2026-06-01;FORMER_RELEVANT:2026-06-01:   | 2030-01-01 | true  | NOT_DUE",
            "relevant until 18, then qualifying| RELEVANT:2025-07-01:2026-06-01;QUALIFYING:2026-06-01:2029-06-01 | 2026-06-01 | true | NOT_DUE",
    })
    void nothingIsDueOnceTheDutyIsOver(String name, String timeline, LocalDate today, boolean over,
                                       AllocationStatus expected) {
        YoungPersonFacts facts = Timelines.facts(LocalDate.of(2008, 6, 1), false, false, false, timeline);
        assertEquals(over, clock.dutyOver(facts, today), name);
        assertEquals(expected, clock.status(facts, clock.allocationDueOn(facts), false, today), name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "former relevant, open-ended: the 21st    | 2008-06-01 | ELIGIBLE:2024-06-01:2026-06-01;FORMER_RELEVANT:2026-06-01: | 2029-06-01",
            "former relevant ends before 21           | 2008-06-01 | ELIGIBLE:2024-06-01:2026-06-01;FORMER_RELEVANT:2026-06-01:2028-01-01 | 2028-01-01",
            "returned home (CAT-4)                    | 2008-06-01 | ELIGIBLE:2024-06-01:2026-02-01;NOT_A_CARE_LEAVER:2026-02-01: | 2026-02-01",
            "C-1: born 29 February, 1 March           | 2008-02-29 | FORMER_RELEVANT:2026-03-01: | 2029-03-01",
            "no date of birth: open-ended             |            | FORMER_RELEVANT:2026-06-01: | ",
            "no stretch needs an adviser              | 2008-06-01 | QUALIFYING:2026-06-01:2029-06-01 | ",
    })
    void theDutyEndsWithTheLastStretchAndAt21(String name, LocalDate dob, String timeline, LocalDate expected) {
        assertEquals(expected, clock.dutyEndsOn(Timelines.facts(dob, false, false, false, timeline)), name);
    }

    @ParameterizedTest(name = "due {0}, allocated {1}, today {2}: {3}")
    @CsvSource({
            "2027-11-14, false, 2027-10-16, NOT_DUE",
            // 28 days before the due date
            "2027-11-14, false, 2027-10-17, DUE_SOON",
            "2027-11-14, false, 2027-11-13, DUE_SOON",
            // C-2: the due day itself is on time
            "2027-11-14, false, 2027-11-14, DUE",
            "2027-11-14, false, 2027-11-15, OVERDUE",
            "2027-11-14, true,  2027-11-15, ALLOCATED",
            "2027-11-14, true,  2027-01-01, ALLOCATED",
            "          , false, 2027-11-15, NOT_DUE",
    })
    void theStatusIsComputedAsOfToday(LocalDate due, boolean allocated, LocalDate today, AllocationStatus expected) {
        assertEquals(expected, clock.status(due, allocated, today));
    }
}
