package org.leavingcare.notification.rest.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.leavingcare.notification.problem.FieldViolation;
import org.leavingcare.notification.rest.json.NulRefusingStrings;
import org.leavingcare.notification.problem.Problem;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A body that is not JSON, or JSON of the wrong shape: 400 naming the field where there is one. */
public class RequestBodyProblemMappers {

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e) {
        return new Problem(Problem.MALFORMED, "Malformed JSON", 400,
                "The request body is not valid JSON (line " + e.getLocation().getLineNr()
                        + ", column " + e.getLocation().getColumnNr() + ")", null, List.of()).toResponse();
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e) {
        String field = JsonPaths.of(e);
        return invalidField(field, "is not a known field");
    }

    @ServerExceptionMapper
    public Response invalidValue(InvalidFormatException e) {
        if (e.getValue() instanceof String s && s.indexOf('\0') >= 0) {
            return invalidField(JsonPaths.of(e), NulRefusingStrings.MESSAGE);
        }
        return invalidField(JsonPaths.of(e), expectation(e.getTargetType()));
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        String field = JsonPaths.of(e);
        if (field.isEmpty()) {
            return new Problem(Problem.MALFORMED, "Malformed JSON", 400,
                    "The request body is missing or is not the JSON object this operation expects", null, List.of())
                    .toResponse();
        }
        return invalidField(field, expectation(e.getTargetType()));
    }

    @ServerExceptionMapper
    public Response otherMapping(JsonMappingException e) {
        String field = JsonPaths.of(e);
        Throwable cause = e.getCause();
        String message = cause instanceof DateTimeParseException ? "must be a date in the form YYYY-MM-DD"
                : "has a value that cannot be read";
        if (field.isEmpty()) {
            return new Problem(Problem.MALFORMED, "Malformed JSON", 400,
                    "The request body cannot be read as this operation's input", null, List.of()).toResponse();
        }
        return invalidField(field, message);
    }

    @ServerExceptionMapper
    public Response otherJson(JsonProcessingException e) {
        return new Problem(Problem.MALFORMED, "Malformed JSON", 400,
                "The request body is not valid JSON", null, List.of()).toResponse();
    }

    /** The response for any JSON error, by its most specific kind. */
    static Response forJson(JsonProcessingException e) {
        RequestBodyProblemMappers mappers = new RequestBodyProblemMappers();
        if (e instanceof JsonParseException parse) {
            return mappers.malformedJson(parse);
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return mappers.unknownField(unknown);
        }
        if (e instanceof InvalidFormatException format) {
            return mappers.invalidValue(format);
        }
        if (e instanceof MismatchedInputException mismatch) {
            return mappers.mismatchedInput(mismatch);
        }
        if (e instanceof JsonMappingException mapping) {
            return mappers.otherMapping(mapping);
        }
        return mappers.otherJson(e);
    }

    static Response invalidField(String field, String message) {
        return new Problem(Problem.VALIDATION, "Invalid request", 400, field + " " + message, null,
                List.of(new FieldViolation(field, message))).toResponse();
    }

    static String expectation(Class<?> target) {
        if (target == null) {
            return "has the wrong type";
        }
        if (target.isEnum()) {
            return "must be one of " + Arrays.stream(target.getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
        }
        if (target == LocalDate.class) {
            return "must be a date in the form YYYY-MM-DD";
        }
        if (target == OffsetDateTime.class || target == java.time.Instant.class) {
            return "must be a date-time in ISO 8601 form, e.g. 2026-03-01T09:30:00Z";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "must be true or false";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive()) {
            return "must be a number";
        }
        if (target == String.class) {
            return "must be a string";
        }
        if (List.class.isAssignableFrom(target) || target.isArray()) {
            return "must be an array";
        }
        return "must be a JSON object";
    }
}
