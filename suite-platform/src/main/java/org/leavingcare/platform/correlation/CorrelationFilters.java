package org.leavingcare.platform.correlation;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Sets the request's correlation id before anything else runs, and echoes it on every response. */
public class CorrelationFilters {

    @Inject
    RequestCorrelation correlation;

    @ServerRequestFilter(preMatching = true, priority = 10)
    public void begin(ContainerRequestContext request) {
        String id = CorrelationIds.accept(request.getHeaderString(CorrelationIds.HEADER));
        correlation.id(id);
        MDC.put(CorrelationIds.MDC_KEY, id);
    }

    @ServerResponseFilter(priority = 10)
    public void echo(ContainerResponseContext response, HttpServerRequest request) {
        String id = correlation.id();
        response.getHeaders().putSingle(CorrelationIds.HEADER, id != null ? id
                : CorrelationIds.accept(request.getHeader(CorrelationIds.HEADER)));
    }
}
