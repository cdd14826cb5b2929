package org.leavingcare.platform.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.leavingcare.platform.calendar.LeapDayBirthday;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The settings of the plumbing every service shares, under one prefix. Each service's
 * {@code application.properties} maps the suite's environment variables onto these keys.
 */
@ConfigMapping(prefix = "platform")
public interface PlatformConfig {

    /** The service's own name: its actor in the audit trail and the subject of the tokens it mints. */
    String serviceName();

    /** The clock every deadline is computed from. */
    ClockSettings clock();

    /** The statutory calendar (rules.md §0), the same in every service. */
    CalendarSettings calendar();

    /** Bounded requests (docs/access-and-audit.md, "Limits"). */
    Limits limits();

    /** The request rate each caller may use. */
    RateLimit rateLimit();

    /** How this service authenticates to other services. */
    ServiceAuth serviceAuth();

    /** Lists. */
    Paging paging();

    /** What a bearer token must be, beyond its signature, issuer and audience. */
    Tokens tokens();

    interface ClockSettings {
        /** A date to fix "today" at (tests, demonstrations); the system clock when absent. */
        Optional<LocalDate> fixedDate();

        /** The time zone whose calendar dates count; statutory deadlines are English dates. */
        @WithDefault("Europe/London")
        String zone();
    }

    interface CalendarSettings {
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

    interface Limits {
        /** The largest request body accepted; larger is a 413. */
        @WithDefault("1M")
        MemorySize maxBodySize();
    }

    interface RateLimit {
        /** Tokens refilled per second for each caller; 0 turns the limit off. */
        @WithDefault("50")
        double requestsPerSecond();

        /** The most tokens a caller can save up. */
        @WithDefault("500")
        int burst();
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
        Duration tokenLifetime();
    }

    interface Tokens {
        /**
         * The audience every token must name ({@code aud}); each service also gives it to
         * {@code mp.jwt.verify.audiences}, and mints its own service tokens for it.
         */
        @WithDefault("care-leaver-suite")
        String audience();

        /** The longest a token may live (expiry minus issue time); a longer-lived token is refused. */
        @WithDefault("PT24H")
        Duration maxAge();

        /** How far in the future a token's issue time may be (clocks differ a little). */
        @WithDefault("PT60S")
        Duration clockSkew();
    }

    interface Paging {
        /** The largest page a list answers. */
        @WithDefault("200")
        int maxPageSize();

        /** The page size when none is asked for. */
        @WithDefault("50")
        int defaultPageSize();
    }
}
