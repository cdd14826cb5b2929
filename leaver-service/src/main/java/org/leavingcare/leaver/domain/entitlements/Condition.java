package org.leavingcare.leaver.domain.entitlements;

/**
 * A fact about a young person, other than category and age, that an entitlement can depend on. The JSON
 * name is what the catalogue and a council's local offer write in an eligibility route's {@code conditions}.
 */
public enum Condition {
    DISABLED("disabled"),
    /** Has an education, health and care plan (Children and Families Act 2014 s37). */
    EHC_PLAN("ehcPlan"),
    /** Came to the UK as an unaccompanied or separated child (UASC-1). */
    UASC("uasc"),
    /** Appeal rights exhausted, or otherwise in a Nationality, Immigration and Asylum Act 2002 Sch 3 group. */
    APPEAL_RIGHTS_EXHAUSTED("appealRightsExhausted"),
    /** Lives with a local-authority foster carer, or after 18 with that former foster carer (CA 1989 s23CZA). */
    LIVING_WITH_FOSTER_CARER("livingWithFosterCarer"),
    /** Pursues a programme of education or training set out in the pathway plan. */
    IN_EDUCATION_OR_TRAINING("inEducationOrTraining"),
    /** In full-time further or higher education (CA 1989 s24B(5): vacation accommodation). */
    IN_FULL_TIME_FURTHER_OR_HIGHER_EDUCATION("inFullTimeFurtherOrHigherEducation"),
    /** Pursues higher education in accordance with the pathway plan (CA 1989 s23C(5A)). */
    IN_HIGHER_EDUCATION("inHigherEducation"),
    /** Has told the council, after 21 and before 25, that they want a personal adviser (CA 1989 s23CZB(2)). */
    REQUESTED_ADVISER_AFTER_21("requestedAdviserAfter21"),
    /** Has told the council they are pursuing, or want to pursue, education or training (CA 1989 s23CA(1)). */
    TOLD_COUNCIL_RETURNING_TO_EDUCATION("toldCouncilReturningToEducation");

    private final String jsonName;

    Condition(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    /** The condition with this JSON name, or {@code null}. */
    public static Condition ofJsonName(String name) {
        for (Condition c : values()) {
            if (c.jsonName.equals(name)) {
                return c;
            }
        }
        return null;
    }
}
