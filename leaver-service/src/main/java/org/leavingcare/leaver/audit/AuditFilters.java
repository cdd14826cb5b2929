package org.leavingcare.leaver.audit;

import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.leavingcare.leaver.problem.ApiProblem;

import java.lang.reflect.Method;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Starts the audit of each {@link Audited} request (operation, method, path, {@code X-Access-Reason},
 * a service caller's {@code X-On-Behalf-Of}) and, once the response is decided, records what the write
 * path did not record itself: reads, and refused or failed requests (404 out of scope, 403, 4xx, 5xx),
 * each with the outcome of the final status. 401 (no actor) and 429 (a flood) are not audited.
 */
public class AuditFilters {

    public static final String REASON = "X-Access-Reason";
    public static final String ON_BEHALF_OF = "X-On-Behalf-Of";
    static final int MAX_REASON = 200;
    static final int MAX_ON_BEHALF_OF = 64;
    static final Pattern CASE_REF = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    @Inject
    AuditContext context;

    @Inject
    AuditLog log;

    @Inject
    CurrentVertxRequest vertxRequest;

    static Audited audited(ResourceInfo info) {
        Method method = info == null ? null : info.getResourceMethod();
        return method == null ? null : method.getAnnotation(Audited.class);
    }

    @ServerRequestFilter
    public void start(ContainerRequestContext request, ResourceInfo info) {
        Audited audited = audited(info);
        String reason = request.getHeaderString(REASON);
        if (reason != null && reason.length() > MAX_REASON) {
            throw ApiProblem.badRequest(REASON, "must be at most " + MAX_REASON + " characters");
        }
        String onBehalfOf = request.getHeaderString(ON_BEHALF_OF);
        if (onBehalfOf != null && onBehalfOf.length() > MAX_ON_BEHALF_OF) {
            throw ApiProblem.badRequest(ON_BEHALF_OF, "must be at most " + MAX_ON_BEHALF_OF + " characters");
        }
        if (audited != null) {
            context.start(audited, request.getMethod(), resource(request), blankToNull(reason), onBehalfOf);
        }
    }

    @ServerResponseFilter
    public void finish(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo info) {
        Audited audited = audited(info);
        int status = response.getStatus();
        if (audited == null || status == 401 || status == 429) {
            return;
        }
        SecurityIdentity identity = identity();
        if (identity == null || identity.isAnonymous()) {
            return;
        }
        boolean success = status >= 200 && status < 300;
        if (context.recorded() && success) {
            return;
        }
        List<String> caseRefs = context.caseRefs();
        if (caseRefs == null) {
            String fromPath = request.getUriInfo().getPathParameters().getFirst("caseRef");
            caseRefs = fromPath != null && CASE_REF.matcher(fromPath).matches() ? List.of(fromPath) : List.of();
        }
        if (caseRefs.isEmpty() && audited.nothingWhenEmpty() && success) {
            return;
        }
        List<String> refs = caseRefs.isEmpty() ? java.util.Collections.singletonList(null) : caseRefs;
        String reason = request.getHeaderString(REASON);
        String onBehalfOf = request.getHeaderString(ON_BEHALF_OF);
        String actor = identity.getPrincipal().getName();
        String roles = String.join(",", new TreeSet<>(identity.getRoles()));
        String correlationId = CorrelationIds.current();
        Instant now = Instant.now();
        List<AuditLog.Row> rows = new ArrayList<>();
        for (String caseRef : refs) {
            rows.add(new AuditLog.Row(now, correlationId, actor, roles,
                    identity.getRoles().contains("service") && onBehalfOf != null && onBehalfOf.length() <= MAX_ON_BEHALF_OF
                            ? onBehalfOf : null,
                    audited.value(), request.getMethod(), resource(request), caseRef, AuditLog.outcome(status), status,
                    reason != null && reason.length() <= MAX_REASON ? blankToNull(reason) : null));
        }
        if (BlockingOperationControl.isBlockingAllowed()) {
            log.recordQuietly(rows);
        } else {
            // refused before the request reached a worker thread (e.g. a 403): written off the event loop
            Infrastructure.getDefaultWorkerPool().execute(() -> log.recordQuietly(rows));
        }
    }

    private SecurityIdentity identity() {
        RoutingContext rc = vertxRequest.getCurrent();
        return rc != null && rc.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
    }

    private static String resource(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        return path.length() > 500 ? path.substring(0, 500) : path;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
