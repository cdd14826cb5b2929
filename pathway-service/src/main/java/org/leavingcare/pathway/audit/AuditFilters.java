package org.leavingcare.pathway.audit;

import io.quarkus.logging.Log;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.leavingcare.pathway.access.Caller;
import org.leavingcare.pathway.problem.ApiProblem;
import org.leavingcare.pathway.problem.Problem;

import java.lang.reflect.Method;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The correlation id of every request, and the audit row of every audited request the write path did not
 * already record (reads, lists, refused and failed requests), with the outcome taken from the final status.
 */
public class AuditFilters {

    public static final String CORRELATION_ID = "X-Correlation-Id";
    public static final String ACCESS_REASON = "X-Access-Reason";
    public static final String ON_BEHALF_OF = "X-On-Behalf-Of";
    static final Pattern CORRELATION = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    static final Pattern CASE_REF = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    static final Pattern ON_BEHALF = Pattern.compile("[A-Za-z0-9._@:-]{1,64}");
    static final int MAX_REASON = 200;

    @Inject
    AuditContext context;

    @Inject
    AuditLog log;

    @Inject
    CurrentIdentityAssociation identities;

    /** The request's correlation id: the caller's if well-formed, else a new one; in every log line. */
    @ServerRequestFilter(preMatching = true, priority = 10)
    public void correlation(ContainerRequestContext request) {
        String given = request.getHeaderString(CORRELATION_ID);
        String id = given != null && CORRELATION.matcher(given).matches() ? given : UUID.randomUUID().toString();
        context.correlationId(id);
        MDC.put("correlationId", id);
    }

    /**
     * Names the operation before the resource method runs, so that its write can record itself; refuses a malformed
     * {@code X-Access-Reason} (from anyone) or {@code X-On-Behalf-Of} (from a service; ignored from anyone else).
     */
    @ServerRequestFilter
    public Uni<Response> describe(ContainerRequestContext request, ResourceInfo resource) {
        describe(request, resource.getResourceMethod());
        String reason = request.getHeaderString(ACCESS_REASON);
        if (reason != null && !reason.isBlank() && !validReason(reason)) {
            return Uni.createFrom().item(ApiProblem.badRequest(ACCESS_REASON,
                    "must be at most " + MAX_REASON + " characters of text").problem().toResponse());
        }
        String onBehalfOf = request.getHeaderString(ON_BEHALF_OF);
        if (onBehalfOf == null || ON_BEHALF.matcher(onBehalfOf).matches()) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity().onFailure().recoverWithNull().map(identity ->
                identity != null && !identity.isAnonymous() && identity.hasRole("service")
                        ? ApiProblem.badRequest(ON_BEHALF_OF, "must be 1 to 64 letters, digits or . _ @ : -")
                        .problem().toResponse()
                        : null);
    }

    static boolean validReason(String reason) {
        return reason.length() <= MAX_REASON && reason.chars().noneMatch(Character::isISOControl);
    }

    private void describe(ContainerRequestContext request, Method method) {
        Audited audited = method == null ? null : method.getAnnotation(Audited.class);
        if (audited == null || context.audited()) {
            return;
        }
        String reason = request.getHeaderString(ACCESS_REASON);
        if (reason != null && (reason.isBlank() || !validReason(reason))) {
            // blank is absent; anything else invalid was answered 400 above
            reason = null;
        }
        String onBehalfOf = request.getHeaderString(ON_BEHALF_OF);
        if (onBehalfOf != null && !ON_BEHALF.matcher(onBehalfOf).matches()) {
            onBehalfOf = null;
        }
        String path = request.getUriInfo().getPath();
        context.request(audited.value(), audited.skipEmpty(), audited.creates(), request.getMethod(),
                path.length() > 500 ? path.substring(0, 500) : path, reason, onBehalfOf);
    }

    @ServerResponseFilter
    public Uni<Void> record(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
        String id = context.correlationId() == null ? UUID.randomUUID().toString() : context.correlationId();
        response.getHeaders().putSingle(CORRELATION_ID, id);
        describe(request, resource == null ? null : resource.getResourceMethod());
        int status = response.getStatus();
        boolean success = status < 400;
        if (!context.audited() || status == 401 || (success && context.writeRecorded())) {
            return Uni.createFrom().voidItem();
        }
        List<String> caseRefs = context.caseRefs();
        if (caseRefs.isEmpty()) {
            if (success && context.skipEmpty()) {
                return Uni.createFrom().voidItem();
            }
            String pathCaseRef = request.getUriInfo().getPathParameters().getFirst("caseRef");
            if (pathCaseRef != null && CASE_REF.matcher(pathCaseRef).matches()) {
                caseRefs = List.of(pathCaseRef);
            }
        }
        List<String> touched = caseRefs;
        return identities.getDeferredIdentity().onFailure().recoverWithNull().chain(identity -> {
            if (identity == null || identity.isAnonymous()) {
                return Uni.createFrom().voidItem();
            }
            AuditLog.Access access = log.capture(Caller.of(identity), id, touched);
            if (BlockingOperationControl.isBlockingAllowed()) {
                recordOrFailClosed(access, status, response, id);
                return Uni.createFrom().voidItem();
            }
            return Uni.createFrom().item(() -> {
                recordOrFailClosed(access, status, response, id);
                return 0;
            }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool()).replaceWithVoid();
        });
    }

    /**
     * Records the access; if that fails, a successful response is replaced by a 503 (the data is not shown
     * unrecorded), a refused or failed one is sent as it is. Never a 500; only the exception's class is logged.
     */
    private void recordOrFailClosed(AuditLog.Access access, int status, ContainerResponseContext response, String id) {
        try {
            log.recordAfter(access, status);
        } catch (RuntimeException e) {
            Log.warnf("Audit row not recorded (%s), correlation id %s%s", e.getClass().getName(), id,
                    status < 400 ? "; answered 503 instead" : "");
            if (status < 400) {
                unavailable(response);
            }
        }
    }

    /** Replaces the response by the 503 of an access that could not be recorded. */
    static void unavailable(ContainerResponseContext response) {
        for (String header : List.of(HttpHeaders.ETAG, HttpHeaders.LOCATION, HttpHeaders.CONTENT_LOCATION,
                HttpHeaders.LAST_MODIFIED, HttpHeaders.CONTENT_LENGTH)) {
            response.getHeaders().remove(header);
        }
        response.setStatus(503);
        response.setEntity(UNAVAILABLE, null, Problem.MEDIA);
    }

    /** The body of that 503, written by hand: no serialiser can fail here. */
    static final String UNAVAILABLE = "{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
            + "\"detail\":\"" + AuditUnavailable.DETAIL + "\"}";
}
