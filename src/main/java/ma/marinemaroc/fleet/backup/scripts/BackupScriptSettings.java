package ma.marinemaroc.fleet.backup.scripts;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Non-secret settings of the on-host backup, restore and restore-drill scripts (rendered into
 * /etc/fleet/backup.conf and the systemd timers). Secrets are not here: they live in
 * {@link BackupScripts#SECRETS_ENV} (see {@link BackupSecretsEnv}). Build with
 * {@link #builder(String, String)}; every component is validated with a message naming it.
 *
 * @param s3Bucket            S3 bucket of the off-site copies
 * @param s3Region            its region (e.g. eu-west-1)
 * @param s3Endpoint          S3-compatible endpoint URL; empty for AWS itself
 * @param keyPrefix           key prefix of the sets: "" or segments ending with '/' (e.g. "production/")
 * @param localDir            local backup directory (absolute)
 * @param localKeepCount      newest local sets kept (at least 1)
 * @param localKeepDays       local sets older than this are pruned (0: no age limit); the newest is always kept
 * @param databases           databases that must exist and are backed up (default: the three Fleetbase
 *                            databases fleetbase, fleetbase_sandbox, fleetbase_storefront)
 * @param optionalDatabases   databases backed up only when they exist (default: none)
 * @param localMinFreeMb      free space (MiB) the backup filesystem keeps beyond what the next run needs;
 *                            below it, sets that exist only locally may be deleted (oldest first, never
 *                            the newest)
 * @param storageDir          directory archived into each set (Fleetbase uploads); empty: none
 * @param backupSchedule      OnCalendar of the backup timer
 * @param drillSchedule       OnCalendar of the restore-drill timer
 * @param alertCommand        command called as {@code <cmd> <subject> <body-file>}
 * @param logFile             one line per run is appended here
 * @param lockFile            flock file shared by backup, restore and drill
 * @param dbSocket            unix socket of the database server on the host (the database container's
 *                            /var/run/mysqld mounted from the host); every tool connects through it
 * @param dbExec              optional prefix (a wrapper program) in front of every database tool; empty: none
 * @param dbClientOptions     extra non-secret options of the mysql and mysqldump clients; never a password
 * @param dumpTool            mysqldump (dumps triggers, routines and events during a restore's swap)
 * @param clientTool          client tool name (mysql)
 * @param parallelDumpTool    the parallel dumper (mydumper, Debian/Ubuntu package mydumper)
 * @param parallelLoadTool    the parallel loader (myloader, same package)
 * @param dbThreads           threads of mydumper and myloader, 0 = one per core
 * @param dumpChunkRows       mydumper splits tables into chunks of about this many rows (0: one file per
 *                            table), so that several threads share one big table when dumping and loading
 * @param dumpStallSeconds    a dump whose output has not changed for this long is stopped and started once more
 *                            (mydumper 0.10 can hang for good with its threads waiting on each other); a second
 *                            stall fails the backup with that reason (5..86400)
 * @param dumpExtraOptions    extra mysqldump options (--set-gtid-purged=OFF for MySQL 8's mysqldump)
 * @param zstdLevel           zstd level 1..19
 * @param zstdThreads         zstd threads, 0 = one per core
 * @param awsCommand          the AWS CLI command
 * @param drillMaxAgeHours    the drill alerts when the newest set is older (0: no check)
 * @param restoreSkipBinlog   restores and drills load with sql_log_bin=0 (no binary log of the reload)
 * @param restoreStopCommand  run (bash -c) before a restore changes anything; empty: none
 * @param restoreStartCommand run after a restore (also after a failed one); empty: none
 */
public record BackupScriptSettings(
        String s3Bucket,
        String s3Region,
        Optional<String> s3Endpoint,
        String keyPrefix,
        String localDir,
        int localKeepCount,
        int localKeepDays,
        int localMinFreeMb,
        List<String> databases,
        List<String> optionalDatabases,
        Optional<String> storageDir,
        String backupSchedule,
        String drillSchedule,
        String alertCommand,
        String logFile,
        String lockFile,
        String dbSocket,
        String dbExec,
        String dbClientOptions,
        String dumpTool,
        String clientTool,
        String parallelDumpTool,
        String parallelLoadTool,
        int dbThreads,
        int dumpChunkRows,
        int dumpStallSeconds,
        List<String> dumpExtraOptions,
        int zstdLevel,
        int zstdThreads,
        String awsCommand,
        int drillMaxAgeHours,
        boolean restoreSkipBinlog,
        String restoreStopCommand,
        String restoreStartCommand) {

    public static final String DEFAULT_BACKUP_SCHEDULE = "*-*-* 02:00:00";
    public static final String DEFAULT_DRILL_SCHEDULE = "Sun *-*-* 04:00:00";
    /**
     * Every database Fleetbase uses: its own, the sandbox, and the storefront extension's (created by upstream
     * {@code php artisan mysql:createdb}).
     */
    public static final List<String> DEFAULT_DATABASES = List.of("fleetbase", "fleetbase_sandbox", "fleetbase_storefront");
    /**
     * Where the database container's unix socket appears on the host: the deploy mounts this host directory at
     * /var/run/mysqld in the container, so the host's mydumper, myloader and mysql connect through it.
     */
    public static final String DEFAULT_DB_SOCKET = "/run/fleet/mysqld/mysqld.sock";

    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final Pattern IP = Pattern.compile("\\d+\\.\\d+\\.\\d+\\.\\d+");
    private static final Pattern AWS_REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");
    private static final Pattern OTHER_REGION = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");
    private static final Pattern PREFIX = Pattern.compile("([A-Za-z0-9._-]+/)*");
    private static final Pattern DB_NAME = Pattern.compile("[A-Za-z0-9_]{1,40}");
    private static final Pattern TOOL = Pattern.compile("[A-Za-z0-9._/-]+");
    private static final Pattern PASSWORD_OPTION =
            Pattern.compile("(^|\\s)(--password\\b|-p\\S|MYSQL_PWD=|--env[ =]MYSQL_PWD=|-e\\s*MYSQL_PWD=)");

    public BackupScriptSettings {
        Objects.requireNonNull(s3Endpoint, "s3Endpoint (use Optional.empty())");
        Objects.requireNonNull(storageDir, "storageDir (use Optional.empty())");
        requireText("s3Bucket", s3Bucket);
        if (!BUCKET.matcher(s3Bucket).matches() || s3Bucket.contains("..") || IP.matcher(s3Bucket).matches()) {
            throw new IllegalArgumentException("s3Bucket '" + s3Bucket + "' is not a valid S3 bucket name "
                    + "(3-63 lowercase letters, digits, '.', '-'; starting and ending with a letter or digit)");
        }
        requireText("s3Region", s3Region);
        s3Endpoint = s3Endpoint.filter(e -> !e.isBlank()).map(String::trim);
        if (!(s3Endpoint.isPresent() ? OTHER_REGION : AWS_REGION).matcher(s3Region).matches()) {
            throw new IllegalArgumentException("s3Region '" + s3Region + "' is not a region name like eu-west-1");
        }
        s3Endpoint.ifPresent(BackupScriptSettings::checkEndpoint);
        Objects.requireNonNull(keyPrefix, "keyPrefix");
        if (!PREFIX.matcher(keyPrefix).matches()) {
            throw new IllegalArgumentException("keyPrefix '" + keyPrefix + "' must be empty or path segments of "
                    + "letters, digits, '.', '_', '-' each ending with '/', e.g. 'production/'");
        }
        requireAbsolute("localDir", localDir);
        if (localKeepCount < 1) {
            throw new IllegalArgumentException("localKeepCount must be at least 1 (the newest set is always kept), got "
                    + localKeepCount);
        }
        if (localKeepDays < 0) {
            throw new IllegalArgumentException("localKeepDays must be 0 (no age limit) or more, got " + localKeepDays);
        }
        if (localMinFreeMb < 0) {
            throw new IllegalArgumentException("localMinFreeMb must be 0 or more, got " + localMinFreeMb);
        }
        databases = List.copyOf(Objects.requireNonNull(databases, "databases"));
        optionalDatabases = List.copyOf(Objects.requireNonNull(optionalDatabases, "optionalDatabases"));
        if (databases.isEmpty()) {
            throw new IllegalArgumentException("databases must name at least one database (e.g. fleetbase)");
        }
        Set<String> seen = new HashSet<>();
        for (String db : concat(databases, optionalDatabases)) {
            if (db == null || !DB_NAME.matcher(db).matches()) {
                throw new IllegalArgumentException("database name '" + db + "' must be 1-40 letters, digits or '_'");
            }
            if (!seen.add(db)) {
                throw new IllegalArgumentException("database '" + db + "' is listed twice");
            }
        }
        storageDir = storageDir.filter(s -> !s.isBlank());
        storageDir.ifPresent(s -> requireAbsolute("storageDir", s));
        if (storageDir.isPresent()) {
            String s = storageDir.get();
            if (s.equals("/") || within(localDir, s) || within(s, localDir)) {
                throw new IllegalArgumentException("storageDir '" + s + "' and localDir '" + localDir
                        + "' must not contain each other (and storageDir must not be '/')");
            }
        }
        backupSchedule = OnCalendar.validate("backupSchedule", backupSchedule);
        drillSchedule = OnCalendar.validate("drillSchedule", drillSchedule);
        requireText("alertCommand", alertCommand);
        requireAbsolute("logFile", logFile);
        requireAbsolute("lockFile", lockFile);
        requireAbsolute("dbSocket", dbSocket);
        if (!dbSocket.matches("[A-Za-z0-9._/-]+")) {
            throw new IllegalArgumentException("dbSocket '" + dbSocket + "' must be a path of letters, digits, '.', '_', "
                    + "'-' and '/'");
        }
        Objects.requireNonNull(dbExec, "dbExec (use \"\" for none)");
        Objects.requireNonNull(dbClientOptions, "dbClientOptions (use \"\")");
        requireNoSecret("dbExec", dbExec);
        requireNoSecret("dbClientOptions", dbClientOptions);
        requireTool("dumpTool", dumpTool);
        requireTool("clientTool", clientTool);
        requireTool("parallelDumpTool", parallelDumpTool);
        requireTool("parallelLoadTool", parallelLoadTool);
        if (dbThreads < 0 || dbThreads > 64) {
            throw new IllegalArgumentException("dbThreads must be 0 (one per core) to 64, got " + dbThreads);
        }
        if (dumpChunkRows < 0) {
            throw new IllegalArgumentException("dumpChunkRows must be 0 (one file per table) or more, got "
                    + dumpChunkRows);
        }
        if (dumpStallSeconds < 5 || dumpStallSeconds > 86_400) {
            throw new IllegalArgumentException("dumpStallSeconds must be 5 to 86400 (seconds without progress before"
                    + " a dump is stopped), got " + dumpStallSeconds);
        }
        dumpExtraOptions = List.copyOf(Objects.requireNonNull(dumpExtraOptions, "dumpExtraOptions"));
        for (String o : dumpExtraOptions) {
            if (o == null || !o.matches("--[a-z][a-z0-9-]*(=[A-Za-z0-9_.,/-]*)?")) {
                throw new IllegalArgumentException("dumpExtraOptions entry '" + o + "' must look like --name or --name=value");
            }
            requireNoSecret("dumpExtraOptions", o);
        }
        if (zstdLevel < 1 || zstdLevel > 19) {
            throw new IllegalArgumentException("zstdLevel must be 1..19, got " + zstdLevel);
        }
        if (zstdThreads < 0) {
            throw new IllegalArgumentException("zstdThreads must be 0 (one per core) or more, got " + zstdThreads);
        }
        requireText("awsCommand", awsCommand);
        if (drillMaxAgeHours < 0) {
            throw new IllegalArgumentException("drillMaxAgeHours must be 0 (no check) or more, got " + drillMaxAgeHours);
        }
        Objects.requireNonNull(restoreStopCommand, "restoreStopCommand (use \"\")");
        Objects.requireNonNull(restoreStartCommand, "restoreStartCommand (use \"\")");
        for (String c : List.of(alertCommand, awsCommand, dbExec, dbClientOptions, restoreStopCommand, restoreStartCommand)) {
            if (c.contains("\n") || c.contains("\r")) {
                throw new IllegalArgumentException("commands must be one line: '" + c + "'");
            }
        }
    }

    /** A builder with the production defaults; the bucket and region have none. */
    public static Builder builder(String s3Bucket, String s3Region) {
        return new Builder(s3Bucket, s3Region);
    }

    private static void checkEndpoint(String endpoint) {
        try {
            URI uri = new URI(endpoint);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getUserInfo() != null) {
                throw new IllegalArgumentException("s3Endpoint '" + endpoint
                        + "' must be an http(s) URL with a host and no credentials, e.g. https://s3.example.com");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("s3Endpoint '" + endpoint + "' is not a URL: " + e.getMessage(), e);
        }
    }

    private static void requireText(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
    }

    private static void requireAbsolute(String name, String path) {
        requireText(name, path);
        if (!path.startsWith("/") || path.contains("\n") || path.contains("/../") || path.endsWith("/..")) {
            throw new IllegalArgumentException(name + " '" + path + "' must be an absolute path without '..'");
        }
    }

    private static void requireTool(String name, String tool) {
        requireText(name, tool);
        if (!TOOL.matcher(tool).matches()) {
            throw new IllegalArgumentException(name + " '" + tool + "' must be a program name or path");
        }
    }

    private static void requireNoSecret(String name, String value) {
        if (PASSWORD_OPTION.matcher(value).find()) {
            throw new IllegalArgumentException(name + " must not carry a password (it is rendered into a non-secret "
                    + "file and would be visible on the command line); put DB_PASSWORD in " + BackupScripts.SECRETS_ENV
                    + " (the scripts hand it to the tools in a private option file)");
        }
    }

    private static boolean within(String dir, String parent) {
        String p = parent.endsWith("/") ? parent : parent + "/";
        String d = dir.endsWith("/") ? dir : dir + "/";
        return d.startsWith(p);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    /** Mutable builder; {@link #build()} validates. */
    public static final class Builder {
        private final String s3Bucket;
        private final String s3Region;
        private Optional<String> s3Endpoint = Optional.empty();
        private String keyPrefix = "production/";
        private String localDir = "/var/lib/fleet/backups";
        private int localKeepCount = 7;
        private int localKeepDays = 14;
        private int localMinFreeMb = 1024;
        private List<String> databases = DEFAULT_DATABASES;
        private List<String> optionalDatabases = List.of();
        private Optional<String> storageDir = Optional.of("/var/lib/fleet/storage");
        private String backupSchedule = DEFAULT_BACKUP_SCHEDULE;
        private String drillSchedule = DEFAULT_DRILL_SCHEDULE;
        private String alertCommand = BackupScripts.DEFAULT_ALERT_COMMAND;
        private String logFile = "/var/log/fleet/backup.log";
        private String lockFile = "/run/lock/fleet-backup.lock";
        private String dbSocket = DEFAULT_DB_SOCKET;
        private String dbExec = "";
        private String dbClientOptions = "";
        private String dumpTool = "mysqldump";
        private String clientTool = "mysql";
        private String parallelDumpTool = "mydumper";
        private String parallelLoadTool = "myloader";
        private int dbThreads = 0;
        private int dumpChunkRows = 250_000;
        private int dumpStallSeconds = 600;
        private List<String> dumpExtraOptions = List.of("--set-gtid-purged=OFF");
        private int zstdLevel = 3;
        private int zstdThreads = 0;
        private String awsCommand = "aws";
        private int drillMaxAgeHours = 36;
        private boolean restoreSkipBinlog = true;
        private String restoreStopCommand = "docker stop fleet-application fleet-queue fleet-scheduler";
        private String restoreStartCommand = "docker start fleet-application fleet-queue fleet-scheduler";

        private Builder(String s3Bucket, String s3Region) {
            this.s3Bucket = s3Bucket;
            this.s3Region = s3Region;
        }

        public Builder s3Endpoint(String v) { this.s3Endpoint = Optional.ofNullable(v); return this; }
        public Builder keyPrefix(String v) { this.keyPrefix = v; return this; }
        public Builder localDir(String v) { this.localDir = v; return this; }
        public Builder localKeepCount(int v) { this.localKeepCount = v; return this; }
        public Builder localKeepDays(int v) { this.localKeepDays = v; return this; }
        public Builder localMinFreeMb(int v) { this.localMinFreeMb = v; return this; }
        public Builder databases(List<String> v) { this.databases = v; return this; }
        public Builder optionalDatabases(List<String> v) { this.optionalDatabases = v; return this; }
        public Builder storageDir(String v) { this.storageDir = Optional.ofNullable(v); return this; }
        public Builder backupSchedule(String v) { this.backupSchedule = v; return this; }
        public Builder drillSchedule(String v) { this.drillSchedule = v; return this; }
        public Builder alertCommand(String v) { this.alertCommand = v; return this; }
        public Builder logFile(String v) { this.logFile = v; return this; }
        public Builder lockFile(String v) { this.lockFile = v; return this; }
        public Builder dbSocket(String v) { this.dbSocket = v; return this; }
        public Builder dbExec(String v) { this.dbExec = v; return this; }
        public Builder dbClientOptions(String v) { this.dbClientOptions = v; return this; }
        public Builder dumpTool(String v) { this.dumpTool = v; return this; }
        public Builder clientTool(String v) { this.clientTool = v; return this; }
        public Builder parallelDumpTool(String v) { this.parallelDumpTool = v; return this; }
        public Builder parallelLoadTool(String v) { this.parallelLoadTool = v; return this; }
        public Builder dbThreads(int v) { this.dbThreads = v; return this; }
        public Builder dumpChunkRows(int v) { this.dumpChunkRows = v; return this; }
        /** Default 600: ten minutes without a byte written to the dump directory. */
        public Builder dumpStallSeconds(int v) { this.dumpStallSeconds = v; return this; }
        public Builder dumpExtraOptions(List<String> v) { this.dumpExtraOptions = v; return this; }
        public Builder zstdLevel(int v) { this.zstdLevel = v; return this; }
        public Builder zstdThreads(int v) { this.zstdThreads = v; return this; }
        public Builder awsCommand(String v) { this.awsCommand = v; return this; }
        public Builder drillMaxAgeHours(int v) { this.drillMaxAgeHours = v; return this; }
        public Builder restoreSkipBinlog(boolean v) { this.restoreSkipBinlog = v; return this; }
        public Builder restoreStopCommand(String v) { this.restoreStopCommand = v; return this; }
        public Builder restoreStartCommand(String v) { this.restoreStartCommand = v; return this; }

        public BackupScriptSettings build() {
            return new BackupScriptSettings(s3Bucket, s3Region, s3Endpoint, keyPrefix, localDir, localKeepCount,
                    localKeepDays, localMinFreeMb, databases, optionalDatabases, storageDir, backupSchedule,
                    drillSchedule, alertCommand, logFile, lockFile, dbSocket, dbExec, dbClientOptions, dumpTool,
                    clientTool, parallelDumpTool, parallelLoadTool, dbThreads, dumpChunkRows, dumpStallSeconds, dumpExtraOptions,
                    zstdLevel, zstdThreads, awsCommand, drillMaxAgeHours, restoreSkipBinlog, restoreStopCommand,
                    restoreStartCommand);
        }
    }
}
