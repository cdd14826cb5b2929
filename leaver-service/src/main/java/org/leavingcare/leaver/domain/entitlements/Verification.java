package org.leavingcare.leaver.domain.entitlements;

/** How far a rule was checked, as rules.md tags it. Declared from the strongest to the weakest. */
public enum Verification {
    /** [V] The stored primary text (legislation, official guidance) was read. */
    V,
    /** [S] Taken from a secondary source consistent with the primary one, which was not read directly. */
    S,
    /** [U] Not confirmed in the stored sources: check the current legislation.gov.uk or DfE text. */
    U,
    /** [L] Local-authority policy, never law: only a council's local offer carries it. */
    L;

    /** The weaker of the two. */
    public Verification weaker(Verification other) {
        return other == null || compareTo(other) >= 0 ? this : other;
    }
}
