package org.leavingcare.leaver.service;

import org.leavingcare.leaver.problem.ApiProblem;
import org.leavingcare.leaver.repository.YoungPerson;

import java.time.LocalDate;

/** The bounds of a date a client sends: never after today, before 1900-01-01 or before the young person's birth. */
public final class InputDates {

    /** The earliest day any input date may carry. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    /** The latest day a query bound may carry. */
    public static final LocalDate LATEST_QUERY_BOUND = LocalDate.of(9999, 12, 31);

    private InputDates() {
    }

    /** {@code day}, or today when absent; 422 naming the field if after today or before 1900-01-01. */
    static LocalDate notInFuture(LocalDate day, LocalDate today, String field) {
        if (day == null) {
            return today;
        }
        if (day.isAfter(today)) {
            throw ApiProblem.unprocessable(field, "must not be after today (" + today + ")");
        }
        if (day.isBefore(EARLIEST)) {
            throw ApiProblem.unprocessable(field, "must not be before " + EARLIEST);
        }
        return day;
    }

    /** 422 naming the field if {@code day} is before the young person's date of birth. */
    static void notBeforeBirth(YoungPerson person, LocalDate day, String field) {
        if (day != null && person.dateOfBirth != null && day.isBefore(person.dateOfBirth)) {
            throw ApiProblem.unprocessable(field, "must not be before the young person's date of birth");
        }
    }
}
