package org.leavingcare.notification.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits that keep one client from exhausting the service (docs/access-and-audit.md). */
@ConfigMapping(prefix = "suite")
public interface LimitsConfig {

    /** Request sizes. */
    Limits limits();

    /** The per-caller rate limit. */
    RateLimit rateLimit();

    interface Limits {
        /** The largest request body accepted; larger is a 413 problem (also quarkus.http.limits.max-body-size). */
        @WithDefault("1M")
        MemorySize maxBodySize();
    }

    interface RateLimit {
        /** Requests per second refilled into each bucket (one per client address, one per verified token subject); 0 turns the limit off. */
        @WithDefault("50")
        double requestsPerSecond();

        /** The most requests a caller may make at once after being idle (the bucket's size). */
        @WithDefault("500")
        int burst();
    }
}
