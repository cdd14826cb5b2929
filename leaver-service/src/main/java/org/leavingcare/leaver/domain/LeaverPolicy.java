package org.leavingcare.leaver.domain;

import java.time.Period;

/**
 * Every local-policy number leaver-service computes with. Built from configuration
 * ({@code suite.policy.*}); {@link #defaults()} gives the documented defaults for unit tests.
 *
 * @param allocationAge PA-9: the age by which an eligible young person has a personal adviser
 * @param earlyAllocationAge PA-9: the earlier age for complex needs, disability or UASC status
 * @param dueSoon how long before a due date a status becomes DUE_SOON
 * @param leapDayBirthdays C-1: the birthday of someone born on 29 February in other years
 * @param contactInterval PA-8: the longest gap between successful face-to-face contacts
 * @param councilAccommodationFirstVisit PA-6: the first visit after the council provides accommodation
 * @param councilAccommodationVisitInterval PA-6: the longest gap between later visits there
 * @param lostTouchAfter PA-7: the gap without a successful contact after which contact is lost
 * @param entitlementsAge the age by which the local offer and rights have been explained
 * @param weights the caseload weight of a young person
 * @param ranking the points an adviser's recommendation earns
 */
public record LeaverPolicy(Period allocationAge, Period earlyAllocationAge, Period dueSoon,
                           LeapDayBirthdays leapDayBirthdays, Period contactInterval,
                           Period councilAccommodationFirstVisit, Period councilAccommodationVisitInterval,
                           Period lostTouchAfter, Period entitlementsAge, Weights weights, RankingPoints ranking) {

    /**
     * The caseload weight of a young person: the base, plus each increment that applies.
     */
    public record Weights(int base, int complexNeeds, int disability, int uasc, int custody, int parenthood) {
    }

    /** Points towards an adviser's recommendation. */
    public record RankingPoints(int continuity, int specialism, int team, int language) {
    }

    public static LeaverPolicy defaults() {
        return new LeaverPolicy(Period.of(17, 6, 0), Period.of(16, 3, 0), Period.ofDays(28),
                LeapDayBirthdays.MARCH_1, Period.ofWeeks(8), Period.ofDays(7), Period.ofMonths(2),
                Period.ofMonths(3), Period.ofYears(17), new Weights(1, 2, 1, 1, 1, 1),
                new RankingPoints(40, 20, 15, 10));
    }
}
