package org.leavingcare.leaver.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One stretch of pathway-service's category timeline: {@code from} inclusive, {@code until} exclusive,
 * {@code until == null} open-ended (docs/change-feeds.md).
 */
public record CategorySegment(Category category, LocalDate from, LocalDate until) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && (until == null || day.isBefore(until));
    }

    /** The category on {@code day}, or {@code null} when the timeline does not cover it. */
    public static Category categoryOn(List<CategorySegment> timeline, LocalDate day) {
        if (timeline == null || day == null) {
            return null;
        }
        for (CategorySegment segment : timeline) {
            if (segment.category() != null && segment.from() != null && segment.contains(day)) {
                return segment.category();
            }
        }
        return null;
    }
}
