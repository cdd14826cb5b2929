package org.leavingcare.pathway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.leavingcare.pathway.domain.calendar.LeapDayBirthday;

import java.time.LocalDate;
import java.util.List;
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

    /** Local policy for pathway plans (rules.md §3). */
    PathwayPlanSettings pathwayPlan();

    /** Bounded request bodies (docs/access-and-audit.md, "Limits"). */
    Limits limits();

    /** The request rate each caller may use. */
    RateLimit rateLimit();

    /** leaver-service's change feed: the current personal adviser, for access scope. */
    Feeds feeds();

    /** How this service authenticates to other services' feeds. */
    ServiceAuth serviceAuth();

    interface Limits {
        /** The largest request body accepted; larger is a 413. */
        @WithDefault("1M")
        io.quarkus.runtime.configuration.MemorySize maxBodySize();
    }

    interface RateLimit {
        /** Tokens refilled per second for each caller; 0 turns the limit off. */
        @WithDefault("50")
        double requestsPerSecond();

        /** The most tokens a caller can save up. */
        @WithDefault("500")
        int burst();
    }

    interface Feeds {
        /** leaver-service's feed. */
        LeaverFeed leaver();
    }

    interface LeaverFeed {
        /** Whether to poll it (off in tests that do not start a fake leaver-service). */
        @WithDefault("true")
        boolean enabled();

        /** How often to poll. */
        @WithDefault("2s")
        String pollInterval();

        /** Events per page, 1 to 500. */
        @WithDefault("100")
        int batchSize();
    }

    interface ServiceAuth {
        /** A private key PEM to mint short-lived service tokens with. */
        Optional<String> signingKeyLocation();

        /** The issuer of minted service tokens. */
        @WithDefault("https://local.leavingcare.invalid")
        String issuer();

        /** A service token from the identity provider, used as is instead of minting one. */
        Optional<String> token();

        /** How long a minted token lives. */
        @WithDefault("PT5M")
        java.time.Duration tokenLifetime();
    }

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

        /** C-5: England and Wales bank holidays (substitute days included), not working days; extend it each year. */
        @WithDefault("2024-01-01,2024-03-29,2024-04-01,2024-05-06,2024-05-27,2024-08-26,2024-12-25,2024-12-26,"
                + "2025-01-01,2025-04-18,2025-04-21,2025-05-05,2025-05-26,2025-08-25,2025-12-25,2025-12-26,"
                + "2026-01-01,2026-04-03,2026-04-06,2026-05-04,2026-05-25,2026-08-31,2026-12-25,2026-12-28,"
                + "2027-01-01,2027-03-26,2027-03-29,2027-05-03,2027-05-31,2027-08-30,2027-12-27,2027-12-28")
        List<LocalDate> bankHolidays();
    }

    interface NeedsAssessmentSettings {
        /** Days before a deadline from which the status is DUE_SOON. */
        @WithDefault("28")
        int dueSoonDays();

        /** NA-6: days after a change of circumstance by which a reassessment is due (local policy). */
        @WithDefault("28")
        int reassessmentDays();
    }

    interface PathwayPlanSettings {
        /** PP-1: days after a completed needs assessment by which a plan should have been started. */
        @WithDefault("28")
        int dueDaysAfterAssessment();

        /** PP-6: working days within which a requested review is held. */
        @WithDefault("20")
        int requestedReviewWorkingDays();

        /** Days before a review deadline from which the review is DUE_SOON. */
        @WithDefault("28")
        int reviewDueSoonDays();

        /** Working days after which an IRO challenge still open is an escalation. */
        @WithDefault("20")
        int challengeEscalationWorkingDays();
    }
}
