package org.leavingcare.platform.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Refuses a token whose subject is longer than {@value #MAX_SUBJECT} characters. The subject is
 * recorded as who did what (audit, "recorded by"), so it must fit those columns: a longer one is a
 * 401 from the start, never a 500 or a cut-down name in the audit trail.
 */
@ApplicationScoped
public class SubjectGuard implements SecurityIdentityAugmentor {

    /** The longest subject stored with a change; identity providers use ids or e-mail addresses. */
    public static final int MAX_SUBJECT = 64;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!identity.isAnonymous() && identity.getPrincipal().getName().length() > MAX_SUBJECT) {
            return Uni.createFrom().failure(new AuthenticationFailedException(
                    "token subject longer than " + MAX_SUBJECT + " characters"));
        }
        return Uni.createFrom().item(identity);
    }
}
