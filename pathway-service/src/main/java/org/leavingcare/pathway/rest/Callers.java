package org.leavingcare.pathway.rest;

import io.quarkus.security.identity.SecurityIdentity;

/** Who is calling, for the audit columns: the token's subject. */
final class Callers {

    private Callers() {
    }

    static String of(SecurityIdentity identity) {
        String name = identity == null || identity.isAnonymous() ? "unknown" : identity.getPrincipal().getName();
        return name.length() > 64 ? name.substring(0, 64) : name;
    }
}
