package org.leavingcare.pathway.rest;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling, for the audit columns: the token's subject. {@code SubjectGuard} refuses a token
 * whose subject would not fit those columns, so it is stored whole.
 */
final class Callers {

    private Callers() {
    }

    static String of(SecurityIdentity identity) {
        return identity == null || identity.isAnonymous() ? "unknown" : identity.getPrincipal().getName();
    }
}
