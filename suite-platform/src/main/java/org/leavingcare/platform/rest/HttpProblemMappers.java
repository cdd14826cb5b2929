package org.leavingcare.platform.rest;

import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.leavingcare.platform.audit.AuditUnavailable;
import org.leavingcare.platform.config.PlatformConfig;
import org.leavingcare.platform.correlation.CorrelationIds;
import org.leavingcare.platform.limits.BodySizeLimit;
import org.leavingcare.platform.problem.ApiProblem;
import org.leavingcare.platform.problem.Problem;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

/** Everything else that can go wrong in a request, each as problem+json. */
public class HttpProblemMappers {

    @Inject
    CurrentVertxRequest vertxRequest;

    @Inject
    PlatformConfig config;

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem e) {
        return e.problem().toResponse();
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

    /** Two writers creating the same thing at once (e.g. the same case reference): the loser is told to retry. */
    @ServerExceptionMapper
    public Response concurrentCreate(org.hibernate.exception.ConstraintViolationException e) {
        Log.infof("Refused a write that broke constraint %s", e.getConstraintName());
        return Problem.of(Response.Status.CONFLICT, Problem.CONFLICT,
                "Someone else wrote the same record at the same time; read it again and retry").toResponse();
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
            case 406 -> "This resource does not answer in the media type asked for (Accept)";
            default -> e.getMessage();
        };
        return Problem.ofStatus(status, detail).toResponse();
    }

    /** A write whose audit row could not be written was rolled back (fail closed, docs/access-and-audit.md). */
    @ServerExceptionMapper
    public Response auditUnavailable(AuditUnavailable e) {
        Log.warnf("Write refused: %s, correlation id %s", e.getMessage(), CorrelationIds.current());
        return Response.fromResponse(Problem.ofStatus(503, AuditUnavailable.WRITE_DETAIL).toResponse())
                .header("Retry-After", "5").build();
    }

    /**
     * A body sent without a length that grew past {@code quarkus.http.limits.max-body-size}: Vert.x has already
     * answered 413 and closed the connection, and reading the rest fails. That stays a 413, out of the error log.
     * Any other failure to read the body is the last resort's.
     */
    @ServerExceptionMapper
    public Response unreadableBody(IOException e) {
        RoutingContext current = vertxRequest.getCurrent();
        if (current != null && current.response().getStatusCode() == 413) {
            Log.debug("A request body without a length was larger than the limit (413)");
            if (current.response().ended()) {
                return Response.status(413).build();
            }
            return BodySizeLimit.problem(config.limits().maxBodySize().asLongValue()).toResponse();
        }
        return unexpected(e);
    }

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
                "Something went wrong on our side; quote error id " + errorId, null, List.of())
                .toResponse();
    }

    static Response unauthenticated(String detail) {
        return Response.fromResponse(Problem.of(Response.Status.UNAUTHORIZED, Problem.UNAUTHENTICATED, detail)
                .toResponse()).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }
}
