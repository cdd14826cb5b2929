package org.leavingcare.leaver.config;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The one source of "today" in the service. Every deadline is computed from this clock, so tests and
 * demonstrations can fix the date ({@code suite.clock.fixed-date}) and production uses the system clock.
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @Singleton
    Clock clock(SuiteConfig config) {
        ZoneId zone = ZoneId.of(config.clock().zone());
        return config.clock().fixedDate()
                .map(date -> {
                    Log.infof("Clock fixed at %s (%s)", date, zone);
                    return Clock.fixed(date.atStartOfDay(zone).plusHours(12).toInstant(), zone);
                })
                .orElseGet(() -> Clock.system(zone));
    }
}
