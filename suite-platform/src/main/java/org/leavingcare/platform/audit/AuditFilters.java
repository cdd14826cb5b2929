package org.leavingcare.platform.audit;

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
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.leavingcare.platform.access.Caller;
import org.leavingcare.platform.config.PlatformConfig;
import org.leavingcare.platform.correlation.CorrelationIds;
import org.leavingcare.platform.correlation.RequestCorrelation;
import org.leavingcare.platform.json.TextRules;
import org.leavingcare.platform.problem.ApiProblem;
import org.leavingcare.platform.problem.Problem;

import java.lang.reflect.Method;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The audit row of every {@link Audited} request that the write path did not already record (reads, lists,
 * refused and failed requests), with the outcome taken from the final status. Requests without an identity
 * (401) are not audited: there is no one to record.
 *
 * <p>Fails closed (docs/access-and-audit.md): if the row of a successful request cannot be written, the client
 * gets a 503 problem instead of the data; a refused or failed request keeps its answer. Only the exception's
 * class name and the correlation id are logged.
 *
 * <p>Headers: {@code X-Access-Reason} blank means none; longer than {@value #MAX_REASON} characters or holding
 * a control character is a 400 naming the header. {@code X-On-Behalf-Of} is read only from callers with the
 * role {@code service} (from anyone else it is ignored); from a service, a value that is not
 * {@code [A-Za-z0-9._@:-]{1,64}} is a 400 naming the header.
 */
public class AuditFilters {

    public static final String ACCESS_REASON = "X-Access-Reason";
    public static final String ON_BEHALF_OF = "X-On-Behalf-Of";
    static final Pattern CASE_REF = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    static final Pattern ON_BEHALF = Pattern.compile("[A-Za-z0-9._@:-]{1,64}");
    static final int MAX_REASON = 200;
    static final int MAX_RESOURCE = 500;

    @Inject
    AuditContext context;

    @Inject
    AuditLog log;

    @Inject
    RequestCorrelation correlation;

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    PlatformConfig config;

    /**
     * Names the operation before the resource method runs, so that its write can record itself; refuses a malformed
     * {@code X-Access-Reason} (from anyone) or {@code X-On-Behalf-Of} (from a service; ignored from anyone else).
     */
    @ServerRequestFilter
    public Uni<Response> describe(ContainerRequestContext request, ResourceInfo resource) {
        describe(request, resource.getResourceMethod());
        String reasonProblem = reasonProblem(request.getHeaderString(ACCESS_REASON));
        if (reasonProblem != null) {
            return Uni.createFrom().item(ApiProblem.badRequest(ACCESS_REASON, reasonProblem).problem().toResponse());
        }
        String onBehalfOf = request.getHeaderString(ON_BEHALF_OF);
        if (onBehalfOf == null || onBehalfOf.isBlank() || ON_BEHALF.matcher(onBehalfOf).matches()) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity().onFailure().recoverWithNull().map(identity ->
                identity != null && !identity.isAnonymous() && identity.hasRole(Caller.SERVICE)
                        ? ApiProblem.badRequest(ON_BEHALF_OF, "must be 1 to 64 letters, digits or . _ @ : -")
                        .problem().toResponse()
                        : null);
    }

    /** Why an {@code X-Access-Reason} is refused, or null if it is acceptable (or absent, or blank). */
    static String reasonProblem(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        if (reason.length() > MAX_REASON) {
            return "must be at most " + MAX_REASON + " characters";
        }
        if (!TextRules.acceptableLine(reason)) {
            return "must not contain control characters";
        }
        return null;
    }

    private void describe(ContainerRequestContext request, Method method) {
        Audited audited = method == null ? null : method.getAnnotation(Audited.class);
        if (audited == null || context.audited()) {
            return;
        }
        String reason = request.getHeaderString(ACCESS_REASON);
        if (reason != null && (reason.isBlank() || reasonProblem(reason) != null)) {
            // blank is absent; anything else invalid was answered 400
            reason = null;
        }
        String onBehalfOf = request.getHeaderString(ON_BEHALF_OF);
        if (onBehalfOf != null && !ON_BEHALF.matcher(onBehalfOf).matches()) {
            onBehalfOf = null;
        }
        context.request(audited.value(), audited.skipEmpty(), audited.creates(), request.getMethod(),
                resource(request), reason, onBehalfOf);
    }

    /** The path as the trail stores it: at most {@value #MAX_RESOURCE} characters, nothing PostgreSQL cannot hold. */
    static String resource(ContainerRequestContext request) {
        String path = TextRules.printable(request.getUriInfo().getPath());
        return path.length() > MAX_RESOURCE ? path.substring(0, MAX_RESOURCE) : path;
    }

    @ServerResponseFilter
    public Uni<Void> record(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
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
        String id = correlation.id() == null ? CorrelationIds.current() : correlation.id();
        return identities.getDeferredIdentity().onFailure().recoverWithNull().chain(identity -> {
            if (identity == null || identity.isAnonymous()) {
                return Uni.createFrom().voidItem();
            }
            AuditLog.Access access = log.capture(Caller.of(identity, config.serviceName()), id, touched);
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

    /** Replaces the response by the 503 of an access that could not be recorded; nothing of the data is kept. */
    static void unavailable(ContainerResponseContext response) {
        for (String header : List.of(HttpHeaders.ETAG, HttpHeaders.LOCATION, HttpHeaders.CONTENT_LOCATION,
                HttpHeaders.LAST_MODIFIED, HttpHeaders.CONTENT_LENGTH, HttpHeaders.CONTENT_DISPOSITION)) {
            response.getHeaders().remove(header);
        }
        response.setStatus(503);
        response.getHeaders().putSingle("Retry-After", "5");
        response.setEntity(UNAVAILABLE, null, Problem.MEDIA);
    }

    /** The body of that 503, written by hand: no serialiser can fail here. */
    static final String UNAVAILABLE = "{\"type\":\"about:blank\",\"title\":\"Service Unavailable\","
            + "\"status\":503,\"detail\":\"" + AuditUnavailable.READ_DETAIL + "\"}";
}
