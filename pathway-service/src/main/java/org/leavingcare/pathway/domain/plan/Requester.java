package org.leavingcare.pathway.domain.plan;

/** Who asked for a review (PP-6: the council cannot refuse the young person's request). */
public enum Requester {
    YOUNG_PERSON, PERSONAL_ADVISER, LOCAL_AUTHORITY
}
