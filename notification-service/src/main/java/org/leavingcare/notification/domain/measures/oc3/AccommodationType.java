package org.leavingcare.notification.domain.measures.oc3;

/** The letter of SSDA903 OC3 {@code ACCOM} (rules.md OC3-6; validator rule 133). */
public enum AccommodationType {
    B("With parents or relatives"),
    C("Community home or other form of residential care such as an NHS establishment"),
    D("Semi-independent, transitional accommodation and self-contained accommodation"),
    E("Supported lodgings"),
    G("Gone abroad"),
    H("Deported"),
    K("Ordinary lodgings, without formal support"),
    R("Residence not known"),
    S("No fixed abode or homeless"),
    T("Foyers and similar supported accommodation"),
    U("Independent living"),
    V("Emergency accommodation"),
    W("Bed and breakfast"),
    X("In custody"),
    Y("Other accommodation"),
    Z("With former foster carer(s)");

    private final String description;

    AccommodationType(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** S (no fixed abode) and X (custody) can only be unsuitable (rule 133 accepts S2 and X2, not S1 or X1). */
    public boolean canBeSuitable() {
        return this != S && this != X;
    }
}
