package org.leavingcare.leaver.policy;

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
     * month-end birthdays clamp to the month's last day (C-2).
     */
    public static LocalDate reaching(LocalDate dateOfBirth, Period age, LeapDayBirthdays convention) {
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
