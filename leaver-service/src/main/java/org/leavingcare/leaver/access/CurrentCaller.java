package org.leavingcare.leaver.access;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** The caller of the current request and their scope, built once per request. */
@RequestScoped
public class CurrentCaller {

    @Inject
    SecurityIdentity identity;

    private Caller caller;
    private Scope scope;

    public Caller caller() {
        if (caller == null) {
            caller = Caller.of(identity);
        }
        return caller;
    }

    public Scope scope() {
        if (scope == null) {
            scope = Scope.of(caller());
        }
        return scope;
    }
}
