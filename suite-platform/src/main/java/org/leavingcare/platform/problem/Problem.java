package org.leavingcare.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An RFC 9457 problem detail, the body of every error response. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details",
        example = "{\"type\": \"urn:leavingcare:problem:validation\", \"title\": \"Invalid request\", \"status\": 400, "
                + "\"detail\": \"1 field is invalid\", \"violations\": [{\"field\": \"dateOfBirth\", \"message\": \"must not be null\"}]}")
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldViolation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);

    /** The problem type URIs this service uses. */
    public static final String VALIDATION = "urn:leavingcare:problem:validation";
    public static final String MALFORMED = "urn:leavingcare:problem:malformed-request";
    public static final String NOT_FOUND = "urn:leavingcare:problem:not-found";
    public static final String CONFLICT = "urn:leavingcare:problem:conflict";
    public static final String PRECONDITION_FAILED = "urn:leavingcare:problem:precondition-failed";
    public static final String PRECONDITION_REQUIRED = "urn:leavingcare:problem:precondition-required";
    public static final String UNPROCESSABLE = "urn:leavingcare:problem:rule-violation";
    public static final String UNAUTHENTICATED = "urn:leavingcare:problem:unauthenticated";
    public static final String FORBIDDEN = "urn:leavingcare:problem:forbidden";
    public static final String INTERNAL = "urn:leavingcare:problem:internal-error";

    public Problem {
        violations = violations == null ? List.of() : List.copyOf(violations);
    }

    public static Problem of(Response.Status status, String type, String detail) {
        return new Problem(type, status.getReasonPhrase(), status.getStatusCode(), detail, null, List.of());
    }

    /** A generic problem for an HTTP status without a more specific type ({@code about:blank}, RFC 9457 §4.2.1). */
    public static Problem ofStatus(int status, String detail) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
        return new Problem("about:blank", title, status, detail, null, List.of());
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA).entity(this).build();
    }
}
