package org.leavingcare.notification.domain.measures.annexa;

/** Annex A "Gender" (every list; liia-tools Annex_A_schema.yml; SSD AnnexA v1.2.0). */
public enum AnnexAGender {
    MALE("a) Male"),
    FEMALE("b) Female"),
    NOT_STATED("c) Not stated/recorded"),
    NEITHER("d) Neither");

    private final String code;

    AnnexAGender(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
