package org.leavingcare.notification.rest.problem;

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
import org.leavingcare.notification.config.LimitsConfig;
import org.leavingcare.notification.limits.BodySizeLimit;
import org.leavingcare.notification.problem.ApiProblem;
import org.leavingcare.notification.problem.Problem;

import java.util.UUID;

/** Everything else that can go wrong in a request, each as problem+json. */
public class HttpProblemMappers {

    @jakarta.inject.Inject
    jakarta.enterprise.inject.Instance<LimitsConfig> limits;

    @jakarta.inject.Inject
    io.quarkus.vertx.http.runtime.CurrentVertxRequest vertxRequest;

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
     * The last resort: a 500 that says nothing about the data. Exception messages can quote rows
     * (names, dates of birth), so only the exception types are logged, with an id to find them.
     */
    /**
     * A body without Content-Length (chunked) that outgrew {@code quarkus.http.limits.max-body-size} while
     * being read: the same 413 problem as a declared one (never the last-resort 500, never an ERROR).
     */
    @ServerExceptionMapper
    public Response bodyTooLarge(java.io.IOException e) {
        if ("Request too large".equals(e.getMessage())) {
            if (vertxRequest.getCurrent() != null && vertxRequest.getCurrent().response().ended()) {
                // Quarkus has already answered its own bare 413 and closed the connection: nothing more to send
                return Response.status(413).build();
            }
            long max = limits.get().limits().maxBodySize().asLongValue();
            return new Problem("about:blank", "Content Too Large", 413, BodySizeLimit.detail(max), null,
                    java.util.List.of()).toResponse();
        }
        return unexpected(e);
    }

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
