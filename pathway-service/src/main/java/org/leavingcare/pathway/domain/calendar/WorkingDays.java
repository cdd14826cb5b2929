package org.leavingcare.pathway.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/**
 * C-5: working days exclude Saturdays, Sundays, Christmas Day, Boxing Day, Good Friday and bank holidays
 * (Representations Procedure (England) Regs 2006 reg 2). The holidays are a configured list (England and Wales,
 * substitute days included); beyond its last year only weekends are excluded.
 */
public final class WorkingDays {

    private final Set<LocalDate> bankHolidays;

    public WorkingDays(Collection<LocalDate> bankHolidays) {
        this.bankHolidays = Set.copyOf(bankHolidays);
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !bankHolidays.contains(day);
    }

    /** "Within N working days of X": the Nth working day after X (X itself not counted). */
    public LocalDate add(LocalDate from, int workingDays) {
        LocalDate day = from;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Working days after {@code from} up to and including {@code to} (0 if {@code to} is not after {@code from}). */
    public int between(LocalDate from, LocalDate to) {
        int counted = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return counted;
    }
}
