package org.leavingcare.notification.domain.rules;

import java.time.LocalDate;
import java.time.Month;

/** The day a young person reaches an age given in months (16 years = 192 months). */
public final class Ages {

    private Ages() {
    }

    /**
     * C-1: {@code dateOfBirth + months}. Someone born on 29 February whose anniversary falls in a
     * February without one reaches the age on 28 February or 1 March, as configured; other month-end
     * birthdays clamp to the month's last day (C-2).
     */
    public static LocalDate reaching(LocalDate dateOfBirth, long months, LeapDayBirthdays convention) {
        LocalDate reached = dateOfBirth.plusMonths(months);
        boolean leapDayBirthday = dateOfBirth.getMonth() == Month.FEBRUARY && dateOfBirth.getDayOfMonth() == 29;
        if (leapDayBirthday && reached.getMonth() == Month.FEBRUARY && reached.getDayOfMonth() == 28
                && convention == LeapDayBirthdays.MARCH_1) {
            return reached.plusDays(1);
        }
        return reached;
    }

    public static LocalDate birthday(LocalDate dateOfBirth, int years, LeapDayBirthdays convention) {
        return reaching(dateOfBirth, years * 12L, convention);
    }
}
