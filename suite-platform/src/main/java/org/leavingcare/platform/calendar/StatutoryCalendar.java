package org.leavingcare.platform.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.time.Period;

/**
 * Birthdays and calendar-month arithmetic as the statutory deadlines count them (rules.md §0): the one
 * implementation every service uses, so that two services never disagree about the same child's date.
 * Plain Java; the leap-day convention is given once, by configuration.
 */
public final class StatutoryCalendar {

    private final LeapDayBirthday leapDayBirthday;

    public StatutoryCalendar(LeapDayBirthday leapDayBirthday) {
        if (leapDayBirthday == null) {
            throw new IllegalArgumentException("a leap-day convention is required");
        }
        this.leapDayBirthday = leapDayBirthday;
    }

    public LeapDayBirthday leapDayBirthday() {
        return leapDayBirthday;
    }

    /**
     * C-1: the {@code years}th birthday is the anniversary of the date of birth; a 29 February birthday in a
     * common year falls on 28 February or 1 March by configuration.
     */
    public LocalDate birthday(LocalDate dateOfBirth, int years) {
        LocalDate anniversary = dateOfBirth.plusYears(years);
        if (bornOnLeapDay(dateOfBirth) && !anniversary.isLeapYear() && leapDayBirthday == LeapDayBirthday.MARCH_1) {
            // plusYears has already clamped it to 28 February
            return anniversary.plusDays(1);
        }
        return anniversary;
    }

    /**
     * The day someone reaches an age given in years, months and days (17 years 6 months): the birthday of the
     * whole years (C-1), then the calendar months after it (C-2, clamped to a shorter month's end), then the
     * days. So someone born on 29 February is 17½ six months after their 17th birthday under either convention.
     */
    public LocalDate reaching(LocalDate dateOfBirth, Period age) {
        Period normalised = age.normalized();
        if (normalised.isNegative()) {
            throw new IllegalArgumentException("an age cannot be negative: " + age);
        }
        return addMonths(birthday(dateOfBirth, normalised.getYears()), normalised.getMonths())
                .plusDays(normalised.getDays());
    }

    /** 17 years and 6 months: the 17th birthday plus six calendar months (C-1, C-2). */
    public LocalDate seventeenAndAHalf(LocalDate dateOfBirth) {
        return reaching(dateOfBirth, Period.of(17, 6, 0));
    }

    /** The age in whole years on {@code day}: the last birthday (C-1) on or before it. */
    public int ageOn(LocalDate dateOfBirth, LocalDate day) {
        int years = Math.max(0, day.getYear() - dateOfBirth.getYear());
        while (years > 0 && birthday(dateOfBirth, years).isAfter(day)) {
            years--;
        }
        return years;
    }

    /**
     * C-2: "within N months after X" is {@code X + N} calendar months, clamped to the end of a shorter month
     * (30 November + 3 months = 28 or 29 February). The deadline day itself is on time.
     */
    public static LocalDate addMonths(LocalDate from, long months) {
        return from.plusMonths(months);
    }

    private static boolean bornOnLeapDay(LocalDate dateOfBirth) {
        return dateOfBirth.getMonth() == Month.FEBRUARY && dateOfBirth.getDayOfMonth() == 29;
    }
}
