package org.leavingcare.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.LocalTime;

/** The alert sweep: re-evaluating every young person as time passes. */
@ConfigMapping(prefix = "suite.alerts")
public interface AlertsConfig {

    /** How often a replica checks whether today's sweep is due (a duration such as 10m; "off" never sweeps by itself). */
    @WithDefault("10m")
    String sweepCheckInterval();

    /** The time of day (in the service clock's zone) from which today's sweep is due: before the morning's work. */
    @WithDefault("05:30")
    LocalTime sweepAfter();

    /** Young people evaluated per transaction in a sweep. */
    @WithDefault("2000")
    int sweepBatchSize();

    /** Largest page size of GET /alerts. */
    @WithDefault("200")
    int maxPageSize();
}
