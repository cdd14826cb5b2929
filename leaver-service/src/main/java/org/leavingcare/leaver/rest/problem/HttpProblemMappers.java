package org.leavingcare.leaver.rest.problem;

import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.leavingcare.leaver.problem.ApiProblem;
import org.leavingcare.leaver.problem.Problem;

import java.util.UUID;

/** Everything else that can go wrong in a request, each as problem+json. */
public class HttpProblemMappers {

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem e) {
        return e.problem().toResponse();
    }

    /** A write whose audit row could not be written: rolled back, and nothing shown (fail closed). */
    @ServerExceptionMapper
    public Response auditUnavailable(org.leavingcare.leaver.audit.AuditUnavailable e) {
        Log.errorf("the audit row of a write could not be written (%s), correlation id %s",
                e.getCause() == null ? e.getClass().getName() : e.getCause().getClass().getName(),
                org.leavingcare.leaver.audit.CorrelationIds.current());
        return Problem.ofStatus(503, org.leavingcare.leaver.audit.AuditUnavailable.DETAIL).toResponse();
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e) {
        return unauthenticated("A valid bearer token is required");
    }

    @ServerExceptionMapper
    public Response badToken(AuthenticationFailedException e) {
        return unauthenticated("The bearer token is missing, expired or not signed by a trusted issuer");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problem.of(Response.Status.FORBIDDEN, Problem.FORBIDDEN,
                "Your role does not allow this operation").toResponse();
    }

    @ServerExceptionMapper
    public Response staleWrite(OptimisticLockException e) {
        return Problem.of(Response.Status.PRECONDITION_FAILED, Problem.PRECONDITION_FAILED,
                "The record was changed by someone else; read it again and retry").toResponse();
    }

    @ServerExceptionMapper
    public Response unsupportedMediaType(NotSupportedException e) {
        return Problem.ofStatus(415, "Send the body as application/json").toResponse();
    }

    @ServerExceptionMapper
    public Response methodNotAllowed(NotAllowedException e) {
        Response problem = Problem.ofStatus(405, "This method is not allowed on this resource").toResponse();
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        return allow == null ? problem : Response.fromResponse(problem).header(HttpHeaders.ALLOW, allow).build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof com.fasterxml.jackson.core.JsonProcessingException json) {
            // the JSON reader wraps some parse errors in a plain 400
            return RequestBodyProblemMappers.forJson(json);
        }
        String detail = switch (status) {
            case 404 -> "No resource at this path";
            case 406 -> "This resource answers in application/json only";
            default -> e.getMessage();
        };
        return Problem.ofStatus(status, detail).toResponse();
    }

    /**
     * A body sent without a length that grew past {@code quarkus.http.limits.max-body-size}: Vert.x has
     * already answered 413 and closed the connection; this keeps it a 413 (and out of the error log).
     * Any other failure to read the body is the last resort's.
     */
    @ServerExceptionMapper
    public Response unreadableBody(java.io.IOException e) {
        io.vertx.ext.web.RoutingContext rc = vertxRequest.getCurrent();
        if (rc != null && rc.response().getStatusCode() == 413) {
            Log.debug("a request body without a length was larger than the limit (413)");
            if (rc.response().ended()) {
                // Vert.x has answered already: nothing more to write
                return Response.status(413).build();
            }
            return org.leavingcare.leaver.limits.RequestLimits.tooLarge(suite.limits().maxBodySize().asLongValue())
                    .toResponse();
        }
        return unexpected(e);
    }

    @jakarta.inject.Inject
    io.quarkus.vertx.http.runtime.CurrentVertxRequest vertxRequest;

    @jakarta.inject.Inject
    org.leavingcare.leaver.config.SuiteConfig suite;

    /**
     * The last resort: a 500 that says nothing about the data. Exception messages can quote rows
     * (names, dates of birth), so only the exception types are logged, with an id to find them.
     */
    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        String errorId = UUID.randomUUID().toString();
        StringBuilder chain = new StringBuilder();
        for (Throwable t = e; t != null && chain.length() < 500; t = t.getCause()) {
            chain.append(chain.isEmpty() ? "" : " <- ").append(t.getClass().getName());
            StackTraceElement[] frames = t.getStackTrace();
            if (frames.length > 0) {
                chain.append(" at ").append(frames[0]);
            }
        }
        Log.errorf("Unexpected error %s: %s", errorId, chain);
        return new Problem(Problem.INTERNAL, "Internal Server Error", 500,
                "Something went wrong on our side; quote error id " + errorId, null, java.util.List.of())
                .toResponse();
    }

    static Response unauthenticated(String detail) {
        return Response.fromResponse(Problem.of(Response.Status.UNAUTHORIZED, Problem.UNAUTHENTICATED, detail)
                .toResponse()).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }
}
