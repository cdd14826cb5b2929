package org.leavingcare.platform.rest;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.leavingcare.platform.problem.FieldViolation;
import org.leavingcare.platform.problem.Problem;

import java.util.Comparator;
import java.util.List;

/** Bean Validation failures on a request: 400 with one entry per invalid field. */
public class ValidationProblemMapper {

    @ServerExceptionMapper
    public Response violations(ResteasyReactiveViolationException e) {
        return toResponse(e);
    }

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e) {
        return toResponse(e);
    }

    static Response toResponse(ConstraintViolationException e) {
        List<FieldViolation> violations = e.getConstraintViolations().stream()
                .map(v -> new FieldViolation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldViolation::field).thenComparing(FieldViolation::message))
                .toList();
        String detail = violations.size() == 1
                ? violations.get(0).field() + " " + violations.get(0).message()
                : violations.size() + " fields are invalid";
        return new Problem(Problem.VALIDATION, "Invalid request", 400, detail, null, violations).toResponse();
    }

    /**
     * The JSON path of the violation: the properties after the method parameter for a body
     * ({@code episodes[0].start}), or the parameter's own name for a path or query parameter.
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT && node.getName() != null && node.getName().startsWith("<")) {
                appendIndex(field, node);
                continue;
            }
            if (node.getName() != null) {
                appendIndex(field, node);
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            } else {
                appendIndex(field, node);
            }
        }
        if (field.isEmpty()) {
            return parameter == null ? "body" : parameter;
        }
        return field.toString();
    }

    private static void appendIndex(StringBuilder field, Path.Node node) {
        if (node.getIndex() != null) {
            field.append('[').append(node.getIndex()).append(']');
        } else if (node.getKey() != null) {
            field.append('[').append(node.getKey()).append(']');
        }
    }
}
