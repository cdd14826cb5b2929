package org.leavingcare.platform.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.leavingcare.platform.json.RecordedDates;
import org.leavingcare.platform.json.TextRules;
import org.leavingcare.platform.problem.FieldViolation;
import org.leavingcare.platform.problem.Problem;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A body that is not JSON, or JSON of the wrong shape: 400 naming the field where there is one. */
public class RequestBodyProblemMappers {

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']{1,200})'");

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e) {
        Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
        if (duplicate.find()) {
            return invalidField(pathOf(e.getProcessor() == null ? null : e.getProcessor().getParsingContext(),
                    duplicate.group(1)), "is given more than once");
        }
        String where = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        return malformed("The request body is not valid JSON" + where);
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e) {
        return invalidField(JsonPaths.of(e), "is not a known field");
    }

    @ServerExceptionMapper
    public Response invalidValue(InvalidFormatException e) {
        return invalidField(JsonPaths.of(e), expectation(e.getTargetType()));
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        String field = JsonPaths.of(e);
        if (field.isEmpty()) {
            return malformed(String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")
                    ? "The request body has content after its JSON value"
                    : "The request body is missing or is not the JSON value this operation expects");
        }
        Throwable cause = e.getCause();
        if (cause instanceof TextRules.RefusedText || cause instanceof RecordedDates.OutOfRange) {
            return invalidField(field, cause.getMessage());
        }
        return invalidField(field, expectation(e.getTargetType()));
    }

    @ServerExceptionMapper
    public Response otherMapping(JsonMappingException e) {
        String field = JsonPaths.of(e);
        Throwable cause = e.getCause();
        String message = cause instanceof RecordedDates.OutOfRange ? RecordedDates.MESSAGE
                : cause instanceof TextRules.RefusedText ? TextRules.MESSAGE
                : cause instanceof DateTimeParseException ? "must be a date in the form YYYY-MM-DD"
                : "has a value that cannot be read";
        if (field.isEmpty()) {
            return malformed("The request body cannot be read as this operation's input");
        }
        return invalidField(field, message);
    }

    @ServerExceptionMapper
    public Response otherJson(JsonProcessingException e) {
        return malformed("The request body is not valid JSON");
    }

    /** The response for any JSON error, by its most specific kind. */
    public static Response forJson(JsonProcessingException e) {
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

    static Response malformed(String detail) {
        return new Problem(Problem.MALFORMED, "Malformed JSON", 400, detail, null, List.of()).toResponse();
    }

    static Response invalidField(String field, String message) {
        return new Problem(Problem.VALIDATION, "Invalid request", 400, field + " " + message, null,
                List.of(new FieldViolation(field, message))).toResponse();
    }

    /** The JSON path of {@code name} inside the object the parser was reading, e.g. {@code episodes[1].start}. */
    static String pathOf(JsonStreamContext context, String name) {
        java.util.Deque<String> segments = new java.util.ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && c.getParent() != null; c = c.getParent()) {
            JsonStreamContext parent = c.getParent();
            if (parent.inArray()) {
                segments.push("[" + parent.getCurrentIndex() + "]");
            } else if (parent.inObject() && parent.getCurrentName() != null) {
                segments.push("." + parent.getCurrentName());
            }
        }
        String path = String.join("", segments) + "." + name;
        return path.startsWith(".") ? path.substring(1) : path;
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
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class
                || target == Short.class || target == short.class || target == BigInteger.class) {
            return "must be a whole number";
        }
        if (Number.class.isAssignableFrom(target) || target == BigDecimal.class || target.isPrimitive()) {
            return "must be a number";
        }
        if (target == String.class) {
            return "must be a string";
        }
        if (List.class.isAssignableFrom(target) || target.isArray() || java.util.Collection.class.isAssignableFrom(target)) {
            return "must be an array";
        }
        return "must be a JSON object";
    }
}
