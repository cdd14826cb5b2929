package org.leavingcare.pathway.domain.calendar;

/**
 * Which day a 29 February birthday falls on in a year that has no 29 February (rules.md C-1).
 * No source settles it, so it is configuration; the suite's default is 1 March.
 */
public enum LeapDayBirthday {
    /** The birthday is 28 February in a common year. */
    FEBRUARY_28,
    /** The birthday is 1 March in a common year (default). */
    MARCH_1
}
