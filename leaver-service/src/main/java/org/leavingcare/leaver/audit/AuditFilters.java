package org.leavingcare.leaver.audit;

import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.leavingcare.leaver.access.Caller;
import org.leavingcare.leaver.problem.ApiProblem;
import org.leavingcare.leaver.problem.Problem;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Starts the audit of each {@link Audited} request (operation, method, path, {@code X-Access-Reason},
 * a service caller's {@code X-On-Behalf-Of}) and, once the response is decided, records what the write
 * path did not record itself: reads, and refused or failed requests (404 out of scope, 403, 4xx, 5xx),
 * each with the outcome of the final status. 401 (no actor) and 429 (a flood) are not audited.
 * Fail closed: when the row of a successful read cannot be written, the client gets a 503 instead of the
 * data; a refused or failed request keeps its response.
 */
public class AuditFilters {

    public static final String REASON = "X-Access-Reason";
    public static final String ON_BEHALF_OF = "X-On-Behalf-Of";
    static final int MAX_REASON = 200;
    /** What a service may send as {@code X-On-Behalf-Of} (and what this one sends when it asks for a user). */
    public static final Pattern ON_BEHALF_OF_FORM = Pattern.compile("[A-Za-z0-9._@:-]{1,64}");
    static final Pattern CASE_REF = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    @Inject
    AuditContext context;

    @Inject
    AuditLog log;

    @Inject
    CurrentVertxRequest vertxRequest;

    @Inject
    CurrentIdentityAssociation identities;

    static Audited audited(ResourceInfo info) {
        Method method = info == null ? null : info.getResourceMethod();
        return method == null ? null : method.getAnnotation(Audited.class);
    }

    @ServerRequestFilter
    public void start(ContainerRequestContext request, ResourceInfo info) {
        Audited audited = audited(info);
        String reason = reason(request.getHeaderString(REASON));
        String onBehalfOf = null;
        String sent = blankToNull(request.getHeaderString(ON_BEHALF_OF));
        SecurityIdentity identity = sent == null ? null : identityNow();
        if (sent != null && identity != null && identity.getRoles().contains(Caller.SERVICE)) {
            // only a service says on whose behalf it asks; from anyone else the header is ignored
            if (!ON_BEHALF_OF_FORM.matcher(sent).matches()) {
                throw ApiProblem.badRequest(ON_BEHALF_OF, "must be 1 to 64 letters, digits, '.', '_', '@', ':' or '-'");
            }
            onBehalfOf = sent;
        }
        if (audited != null) {
            context.start(audited, request.getMethod(), resource(request), reason, onBehalfOf);
        }
    }

    /**
     * The {@code X-Access-Reason} to record: none when absent or blank; a 400 naming the header when it is
     * longer than {@value #MAX_REASON} characters or holds a control character.
     */
    static String reason(String sent) {
        if (sent == null || sent.isBlank()) {
            return null;
        }
        if (sent.length() > MAX_REASON) {
            throw ApiProblem.badRequest(REASON, "must be at most " + MAX_REASON + " characters");
        }
        if (sent.chars().anyMatch(Character::isISOControl)) {
            throw ApiProblem.badRequest(REASON, "must not contain control characters");
        }
        return sent;
    }

    @ServerResponseFilter
    public Uni<Void> finish(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo info) {
        Audited audited = audited(info);
        int status = response.getStatus();
        if (audited == null || status == 401 || status == 429) {
            return Uni.createFrom().voidItem();
        }
        SecurityIdentity identity = identity();
        if (identity == null || identity.isAnonymous()) {
            return Uni.createFrom().voidItem();
        }
        boolean success = status < 400;
        if (context.recorded() && success) {
            return Uni.createFrom().voidItem();
        }
        List<String> caseRefs = context.caseRefs();
        if (caseRefs == null) {
            String fromPath = request.getUriInfo().getPathParameters().getFirst("caseRef");
            caseRefs = fromPath != null && CASE_REF.matcher(fromPath).matches() ? List.of(fromPath) : List.of();
        }
        if (caseRefs.isEmpty() && audited.nothingWhenEmpty() && success) {
            return Uni.createFrom().voidItem();
        }
        List<AuditLog.Row> rows = rows(request, identity, audited, status, caseRefs);
        if (BlockingOperationControl.isBlockingAllowed()) {
            record(rows, success, response);
            return Uni.createFrom().voidItem();
        }
        // decided before the request reached a worker thread (e.g. a 403): written off the event loop
        return Uni.createFrom().<Void>item(() -> {
            record(rows, success, response);
            return null;
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private List<AuditLog.Row> rows(ContainerRequestContext request, SecurityIdentity identity, Audited audited,
                                    int status, List<String> caseRefs) {
        List<String> refs = caseRefs.isEmpty() ? Collections.singletonList(null) : caseRefs;
        String reason;
        try {
            reason = reason(request.getHeaderString(REASON));
        } catch (ApiProblem refused) {
            // the 400 for the header itself: recorded without it
            reason = null;
        }
        String sent = blankToNull(request.getHeaderString(ON_BEHALF_OF));
        String onBehalfOf = identity.getRoles().contains(Caller.SERVICE) && sent != null
                && ON_BEHALF_OF_FORM.matcher(sent).matches() ? sent : null;
        String actor = identity.getPrincipal().getName();
        String roles = String.join(",", new TreeSet<>(identity.getRoles()));
        String correlationId = CorrelationIds.current();
        Instant now = Instant.now();
        List<AuditLog.Row> rows = new ArrayList<>();
        for (String caseRef : refs) {
            rows.add(new AuditLog.Row(now, correlationId, actor, roles, onBehalfOf, audited.value(), request.getMethod(),
                    resource(request), caseRef, AuditLog.outcome(status), status, reason));
        }
        return rows;
    }

    /** Writes the rows; a successful access whose rows cannot be written shows nothing (503). */
    private void record(List<AuditLog.Row> rows, boolean success, ContainerResponseContext response) {
        if (!log.tryRecord(rows) && success) {
            response.getHeaders().clear();
            response.setStatus(503);
            response.setEntity(Problem.ofStatus(503, AuditUnavailable.DETAIL), new Annotation[0], Problem.MEDIA);
        }
    }

    /** The verified caller, authenticating now if that has not happened yet; null when there is none. */
    private SecurityIdentity identityNow() {
        SecurityIdentity identity = identity();
        if (identity == null && BlockingOperationControl.isBlockingAllowed()) {
            try {
                identity = identities.getIdentity();
            } catch (RuntimeException notAuthenticated) {
                // answered 401 by the role check
                identity = null;
            }
        }
        return identity == null || identity.isAnonymous() ? null : identity;
    }

    private SecurityIdentity identity() {
        RoutingContext rc = vertxRequest.getCurrent();
        return rc != null && rc.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
    }

    /** The request path, at most 500 characters, a control character (a NUL cannot be stored) shown as U+FFFD. */
    static String resource(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        path = path.length() > 500 ? path.substring(0, 500) : path;
        StringBuilder shown = new StringBuilder(path.length());
        path.chars().forEach(c -> shown.append(Character.isISOControl(c) ? '\uFFFD' : (char) c));
        return shown.toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
