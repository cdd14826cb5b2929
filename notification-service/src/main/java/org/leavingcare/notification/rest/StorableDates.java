package org.leavingcare.notification.rest;

import java.time.LocalDate;

/**
 * Dates a client may send: ISO 8601 parses years such as -5000 or +9999999, which PostgreSQL cannot
 * hold (a 500 if they reached it). The suite's plausible range, as in pathway-service: 1900 to 2199.
 */
final class StorableDates {

    static final String RANGE = "a date from 1900-01-01 to 2199-12-31";

    private static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2199, 12, 31);

    private StorableDates() {
    }

    static boolean storable(LocalDate date) {
        return !date.isBefore(FIRST) && !date.isAfter(LAST);
    }
}
