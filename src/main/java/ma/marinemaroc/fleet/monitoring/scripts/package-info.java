/**
 * On-host alerting and log watching, rendered by {@link ma.marinemaroc.fleet.monitoring.scripts.MonitoringScripts}
 * from the mustache templates under {@code templates/monitoring/}.
 *
 * <h2>Files (on-host path: mode)</h2>
 * <ul>
 *   <li>{@code /opt/fleet/bin/fleet-alert} (0755): {@code fleet-alert <subject> [body-file|-]}. Appends a line to
 *       the local alert log first (always), then mails through the SMTP relay with curl. Identical subjects are
 *       mailed at most once per {@code rateLimitMinutes} (state in {@code /var/lib/fleet/alert-state}; a failed mail
 *       is not recorded). Exit 0 sent/suppressed, 1 mail failed, 64 usage, 78 configuration.</li>
 *   <li>{@code /opt/fleet/bin/fleet-logwatch} (0755): run by {@code fleet-logwatch.timer}; counts lines matching
 *       each watched log's pattern since the previous run (inode + byte offset + head hash per file; handles
 *       rename rotation via {@code <path>.1}, copytruncate and in-place rewrites), alerts when the total is above
 *       the threshold, appends a summary line to {@code /var/log/fleet/logwatch.log}.</li>
 *   <li>{@code /opt/fleet/bin/fleet-unit-failed} (0755): run by {@code fleet-alert@.service}.</li>
 *   <li>{@code /etc/fleet/alert.conf}, {@code /etc/fleet/logwatch.conf} (0644): non-secret KEY=value settings, parsed
 *       by the scripts (never sourced); the environment overrides any key (tests use that).</li>
 *   <li>{@code /etc/systemd/system/fleet-logwatch.service}, {@code .timer}, {@code fleet-alert@.service} (0644).</li>
 *   <li>Not rendered by {@code render}: {@code /etc/fleet/alert.env} (0600 root), content from
 *       {@link ma.marinemaroc.fleet.monitoring.scripts.MonitoringScripts#renderAlertEnv}.</li>
 * </ul>
 *
 * <h2>Credentials</h2>
 * SMTP_USER / SMTP_PASSWORD are read from the env file and handed to curl as a {@code user = "..."} line of a
 * config read from curl's stdin ({@code curl --config -}, fed by the printf builtin): never in argv, never exported,
 * never in a log. With TLS mode {@code starttls} curl runs with {@code --ssl-reqd}, so a relay that does not offer
 * STARTTLS gets no credentials.
 *
 * <h2>Failure-alert contract</h2>
 * A unit that should alert on failure adds {@code OnFailure=fleet-alert@%n.service}
 * ({@link ma.marinemaroc.fleet.monitoring.scripts.MonitoringScripts#ON_FAILURE}) to its {@code [Unit]} section.
 * systemd then starts {@code fleet-alert@<unit>.service}, which mails "unit &lt;unit&gt; failed" with
 * {@code systemctl status} and the last 60 journal lines. The template has no OnFailure= itself (no loop).
 *
 * <h2>Log-watch choices</h2>
 * <ul>
 *   <li>Laravel log: {@code /var/log/fleet/api/laravel*.log} (the API containers' storage/logs is bind-mounted
 *       there); the glob covers both the "single" and "daily" Laravel channels.</li>
 *   <li>First run of a watch records the current ends and counts nothing (history never alerts); a file that
 *       appears later is read from its start.</li>
 *   <li>Missing log: counts 0, exit 0; reported once (stderr = journal, and the summary line) until it reappears.</li>
 *   <li>Threshold: the total over all watched logs must be strictly greater than the threshold.</li>
 *   <li>Only complete lines are counted; a line still being written is counted by the next run.</li>
 * </ul>
 */
package ma.marinemaroc.fleet.monitoring.scripts;
