package org.leavingcare.platform.clock;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.leavingcare.platform.calendar.StatutoryCalendar;
import org.leavingcare.platform.calendar.WorkingDays;
import org.leavingcare.platform.config.PlatformConfig;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The one source of "today" in a service, and the one statutory calendar. Every deadline is computed from this
 * clock, so tests and demonstrations can fix the date ({@code platform.clock.fixed-date}) and production uses
 * the system clock; every birthday and working day from this calendar, configured once for the whole suite.
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @Singleton
    Clock clock(PlatformConfig config) {
        ZoneId zone = ZoneId.of(config.clock().zone());
        return config.clock().fixedDate()
                .map(date -> {
                    Log.infof("Clock fixed at %s (%s)", date, zone);
                    return Clock.fixed(date.atStartOfDay(zone).plusHours(12).toInstant(), zone);
                })
                .orElseGet(() -> Clock.system(zone));
    }

    @Produces
    @Singleton
    StatutoryCalendar calendar(PlatformConfig config) {
        return new StatutoryCalendar(config.calendar().leapDayBirthday());
    }

    @Produces
    @Singleton
    WorkingDays workingDays(PlatformConfig config) {
        return new WorkingDays(config.calendar().bankHolidays());
    }
}
