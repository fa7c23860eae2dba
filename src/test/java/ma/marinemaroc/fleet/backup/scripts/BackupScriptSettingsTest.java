package ma.marinemaroc.fleet.backup.scripts;

import ma.marinemaroc.fleet.testing.Proc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class BackupScriptSettingsTest {

    private static BackupScriptSettings build(UnaryOperator<BackupScriptSettings.Builder> f) {
        return f.apply(BackupScriptSettings.builder("fleet-backups", "eu-west-1")).build();
    }

    @Test
    void productionDefaults() {
        BackupScriptSettings s = build(b -> b);
        assertThat(s.keyPrefix()).isEqualTo("production/");
        assertThat(s.localDir()).isEqualTo("/var/lib/fleet/backups");
        // every Fleetbase database is required: its own, the sandbox and the storefront extension's
        assertThat(s.databases()).containsExactly("fleetbase", "fleetbase_sandbox", "fleetbase_storefront");
        assertThat(s.optionalDatabases()).isEmpty();
        assertThat(s.storageDir()).contains("/var/lib/fleet/storage");
        assertThat(s.backupSchedule()).isEqualTo("*-*-* 02:00:00");
        assertThat(s.drillSchedule()).isEqualTo("Sun *-*-* 04:00:00");
        assertThat(s.s3Endpoint()).isEmpty();
        // host tools over the database container's socket (the deploy mounts /run/fleet/mysqld at /var/run/mysqld)
        assertThat(s.dbSocket()).isEqualTo("/run/fleet/mysqld/mysqld.sock");
        assertThat(s.dbExec()).isEmpty();
        assertThat(s.parallelDumpTool()).isEqualTo("mydumper");
        assertThat(s.parallelLoadTool()).isEqualTo("myloader");
        assertThat(s.dbThreads()).isZero();
        assertThat(s.dumpChunkRows()).isEqualTo(250_000);
        assertThat(s.localMinFreeMb()).isEqualTo(1024);
        assertThat(s.alertCommand()).isEqualTo("/opt/fleet/bin/fleet-alert");
    }

    @Test
    void rejectsBadValuesWithMessagesNamingTheField() {
        Map<UnaryOperator<BackupScriptSettings.Builder>, String> bad = new java.util.LinkedHashMap<>();
        bad.put(b -> b.keyPrefix("production"), "keyPrefix 'production' must be empty or path segments");
        bad.put(b -> b.keyPrefix("/x/"), "keyPrefix '/x/'");
        bad.put(b -> b.localDir("backups"), "localDir 'backups' must be an absolute path");
        bad.put(b -> b.localKeepCount(0), "localKeepCount must be at least 1");
        bad.put(b -> b.localKeepDays(-1), "localKeepDays must be 0");
        bad.put(b -> b.localMinFreeMb(-1), "localMinFreeMb must be 0 or more");
        bad.put(b -> b.dbSocket("run/mysqld.sock"), "dbSocket 'run/mysqld.sock' must be an absolute path");
        bad.put(b -> b.dbSocket("/run/my sql.sock"), "dbSocket '/run/my sql.sock' must be a path of letters");
        bad.put(b -> b.parallelDumpTool("mydumper; rm -rf /"), "parallelDumpTool 'mydumper; rm -rf /' must be a program");
        bad.put(b -> b.parallelLoadTool(""), "parallelLoadTool must not be empty");
        bad.put(b -> b.dbThreads(-1), "dbThreads must be 0 (one per core) to 64");
        bad.put(b -> b.dumpChunkRows(-5), "dumpChunkRows must be 0 (one file per table) or more");
        bad.put(b -> b.dumpStallSeconds(2), "dumpStallSeconds must be 5 to 86400");
        bad.put(b -> b.databases(List.of()), "databases must name at least one database");
        bad.put(b -> b.databases(List.of("fleet-base")), "database name 'fleet-base'");
        bad.put(b -> b.optionalDatabases(List.of("fleetbase_storefront")), "database 'fleetbase_storefront' is listed twice");
        bad.put(b -> b.storageDir("/var/lib/fleet"), "must not contain each other");
        bad.put(b -> b.backupSchedule("02:00 daily"), "backupSchedule: '02:00 daily' is not a supported");
        bad.put(b -> b.drillSchedule("Sun *-*-* 25:00"), "drillSchedule: 'Sun *-*-* 25:00' is not a supported systemd "
                + "OnCalendar expression: hour 25 is out of range 0..23");
        bad.put(b -> b.dbExec("docker exec -e MYSQL_PWD=hunter2 fleet-database"), "dbExec must not carry a password");
        bad.put(b -> b.dbClientOptions("--password=hunter2"), "dbClientOptions must not carry a password");
        bad.put(b -> b.dbClientOptions("-phunter2"), "dbClientOptions must not carry a password");
        bad.put(b -> b.dumpExtraOptions(List.of("--password=x")), "dumpExtraOptions must not carry a password");
        bad.put(b -> b.dumpExtraOptions(List.of("; rm -rf /")), "dumpExtraOptions entry '; rm -rf /'");
        bad.put(b -> b.zstdLevel(22), "zstdLevel must be 1..19");
        bad.put(b -> b.s3Endpoint("ftp://x"), "s3Endpoint 'ftp://x' must be an http(s) URL");
        bad.put(b -> b.s3Endpoint("http://user:pw@host"), "no credentials");
        bad.put(b -> b.alertCommand(" "), "alertCommand must not be empty");
        bad.put(b -> b.restoreStopCommand("a\nb"), "commands must be one line");
        bad.forEach((f, message) -> assertThatThrownBy(() -> build(f))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message));

        assertThatThrownBy(() -> BackupScriptSettings.builder("Fleet_Backups", "eu-west-1").build())
                .hasMessageContaining("s3Bucket 'Fleet_Backups' is not a valid S3 bucket name");
        assertThatThrownBy(() -> BackupScriptSettings.builder("fleet-b", "Europe").build())
                .hasMessageContaining("s3Region 'Europe'");
    }

    @Test
    void acceptsS3CompatibleEndpointsAndEmptyOptionalParts() {
        BackupScriptSettings s = build(b -> b.s3Endpoint("http://127.0.0.1:9000").keyPrefix("").storageDir(null)
                .optionalDatabases(List.of()).dbExec("").localKeepDays(0));
        assertThat(s.s3Endpoint()).contains("http://127.0.0.1:9000");
        assertThat(s.storageDir()).isEmpty();
        assertThat(BackupScriptSettings.builder("fleet-b", "fra1").s3Endpoint("https://fra1.digitaloceanspaces.com")
                .build().s3Region()).isEqualTo("fra1");
    }

    @Test
    void secretsFileRoundTripsThroughTheScriptsParser(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        String password = "a'b\"c $d `e` \\f #g";
        String env = BackupSecretsEnv.render(Optional.of("AKIA123"), Optional.of("s/e+c=r"), "root", password);
        assertThat(env).contains("DB_PASSWORD='" + password + "'\n");
        assertThatThrownBy(() -> BackupSecretsEnv.render(Optional.of("x"), Optional.empty(), "root", "p"))
                .hasMessageContaining("both");
        assertThatThrownBy(() -> BackupSecretsEnv.render(Optional.empty(), Optional.empty(), "root", "p\nq"))
                .hasMessageContaining("line break");

        // parse it with the scripts' own load_secrets (taken from the rendered script): the credentials land in
        // the private option file only, which the real option-file parser of the database tools reads back
        Proc.require("my_print_defaults");
        String script = BackupScripts.render(build(b -> b)).get(BackupScripts.BACKUP_SCRIPT);
        String common = script.substring(script.indexOf("FLEET_BACKUP_CONF="), script.indexOf("# --- database access"));
        java.nio.file.Path file = dir.resolve("backup.env");
        java.nio.file.Files.writeString(file, env + "UNKNOWN_VAR=1\n");
        java.nio.file.Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        java.nio.file.Path lib = dir.resolve("lib.sh");
        java.nio.file.Files.writeString(lib, common);
        java.nio.file.Path work = java.nio.file.Files.createDirectories(dir.resolve("work"));
        String probe = "set -euo pipefail; . \"$1\"; trap 'printf \"%s\\n\" \"$FAIL_REASON\" >&2' EXIT; FLEET_BACKUP_ENV=\"$2\"; WORK=\"$3\"; DB_SOCKET=/run/fleet/mysqld/mysqld.sock; "
                + "MYSQL_PWD=inherited; export MYSQL_PWD; load_secrets; "
                + "printf '%s|%s|' \"${AWS_ACCESS_KEY_ID:-}\" \"${AWS_SECRET_ACCESS_KEY:-}\"; stat -c '%a|' \"$DB_CNF\"; "
                + "my_print_defaults --defaults-file=\"$DB_CNF\" client; "
                + "env | grep -c -e '^MYSQL_PWD=' -e '^DB_PASSWORD=' || true; [[ -z \"$DB_PASSWORD\" ]] && echo cleared";
        Proc.Result r = Proc.run(List.of("bash", "-c", probe, "x", lib.toString(), file.toString(), work.toString()),
                Map.of(), null, Duration.ofSeconds(20));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("AKIA123|s/e+c=r|600|\n--user=root\n--password=" + password
                + "\n--socket=/run/fleet/mysqld/mysqld.sock\n0\ncleared\n");
        assertThat(r.err()).contains("ignoring unknown variable UNKNOWN_VAR").doesNotContain(password);

        // hostile values the option-file syntax could misread: quotes, backslashes before quotes, '#', edges
        for (String pw : List.of("\\\"#\\'", " lead and trail ", "#only", "a\\", "\\", "x\"y'z`$(id)`", "é ü ﻣﺮﺣﺒﺎ")) {
            java.nio.file.Files.writeString(file, BackupSecretsEnv.render(Optional.empty(), Optional.empty(), "u s'r", pw));
            Proc.Result h = Proc.run(List.of("bash", "-c", probe, "x", lib.toString(), file.toString(), work.toString()),
                    Map.of(), null, Duration.ofSeconds(20));
            assertThat(h.exit()).as(h.err()).isZero();
            assertThat(h.out()).as(pw).contains("--user=u s'r\n--password=" + pw + "\n");
        }
        java.nio.file.Files.writeString(file, env);

        java.nio.file.Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        Proc.Result open = Proc.run(List.of("bash", "-c", probe, "x", lib.toString(), file.toString(), work.toString()),
                Map.of(), null, Duration.ofSeconds(20));
        assertThat(open.exit()).isNotZero();
        assertThat(open.err()).contains("has mode 644; it must not be readable by group or others");
    }
}
