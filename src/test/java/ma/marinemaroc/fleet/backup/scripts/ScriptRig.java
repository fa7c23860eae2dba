package ma.marinemaroc.fleet.backup.scripts;

import ma.marinemaroc.fleet.testing.S3ProxyServer;
import ma.marinemaroc.fleet.testing.Proc;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The rendered scripts installed into a private directory tree, configured (through the real
 * renderer) for the shared test servers: own database, own S3 key prefix, own local dir, an alert
 * command that records its calls, and a DB_EXEC wrapper that records every database command line.
 */
final class ScriptRig {
    /** Password of the database user the scripts use: every character class that breaks naive quoting. */
    static final String DB_PASSWORD = "Pw d'q\"$HOME`x`;\\|&*#1";
    static final String DB_USER = "fleet_backup";

    final BackupTestEnv env;
    final String name;
    final String database;
    final Path dir;
    final Path bin;
    final Path localDir;
    final Path storageDir;
    final Path logFile;
    final Path alertLog;
    final Path argvLog;
    final Path tmp;
    final Path conf;
    final Path secrets;
    final BackupScriptSettings settings;
    private final UnaryOperator<BackupScriptSettings.Builder> base;

    ScriptRig(BackupTestEnv env, String name, UnaryOperator<BackupScriptSettings.Builder> custom) {
        this.env = env;
        this.name = name;
        this.database = "fb_" + name;
        try {
            dir = Files.createTempDirectory(env.root, name + "-");
            bin = Files.createDirectories(dir.resolve("bin"));
            localDir = dir.resolve("backups");
            storageDir = Files.createDirectories(dir.resolve("srv/storage"));
            logFile = dir.resolve("log/backup.log");
            alertLog = dir.resolve("alerts.log");
            argvLog = dir.resolve("db-argv.log");
            tmp = Files.createDirectories(dir.resolve("tmp"));
            conf = dir.resolve("etc/backup.conf");
            secrets = dir.resolve("etc/backup.env");
            writeExecutable(bin.resolve("record-alert"), "#!/usr/bin/env bash\nset -euo pipefail\n"
                    + "{ printf 'SUBJECT %s\\n' \"$1\"; cat \"$2\"; printf 'END\\n'; } >>" + alertLog + "\n");
            toolWrapper(bin.resolve("record-argv"),
                    "printf '%s\\n' \"$*\" >>" + argvLog + "\n");
            base = b -> b.s3Endpoint(env.s3.endpoint())
                    .keyPrefix("tests/" + name + "/")
                    .localDir(localDir.toString())
                    .databases(List.of(database))
                    .optionalDatabases(List.of(database + "_sandbox"))
                    .storageDir(storageDir.toString())
                    .alertCommand(bin.resolve("record-alert").toString())
                    .logFile(logFile.toString())
                    .lockFile(dir.resolve("run/backup.lock").toString())
                    .dbExec(bin.resolve("record-argv").toString())
                    .dbSocket(env.db.socket().toString())
                    .dumpExtraOptions(List.of())
                    .dumpChunkRows(1000)
                    .dumpStallSeconds(60)
                    .zstdThreads(0)
                    .restoreStopCommand("echo stop >>" + dir.resolve("app.log"))
                    .restoreStartCommand("echo start >>" + dir.resolve("app.log"));
            settings = custom.apply(base.apply(BackupScriptSettings.builder(BackupTestEnv.BUCKET, "eu-west-1"))).build();
            install(BackupScripts.render(settings));
            Files.createDirectories(secrets.getParent());
            Files.writeString(secrets, BackupSecretsEnv.render(Optional.of(S3ProxyServer.ACCESS_KEY),
                    Optional.of(S3ProxyServer.SECRET_KEY), DB_USER, DB_PASSWORD));
            Files.setPosixFilePermissions(secrets, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        env.db.query("CREATE USER IF NOT EXISTS '" + DB_USER + "'@'localhost' IDENTIFIED BY '"
                + DB_PASSWORD.replace("\\", "\\\\").replace("'", "''") + "';\n"
                + "GRANT ALL PRIVILEGES ON *.* TO '" + DB_USER + "'@'localhost';\n");
    }

    ScriptRig(BackupTestEnv env, String name) {
        this(env, name, b -> b);
    }

    /** Re-renders the installed files with the rig's own settings changed by {@code custom} (same dirs). */
    BackupScriptSettings reconfigure(UnaryOperator<BackupScriptSettings.Builder> custom) {
        BackupScriptSettings s = custom.apply(base.apply(BackupScriptSettings.builder(BackupTestEnv.BUCKET, "eu-west-1")))
                .build();
        try {
            install(BackupScripts.render(s));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return s;
    }

    /** A started script, for tests that signal it while it runs (stdin /dev/null, output to files in the rig dir). */
    Process start(String script, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(bin.resolve(script).toString());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(dir.resolve(script + ".out").toFile()).redirectError(dir.resolve(script + ".err").toFile());
        scriptEnv().forEach((k, v) -> {
            if (v == null) pb.environment().remove(k);
            else pb.environment().put(k, v);
        });
        return Proc.launch(pb);
    }

    private void install(Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> f : files.entrySet()) {
            String base = f.getKey().substring(f.getKey().lastIndexOf('/') + 1);
            if (f.getKey().equals(BackupScripts.CONFIG)) {
                Files.createDirectories(conf.getParent());
                Files.writeString(conf, f.getValue());
            } else if (BackupScripts.fileMode(f.getKey()).equals("0755")) {
                writeExecutable(bin.resolve(base), f.getValue());
            } else {
                Files.writeString(Files.createDirectories(dir.resolve("units")).resolve(base), f.getValue());
            }
        }
    }

    /**
     * Writes {@code p}, a wrapper to put in front of the database tools ({@code dbExec}: it gets the tool's whole
     * command line as its arguments): strict bash, then {@code body} (which may intercept the tool and exit), then the
     * tool itself. Returns {@code p}.
     */
    static Path toolWrapper(Path p, String body) throws IOException {
        writeExecutable(p, "#!/usr/bin/env bash\nset -euo pipefail\n" + body + "exec \"$@\"\n");
        return p;
    }

    static void writeExecutable(Path p, String content) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** Runs one of the installed scripts (fleet-backup, fleet-restore, fleet-restore-drill). */
    Proc.Result run(String script, String... args) {
        return runWith(Map.of(), script, args);
    }

    /** Same, with variables added to (or, with a null value, removed from) the scripts' environment. */
    Proc.Result runWith(Map<String, String> extraEnv, String script, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(bin.resolve(script).toString());
        cmd.addAll(List.of(args));
        Map<String, String> e = scriptEnv();
        e.putAll(extraEnv);
        return Proc.run(cmd, e, null, Duration.ofMinutes(5));
    }

    Map<String, String> scriptEnv() {
        Map<String, String> e = new HashMap<>();
        e.put("FLEET_BACKUP_CONF", conf.toString());
        e.put("FLEET_BACKUP_ENV", secrets.toString());
        e.put("TMPDIR", tmp.toString());
        e.put("AWS_CONFIG_FILE", dir.resolve("no-aws-config").toString());
        e.put("AWS_SHARED_CREDENTIALS_FILE", dir.resolve("no-aws-credentials").toString());
        e.put("AWS_ACCESS_KEY_ID", null);
        e.put("AWS_SECRET_ACCESS_KEY", null);
        e.put("MYSQL_PWD", null);
        return e;
    }

    /** Creates the rig's database with the fleet-like schema and generated rows. */
    void seed(int orders, int statusesPerOrder) {
        seed(database, orders, statusesPerOrder);
    }

    void seed(String db, int orders, int statusesPerOrder) {
        env.db.query("DROP DATABASE IF EXISTS `" + db + "`; CREATE DATABASE `" + db
                + "` DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;");
        env.db.query(db, resource("fleet-schema.sql"));
        env.db.query(db, resource("fleet-data.sql").replace("@ORDERS@", Integer.toString(orders))
                .replace("@STATUSES@", Integer.toString(statusesPerOrder)));
    }

    static String resource(String name) {
        try (var in = ScriptRig.class.getResourceAsStream("/backup/" + name)) {
            if (in == null) {
                throw new AssertionError("missing test resource /backup/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Per-table CHECKSUM TABLE and SHOW CREATE TABLE (columns, indexes in their order, foreign keys; the
     * AUTO_INCREMENT counter left out) of every base table, plus the trigger/routine/event definitions.
     */
    String fingerprint(String db) {
        List<String> tables = env.db.query("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = '"
                + db + "' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME").lines().toList();
        StringBuilder sb = new StringBuilder();
        for (String t : tables) {
            String line = env.db.query("CHECKSUM TABLE `" + db + "`.`" + t + "` EXTENDED").trim();
            sb.append(line.substring(line.indexOf('.') + 1)).append('\n');
            sb.append(env.db.query("SHOW CREATE TABLE `" + db + "`.`" + t + "`").replaceAll(" AUTO_INCREMENT=\\d+", ""));
        }
        sb.append(env.db.query("SELECT TRIGGER_NAME, EVENT_MANIPULATION, EVENT_OBJECT_TABLE, ACTION_STATEMENT "
                + "FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = '" + db + "' ORDER BY TRIGGER_NAME"));
        sb.append(env.db.query("SELECT ROUTINE_TYPE, ROUTINE_NAME, ROUTINE_DEFINITION FROM information_schema.ROUTINES "
                + "WHERE ROUTINE_SCHEMA = '" + db + "' ORDER BY ROUTINE_NAME"));
        sb.append(env.db.query("SELECT EVENT_NAME, STATUS, EVENT_DEFINITION FROM information_schema.EVENTS "
                + "WHERE EVENT_SCHEMA = '" + db + "' ORDER BY EVENT_NAME"));
        return sb.toString();
    }

    List<String> schemasLike(String pattern) {
        return env.db.query("SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE '"
                + pattern + "' ORDER BY 1").lines().toList();
    }

    /** Complete local sets (directories named fleet-*), sorted. */
    List<String> localSets() {
        if (!Files.isDirectory(localDir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(localDir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String read(Path p) {
        try {
            return Files.exists(p) ? Files.readString(p) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file below the rig's TMPDIR and local dir (to prove nothing partial is left behind). */
    List<String> leftovers() {
        List<String> out = new ArrayList<>();
        for (Path root : List.of(tmp, localDir)) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> s = Files.walk(root)) {
                    s.filter(p -> !p.equals(root)).forEach(p -> out.add(root.relativize(p).toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return out;
    }
}
