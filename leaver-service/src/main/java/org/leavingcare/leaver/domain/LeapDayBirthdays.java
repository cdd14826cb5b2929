package org.leavingcare.leaver.domain;

/** C-1: which day a 29 February birthday falls on in a year without one. */
public enum LeapDayBirthdays {
    FEB_28,
    MARCH_1
}
