package org.leavingcare.pathway.audit;

import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.leavingcare.pathway.access.Caller;
import org.leavingcare.pathway.problem.ApiProblem;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
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

    /** Names the operation before the resource method runs, so that its write can record itself. */
    @ServerRequestFilter
    public Optional<Response> describe(ContainerRequestContext request, ResourceInfo resource) {
        describe(request, resource.getResourceMethod());
        String reason = request.getHeaderString(ACCESS_REASON);
        if (reason != null && (reason.length() > MAX_REASON || reason.chars().anyMatch(Character::isISOControl))) {
            return Optional.of(ApiProblem.badRequest(ACCESS_REASON,
                    "must be at most " + MAX_REASON + " characters of text").problem().toResponse());
        }
        return Optional.empty();
    }

    private void describe(ContainerRequestContext request, Method method) {
        Audited audited = method == null ? null : method.getAnnotation(Audited.class);
        if (audited == null || context.audited()) {
            return;
        }
        String reason = request.getHeaderString(ACCESS_REASON);
        if (reason != null && (reason.isBlank() || reason.length() > MAX_REASON
                || reason.chars().anyMatch(Character::isISOControl))) {
            reason = null;
        }
        String onBehalfOf = request.getHeaderString(ON_BEHALF_OF);
        if (onBehalfOf != null && (onBehalfOf.isBlank() || onBehalfOf.length() > 64
                || onBehalfOf.chars().anyMatch(Character::isISOControl))) {
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
        boolean success = status >= 200 && status < 300;
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
                log.recordAfter(access, status);
                return Uni.createFrom().voidItem();
            }
            return Uni.createFrom().item(() -> {
                log.recordAfter(access, status);
                return 0;
            }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool()).replaceWithVoid();
        });
    }
}
