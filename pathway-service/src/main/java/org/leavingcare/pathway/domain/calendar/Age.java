package org.leavingcare.pathway.domain.calendar;

import java.time.LocalDate;
import java.time.Period;

/** Age in whole years and months. */
public record Age(int years, int months) {

    /** Whole years by the C-1 birthdays (so a 29 February child follows the configured convention), then whole months since the last one. */
    public static Age on(StatutoryCalendar calendar, LocalDate dateOfBirth, LocalDate today) {
        if (today.isBefore(dateOfBirth)) {
            return new Age(0, 0);
        }
        int years = Period.between(dateOfBirth, today).getYears();
        while (!calendar.birthday(dateOfBirth, years + 1).isAfter(today)) {
            years++;
        }
        while (years > 0 && calendar.birthday(dateOfBirth, years).isAfter(today)) {
            years--;
        }
        int months = Period.between(calendar.birthday(dateOfBirth, years), today).getMonths();
        return new Age(years, months);
    }
}
