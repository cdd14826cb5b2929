package org.leavingcare.leaver.domain.entitlements;

import java.time.LocalDate;
import java.util.List;

/** Something a young person may be owed: a statutory catalogue item or an item of a council's local offer. */
public sealed interface OfferedItem permits Entitlement, LocalOfferItem {

    String id();

    ItemOrigin origin();

    List<EligibilityRoute> routes();

    /**
     * The first day the item can apply, or {@code null} when it is not limited by date; {@link LocalDate#MAX}
     * when it never applies (a provision not yet in force with no commencement date).
     */
    LocalDate appliesFrom();

    /** The heading it goes under (a {@link StatementHeading} key, or a local offer's own heading id). */
    String heading();

    /**
     * What a young person is told about the item, apart from who has it: two versions of an item with the
     * same wording owe the same to someone they both apply to, even if their eligibility differs for others.
     */
    Object wording();

    /** The routes that match on {@code day}: empty when the item does not apply. */
    default List<EligibilityRoute> routesOn(EntitlementFacts facts, LocalDate day, Birthdays birthdays) {
        LocalDate from = appliesFrom();
        if (from != null && day.isBefore(from)) {
            return List.of();
        }
        return routes().stream().filter(route -> route.matches(facts, day, birthdays)).toList();
    }
}
