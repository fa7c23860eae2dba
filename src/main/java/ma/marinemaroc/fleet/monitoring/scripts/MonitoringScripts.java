package ma.marinemaroc.fleet.monitoring.scripts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders the on-host alerting and log-watch files: {@code fleet-alert}, {@code fleet-logwatch},
 * {@code fleet-unit-failed}, their non-secret config files and the systemd units.
 *
 * <p>Failure-alert contract: any systemd unit that should alert when it fails puts {@link #ON_FAILURE} in its
 * {@code [Unit]} section; {@code fleet-alert@.service} then mails the failed unit's status and journal tail.
 */
public final class MonitoringScripts {
    public static final String ALERT_SCRIPT = "/opt/fleet/bin/fleet-alert";
    public static final String LOGWATCH_SCRIPT = "/opt/fleet/bin/fleet-logwatch";
    public static final String UNIT_FAILED_SCRIPT = "/opt/fleet/bin/fleet-unit-failed";
    public static final String ALERT_CONF = "/etc/fleet/alert.conf";
    public static final String LOGWATCH_CONF = "/etc/fleet/logwatch.conf";
    public static final String LOGWATCH_SERVICE = "/etc/systemd/system/fleet-logwatch.service";
    public static final String LOGWATCH_TIMER = "/etc/systemd/system/fleet-logwatch.timer";
    public static final String ALERT_UNIT_TEMPLATE = "/etc/systemd/system/fleet-alert@.service";
    /** The line a unit adds to its [Unit] section to alert when it fails. */
    public static final String ON_FAILURE = "OnFailure=fleet-alert@%n.service";
    /** Units to enable after installing the files ({@code systemctl enable --now}). */
    public static final List<String> UNITS_TO_ENABLE = List.of("fleet-logwatch.timer");

    private static final Set<String> EXECUTABLES = Set.of(ALERT_SCRIPT, LOGWATCH_SCRIPT, UNIT_FAILED_SCRIPT);

    private MonitoringScripts() {
    }

    /**
     * Every file to install, on-host absolute path to content, in a stable order. None of them holds a secret:
     * the SMTP credentials go to {@link AlertSettings#envFile()} via {@link #renderAlertEnv}.
     */
    public static Map<String, String> render(AlertSettings alert, LogWatchSettings logwatch) {
        Map<String, Object> scope = commonScope();
        Map<String, String> files = new LinkedHashMap<>();
        files.put(ALERT_SCRIPT, MonitoringTemplates.render("fleet-alert", scope));
        files.put(LOGWATCH_SCRIPT, MonitoringTemplates.render("fleet-logwatch", scope));
        files.put(UNIT_FAILED_SCRIPT, MonitoringTemplates.render("fleet-unit-failed", scope));
        files.put(ALERT_CONF, MonitoringTemplates.render("alert.conf", alertScope(scope, alert)));
        Map<String, Object> watchScope = logwatchScope(scope, logwatch);
        files.put(LOGWATCH_CONF, MonitoringTemplates.render("logwatch.conf", watchScope));
        files.put(LOGWATCH_SERVICE, MonitoringTemplates.render("fleet-logwatch.service", watchScope));
        files.put(LOGWATCH_TIMER, MonitoringTemplates.render("fleet-logwatch.timer", watchScope));
        files.put(ALERT_UNIT_TEMPLATE, MonitoringTemplates.render("fleet-alert@.service", scope));
        return files;
    }

    /**
     * Content of the credentials file read by fleet-alert (install it 0600 root at {@link AlertSettings#envFile()}).
     * Each value is wrapped in single quotes, which fleet-alert strips (exactly one pair) without interpreting
     * anything else, so any printable password works. {@code user} must not contain ':' (curl splits there).
     */
    public static String renderAlertEnv(String smtpUser, String smtpPassword) {
        checkCredential("SMTP user", smtpUser);
        checkCredential("SMTP password", smtpPassword);
        if (smtpUser.contains(":")) {
            throw new IllegalArgumentException("SMTP user must not contain ':'");
        }
        return "# SMTP relay credentials of fleet-alert (mode 0600, root). Rendered; do not edit.\n"
                + "SMTP_USER='" + smtpUser + "'\n"
                + "SMTP_PASSWORD='" + smtpPassword + "'\n";
    }

    /** Octal mode to install a rendered file with: 0755 for the scripts, 0644 for configs and units. */
    public static String fileMode(String path) {
        return EXECUTABLES.contains(path) ? "0755" : "0644";
    }

    private static void checkCredential(String field, String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
        if (value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new IllegalArgumentException(field + " must not contain control characters or line breaks");
        }
    }

    private static Map<String, Object> commonScope() {
        Map<String, Object> scope = new HashMap<>();
        scope.put("alertScript", ALERT_SCRIPT);
        scope.put("logwatchScript", LOGWATCH_SCRIPT);
        scope.put("unitFailedScript", UNIT_FAILED_SCRIPT);
        scope.put("alertConf", ALERT_CONF);
        scope.put("logwatchConf", LOGWATCH_CONF);
        scope.put("logwatchService", LOGWATCH_SERVICE);
        scope.put("logwatchTimer", LOGWATCH_TIMER);
        scope.put("alertUnitTemplate", ALERT_UNIT_TEMPLATE);
        return scope;
    }

    private static Map<String, Object> alertScope(Map<String, Object> common, AlertSettings alert) {
        Map<String, Object> scope = new HashMap<>(common);
        scope.put("recipients", String.join(",", alert.recipients()));
        scope.put("sender", alert.sender());
        scope.put("smtpHost", alert.smtpHost());
        scope.put("smtpPort", Integer.toString(alert.smtpPort()));
        scope.put("tls", alert.tls().confValue());
        scope.put("caFile", alert.caFile());
        scope.put("subjectPrefix", alert.subjectPrefix());
        scope.put("logPath", alert.logPath());
        scope.put("stateDir", alert.stateDir());
        scope.put("envFile", alert.envFile());
        scope.put("rateLimitMinutes", Integer.toString(alert.rateLimitMinutes()));
        return scope;
    }

    private static Map<String, Object> logwatchScope(Map<String, Object> common, LogWatchSettings watch) {
        Map<String, Object> scope = new HashMap<>(common);
        scope.put("threshold", Integer.toString(watch.threshold()));
        scope.put("intervalMinutes", Integer.toString(watch.intervalMinutes()));
        scope.put("sampleLines", Integer.toString(watch.sampleLines()));
        scope.put("stateDir", watch.stateDir());
        scope.put("summaryLog", watch.summaryLog());
        scope.put("alertCommand", watch.alertCommand());
        scope.put("onCalendar", watch.onCalendar());
        List<Map<String, String>> logs = new ArrayList<>();
        for (WatchedLog log : watch.logs()) {
            logs.add(Map.of("name", log.name(), "kind", log.kind().confValue(), "path", log.path(),
                    "pattern", log.pattern()));
        }
        scope.put("logs", logs);
        return scope;
    }
}
