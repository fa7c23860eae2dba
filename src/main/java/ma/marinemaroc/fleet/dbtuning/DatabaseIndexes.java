package ma.marinemaroc.fleet.dbtuning;

import ma.marinemaroc.fleet.templates.Templates;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Database tuning as code: renders {@value #SCRIPT}, which creates the indexes of {@link FleetIndexes} that are
 * missing, online, then runs {@code ANALYZE TABLE} on the tables it changed. Wiring (the deploy step, after the
 * migrations; re-run when the API image changes, because a new image brings new migrations):
 * <pre>
 *   for (DatabaseIndexes.File f : DatabaseIndexes.files(settings)) install f.path() with f.mode();
 *   step script: DatabaseIndexes.applyCommand(), triggers: [api image, DatabaseIndexes.contentHash(settings)]
 * </pre>
 * The script is idempotent: a second run finds every index present and changes nothing.
 */
public final class DatabaseIndexes {
    public static final String SCRIPT = "/opt/fleet/bin/fleet-db-indexes";

    /** An on-host file: absolute path, text, octal mode. */
    public record File(String path, String content, String mode) {
    }

    /**
     * How the script reaches the database and how it may lock.
     *
     * @param dbExec          words put before the client, e.g. {@code docker exec -i -e MYSQL_PWD fleet-database}
     *                        (the password travels as MYSQL_PWD, copied by docker from the script's environment);
     *                        empty to run the client on the host (socket access)
     * @param clientOptions   client options, e.g. {@code --socket=/run/fleet/mysqld/mysqld.sock}
     * @param user            database user with ALTER and INDEX on the database (root)
     * @param passwordFile    host file holding that user's password (read by the script, never put on a command
     *                        line); empty when the client needs none
     * @param database        the Fleetbase database
     * @param lockWaitSeconds how long one ALTER may wait for the table's metadata lock before it gives up and
     *                        retries (a waiting ALTER queues every later query on that table behind it)
     * @param lockRetries     attempts per index before the script fails
     * @param maxSharedLockRows largest table (estimated rows) on which the script falls back to {@code LOCK=SHARED}
     *                        (writers wait while the index builds) when the server refuses {@code LOCK=NONE}, as
     *                        MySQL 8 does for tables with ON ... CASCADE foreign keys (orders, tracking_statuses);
     *                        larger tables are left for a maintenance window (reported, exit 0); 0 never
     */
    public record Settings(String dbExec, String clientOptions, String user, String passwordFile, String database,
                           int lockWaitSeconds, int lockRetries, long maxSharedLockRows) {
        private static final Pattern WORDS = Pattern.compile("[A-Za-z0-9_./:=@-]+( [A-Za-z0-9_./:=@-]+)*");
        private static final Pattern PATH = Pattern.compile("/[A-Za-z0-9_./@-]+");

        public Settings {
            Objects.requireNonNull(dbExec, "dbExec");
            Objects.requireNonNull(clientOptions, "clientOptions");
            Objects.requireNonNull(passwordFile, "passwordFile");
            if (!dbExec.isEmpty() && !WORDS.matcher(dbExec).matches()) {
                throw new IllegalArgumentException("dbExec must be plain words separated by single spaces, got '" + dbExec + "'");
            }
            if (!clientOptions.isEmpty() && !WORDS.matcher(clientOptions).matches()) {
                throw new IllegalArgumentException("clientOptions must be plain words, got '" + clientOptions + "'");
            }
            if (!passwordFile.isEmpty() && !PATH.matcher(passwordFile).matches()) {
                throw new IllegalArgumentException("passwordFile must be an absolute plain path, got '" + passwordFile + "'");
            }
            IndexSpec.identifier("user", user);
            IndexSpec.identifier("database", database);
            if (lockWaitSeconds < 1 || lockWaitSeconds > 300 || lockRetries < 1 || lockRetries > 100 || maxSharedLockRows < 0) {
                throw new IllegalArgumentException("lockWaitSeconds 1..300, lockRetries 1..100, maxSharedLockRows >= 0");
            }
        }

        /**
         * Production: the client inside the {@code fleet-database} container (the mysql image ships it), as root
         * with the password from the host's root password file (0400; the step runs with sudo).
         */
        public static Settings production() {
            return new Settings("docker exec -i -e MYSQL_PWD " + ma.marinemaroc.fleet.services.ServiceRole.DATABASE.containerBase(),
                    "", "root", ma.marinemaroc.fleet.services.HostPaths.MYSQL_ROOT_PASSWORD, "fleetbase", 5, 12, 2_000_000);
        }

        /** The client on the host over the database's unix socket (when the lead exposes it). */
        public static Settings overSocket(String socket, String passwordFile) {
            return new Settings("", "--socket=" + socket, "root", passwordFile, "fleetbase", 5, 12, 2_000_000);
        }
    }

    private DatabaseIndexes() {
    }

    /** Prints the production script (bench/index/run.sh runs it against its own server). */
    public static void main(String[] args) {
        System.out.print(files(Settings.production()).get(0).content());
    }

    /** The files to install; today one script, mode 0755. */
    public static List<File> files(Settings settings) {
        return List.of(new File(SCRIPT, render(settings, FleetIndexes.ALL), "0755"));
    }

    /** The deploy step's command: run after the migrations, with sudo (the password file is root-only). */
    public static String applyCommand() {
        return "sudo " + SCRIPT;
    }

    /** SHA-256 of the rendered script, for the step's triggers (a new index list re-runs the step). */
    public static String contentHash(Settings settings) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(render(settings, FleetIndexes.ALL).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The script for any index list (tests render variants). */
    public static String render(Settings s, List<IndexSpec> indexes) {
        if (indexes.stream().map(IndexSpec::name).distinct().count() != indexes.size()) {
            throw new IllegalArgumentException("index names must be unique");
        }
        Map<String, Object> scope = new HashMap<>();
        scope.put("dbExec", s.dbExec());
        scope.put("clientOptions", s.clientOptions());
        scope.put("user", s.user());
        scope.put("passwordFile", s.passwordFile());
        scope.put("database", s.database());
        scope.put("lockWaitSeconds", s.lockWaitSeconds());
        scope.put("lockRetries", s.lockRetries());
        scope.put("maxSharedLockRows", s.maxSharedLockRows());
        scope.put("indexLines", indexes.stream().map(IndexSpec::line).collect(Collectors.joining("\n")));
        scope.put("indexComments", indexes.stream().map(i -> "#   " + i.name() + ": " + i.serves())
                .collect(Collectors.joining("\n")));
        return Templates.at("templates/dbtuning").renderAt("fleet-db-indexes.mustache", scope);
    }
}
