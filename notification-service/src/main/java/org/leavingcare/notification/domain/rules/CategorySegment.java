package org.leavingcare.notification.domain.rules;

import java.time.LocalDate;

/** One stretch of a young person's category timeline: {@code from} inclusive, {@code until} exclusive or open. */
public record CategorySegment(Category category, LocalDate from, LocalDate until) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && (until == null || day.isBefore(until));
    }
}
