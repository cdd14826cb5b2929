package org.leavingcare.notification.domain.measures.oc3;

import java.util.Optional;

/** SSDA903 OC3 {@code IN_TOUCH} (rules.md OC3-4; validator rule 131). */
public enum InTouch {
    YES("Yes - in touch"),
    NO("No - not in touch"),
    DIED("Died after leaving care"),
    REFU("Young person refuses contact"),
    NREQ("Young person no longer requires children's social care services"),
    RHOM("Young person returned to live with parents or someone with parental responsibility for a continuous period of 6 months or more");

    private final String description;

    InTouch(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The code for a return's value (trimmed, any case); empty for anything else. */
    public static Optional<InTouch> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String code = value.trim().toUpperCase(java.util.Locale.ROOT);
        for (InTouch t : values()) {
            if (t.name().equals(code)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
