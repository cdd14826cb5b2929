package org.leavingcare.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.LocalDate;
import java.util.Optional;

/** Settings shared by every part of the service. */
@ConfigMapping(prefix = "suite")
public interface SuiteConfig {

    /** The clock every deadline is computed from. */
    ClockSettings clock();

    interface ClockSettings {
        /** A date to fix "today" at (tests, demonstrations); the system clock when absent. */
        Optional<LocalDate> fixedDate();

        /** The time zone whose calendar dates count; statutory deadlines are English dates. */
        @WithDefault("Europe/London")
        String zone();
    }
}
