package ma.marinemaroc.fleet.backup.scripts;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Renders the on-host backup files: the three scripts, the non-secret configuration and the systemd
 * service/timer units. Install scripts {@code 0755}, the rest {@code 0644} ({@link #fileMode(String)}),
 * then {@code systemctl daemon-reload && systemctl enable --now fleet-backup.timer fleet-restore-drill.timer}.
 * The secrets file {@link #SECRETS_ENV} is written separately (mode 0600, {@link BackupSecretsEnv}).
 */
public final class BackupScripts {
    public static final String BACKUP_SCRIPT = "/opt/fleet/bin/fleet-backup";
    public static final String RESTORE_SCRIPT = "/opt/fleet/bin/fleet-restore";
    public static final String DRILL_SCRIPT = "/opt/fleet/bin/fleet-restore-drill";
    public static final String CONFIG = "/etc/fleet/backup.conf";
    public static final String SECRETS_ENV = "/etc/fleet/backup.env";
    public static final String BACKUP_SERVICE = "/etc/systemd/system/fleet-backup.service";
    public static final String BACKUP_TIMER = "/etc/systemd/system/fleet-backup.timer";
    public static final String DRILL_SERVICE = "/etc/systemd/system/fleet-restore-drill.service";
    public static final String DRILL_TIMER = "/etc/systemd/system/fleet-restore-drill.timer";
    /** The alert command the scripts try when the configuration is missing or broken. */
    public static final String DEFAULT_ALERT_COMMAND = "/opt/fleet/bin/fleet-alert";
    /** Timers to enable after installing the files. */
    public static final Set<String> TIMER_UNITS = Set.of("fleet-backup.timer", "fleet-restore-drill.timer");

    private static final String ROOT = "templates/backup";
    private static final Set<String> SCRIPTS = Set.of(BACKUP_SCRIPT, RESTORE_SCRIPT, DRILL_SCRIPT);

    private BackupScripts() {
    }

    /** On-host path to file content, in a stable order. */
    public static Map<String, String> render(BackupScriptSettings settings) {
        Map<String, Object> scope = scope(settings);
        Map<String, String> files = new LinkedHashMap<>();
        files.put(BACKUP_SCRIPT, render("fleet-backup.sh.mustache", scope));
        files.put(RESTORE_SCRIPT, render("fleet-restore.sh.mustache", scope));
        files.put(DRILL_SCRIPT, render("fleet-restore-drill.sh.mustache", scope));
        files.put(CONFIG, render("backup.conf.mustache", scope));
        files.put(BACKUP_SERVICE, render("fleet-backup.service.mustache", scope));
        files.put(BACKUP_TIMER, render("fleet-backup.timer.mustache", scope));
        files.put(DRILL_SERVICE, render("fleet-restore-drill.service.mustache", scope));
        files.put(DRILL_TIMER, render("fleet-restore-drill.timer.mustache", scope));
        return Collections.unmodifiableMap(files);
    }

    /** Octal mode to install a rendered file with: 0755 for the scripts, 0644 otherwise. */
    public static String fileMode(String path) {
        return SCRIPTS.contains(path) ? "0755" : "0644";
    }

    private static Map<String, Object> scope(BackupScriptSettings s) {
        Map<String, Object> m = new HashMap<>();
        m.put("confPath", CONFIG);
        m.put("envPath", SECRETS_ENV);
        m.put("backupPath", BACKUP_SCRIPT);
        m.put("drillPath", DRILL_SCRIPT);
        m.put("defaultAlertCommand", ShellQuote.quote(DEFAULT_ALERT_COMMAND));
        m.put("defaultDbSocket", BackupScriptSettings.DEFAULT_DB_SOCKET);
        m.put("backupTimeout", "6h");
        m.put("drillTimeout", "6h");
        m.put("backupSchedule", s.backupSchedule());
        m.put("drillSchedule", s.drillSchedule());
        m.put("s3Bucket", ShellQuote.quote(s.s3Bucket()));
        m.put("s3Region", ShellQuote.quote(s.s3Region()));
        m.put("s3Endpoint", ShellQuote.quote(s.s3Endpoint().orElse("")));
        m.put("keyPrefix", ShellQuote.quote(s.keyPrefix()));
        m.put("localDir", ShellQuote.quote(s.localDir()));
        m.put("localKeepCount", s.localKeepCount());
        m.put("localKeepDays", s.localKeepDays());
        m.put("localMinFreeMb", s.localMinFreeMb());
        m.put("databases", ShellQuote.quoteWords(s.databases()));
        m.put("optionalDatabases", ShellQuote.quoteWords(s.optionalDatabases()));
        m.put("storageDir", ShellQuote.quote(s.storageDir().orElse("")));
        m.put("logFile", ShellQuote.quote(s.logFile()));
        m.put("lockFile", ShellQuote.quote(s.lockFile()));
        m.put("alertCommand", ShellQuote.quote(s.alertCommand()));
        m.put("dbSocket", ShellQuote.quote(s.dbSocket()));
        m.put("dbExec", ShellQuote.quote(s.dbExec()));
        m.put("dbClientOptions", ShellQuote.quote(s.dbClientOptions()));
        m.put("dumpTool", ShellQuote.quote(s.dumpTool()));
        m.put("clientTool", ShellQuote.quote(s.clientTool()));
        m.put("parallelDumpTool", ShellQuote.quote(s.parallelDumpTool()));
        m.put("parallelLoadTool", ShellQuote.quote(s.parallelLoadTool()));
        m.put("dbThreads", s.dbThreads());
        m.put("dumpChunkRows", s.dumpChunkRows());
        m.put("dumpStallSeconds", s.dumpStallSeconds());
        m.put("dumpExtraOptions", ShellQuote.quoteWords(s.dumpExtraOptions()));
        m.put("zstdLevel", s.zstdLevel());
        m.put("zstdThreads", s.zstdThreads());
        m.put("awsCommand", ShellQuote.quote(s.awsCommand()));
        m.put("drillMaxAgeHours", s.drillMaxAgeHours());
        m.put("restoreSkipBinlog", s.restoreSkipBinlog() ? 1 : 0);
        m.put("restoreStopCommand", ShellQuote.quote(s.restoreStopCommand()));
        m.put("restoreStartCommand", ShellQuote.quote(s.restoreStartCommand()));
        return m;
    }

    private static String render(String template, Map<String, Object> scope) {
        String text = ma.marinemaroc.fleet.templates.Templates.at(ROOT).renderAt(template, scope);
        if (text.contains("{{")) {
            throw new IllegalStateException("unrendered tag left in " + template);
        }
        return text;
    }
}
