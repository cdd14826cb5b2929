package org.leavingcare.notification.rest;

import java.time.LocalDate;

/**
 * Dates a client may send: ISO 8601 parses years such as -5000 or +9999999, which PostgreSQL cannot
 * hold (a 500 if they reached it). Years 0001 to 9999 are accepted, as in the plain YYYY-MM-DD form.
 */
final class StorableDates {

    static final String RANGE = "a date from 0001-01-01 to 9999-12-31 in the form YYYY-MM-DD";

    private static final LocalDate FIRST = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    private StorableDates() {
    }

    static boolean storable(LocalDate date) {
        return !date.isBefore(FIRST) && !date.isAfter(LAST);
    }
}
