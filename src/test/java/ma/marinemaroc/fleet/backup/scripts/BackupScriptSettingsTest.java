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
        assertThat(s.databases()).containsExactly("fleetbase");
        assertThat(s.optionalDatabases()).containsExactly("fleetbase_sandbox");
        assertThat(s.storageDir()).contains("/var/lib/fleet/storage");
        assertThat(s.backupSchedule()).isEqualTo("*-*-* 02:00:00");
        assertThat(s.drillSchedule()).isEqualTo("Sun *-*-* 04:00:00");
        assertThat(s.s3Endpoint()).isEmpty();
        assertThat(s.dbExec()).isEqualTo("docker exec -i -e MYSQL_PWD fleet-database");
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
        bad.put(b -> b.databases(List.of()), "databases must name at least one database");
        bad.put(b -> b.databases(List.of("fleet-base")), "database name 'fleet-base'");
        bad.put(b -> b.optionalDatabases(List.of("fleetbase")), "database 'fleetbase' is listed twice");
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

        // parse it with the scripts' own load_secrets (taken from the rendered script)
        String script = BackupScripts.render(build(b -> b)).get(BackupScripts.BACKUP_SCRIPT);
        String common = script.substring(script.indexOf("FLEET_BACKUP_CONF="), script.indexOf("# --- database access"));
        java.nio.file.Path file = dir.resolve("backup.env");
        java.nio.file.Files.writeString(file, env + "UNKNOWN_VAR=1\n");
        java.nio.file.Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        java.nio.file.Path lib = dir.resolve("lib.sh");
        java.nio.file.Files.writeString(lib, common);
        String probe = "set -euo pipefail; . \"$1\"; FLEET_BACKUP_ENV=\"$2\"; load_secrets; "
                + "printf '%s|%s|%s|%s|' \"$AWS_ACCESS_KEY_ID\" \"$AWS_SECRET_ACCESS_KEY\" \"$DB_USER\" \"$MYSQL_PWD\"; "
                + "env | grep -c '^MYSQL_PWD=' ; [[ -z \"${DB_PASSWORD:-}\" ]] && echo unset";
        Proc.Result r = Proc.run(List.of("bash", "-c", probe, "x", lib.toString(), file.toString()), Map.of(), null,
                Duration.ofSeconds(20));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("AKIA123|s/e+c=r|root|" + password + "|1\nunset\n");
        assertThat(r.err()).contains("ignoring unknown variable UNKNOWN_VAR").doesNotContain(password);

        java.nio.file.Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        Proc.Result open = Proc.run(List.of("bash", "-c", probe, "x", lib.toString(), file.toString()), Map.of(), null,
                Duration.ofSeconds(20));
        assertThat(open.exit()).isNotZero();
        assertThat(open.err()).contains("has mode 644; it must not be readable by group or others");
    }
}
