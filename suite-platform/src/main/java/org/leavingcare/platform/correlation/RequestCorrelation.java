package org.leavingcare.platform.correlation;

import jakarta.enterprise.context.RequestScoped;

/** The current request's correlation id, wherever the request's work runs (the logging context may not follow). */
@RequestScoped
public class RequestCorrelation {

    private String id;

    public String id() {
        return id;
    }

    public void id(String id) {
        this.id = id;
    }
}
