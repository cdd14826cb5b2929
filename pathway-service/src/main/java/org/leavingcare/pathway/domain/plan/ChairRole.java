package org.leavingcare.pathway.domain.plan;

/** Who chaired a review of the plan (PP-5). */
public enum ChairRole {
    IRO, PERSONAL_ADVISER, SOCIAL_WORKER, MANAGER
}
