package org.leavingcare.leaver.domain.entitlements;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One stretch of pathway-service's category timeline: {@code from} inclusive, {@code until} exclusive,
 * {@code until == null} open-ended (docs/change-feeds.md).
 */
public record CategoryPeriod(CareLeaverCategory category, LocalDate from, LocalDate until) {

    public CategoryPeriod {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(from, "from");
        if (until != null && !until.isAfter(from)) {
            throw new IllegalArgumentException("A category period must end after it starts: " + from + ".." + until);
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && (until == null || day.isBefore(until));
    }
}
