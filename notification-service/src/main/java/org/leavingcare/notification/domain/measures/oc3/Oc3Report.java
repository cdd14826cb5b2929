package org.leavingcare.notification.domain.measures.oc3;

import java.util.Map;
import java.util.List;

/**
 * The indicators by band (17-18, 19-21) and by single age (17 to 21), the records left out and why, and
 * the validator issues found.
 */
public record Oc3Report(Map<AgeBand, Oc3Tally> bands, Map<Integer, Oc3Tally> ages, Map<Oc3Exclusion, Integer> excluded,
                        List<Oc3Issue> issues) {

    public Oc3Report {
        bands = Map.copyOf(bands);
        ages = Map.copyOf(ages);
        excluded = Map.copyOf(excluded);
        issues = List.copyOf(issues);
    }
}
