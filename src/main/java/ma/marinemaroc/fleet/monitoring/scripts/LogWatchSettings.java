package ma.marinemaroc.fleet.monitoring.scripts;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Settings of {@code fleet-logwatch}, rendered into {@code /etc/fleet/logwatch.conf} and the timer unit.
 *
 * @param logs            watched logs (names unique)
 * @param intervalMinutes how often the timer runs; the threshold is per run
 * @param threshold       alert when MORE than this many matching lines (all logs together) appeared since the
 *                        previous run
 * @param schedule        systemd OnCalendar expression; {@code null} derives {@code *:00/N:00} from the interval
 *                        (the interval must then divide 60)
 * @param sampleLines     last matching lines per log quoted in the alert
 * @param stateDir        per-file offset state
 * @param summaryLog      one summary line per run is appended here
 * @param alertCommand    the alert program (fleet-alert); tests substitute a recorder
 */
public record LogWatchSettings(List<WatchedLog> logs, int intervalMinutes, int threshold, String schedule,
                               int sampleLines, String stateDir, String summaryLog, String alertCommand) {

    /**
     * Laravel log as seen from the host: the API containers bind their storage/logs folder
     * (/fleetbase/api/storage/logs in the fleetbase-api image) to /var/log/fleet/api, and LOG_CHANNEL=daily is set
     * as container environment (the image's ENV says stdout, which .env cannot override). The glob matches both
     * Laravel file channels: "single" (laravel.log) and "daily" (laravel-YYYY-MM-DD.log).
     */
    public static final String DEFAULT_LARAVEL_LOG = "/var/log/fleet/api/laravel*.log";
    public static final String DEFAULT_NGINX_ERROR_LOG = "/var/log/fleet/nginx/error.log";
    public static final String DEFAULT_NGINX_ACCESS_LOG = "/var/log/fleet/nginx/access.log";
    public static final int DEFAULT_INTERVAL_MINUTES = 5;
    public static final int DEFAULT_THRESHOLD = 20;
    public static final int DEFAULT_SAMPLE_LINES = 10;
    public static final String DEFAULT_STATE_DIR = "/var/lib/fleet/logwatch";
    public static final String DEFAULT_SUMMARY_LOG = "/var/log/fleet/logwatch.log";

    private static final Pattern CALENDAR = Pattern.compile("[A-Za-z0-9*:/,.~ -]{1,80}");

    public LogWatchSettings {
        if (logs == null || logs.isEmpty()) {
            throw new IllegalArgumentException("log watch needs at least one watched log");
        }
        logs = List.copyOf(logs);
        Set<String> names = new HashSet<>();
        for (WatchedLog log : logs) {
            if (!names.add(log.name())) {
                throw new IllegalArgumentException("watched log names must be unique: " + log.name());
            }
        }
        Checks.range("log watch interval minutes", intervalMinutes, 1, 1440);
        Checks.range("log watch threshold", threshold, 0, 1_000_000);
        if (schedule == null) {
            if (intervalMinutes > 60 || 60 % intervalMinutes != 0) {
                throw new IllegalArgumentException("log watch interval " + intervalMinutes + " min does not divide "
                        + "an hour; give an explicit OnCalendar schedule");
            }
        } else if (!CALENDAR.matcher(schedule).matches() || schedule.isBlank()) {
            throw new IllegalArgumentException("log watch schedule is not a plausible OnCalendar expression: "
                    + schedule);
        }
        Checks.range("log watch sample lines", sampleLines, 0, 200);
        Checks.path("log watch state directory", stateDir, false);
        Checks.path("log watch summary log", summaryLog, false);
        Checks.path("log watch alert command", alertCommand, false);
    }

    /** The three standard logs (Laravel, NGINX error, NGINX access 5xx) with every default. */
    public static LogWatchSettings defaults() {
        return withLogs(List.of(
                WatchedLog.errors("laravel", DEFAULT_LARAVEL_LOG, WatchedLog.LARAVEL_ERROR_PATTERN),
                WatchedLog.errors("nginx-error", DEFAULT_NGINX_ERROR_LOG, WatchedLog.NGINX_ERROR_PATTERN),
                WatchedLog.http5xx("nginx-access", DEFAULT_NGINX_ACCESS_LOG)));
    }

    /** The given logs with every other default. */
    public static LogWatchSettings withLogs(List<WatchedLog> logs) {
        return new LogWatchSettings(logs, DEFAULT_INTERVAL_MINUTES, DEFAULT_THRESHOLD, null, DEFAULT_SAMPLE_LINES,
                DEFAULT_STATE_DIR, DEFAULT_SUMMARY_LOG, MonitoringScripts.ALERT_SCRIPT);
    }

    public LogWatchSettings withThreshold(int newThreshold, int newIntervalMinutes) {
        return new LogWatchSettings(logs, newIntervalMinutes, newThreshold, schedule, sampleLines, stateDir,
                summaryLog, alertCommand);
    }

    public LogWatchSettings withSchedule(String onCalendar) {
        return new LogWatchSettings(logs, intervalMinutes, threshold, onCalendar, sampleLines, stateDir, summaryLog,
                alertCommand);
    }

    /** Same settings with other local paths (tests point them into a temp directory). */
    public LogWatchSettings withPaths(String newStateDir, String newSummaryLog, String newAlertCommand) {
        return new LogWatchSettings(logs, intervalMinutes, threshold, schedule, sampleLines, newStateDir,
                newSummaryLog, newAlertCommand);
    }

    /** The OnCalendar expression of the timer. */
    public String onCalendar() {
        if (schedule != null) {
            return schedule;
        }
        return intervalMinutes == 60 ? "hourly" : "*:00/" + intervalMinutes + ":00";
    }
}
