package org.leavingcare.notification.audit;

import io.quarkus.logging.Log;
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
import org.leavingcare.notification.problem.Problem;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Starts the audit record of each request to an {@link Audited} resource method, and once the
 * response is decided records (in a transaction of its own) whatever a successful write did not already
 * record: reads, lists, refused (403, 404 out of scope, other 4xx) and failed (5xx) requests. Requests
 * without an identity (401) are not audited.
 *
 * <p>Fails closed (docs/access-and-audit.md): if the row of a successful request cannot be written, the
 * client gets a 503 problem instead of the data; a refused or failed request keeps its answer. Only the
 * exception's class name and the correlation id are logged.
 *
 * <p>Headers: {@code X-Access-Reason} blank means none; longer than {@value #MAX_REASON} characters or
 * holding a control character is a 400 naming the header. {@code X-On-Behalf-Of} is read only from callers
 * with the role {@code service} (from anyone else it is ignored); from a service, a value that is not
 * {@code [A-Za-z0-9._@:-]{1,64}} is a 400 naming the header.
 */
public class AuditFilter {

    public static final String REASON_HEADER = "X-Access-Reason";
    public static final String ON_BEHALF_OF_HEADER = "X-On-Behalf-Of";
    static final int MAX_REASON = 200;
    static final Pattern ON_BEHALF_OF = Pattern.compile("[A-Za-z0-9._@:-]{1,64}");
    static final String UNAVAILABLE = "The access could not be recorded, so nothing is shown; try again.";

    @Inject
    AuditContext context;

    @Inject
    AuditLog log;

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    CurrentVertxRequest vertxRequest;

    @ServerRequestFilter
    public Uni<Response> begin(ContainerRequestContext request, ResourceInfo resource) {
        String reasonHeader = request.getHeaderString(REASON_HEADER);
        String reasonProblem = reasonProblem(reasonHeader);
        String reason = reasonProblem == null ? reason(reasonHeader) : null;
        String claimed = request.getHeaderString(ON_BEHALF_OF_HEADER);
        Audited audited = audited(resource);
        if (audited != null) {
            context.begin(audited.value(), request.getMethod(), path(request), correlationId(), null, reason);
        }
        if (reasonProblem != null) {
            return Uni.createFrom().item(ApiProblem.badRequest(REASON_HEADER, reasonProblem).problem().toResponse());
        }
        if (claimed == null || claimed.isBlank()) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity().onFailure().recoverWithNull().map(identity -> {
            if (identity == null || identity.isAnonymous() || !identity.hasRole("service")) {
                return null; // only a service acts for someone else: ignored, never stored
            }
            if (!ON_BEHALF_OF.matcher(claimed).matches()) {
                return ApiProblem.badRequest(ON_BEHALF_OF_HEADER, "must be 1 to 64 of the characters A-Z a-z 0-9 . _ @ : -")
                        .problem().toResponse();
            }
            if (audited != null) {
                context.onBehalfOf(claimed);
            }
            return null;
        });
    }

    /** Why an {@code X-Access-Reason} is refused, or null if it is acceptable (or absent). */
    static String reasonProblem(String value) {
        if (value == null) {
            return null;
        }
        if (value.length() > MAX_REASON) {
            return "must be at most " + MAX_REASON + " characters";
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            return "must not contain control characters";
        }
        return null;
    }

    /** The reason to store: none if blank or whitespace only. */
    static String reason(String value) {
        return value == null || value.isBlank() ? null : value;
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
        String reasonHeader = request.getHeaderString(REASON_HEADER);
        String reason = reasonProblem(reasonHeader) == null ? reason(reasonHeader) : null;
        String onBehalfOf = context.onBehalfOf();
        return identities.getDeferredIdentity().onFailure().recoverWithNull().onItem().transformToUni(identity -> {
            if (identity == null || identity.isAnonymous()) {
                return Uni.createFrom().voidItem();
            }
            List<AuditRow> rows = rows(identity, caseRefs, operation, method, path, correlationId,
                    identity.hasRole("service") ? onBehalfOf : null, reason, status);
            if (Context.isOnEventLoopThread()) {
                return Uni.createFrom().item(() -> tryRecord(rows, correlationId))
                        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                        .invoke(recorded -> {
                            if (!recorded) {
                                failClosed(response, status);
                            }
                        })
                        .replaceWithVoid();
            }
            if (!tryRecord(rows, correlationId)) {
                failClosed(response, status);
            }
            return Uni.createFrom().voidItem();
        });
    }

    private boolean tryRecord(List<AuditRow> rows, String correlationId) {
        try {
            log.recordInNewTransaction(rows);
            return true;
        } catch (RuntimeException e) {
            Log.errorf("The audit trail could not be written (%s); correlation id %s", e.getClass().getName(),
                    correlationId);
            return false;
        }
    }

    /** A successful answer whose access was not recorded is not given: 503 instead, nothing of the data. */
    private static void failClosed(ContainerResponseContext response, int status) {
        if (status >= 400) {
            return; // a refused or failed request keeps its answer
        }
        response.getHeaders().clear();
        response.setStatus(503);
        response.setEntity(new Problem("about:blank", "Service Unavailable", 503, UNAVAILABLE, null, List.of()),
                new Annotation[0], Problem.MEDIA);
    }

    private static List<AuditRow> rows(SecurityIdentity identity, List<String> caseRefs, String operation, String method,
                                       String path, String correlationId, String onBehalfOf, String reason, int status) {
        String actor = identity.getPrincipal().getName();
        String roles = String.join(",", new TreeSet<>(identity.getRoles()));
        Instant now = Instant.now();
        List<AuditRow> rows = new ArrayList<>();
        for (String caseRef : caseRefs.isEmpty() ? Collections.<String>singletonList(null) : caseRefs) {
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

    private String correlationId() {
        Object id = vertxRequest.getCurrent() == null ? null : vertxRequest.getCurrent().get(CorrelationIds.MDC_KEY);
        if (id == null) {
            id = MDC.get(CorrelationIds.MDC_KEY);
        }
        return id != null ? id.toString() : CorrelationIds.fresh();
    }
}
