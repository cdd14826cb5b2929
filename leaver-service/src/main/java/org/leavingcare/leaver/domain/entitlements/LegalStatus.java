package org.leavingcare.leaver.domain.entitlements;

/** Whether a catalogue item is law today. */
public enum LegalStatus {
    IN_FORCE,
    /**
     * Enacted or announced but not shown as in force (for example Children's Wellbeing and Schools Act 2026
     * s7, staying close). Applies only from a commencement date the catalogue or configuration gives it.
     */
    NOT_YET_IN_FORCE
}
