package org.leavingcare.leaver.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Test shorthand for a category timeline: {@code ELIGIBLE:2026-05-14:2028-05-14;FORMER_RELEVANT:2028-05-14:}. */
final class Timelines {

    private Timelines() {
    }

    static List<CategorySegment> parse(String text) {
        List<CategorySegment> segments = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return segments;
        }
        for (String part : text.split(";")) {
            String[] fields = part.split(":", -1);
            segments.add(new CategorySegment(Category.valueOf(fields[0].trim()), LocalDate.parse(fields[1].trim()),
                    fields[2].isBlank() ? null : LocalDate.parse(fields[2].trim())));
        }
        return segments;
    }

    static YoungPersonFacts facts(LocalDate dateOfBirth, boolean complexNeeds, boolean disabled, boolean uasc,
                                  String timeline) {
        return new YoungPersonFacts(dateOfBirth, "north", disabled, uasc, complexNeeds, false, false, List.of(),
                parse(timeline));
    }
}
