package org.leavingcare.pathway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.leavingcare.pathway.statutory.LeapDayBirthday;

import java.time.LocalDate;
import java.util.Optional;

/** Settings shared by every part of the service. */
@ConfigMapping(prefix = "suite")
public interface SuiteConfig {

    /** The clock every deadline is computed from. */
    ClockSettings clock();

    /** Conventions the statutory deadlines are computed with (rules.md §0). */
    StatutorySettings statutory();

    /** Local policy for needs assessments (rules.md NA-1, NA-6). */
    NeedsAssessmentSettings needsAssessment();

    interface ClockSettings {
        /** A date to fix "today" at (tests, demonstrations); the system clock when absent. */
        Optional<LocalDate> fixedDate();

        /** The time zone whose calendar dates count; statutory deadlines are English dates. */
        @WithDefault("Europe/London")
        String zone();
    }

    interface StatutorySettings {
        /** C-1: the birthday of someone born on 29 February in a common year, FEBRUARY_28 or MARCH_1. */
        @WithDefault("MARCH_1")
        LeapDayBirthday leapDayBirthday();
    }

    interface NeedsAssessmentSettings {
        /** Days before a deadline from which the status is DUE_SOON. */
        @WithDefault("28")
        int dueSoonDays();

        /** NA-6: days after a change of circumstance by which a reassessment is due (local policy). */
        @WithDefault("28")
        int reassessmentDays();
    }
}
