package org.leavingcare.pathway.domain.plan;

/**
 * The statutory contents of a pathway plan: CPPCR 2010 Schedule 8 (eligible children) and Care Leavers (England)
 * Regulations 2010 Schedule 1 (relevant and former relevant), rules.md PP-2, PP-3.
 */
public enum PlanSection {
    /** Nature and level of contact and personal support, and by whom. */
    CONTACT_AND_SUPPORT,
    /** Education or training. */
    EDUCATION_TRAINING,
    /** Employment or other purposeful activity. */
    EMPLOYMENT_PURPOSEFUL_ACTIVITY,
    /** Accommodation, with a judgement of its suitability (PP-8). */
    ACCOMMODATION,
    /** Family and social relationships. */
    FAMILY_SOCIAL_RELATIONSHIPS,
    /** Practical and other independent-living skills. */
    INDEPENDENT_LIVING_SKILLS,
    /** Financial support, especially for accommodation and maintenance. */
    FINANCES,
    /** Health, including emotional and mental health. */
    HEALTH,
    /** Identity: religion, racial origin, culture, language. */
    IDENTITY,
    /** Contingency plans if the plan stops being effective. */
    CONTINGENCY
}
