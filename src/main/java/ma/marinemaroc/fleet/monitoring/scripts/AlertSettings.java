package ma.marinemaroc.fleet.monitoring.scripts;

import java.util.List;
import java.util.Set;

/**
 * Non-secret settings of {@code fleet-alert}, rendered into {@code /etc/fleet/alert.conf}. The SMTP user and
 * password are NOT here: they live in {@code envFile} (0600 root, see {@link MonitoringScripts#renderAlertEnv}).
 *
 * @param recipients        mail addresses that receive every alert (at least one)
 * @param sender            envelope and header sender address
 * @param smtpHost          SMTP relay host name or IP address
 * @param smtpPort          SMTP relay port (1-65535)
 * @param tls               starttls, smtps, or none (none only for a relay on 127.0.0.1 / ::1 / localhost)
 * @param caFile            PEM bundle to verify the relay's certificate with, or null for the system store
 * @param subjectPrefix     put in front of every subject, e.g. {@code [fleet]}
 * @param logPath           local alert log; a line is appended for every alert, even when mail fails
 * @param stateDir          rate-limit state (one file per recently mailed subject)
 * @param envFile           file with SMTP_USER and SMTP_PASSWORD
 * @param rateLimitMinutes  identical subjects are mailed at most once per this many minutes (0 disables)
 */
public record AlertSettings(List<String> recipients, String sender, String smtpHost, int smtpPort, SmtpTls tls,
                            String caFile, String subjectPrefix, String logPath, String stateDir, String envFile,
                            int rateLimitMinutes) {

    public static final String DEFAULT_LOG_PATH = "/var/log/fleet/alerts.log";
    public static final String DEFAULT_STATE_DIR = "/var/lib/fleet/alert-state";
    public static final String DEFAULT_ENV_FILE = "/etc/fleet/alert.env";
    public static final String DEFAULT_SUBJECT_PREFIX = "[fleet]";
    public static final int DEFAULT_RATE_LIMIT_MINUTES = 30;
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "::1", "localhost");

    public AlertSettings {
        if (recipients == null || recipients.isEmpty()) {
            throw new IllegalArgumentException("alert recipients must list at least one e-mail address");
        }
        recipients = List.copyOf(recipients);
        for (String r : recipients) {
            Checks.email("alert recipient", r);
        }
        Checks.email("alert sender", sender);
        Checks.host("SMTP host", smtpHost);
        Checks.range("SMTP port", smtpPort, 1, 65535);
        if (tls == null) {
            throw new IllegalArgumentException("SMTP TLS mode is required (starttls, smtps or none)");
        }
        if (tls == SmtpTls.NONE && !LOOPBACK.contains(smtpHost)) {
            throw new IllegalArgumentException("SMTP TLS mode none is only allowed for a relay on 127.0.0.1, ::1 "
                    + "or localhost (credentials would cross the network in clear); host is " + smtpHost);
        }
        if (caFile != null) {
            Checks.path("SMTP CA file", caFile, false);
        }
        Checks.line("alert subject prefix", subjectPrefix, 40);
        Checks.path("alert log path", logPath, false);
        Checks.path("alert state directory", stateDir, false);
        Checks.path("alert env file", envFile, false);
        Checks.range("alert rate limit minutes", rateLimitMinutes, 0, 7 * 24 * 60);
    }

    /** Settings with the documented defaults for everything but the relay and addresses. */
    public static AlertSettings of(List<String> recipients, String sender, String smtpHost, int smtpPort,
                                   SmtpTls tls) {
        return new AlertSettings(recipients, sender, smtpHost, smtpPort, tls, null, DEFAULT_SUBJECT_PREFIX,
                DEFAULT_LOG_PATH, DEFAULT_STATE_DIR, DEFAULT_ENV_FILE, DEFAULT_RATE_LIMIT_MINUTES);
    }

    public AlertSettings withCaFile(String newCaFile) {
        return new AlertSettings(recipients, sender, smtpHost, smtpPort, tls, newCaFile, subjectPrefix, logPath,
                stateDir, envFile, rateLimitMinutes);
    }

    public AlertSettings withSubjectPrefix(String prefix) {
        return new AlertSettings(recipients, sender, smtpHost, smtpPort, tls, caFile, prefix, logPath, stateDir,
                envFile, rateLimitMinutes);
    }

    /** Same settings with other local paths (tests point them into a temp directory). */
    public AlertSettings withPaths(String newLogPath, String newStateDir, String newEnvFile) {
        return new AlertSettings(recipients, sender, smtpHost, smtpPort, tls, caFile, subjectPrefix, newLogPath,
                newStateDir, newEnvFile, rateLimitMinutes);
    }

    public AlertSettings withRateLimitMinutes(int minutes) {
        return new AlertSettings(recipients, sender, smtpHost, smtpPort, tls, caFile, subjectPrefix, logPath,
                stateDir, envFile, minutes);
    }
}
