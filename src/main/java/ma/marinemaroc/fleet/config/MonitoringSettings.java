package ma.marinemaroc.fleet.config;

import java.util.List;

/**
 * Thresholds of the uptime check and host alerts.
 *
 * @param uptimeRegions      DigitalOcean uptime probe regions (us_east, us_west, eu_west, se_asia)
 * @param latencyThresholdMs alert when /health is slower than this
 * @param cpuPercent         CPU alert threshold
 * @param memoryPercent      memory alert threshold
 * @param diskPercent        disk alert threshold
 * @param certExpiryDays     alert when the certificate expires within this many days
 * @param logErrorThreshold  error lines per log-watch interval that raise an alert
 * @param logWatchMinutes    log-watch interval
 * @param downMinutes        how long the site must be down before the outage alert
 * @param healthCheckIntervalSeconds Route53 health-check request interval (10 or 30 s)
 */
public record MonitoringSettings(List<String> uptimeRegions, int latencyThresholdMs, int cpuPercent,
                                 int memoryPercent, int diskPercent, int certExpiryDays, int logErrorThreshold,
                                 int logWatchMinutes, int downMinutes, int healthCheckIntervalSeconds) {
    public MonitoringSettings {
        uptimeRegions = List.copyOf(uptimeRegions);
    }
}
