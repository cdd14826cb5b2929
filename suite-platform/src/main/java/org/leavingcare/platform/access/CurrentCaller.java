package org.leavingcare.platform.access;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.leavingcare.platform.config.PlatformConfig;

/** The caller of the current request, or the service itself outside a request (background work). */
@ApplicationScoped
public class CurrentCaller {

    @Inject
    SecurityIdentity identity;

    @Inject
    PlatformConfig config;

    public Caller get() {
        if (!Arc.container().requestContext().isActive()) {
            return Caller.system(config.serviceName());
        }
        return Caller.of(identity, config.serviceName());
    }

    /** The service's own background caller. */
    public Caller system() {
        return Caller.system(config.serviceName());
    }
}
