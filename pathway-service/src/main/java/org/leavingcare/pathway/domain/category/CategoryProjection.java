package org.leavingcare.pathway.domain.category;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The care-leaver category over time if nothing else is recorded: contiguous segments from the first day
 * looked after (or the 16th birthday if never), the last one open-ended.
 *
 * @param timeline        contiguous segments, in order
 * @param eligibilityDate the first day the young person is an eligible child, or {@code null} if never
 */
public record CategoryProjection(List<CategorySegment> timeline, LocalDate eligibilityDate) {

    public CategoryProjection {
        timeline = List.copyOf(timeline);
    }

    /** The segment holding {@code day}, empty before the timeline starts. */
    public Optional<CategorySegment> segmentOn(LocalDate day) {
        return timeline.stream().filter(s -> s.contains(day)).findFirst();
    }

    /** The category on {@code day}; before the timeline starts the young person is not (yet) a care leaver. */
    public CareLeaverCategory categoryOn(LocalDate day) {
        return segmentOn(day).map(CategorySegment::category).orElse(CareLeaverCategory.NOT_A_CARE_LEAVER);
    }
}
