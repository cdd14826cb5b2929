package org.leavingcare.pathway.domain.assessment;

/** The matters a needs assessment must take account of: CPPCR 2010 reg 42(2) (rules.md NA-2). */
public enum AssessmentSection {
    /** reg 42(2)(a): health (physical, emotional, mental) and development. */
    HEALTH_AND_DEVELOPMENT,
    /** reg 42(2)(b): continuing need for education, training or employment. */
    EDUCATION_TRAINING_EMPLOYMENT,
    /** reg 42(2)(ba): needs arising from asylum-seeking or trafficking status; required for a UASC. */
    ASYLUM_OR_TRAFFICKING_NEEDS,
    /** reg 42(2)(c): support available from parents and other connected persons. */
    FAMILY_AND_CONNECTED_PEOPLE,
    /** reg 42(2)(d): financial resources and capacity to manage personal finances. */
    FINANCES,
    /** reg 42(2)(e): practical and other skills for independent living. */
    INDEPENDENT_LIVING_SKILLS,
    /** reg 42(2)(f): need for continuing care, support and accommodation. */
    CONTINUING_CARE_SUPPORT_ACCOMMODATION,
    /** reg 42(2)(g): wishes and feelings of the young person (and parents, carer). */
    WISHES_AND_FEELINGS,
    /** reg 42(2)(h): views of education and training providers and others. */
    VIEWS_OF_OTHERS;

    /** The sections a completed assessment must have: all, the asylum one only for a UASC (reg 42(2)(ba)). */
    public static java.util.List<AssessmentSection> requiredFor(boolean uasc) {
        return java.util.Arrays.stream(values()).filter(s -> uasc || s != ASYLUM_OR_TRAFFICKING_NEEDS).toList();
    }

    /** The required sections not among {@code present}, in the order of reg 42(2). */
    public static java.util.List<AssessmentSection> missingFrom(boolean uasc, java.util.Collection<AssessmentSection> present) {
        return requiredFor(uasc).stream().filter(s -> !present.contains(s)).toList();
    }
}
