package org.leavingcare.notification.audit;

import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.leavingcare.notification.problem.Problem;

/** A write whose own audit row could not be written is rolled back and answered 503, never a 500. */
public class AuditProblemMapper {

    @ServerExceptionMapper
    public Response auditUnavailable(AuditUnavailableException e) {
        return new Problem("about:blank", "Service Unavailable", 503, AuditFilter.UNAVAILABLE, null,
                java.util.List.of()).toResponse();
    }
}
