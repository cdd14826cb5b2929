package org.leavingcare.pathway.domain.calendar;

import java.time.LocalDate;

/** The birthdays the rules turn on (C-1): 16 (eligibility, NA-1), 17½, 18 (former relevant), 21 and 25 (s23C, s23CA). */
public record Birthdays(LocalDate sixteenth, LocalDate seventeenAndAHalf, LocalDate eighteenth, LocalDate twentyFirst,
                        LocalDate twentyFifth) {

    public static Birthdays of(StatutoryCalendar calendar, LocalDate dateOfBirth) {
        return new Birthdays(calendar.birthday(dateOfBirth, 16), calendar.seventeenAndAHalf(dateOfBirth),
                calendar.birthday(dateOfBirth, 18), calendar.birthday(dateOfBirth, 21), calendar.birthday(dateOfBirth, 25));
    }
}
