package org.leavingcare.leaver.domain.entitlements;

import java.time.LocalDate;

/** Something a young person starts or stops being owed on a day within the look-ahead, and why. */
public record EntitlementChange(LocalDate on, OfferedItem item, Direction direction, ChangeCause cause) {

    public enum Direction {
        STARTS,
        ENDS
    }
}
