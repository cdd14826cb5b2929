package org.leavingcare.platform.json;

import java.time.LocalDate;

/**
 * The dates a record can hold. PostgreSQL cannot store a date before 4713 BC, the services that consume the
 * feeds store what they carry, and no date about a care leaver lies outside these bounds; so every date a
 * client sends, in a body or a query parameter, is refused (400 naming the field) outside them.
 */
public final class RecordedDates {

    /** The earliest date accepted. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    /** The latest date accepted. */
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    /** What a client is told when a date is outside the bounds. */
    public static final String MESSAGE = "must be a date between " + EARLIEST + " and " + LATEST;

    private RecordedDates() {
    }

    public static boolean accepted(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    /** Thrown by the JSON reader for a well-formed date outside the bounds; its message is {@link #MESSAGE}. */
    public static final class OutOfRange extends RuntimeException {
        public OutOfRange() {
            super(MESSAGE, null, false, false);
        }
    }
}
