package org.leavingcare.notification.webhook;

import org.leavingcare.notification.problem.ApiProblem;

/** Paging parameters read by hand, so a wrong one is a 400 naming it (JAX-RS would answer 404). */
public final class QueryParams {

    private QueryParams() {
    }

    public static long after(String value) {
        return number("after", value, 0, 0, Long.MAX_VALUE, "must be a whole number, 0 or more");
    }

    public static int limit(String value) {
        return (int) number("limit", value, 100, 1, 500, "must be a whole number from 1 to 500");
    }

    /** {@code value} as a whole number from min to max, {@code fallback} when absent; else a 400 naming {@code name}. */
    public static long number(String name, String value, long fallback, long min, long max, String message) {
        if (value == null) {
            return fallback;
        }
        try {
            long n = Long.parseLong(value.trim());
            if (n < min || n > max) {
                throw ApiProblem.badRequest(name, message);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest(name, message);
        }
    }
}
