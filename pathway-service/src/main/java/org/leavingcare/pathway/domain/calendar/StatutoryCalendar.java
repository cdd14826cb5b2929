package org.leavingcare.pathway.domain.calendar;

import java.time.LocalDate;
import java.time.Month;

/** Birthdays and calendar-month arithmetic as the statutory deadlines count them (rules.md §0). */
public final class StatutoryCalendar {

    private final LeapDayBirthday leapDayBirthday;

    public StatutoryCalendar(LeapDayBirthday leapDayBirthday) {
        this.leapDayBirthday = leapDayBirthday;
    }

    /**
     * C-1: the {@code years}th birthday is the anniversary of the date of birth; a 29 February birthday in a
     * common year falls on 28 February or 1 March by configuration.
     */
    public LocalDate birthday(LocalDate dateOfBirth, int years) {
        LocalDate anniversary = dateOfBirth.plusYears(years);
        boolean leapDayBaby = dateOfBirth.getMonth() == Month.FEBRUARY && dateOfBirth.getDayOfMonth() == 29;
        if (leapDayBaby && !anniversary.isLeapYear() && leapDayBirthday == LeapDayBirthday.MARCH_1) {
            // plusYears already clamped to 28 February
            return anniversary.plusDays(1);
        }
        return anniversary;
    }

    /** The date 17 years and 6 months after birth: the 17th birthday plus six calendar months (C-1, C-2). */
    public LocalDate seventeenAndAHalf(LocalDate dateOfBirth) {
        return addMonths(birthday(dateOfBirth, 17), 6);
    }

    /**
     * C-2: "within N months after X" is {@code X + N} calendar months, clamped to the end of a shorter month
     * (30 November + 3 months = 28 or 29 February). The deadline day itself is on time.
     */
    public static LocalDate addMonths(LocalDate from, int months) {
        return from.plusMonths(months);
    }
}
