package org.leavingcare.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How this service polls the change feeds of pathway-service and leaver-service (docs/change-feeds.md). */
@ConfigMapping(prefix = "suite.feeds")
public interface FeedsConfig {

    /** How often each feed is polled (a duration such as 2s; "off" stops polling). */
    @WithDefault("2s")
    String pollInterval();

    /** How many events to ask for per page (1..500). */
    @WithDefault("200")
    int pageSize();
}
