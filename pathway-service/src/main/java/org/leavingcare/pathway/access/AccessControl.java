package org.leavingcare.pathway.access;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The current caller, and {@link Scope} as SQL conditions for lists. Whether one young person is in scope is
 * checked where the record is read ({@code service/YoungPersonAccess}).
 */
@ApplicationScoped
public class AccessControl {

    @Inject
    SecurityIdentity identity;

    /** The current request's caller; the service itself outside a request. */
    public Caller caller() {
        if (!Arc.container().requestContext().isActive()) {
            return Caller.SYSTEM;
        }
        return Caller.of(identity);
    }

    /** The scope condition for the current caller over young person rows aliased {@code alias}. */
    public Scope.Sql sql(String alias) {
        return Scope.sql(caller(), alias);
    }
}
