package org.leavingcare.notification.domain.rules;

/** The care-leaver categories pathway-service computes (rules.md §1). */
public enum Category {
    LOOKED_AFTER,
    /** CAT-1. */
    ELIGIBLE,
    /** CAT-2, CAT-3. */
    RELEVANT,
    /** CAT-5. */
    FORMER_RELEVANT,
    /** CAT-9, CAT-10. */
    QUALIFYING,
    NOT_A_CARE_LEAVER;

    /** The category for a pathway-service value; {@code null} for one this service does not know. */
    public static Category parse(String value) {
        if (value == null) {
            return null;
        }
        for (Category c : values()) {
            if (c.name().equals(value)) {
                return c;
            }
        }
        return null;
    }
}
