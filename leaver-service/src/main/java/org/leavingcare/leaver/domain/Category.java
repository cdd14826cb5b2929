package org.leavingcare.leaver.domain;

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

    /** Whether the authority must provide a personal adviser to someone in this category (PA-1, PA-2, PA-3). */
    public boolean needsPersonalAdviser() {
        return this == ELIGIBLE || this == RELEVANT || this == FORMER_RELEVANT;
    }

    /** Whether someone in this category is a care leaver owed the local offer (CAT-1..CAT-10). */
    public boolean isCareLeaver() {
        return this != LOOKED_AFTER && this != NOT_A_CARE_LEAVER;
    }

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
