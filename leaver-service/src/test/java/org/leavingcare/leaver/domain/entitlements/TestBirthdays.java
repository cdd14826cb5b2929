package org.leavingcare.leaver.domain.entitlements;

import java.time.LocalDate;
import java.time.Month;

/**
 * Birthday arithmetic for the tests only (the service passes the suite's statutory calendar in): the
 * anniversary, with a 29 February birthday falling on 28 February or 1 March in other years.
 */
enum TestBirthdays implements Birthdays {
    FEBRUARY_28,
    MARCH_1;

    @Override
    public LocalDate birthday(LocalDate dateOfBirth, int years) {
        LocalDate anniversary = dateOfBirth.plusYears(years);
        boolean leapDay = dateOfBirth.getMonth() == Month.FEBRUARY && dateOfBirth.getDayOfMonth() == 29;
        if (leapDay && anniversary.getDayOfMonth() == 28 && this == MARCH_1) {
            return anniversary.plusDays(1);
        }
        return anniversary;
    }
}
