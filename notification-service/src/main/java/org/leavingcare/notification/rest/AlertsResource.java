package org.leavingcare.notification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leavingcare.notification.access.Callers;
import org.leavingcare.notification.audit.AuditContext;
import org.leavingcare.notification.audit.Audited;
import org.leavingcare.notification.config.AlertsConfig;
import org.leavingcare.notification.domain.AlertStatus;
import org.leavingcare.notification.domain.rules.RuleCatalogue;
import org.leavingcare.notification.domain.rules.Severity;
import org.leavingcare.notification.problem.ApiProblem;
import org.leavingcare.notification.repository.Alert;
import org.leavingcare.notification.repository.AlertRepository;
import org.leavingcare.notification.rest.api.AcknowledgementInput;
import org.leavingcare.notification.rest.api.AlertPage;
import org.leavingcare.notification.rest.api.AlertSummary;
import org.leavingcare.notification.rest.api.AlertView;
import org.leavingcare.notification.service.AlertService;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;

@Path("/alerts")
@Tag(name = "Alerts")
@Produces(MediaType.APPLICATION_JSON)
public class AlertsResource {

    @Inject
    AlertService service;

    @Inject
    RuleCatalogue catalogue;

    @Inject
    AlertsConfig config;

    @Inject
    JsonWebToken token;

    @Inject
    Clock clock;

    @Inject
    Callers callers;

    @Inject
    AuditContext audit;

    @GET
    @RolesAllowed({"social-worker", "personal-adviser", "manager", "iro", "integration"})
    @Audited("alerts.list")
    @Operation(summary = "Alerts, filtered and paginated",
            description = "Ordered by due date. Every filter is optional; an unknown value is a 400 naming the parameter.")
    public AlertPage list(
            @Parameter(description = "OPEN, ACKNOWLEDGED or RESOLVED") @QueryParam("status") String status,
            @Parameter(description = "A rule id of GET /rules, e.g. A22") @QueryParam("rule") String rule,
            @Parameter(description = "UPCOMING, DUE, OVERDUE or CRITICAL") @QueryParam("severity") String severity,
            @QueryParam("team") String team,
            @QueryParam("caseRef") String caseRef,
            @Parameter(description = "true or false") @QueryParam("disabled") String disabled,
            @Parameter(description = "true or false") @QueryParam("uasc") String uasc,
            @Parameter(description = "Only alerts due before this date (YYYY-MM-DD)") @QueryParam("dueBefore") String dueBefore,
            @Parameter(description = "0-based page number") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to the configured maximum (default 50)") @QueryParam("size") String size) {
        if (rule != null && catalogue.find(rule).isEmpty()) {
            throw ApiProblem.badRequest("rule", "must be one of " + catalogue.ids());
        }
        AlertRepository.Filter filter = new AlertRepository.Filter(
                parse("status", status, v -> AlertStatus.valueOf(v), "must be one of " + Arrays.toString(AlertStatus.values())),
                rule,
                parse("severity", severity, v -> Severity.valueOf(v), "must be one of " + Arrays.toString(Severity.values())),
                text("team", team), text("caseRef", caseRef),
                parse("disabled", disabled, AlertsResource::bool, "must be true or false"),
                parse("uasc", uasc, AlertsResource::bool, "must be true or false"),
                storable("dueBefore", parse("dueBefore", dueBefore, LocalDate::parse, "must be a date in the form YYYY-MM-DD")));
        // a blank page or size means "not given": the default
        Integer pageGiven = parse("page", page, Integer::valueOf,
                "must be a whole number from 0 to " + Integer.MAX_VALUE / config.maxPageSize());
        Integer sizeGiven = parse("size", size, Integer::valueOf,
                "must be a whole number from 1 to " + config.maxPageSize());
        int pageNumber = pageGiven == null ? 0 : pageGiven;
        int pageSize = sizeGiven == null ? 50 : sizeGiven;
        if (pageNumber < 0 || (long) pageNumber * config.maxPageSize() > Integer.MAX_VALUE) {
            throw ApiProblem.badRequest("page", "must be a whole number from 0 to "
                    + Integer.MAX_VALUE / config.maxPageSize());
        }
        if (pageSize < 1 || pageSize > config.maxPageSize()) {
            throw ApiProblem.badRequest("size", "must be a whole number from 1 to " + config.maxPageSize());
        }
        AlertRepository.Found found = service.list(filter, callers.scope(), pageNumber, pageSize);
        found.alerts().forEach(a -> audit.touched(a.caseRef));
        return new AlertPage(found.alerts().stream().map(this::view).toList(), pageNumber, pageSize, found.total(),
                (found.total() + pageSize - 1) / pageSize);
    }

    @GET
    @Path("/summary")
    @RolesAllowed("manager")
    @Audited("alerts.summary")
    @Operation(summary = "Unresolved alerts counted by rule, severity, team and status (managers)",
            description = "Only alerts of young people in the manager's scope are counted.")
    public AlertSummary summary() {
        Map<String, Map<String, Long>> counts = service.summary(callers.scope());
        long unresolved = counts.get("status").values().stream().mapToLong(Long::longValue).sum();
        return new AlertSummary(LocalDate.now(clock), unresolved, counts.get("ruleId"), counts.get("severity"),
                counts.get("team"), counts.get("status"));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"social-worker", "personal-adviser", "manager", "iro", "integration"})
    @Audited("alert.read")
    @Operation(summary = "One alert, with an ETag for acknowledging it",
            description = "404 if it does not exist or its young person is not in the caller's scope.")
    public Response get(@PathParam("id") String id) {
        Alert alert = service.get(id(id), callers.scope());
        return Response.ok(view(alert)).tag(new EntityTag(String.valueOf(alert.version))).build();
    }

    @POST
    @Path("/{id}/acknowledgement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"social-worker", "personal-adviser", "manager", "iro"})
    @Audited("alert.acknowledge")
    @Operation(summary = "Acknowledge an alert",
            description = "Records who (from the token) has seen the alert, with a note of what is being done and "
                    + "optionally by when. 409 if it is resolved or already acknowledged; 412 if If-Match names an "
                    + "older version. An escalation reopens an acknowledged alert.")
    public Response acknowledge(@PathParam("id") String id,
                                @Parameter(description = "The ETag of the version you read") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                @Valid @NotNull(message = "a JSON body is required") AcknowledgementInput body) {
        if (body.actionBy() != null && !StorableDates.storable(body.actionBy())) {
            throw ApiProblem.unprocessable("actionBy", "must be " + StorableDates.RANGE);
        }
        String by = token.getSubject() != null ? token.getSubject() : token.getName();
        Alert alert = service.acknowledge(id(id), callers.scope(), by, body.note(), body.actionBy(), ifMatch);
        return Response.ok(view(alert)).tag(new EntityTag(String.valueOf(alert.version))).build();
    }

    private AlertView view(Alert alert) {
        return AlertView.of(alert, catalogue.find(alert.ruleId).orElse(null));
    }

    private static long id(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ApiProblem.notFound("No alert with id " + id);
        }
    }

    /** A date PostgreSQL can hold, or a 400 naming the parameter. */
    private static LocalDate storable(String name, LocalDate date) {
        if (date != null && !StorableDates.storable(date)) {
            throw ApiProblem.badRequest(name, "must be " + StorableDates.RANGE);
        }
        return date;
    }

    private static Boolean bool(String value) {
        if (value.equals("true") || value.equals("false")) {
            return Boolean.valueOf(value);
        }
        throw new IllegalArgumentException(value);
    }

    /** A free-text filter; {@code null} if blank. PostgreSQL cannot compare a string holding NUL: a 400. */
    private static String text(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.indexOf('\0') >= 0) {
            throw ApiProblem.badRequest(name, "must not contain the NUL character");
        }
        return value;
    }

    private static <T> T parse(String name, String value, Function<String, T> parser, String message) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.trim());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw ApiProblem.badRequest(name, message);
        }
    }
}
