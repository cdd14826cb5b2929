package org.leavingcare.pathway.service;

import org.leavingcare.pathway.problem.FieldViolation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/** What makes a list of care episodes possible: SSDA903 codes, dates in order, no overlaps. */
public final class CareEpisodeRules {

    /** SSDA903 LS. */
    static final Set<String> LEGAL_STATUS = Set.of("C1", "C2", "D1", "E1", "J1", "J2", "J3", "L1", "L2", "L3", "V2", "V3", "V4");

    /** SSDA903 REC. */
    static final Set<String> REASON_CEASED = Set.of("E11", "E12", "E13", "E14", "E15", "E16", "E17", "E2", "E3", "E4A",
            "E4B", "E41", "E45", "E46", "E47", "E48", "E5", "E6", "E7", "E8", "E9", "X1");

    /** SSDA903 PLACE. */
    static final Set<String> PLACEMENT_TYPE = Set.of("A3", "A4", "A5", "A6", "H5", "K1", "K2", "K3", "P1", "P2", "P3",
            "R1", "R2", "R3", "R5", "S1", "T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z1");

    private CareEpisodeRules() {
    }

    /** Every rule the list breaks, each naming {@code episodes[i].field}; empty if it is possible. */
    public static List<FieldViolation> check(List<RecordedEpisode> episodes, LocalDate dateOfBirth, LocalDate today) {
        List<FieldViolation> violations = new ArrayList<>();
        for (int i = 0; i < episodes.size(); i++) {
            RecordedEpisode e = episodes.get(i);
            String at = "episodes[" + i + "].";
            if (!LEGAL_STATUS.contains(e.legalStatus())) {
                violations.add(new FieldViolation(at + "legalStatus", "must be an SSDA903 legal status: " + sorted(LEGAL_STATUS)));
            }
            if (e.placementType() != null && !PLACEMENT_TYPE.contains(e.placementType())) {
                violations.add(new FieldViolation(at + "placementType", "must be an SSDA903 placement type: " + sorted(PLACEMENT_TYPE)));
            }
            if (e.reasonCeased() != null && !REASON_CEASED.contains(e.reasonCeased())) {
                violations.add(new FieldViolation(at + "reasonCeased", "must be an SSDA903 reason ceased: " + sorted(REASON_CEASED)));
            }
            if (e.reasonCeased() != null && e.end() == null) {
                violations.add(new FieldViolation(at + "reasonCeased", "is only allowed on an episode with an end"));
            }
            if (e.start().isBefore(dateOfBirth)) {
                violations.add(new FieldViolation(at + "start", "must not be before the date of birth"));
            }
            if (e.start().isAfter(today)) {
                violations.add(new FieldViolation(at + "start", "must not be in the future"));
            }
            if (e.end() != null && e.end().isBefore(e.start())) {
                violations.add(new FieldViolation(at + "end", "must not be before start"));
            }
            if (e.end() != null && e.end().isAfter(today)) {
                violations.add(new FieldViolation(at + "end", "must not be in the future"));
            }
        }
        List<Integer> byStart = IntStream.range(0, episodes.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> episodes.get(i).start()).thenComparing(i -> i)).toList();
        for (int k = 1; k < byStart.size(); k++) {
            RecordedEpisode earlier = episodes.get(byStart.get(k - 1));
            RecordedEpisode later = episodes.get(byStart.get(k));
            if (earlier.end() == null || earlier.end().isAfter(later.start())) {
                violations.add(new FieldViolation("episodes[" + byStart.get(k) + "].start",
                        "overlaps episodes[" + byStart.get(k - 1) + "]"));
            }
        }
        return violations;
    }

    private static String sorted(Set<String> codes) {
        return String.join(" ", codes.stream().sorted().toList());
    }
}
