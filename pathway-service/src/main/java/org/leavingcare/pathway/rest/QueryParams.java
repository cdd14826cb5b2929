package org.leavingcare.pathway.rest;

import org.leavingcare.pathway.config.RecordedDates;
import org.leavingcare.pathway.problem.ApiProblem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Reads query parameters so that a wrong one is a 400 problem naming it (JAX-RS would answer 404). */
final class QueryParams {

    private QueryParams() {
    }

    static long longAtLeast(String name, String value, long defaultValue, long min, long max) {
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

    static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiProblem.badRequest(name, "must be true or false");
        };
    }

    static LocalDate date(String name, String value) {
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

    static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
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
}
