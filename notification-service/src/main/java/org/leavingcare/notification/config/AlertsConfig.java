package org.leavingcare.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The alert sweep: re-evaluating every young person as time passes. */
@ConfigMapping(prefix = "suite.alerts")
public interface AlertsConfig {

    /** When the daily sweep runs (Quartz-style cron, in the service clock's zone); "off" to disable. */
    @WithDefault("0 30 5 * * ?")
    String sweepCron();

    /** Young people evaluated per transaction in a sweep. */
    @WithDefault("2000")
    int sweepBatchSize();

    /** Largest page size of GET /alerts. */
    @WithDefault("200")
    int maxPageSize();
}
