package org.leavingcare.platform.rest;

import org.leavingcare.platform.json.RecordedDates;
import org.leavingcare.platform.json.TextRules;
import org.leavingcare.platform.problem.ApiProblem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads query parameters so that a wrong one is a 400 problem naming it (JAX-RS would answer 404), the same way
 * in every service. Blank is the same as absent.
 */
public final class QueryParams {

    private static final Instant EARLIEST = RecordedDates.EARLIEST.atStartOfDay(ZoneId.of("UTC")).toInstant();
    private static final Instant LATEST = RecordedDates.LATEST.plusDays(1).atStartOfDay(ZoneId.of("UTC")).toInstant();

    private QueryParams() {
    }

    public static long number(String name, String value, long defaultValue, long min, long max) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            long parsed = Long.parseLong(value.trim());
            if (parsed < min || parsed > max) {
                throw ApiProblem.badRequest(name, "must be between " + min + " and " + max);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest(name, "must be a whole number");
        }
    }

    public static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiProblem.badRequest(name, "must be true or false");
        };
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest(name, "must be a date in the form YYYY-MM-DD");
        }
        if (!RecordedDates.accepted(date)) {
            throw ApiProblem.badRequest(name, RecordedDates.MESSAGE);
        }
        return date;
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(name, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    /** A text filter: at most {@code maxLength} characters, no control characters; blank is absent. */
    public static String text(String name, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!TextRules.acceptableLine(value)) {
            throw ApiProblem.badRequest(name, "must not contain control characters");
        }
        String text = value.trim();
        if (text.length() > maxLength) {
            throw ApiProblem.badRequest(name, "must be at most " + maxLength + " characters");
        }
        return text;
    }

    /** A text filter that must match {@code form} (described to the client by {@code message}). */
    public static String matching(String name, String value, Pattern form, String message) {
        String text = text(name, value, 200);
        if (text != null && !form.matcher(text).matches()) {
            throw ApiProblem.badRequest(name, message);
        }
        return text;
    }

    /**
     * An instant ({@code 2026-03-01T09:00:00Z}), or a date in {@code zone}: its start, or for {@code endOfDay} the
     * start of the next day (an exclusive end).
     */
    public static Instant instant(String name, String value, boolean endOfDay, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        try {
            if (text.length() == 10) {
                LocalDate date = LocalDate.parse(text);
                if (!RecordedDates.accepted(date)) {
                    throw ApiProblem.badRequest(name, RecordedDates.MESSAGE);
                }
                return (endOfDay ? date.plusDays(1) : date).atStartOfDay(zone).toInstant();
            }
            Instant instant = Instant.parse(text);
            if (instant.isBefore(EARLIEST) || !instant.isBefore(LATEST)) {
                throw ApiProblem.badRequest(name, "must be between " + RecordedDates.EARLIEST + " and " + RecordedDates.LATEST);
            }
            return endOfDay ? instant.plusNanos(1) : instant;
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest(name, "must be an instant (2026-03-01T09:00:00Z) or a date (2026-03-01)");
        }
    }
}
