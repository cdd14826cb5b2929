package org.leavingcare.notification.domain.measures.oc3;

import java.util.Locale;
import java.util.Optional;

/**
 * SSDA903 OC3 {@code ACTIV} (rules.md OC3-5; validator rule 132). {@code 0} (not in touch, died or
 * returned home) is not an activity and parses to nothing. F3/P3 are the codes before apprenticeships
 * were split out (F4/P4, F5/P5): no longer valid in a return, still read so that older records are not
 * lost, and counted as in training or employment.
 */
public enum Activity {
    F1("Full time in higher education", true, false),
    P1("Part time in higher education", true, false),
    F2("Full time in education other than higher", true, false),
    P2("Part time in education other than higher", true, false),
    F4("Young person engaged full time in an apprenticeship", true, false),
    P4("Young person engaged part time in an apprenticeship", true, false),
    F5("Young person engaged full time in training or employment (not apprenticeship)", true, false),
    P5("Young person engaged part time in training or employment (not apprenticeship)", true, false),
    G4("Not in education, employment or training - illness or disability", false, false),
    G5("Not in education, employment or training - other", false, false),
    G6("Not in education, employment or training - pregnancy or parenting", false, false),
    F3("Full time in training or employment", true, true),
    P3("Part time in training or employment", true, true);

    private final String description;
    private final boolean inEducationEmploymentOrTraining;
    private final boolean legacy;

    Activity(String description, boolean eet, boolean legacy) {
        this.description = description;
        this.inEducationEmploymentOrTraining = eet;
        this.legacy = legacy;
    }

    public String description() {
        return description;
    }

    /** DfE's "in education, employment or training": F1, P1, F2, P2, F4, P4, F5, P5 (and the legacy F3, P3). */
    public boolean inEducationEmploymentOrTraining() {
        return inEducationEmploymentOrTraining;
    }

    /** Not in education, employment or training: G4, G5, G6. */
    public boolean neet() {
        return !inEducationEmploymentOrTraining;
    }

    /** A code no longer valid in a return (F3, P3). */
    public boolean legacy() {
        return legacy;
    }

    public static Optional<Activity> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String code = value.trim().toUpperCase(Locale.ROOT);
        for (Activity a : values()) {
            if (a.name().equals(code)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
