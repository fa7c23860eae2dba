package ma.marinemaroc.fleet.backup.scripts;

import ma.marinemaroc.fleet.testing.Proc;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rendered files: golden snapshots, shellcheck, sourcing the configuration, systemd unit checks. */
class BackupScriptsRenderTest {
    /** Set -Dgolden.update=true to rewrite the snapshots after an intended change. */
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final Path GOLDEN = Path.of("src/test/resources/backup/golden");

    static BackupScriptSettings production() {
        return BackupScriptSettings.builder("marinemaroc-fleet-backups", "eu-west-1").build();
    }

    @Test
    void renderedFilesMatchTheGoldenSnapshots() throws Exception {
        Map<String, String> files = BackupScripts.render(production());
        assertThat(files.keySet()).containsExactly(BackupScripts.BACKUP_SCRIPT, BackupScripts.RESTORE_SCRIPT,
                BackupScripts.DRILL_SCRIPT, BackupScripts.CONFIG, BackupScripts.BACKUP_SERVICE,
                BackupScripts.BACKUP_TIMER, BackupScripts.DRILL_SERVICE, BackupScripts.DRILL_TIMER);
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path golden = GOLDEN.resolve(f.getKey().substring(f.getKey().lastIndexOf('/') + 1));
            if (UPDATE) {
                Files.createDirectories(GOLDEN);
                Files.writeString(golden, f.getValue());
            }
            assertThat(golden).as("golden file (regenerate with -Dgolden.update=true)").exists();
            assertThat(f.getValue()).as(f.getKey()).isEqualTo(Files.readString(golden));
        }
    }

    @Test
    void everyScriptPassesShellcheckAndIsStrictBash(@TempDir Path dir) throws Exception {
        Proc.require("shellcheck");
        for (String path : List.of(BackupScripts.BACKUP_SCRIPT, BackupScripts.RESTORE_SCRIPT, BackupScripts.DRILL_SCRIPT)) {
            String script = BackupScripts.render(production()).get(path);
            assertThat(script).startsWith("#!/usr/bin/env bash\n").doesNotContain("{{");
            assertThat(script.lines().filter(l -> l.equals("set -euo pipefail")).count()).isEqualTo(1);
            Path f = dir.resolve(path.substring(path.lastIndexOf('/') + 1));
            Files.writeString(f, script);
            Proc.Result r = Proc.run(List.of("shellcheck", "--severity=style", f.toString()));
            assertThat(r.exit()).as(path + ":\n" + r.out()).isZero();
            assertThat(BackupScripts.fileMode(path)).isEqualTo("0755");
            Proc.Result help = Proc.run(List.of("bash", f.toString(), "--help"));
            assertThat(help.exit()).as(help.all()).isZero();
        }
        assertThat(BackupScripts.fileMode(BackupScripts.CONFIG)).isEqualTo("0644");
    }

    @Test
    void configurationSourcesBackToTheSettingsAndHoldsNoSecret(@TempDir Path dir) throws Exception {
        BackupScriptSettings s = BackupScriptSettings.builder("fleet-b", "eu-west-1")
                .s3Endpoint("https://s3.example.test:9000")
                .keyPrefix("prod/eu/")
                .storageDir("/srv/fleet storage/it's here")
                .optionalDatabases(List.of("extra_db", "other_db"))
                .dbSocket("/run/fleet/mysqld/mysqld.sock")
                .alertCommand("/opt/fleet/bin/fleet-alert --tag 'backup $x'")
                .build();
        Path conf = dir.resolve("backup.conf");
        Files.writeString(conf, BackupScripts.render(s).get(BackupScripts.CONFIG));
        Proc.Result r = Proc.run(List.of("bash", "-c", "set -euo pipefail; . \"$1\"; printf '%s|' \"$S3_BUCKET\" "
                + "\"$S3_ENDPOINT\" \"$S3_PREFIX\" \"$STORAGE_DIR\" \"$OPTIONAL_DATABASES\" \"$ALERT_CMD\" \"$DB_EXEC\" "
                + "\"$DUMP_EXTRA_OPTS\" \"$LOCAL_KEEP_COUNT\" \"$DATABASES\" \"$DB_SOCKET\" \"$MYDUMPER_BIN\" \"$MYLOADER_BIN\" "
                + "\"$DB_THREADS\" \"$DUMP_CHUNK_ROWS\" \"$LOCAL_MIN_FREE_MB\"", "x", conf.toString()), Map.of(), null, Duration.ofSeconds(20));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("fleet-b|https://s3.example.test:9000|prod/eu/|/srv/fleet storage/it's here|"
                + "extra_db other_db|/opt/fleet/bin/fleet-alert --tag 'backup $x'|"
                + "|--set-gtid-purged=OFF|7|fleetbase fleetbase_sandbox fleetbase_storefront|/run/fleet/mysqld/mysqld.sock|"
                + "mydumper|myloader|0|250000|1024|");
        BackupScripts.render(s).forEach((path, content) -> {
            if (!BackupScripts.fileMode(path).equals("0755")) {
                assertThat(content).as(path).doesNotContainPattern("(?m)^\\s*(AWS_SECRET_ACCESS_KEY|AWS_ACCESS_KEY_ID|DB_PASSWORD|MYSQL_PWD)=");
            }
        });
    }

    @Test
    void timersCarryTheSchedulesAndAreVerifiedBySystemd(@TempDir Path dir) throws Exception {
        BackupScriptSettings s = BackupScriptSettings.builder("fleet-b", "eu-west-1")
                .backupSchedule("*-*-* 01:30").drillSchedule("Sat,Sun *-*-* 05:00:00").build();
        Map<String, String> files = BackupScripts.render(s);
        assertThat(files.get(BackupScripts.BACKUP_TIMER)).contains("OnCalendar=*-*-* 01:30\n", "Persistent=true\n",
                "Unit=fleet-backup.service\n", "WantedBy=timers.target\n");
        assertThat(files.get(BackupScripts.DRILL_TIMER)).contains("OnCalendar=Sat,Sun *-*-* 05:00:00\n",
                "Persistent=true\n", "Unit=fleet-restore-drill.service\n");
        assertThat(files.get(BackupScripts.BACKUP_SERVICE)).contains("Type=oneshot\n",
                "ExecStart=" + BackupScripts.BACKUP_SCRIPT + "\n");
        assertThat(files.get(BackupScripts.DRILL_SERVICE)).contains("ExecStart=" + BackupScripts.DRILL_SCRIPT + "\n");

        Proc.require("systemd-analyze");
        // install everything under a scratch root and let systemd itself check the units
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path p = dir.resolve(f.getKey().substring(1));
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue());
            p.toFile().setExecutable(BackupScripts.fileMode(f.getKey()).equals("0755"));
        }
        Proc.Result verify = Proc.run(List.of("systemd-analyze", "verify", "--root=" + dir,
                "/etc/systemd/system/fleet-backup.timer", "/etc/systemd/system/fleet-backup.service",
                "/etc/systemd/system/fleet-restore-drill.timer", "/etc/systemd/system/fleet-restore-drill.service"));
        assertThat(verify.all()).doesNotContainIgnoringCase("unknown").doesNotContainIgnoringCase("failed to parse")
                .doesNotContain("bad");
    }
}
