package org.leavingcare.notification.audit;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.leavingcare.notification.problem.ApiProblem;

import java.lang.reflect.Method;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Starts the audit record of each request to an {@link Audited} resource method, and once the
 * response is decided records (in a transaction of its own) whatever a successful write did not already
 * record: reads, lists, refused (403, 404 out of scope, other 4xx) and failed (5xx) requests. Requests
 * without an identity (401) are not audited. Also refuses an {@code X-Access-Reason} longer than
 * {@value #MAX_REASON} characters (400 naming the header).
 */
public class AuditFilter {

    public static final String REASON_HEADER = "X-Access-Reason";
    public static final String ON_BEHALF_OF_HEADER = "X-On-Behalf-Of";
    static final int MAX_REASON = 200;
    static final int MAX_ON_BEHALF_OF = 64;

    @Inject
    AuditContext context;

    @Inject
    AuditLog log;

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    CurrentVertxRequest vertxRequest;

    @ServerRequestFilter
    public Optional<Response> begin(ContainerRequestContext request, ResourceInfo resource) {
        String reason = request.getHeaderString(REASON_HEADER);
        Audited audited = audited(resource);
        if (audited != null) {
            context.begin(audited.value(), request.getMethod(), path(request), correlationId(),
                    onBehalfOf(request), reason != null && reason.length() <= MAX_REASON ? reason : null);
        }
        if (reason != null && reason.length() > MAX_REASON) {
            return Optional.of(ApiProblem.badRequest(REASON_HEADER, "must be at most " + MAX_REASON + " characters")
                    .problem().toResponse());
        }
        return Optional.empty();
    }

    @ServerResponseFilter
    public Uni<Void> record(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
        Audited audited = audited(resource);
        int status = response.getStatus();
        if (audited == null || status == 401 || (context.recorded() && status >= 200 && status < 300)) {
            return Uni.createFrom().voidItem();
        }
        List<String> caseRefs = context.caseRefs();
        if (caseRefs.isEmpty() && context.skipsWhenEmpty() && status >= 200 && status < 300) {
            return Uni.createFrom().voidItem();
        }
        String operation = audited.value();
        String method = request.getMethod();
        String path = path(request);
        String correlationId = context.correlationId() != null ? context.correlationId() : correlationId();
        String reason = request.getHeaderString(REASON_HEADER);
        String onBehalfOf = onBehalfOf(request);
        String reasonKept = reason != null && reason.length() <= MAX_REASON ? reason : null;
        return identities.getDeferredIdentity().onItem().transformToUni(identity -> {
            if (identity == null || identity.isAnonymous()) {
                return Uni.createFrom().voidItem();
            }
            List<AuditRow> rows = rows(identity, caseRefs, operation, method, path, correlationId,
                    identity.hasRole("service") ? onBehalfOf : null, reasonKept, status);
            if (Context.isOnEventLoopThread()) {
                return Uni.createFrom().item(() -> {
                    log.recordInNewTransaction(rows);
                    return rows;
                }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool()).replaceWithVoid();
            }
            log.recordInNewTransaction(rows);
            return Uni.createFrom().voidItem();
        });
    }

    private static List<AuditRow> rows(SecurityIdentity identity, List<String> caseRefs, String operation, String method,
                                       String path, String correlationId, String onBehalfOf, String reason, int status) {
        String actor = identity.getPrincipal().getName();
        String roles = String.join(",", new TreeSet<>(identity.getRoles()));
        Instant now = Instant.now();
        List<AuditRow> rows = new ArrayList<>();
        for (String caseRef : caseRefs.isEmpty() ? java.util.Collections.<String>singletonList(null) : caseRefs) {
            rows.add(new AuditRow(now, correlationId, actor, roles, onBehalfOf, operation, method, path, caseRef,
                    Outcome.of(status), status, reason));
        }
        return rows;
    }

    private static Audited audited(ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        return method == null ? null : method.getAnnotation(Audited.class);
    }

    private static String path(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        return path.length() > 500 ? path.substring(0, 500) : path;
    }

    private static String onBehalfOf(ContainerRequestContext request) {
        String value = request.getHeaderString(ON_BEHALF_OF_HEADER);
        return value != null && !value.isBlank() && value.length() <= MAX_ON_BEHALF_OF ? value : null;
    }

    private String correlationId() {
        Object id = vertxRequest.getCurrent() == null ? null : vertxRequest.getCurrent().get(CorrelationIds.MDC_KEY);
        if (id == null) {
            id = MDC.get(CorrelationIds.MDC_KEY);
        }
        return id != null ? id.toString() : CorrelationIds.fresh();
    }
}
