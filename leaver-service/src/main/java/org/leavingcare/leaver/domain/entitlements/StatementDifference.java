package org.leavingcare.leaver.domain.entitlements;

import java.time.LocalDate;

/**
 * One way two statements for the same young person differ in what they owe.
 *
 * @param on for a difference in what is coming up, the day of that change; {@code null} for what is owed today
 */
public record StatementDifference(Kind kind, ItemOrigin origin, String itemId, LocalDate on) {

    public enum Kind {
        /** Owed today under the later statement only. */
        NOW_OWED,
        /** Owed today under the earlier statement only. */
        NO_LONGER_OWED,
        /** Owed today under both, but what the young person is told about it (amount, words, source) differs. */
        WORDING_CHANGED,
        /** Owed today under both, but the day it ends within the look-ahead differs. */
        END_DATE_CHANGED,
        /** A change coming up under the later statement only, or under the earlier one only. */
        COMING_UP_CHANGED
    }
}
