package org.leavingcare.leaver.domain;

import java.time.LocalDate;
import java.time.Month;
import java.time.Period;

/** The day a young person reaches an age such as 17 years 6 months. */
public final class Ages {

    private Ages() {
    }

    /**
     * C-1: {@code dateOfBirth + age} as calendar months. Someone born on 29 February whose anniversary
     * falls in a February without one reaches the age on 28 February or 1 March, as configured. Other
     * month-end birthdays clamp to the month's last day (C-2). For a 29 February birthday an age with months
     * (17 years 6 months) is the birthday of the years under that convention plus the months.
     */
    public static LocalDate reaching(LocalDate dateOfBirth, Period age, LeapDayBirthdays convention) {
        boolean leapDay = dateOfBirth.getMonth() == Month.FEBRUARY && dateOfBirth.getDayOfMonth() == 29;
        Period normalised = age.normalized();
        if (leapDay && normalised.getYears() != 0 && (normalised.getMonths() != 0 || normalised.getDays() != 0)) {
            // C-1: the birthday under the convention first, then the calendar months and days after it
            return reaching(dateOfBirth, Period.ofYears(normalised.getYears()), convention)
                    .plusMonths(normalised.getMonths()).plusDays(normalised.getDays());
        }
        LocalDate reached = dateOfBirth.plusMonths(age.toTotalMonths()).plusDays(age.getDays());
        boolean leapDayBirthday = dateOfBirth.getMonth() == Month.FEBRUARY && dateOfBirth.getDayOfMonth() == 29;
        boolean clampedTo28February = age.getDays() == 0 && reached.getMonth() == Month.FEBRUARY
                && reached.getDayOfMonth() == 28;
        if (leapDayBirthday && clampedTo28February && convention == LeapDayBirthdays.MARCH_1) {
            return reached.plusDays(1);
        }
        return reached;
    }
}
