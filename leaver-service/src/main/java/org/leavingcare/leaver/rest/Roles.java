package org.leavingcare.leaver.rest;

/** Who may do what. */
final class Roles {

    static final String SOCIAL_WORKER = "social-worker";
    static final String PERSONAL_ADVISER = "personal-adviser";
    static final String MANAGER = "manager";
    static final String IRO = "iro";
    static final String INTEGRATION = "integration";
    static final String SERVICE = "service";

    /** The case reference of the case-management system: letters, digits, - and _, at most 64. */
    static final String CASE_REF = "[A-Za-z0-9_-]{1,64}";
    static final String CASE_REF_MESSAGE = "must be 1 to 64 letters, digits, - or _";

    /** The largest page a user may ask for (docs/access-and-audit.md); feed pages go to 500. */
    static final int MAX_PAGE = 200;

    private Roles() {
    }
}
