package ma.marinemaroc.fleet.monitoring.scripts;

import java.util.regex.Pattern;

/**
 * One log file (or glob of files) that fleet-logwatch reads incrementally.
 *
 * @param name    short id used in state file names, summaries and alerts ({@code [a-z0-9-]+})
 * @param kind    what a matching line means (only changes the wording of the alert)
 * @param path    absolute path as seen from the host; may contain {@code *} globs (each match is tracked)
 * @param pattern POSIX extended regular expression (grep -E, C locale) matching one line per error
 */
public record WatchedLog(String name, Kind kind, String path, String pattern) {

    /**
     * Laravel/Monolog entries at ERROR or worse, anchored at the line start so a message quoting another entry and
     * stack-trace lines do not count: {@code [2024-05-01 10:00:00] production.ERROR: message}.
     */
    public static final String LARAVEL_ERROR_PATTERN = "^\\[[0-9TZ:. +-]+\\] [A-Za-z0-9_-]+\\.(ERROR|CRITICAL|ALERT|EMERGENCY):";
    /**
     * NGINX error_log entries at level error or worse, anchored on the level field (a [warn] line quoting
     * "[error]" does not count): {@code 2024/05/01 10:00:00 [error] 12#12: ...}.
     */
    public static final String NGINX_ERROR_PATTERN = "^[0-9/]+ [0-9:]+ \\[(error|crit|alert|emerg)\\]";
    /**
     * A 5xx status in NGINX's {@code combined} access format and the edge's {@code fleet} format, which both
     * start {@code addr - user [time] "request" STATUS bytes ...} (nginx escapes quotes in the request as \x22,
     * so the second double quote always closes the request line).
     */
    public static final String NGINX_ACCESS_5XX_PATTERN = "^[^\"]*\"[^\"]*\" 5[0-9]{2}[[:space:]]";

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,30}");

    /** Matching lines are error entries of an application or server log. */
    public enum Kind {
        ERRORS("error lines"),
        HTTP_5XX("HTTP 5xx responses");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        /** Wording used in alerts, e.g. "HTTP 5xx responses". */
        public String description() {
            return description;
        }

        /** Value written in logwatch.conf. */
        public String confValue() {
            return this == ERRORS ? "errors" : "http5xx";
        }
    }

    public WatchedLog {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("watched log name must match [a-z0-9][a-z0-9-]* (max 31 chars): "
                    + name);
        }
        if (kind == null) {
            throw new IllegalArgumentException("watched log " + name + ": kind is required");
        }
        Checks.path("watched log " + name + " path", path, true);
        if (pattern == null || pattern.isBlank() || !pattern.equals(pattern.strip())
                || pattern.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new IllegalArgumentException("watched log " + name + ": pattern must be a non-empty one-line "
                    + "extended regular expression without leading or trailing spaces (use [[:space:]])");
        }
    }

    public static WatchedLog errors(String name, String path, String pattern) {
        return new WatchedLog(name, Kind.ERRORS, path, pattern);
    }

    public static WatchedLog http5xx(String name, String path) {
        return new WatchedLog(name, Kind.HTTP_5XX, path, NGINX_ACCESS_5XX_PATTERN);
    }
}
