package org.leavingcare.leaver.domain.entitlements;

import java.time.LocalDate;
import java.util.Map;

import static org.leavingcare.leaver.domain.entitlements.CareLeaverCategory.ELIGIBLE;
import static org.leavingcare.leaver.domain.entitlements.CareLeaverCategory.FORMER_RELEVANT;
import static org.leavingcare.leaver.domain.entitlements.CareLeaverCategory.LOOKED_AFTER;
import static org.leavingcare.leaver.domain.entitlements.CareLeaverCategory.NOT_A_CARE_LEAVER;
import static org.leavingcare.leaver.domain.entitlements.CareLeaverCategory.QUALIFYING;
import static org.leavingcare.leaver.domain.entitlements.CareLeaverCategory.RELEVANT;

/**
 * Synthetic young people with the category timelines pathway-service would project for them (rules.md
 * §1.2), each born on 14 May 2008 unless a test says otherwise.
 */
final class YoungPeople {

    static final LocalDate BORN = LocalDate.of(2008, 5, 14);
    static final Birthdays BIRTHDAYS = TestBirthdays.MARCH_1;
    static final EntitlementCatalogue CATALOGUE = CatalogueLoader.shipped(Map.of());

    private YoungPeople() {
    }

    static LocalDate birthday(int age) {
        return BIRTHDAYS.birthday(BORN, age);
    }

    /** In care from 14, still in care at 18: eligible at 16, former relevant from 18. */
    static EntitlementFacts.Builder stayedInCareTo18() {
        return stayedInCareTo18(BORN, BIRTHDAYS);
    }

    static EntitlementFacts.Builder stayedInCareTo18(LocalDate born, Birthdays birthdays) {
        LocalDate d16 = birthdays.birthday(born, 16);
        LocalDate d18 = birthdays.birthday(born, 18);
        return EntitlementFacts.bornOn(born)
                .period(LOOKED_AFTER, born.plusYears(14), d16)
                .period(ELIGIBLE, d16, d18)
                .period(FORMER_RELEVANT, d18, null);
    }

    /** Eligible at 16, left care at 16 years 6 months: relevant to 18, then former relevant. */
    static EntitlementFacts.Builder leftCareAt16AndAHalf() {
        LocalDate d16 = birthday(16);
        LocalDate left = d16.plusMonths(6);
        return EntitlementFacts.bornOn(BORN)
                .period(LOOKED_AFTER, BORN.plusYears(14), d16)
                .period(ELIGIBLE, d16, left)
                .period(RELEVANT, left, birthday(18))
                .period(FORMER_RELEVANT, birthday(18), null);
    }

    /** Came into care at 17 years 10 months and left at 18 without reaching 13 weeks: qualifying to 21. */
    static EntitlementFacts.Builder qualifying() {
        LocalDate cameIntoCare = birthday(17).plusMonths(10);
        return EntitlementFacts.bornOn(BORN)
                .period(LOOKED_AFTER, cameIntoCare, birthday(18))
                .period(QUALIFYING, birthday(18), birthday(21))
                .period(NOT_A_CARE_LEAVER, birthday(21), null);
    }

    static StatementCalculator calculator() {
        return new StatementCalculator(CATALOGUE, BIRTHDAYS);
    }
}
