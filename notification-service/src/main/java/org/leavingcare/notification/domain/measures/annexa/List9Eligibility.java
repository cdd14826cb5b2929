package org.leavingcare.notification.domain.measures.annexa;

/** Annex A List 9 "Eligibility Category" (liia-tools Annex_A_schema.yml; SSD AnnexA v1.2.0). */
public enum List9Eligibility {
    RELEVANT("a) Relevant child"),
    FORMER_RELEVANT("b) Former relevant child"),
    QUALIFYING("c) Qualifying care leaver"),
    ELIGIBLE("d) Eligible child");

    private final String code;

    List9Eligibility(String code) {
        this.code = code;
    }

    /** The value as Annex A writes it. */
    public String code() {
        return code;
    }
}
