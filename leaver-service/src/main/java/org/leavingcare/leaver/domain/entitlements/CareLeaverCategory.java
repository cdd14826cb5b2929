package org.leavingcare.leaver.domain.entitlements;

/**
 * The care-leaver categories with the names pathway-service puts on its category timeline (rules.md §1.1),
 * so that a segment of that timeline maps onto this enum by name. Own copy, so that the catalogue keeps
 * compiling while the service's other packages move.
 */
public enum CareLeaverCategory {
    /** Looked after, not (yet) an eligible child. */
    LOOKED_AFTER,
    /** CAT-1: 16 or 17, looked after, 13 weeks in care since 14 ending after 16 (CA 1989 Sch 2 para 19B). */
    ELIGIBLE,
    /** CAT-2, CAT-3: 16 or 17, no longer looked after, was eligible before leaving (CA 1989 s23A). */
    RELEVANT,
    /** CAT-5: 18 or over, was relevant, or eligible and looked after on reaching 18 (CA 1989 s23C(1)). */
    FORMER_RELEVANT,
    /** CAT-9, CAT-10: a person qualifying for advice and assistance, 16 to 21 (CA 1989 s24). */
    QUALIFYING,
    /** None of the above, for example a qualifying care leaver after the 21st birthday. */
    NOT_A_CARE_LEAVER;

    /** Whether someone in this category can be in it at {@code age} (whole years), by its statutory definition. */
    boolean possibleAt(int age) {
        return switch (this) {
            case LOOKED_AFTER -> age < 18;
            case ELIGIBLE, RELEVANT -> age >= 16 && age < 18;
            case FORMER_RELEVANT -> age >= 18;
            case QUALIFYING -> age >= 16 && age < 21;
            case NOT_A_CARE_LEAVER -> true;
        };
    }
}
