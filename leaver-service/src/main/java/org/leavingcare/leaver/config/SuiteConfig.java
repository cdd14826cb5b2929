package org.leavingcare.leaver.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.leavingcare.leaver.domain.LeapDayBirthdays;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/** Settings shared by every part of the service. */
@ConfigMapping(prefix = "suite")
public interface SuiteConfig {

    /** The clock every deadline is computed from. */
    ClockSettings clock();

    /** Every local-policy number (rules.md §4); periods in ISO 8601, e.g. P17Y6M, P8W, P28D. */
    Policy policy();

    /** The change feeds this service consumes (docs/change-feeds.md). */
    Feeds feeds();

    /** How this service authenticates to other services' feeds and APIs. */
    ServiceAuth serviceAuth();

    /** Request size limits (docs/access-and-audit.md). */
    Limits limits();

    /** The per-caller rate limit (docs/access-and-audit.md). */
    RateLimit rateLimit();

    interface Limits {
        /** The largest request body; larger is a 413 (also quarkus.http.limits.max-body-size). */
        @WithDefault("1M")
        MemorySize maxBodySize();
    }

    interface RateLimit {
        /** Requests per second refilled into each caller's bucket; 0 turns the limit off. */
        @WithDefault("50")
        double requestsPerSecond();

        /** The most requests a caller may make at once (the bucket's size). */
        @WithDefault("500")
        int burst();
    }

    interface ClockSettings {
        /** A date to fix "today" at (tests, demonstrations); the system clock when absent. */
        Optional<LocalDate> fixedDate();

        /** The time zone whose calendar dates count; statutory deadlines are English dates. */
        @WithDefault("Europe/London")
        String zone();
    }

    interface Policy {
        /** PA-9: the age by which an eligible young person has a personal adviser. */
        @WithDefault("P17Y6M")
        Period allocationAge();

        /** PA-9: the earlier allocation age for complex needs, disability or UASC status (the NA-1 deadline). */
        @WithDefault("P16Y3M")
        Period earlyAllocationAge();

        /** How long before a due date a status becomes DUE_SOON. */
        @WithDefault("P28D")
        Period dueSoon();

        /** C-1: a 29 February birthday in other years falls on FEB_28 or MARCH_1. */
        @WithDefault("MARCH_1")
        LeapDayBirthdays leapDayBirthdays();

        /** PA-8: the longest gap between successful face-to-face contacts. */
        @WithDefault("P8W")
        Period contactInterval();

        /** PA-6: the first visit after moving into accommodation the council provides. */
        @WithDefault("P7D")
        Period councilAccommodationFirstVisit();

        /** PA-6: the longest gap between later visits at that accommodation. */
        @WithDefault("P2M")
        Period councilAccommodationVisitInterval();

        /** PA-7: the gap without a successful contact after which touch is lost. */
        @WithDefault("P3M")
        Period lostTouchAfter();

        /** The age by which the local offer and rights have been explained. */
        @WithDefault("P17Y")
        Period entitlementsAge();

        /** The caseload weight of a young person. */
        Weights weights();

        /** The points that rank advisers for a young person. */
        Ranking ranking();
    }

    interface Weights {
        /** The weight of every young person. */
        @WithDefault("1")
        int base();

        /** Added for complex needs. */
        @WithDefault("2")
        int complexNeeds();

        /** Added for a disability. */
        @WithDefault("1")
        int disability();

        /** Added for an unaccompanied asylum-seeking young person. */
        @WithDefault("1")
        int uasc();

        /** Added while in custody. */
        @WithDefault("1")
        int custody();

        /** Added for a young parent. */
        @WithDefault("1")
        int parenthood();
    }

    interface Ranking {
        /** Points for a previous adviser of the same young person. */
        @WithDefault("40")
        int continuity();

        /** Points for each specialism the young person needs that the adviser holds. */
        @WithDefault("20")
        int specialism();

        /** Points for an adviser in the young person's team. */
        @WithDefault("15")
        int team();

        /** Points for an adviser who speaks one of the young person's languages. */
        @WithDefault("10")
        int language();
    }

    interface Feeds {
        /** pathway-service's feed of young people. */
        Feed pathway();
    }

    interface Feed {
        /** How often the feed is polled (a Quarkus scheduler interval, e.g. 2s). */
        @WithDefault("2s")
        String pollInterval();

        /** Events asked for per request (1..500). */
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
        Duration tokenLifetime();
    }
}
