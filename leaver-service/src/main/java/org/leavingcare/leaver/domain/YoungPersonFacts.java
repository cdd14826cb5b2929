package org.leavingcare.leaver.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What the policy needs to know about a young person: pathway-service's facts (date of birth, team,
 * flags, category timeline) and leaver-service's own (custody, parenthood, languages).
 */
public record YoungPersonFacts(LocalDate dateOfBirth, String team, boolean disabled, boolean uasc,
                               boolean complexNeeds, boolean inCustody, boolean parent, List<String> languages,
                               List<CategorySegment> timeline) {

    public YoungPersonFacts {
        languages = languages == null ? List.of() : List.copyOf(languages);
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
    }
}
