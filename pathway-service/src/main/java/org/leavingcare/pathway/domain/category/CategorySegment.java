package org.leavingcare.pathway.domain.category;

import java.time.LocalDate;

/** A stretch of time in one category: {@code from} inclusive, {@code until} exclusive, {@code null} open-ended. */
public record CategorySegment(CareLeaverCategory category, LocalDate from, LocalDate until) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && (until == null || day.isBefore(until));
    }
}
