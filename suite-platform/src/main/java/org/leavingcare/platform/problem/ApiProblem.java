package org.leavingcare.platform.problem;

import jakarta.ws.rs.core.Response.Status;

import java.util.List;

/**
 * A request the service refuses for a reason the client can act on. Thrown from services before
 * anything is written (or inside the transaction, which then rolls back), mapped to problem+json.
 */
public class ApiProblem extends RuntimeException {

    private final transient Problem problem;

    public ApiProblem(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(Problem.of(Status.NOT_FOUND, Problem.NOT_FOUND, detail));
    }

    public static ApiProblem conflict(String detail) {
        return new ApiProblem(Problem.of(Status.CONFLICT, Problem.CONFLICT, detail));
    }

    public static ApiProblem preconditionFailed(String detail) {
        return new ApiProblem(Problem.of(Status.PRECONDITION_FAILED, Problem.PRECONDITION_FAILED, detail));
    }

    public static ApiProblem badRequest(String field, String message) {
        return new ApiProblem(new Problem(Problem.VALIDATION, "Invalid request", 400,
                field + " " + message, null, List.of(new FieldViolation(field, message))));
    }

    /** A request that is well formed but breaks a rule (422), with the fields that break it. */
    public static ApiProblem unprocessable(String detail, List<FieldViolation> violations) {
        return new ApiProblem(new Problem(Problem.UNPROCESSABLE, "Unprocessable request", 422, detail, null, violations));
    }

    public static ApiProblem unprocessable(String field, String message) {
        return unprocessable(field + " " + message, List.of(new FieldViolation(field, message)));
    }
}
