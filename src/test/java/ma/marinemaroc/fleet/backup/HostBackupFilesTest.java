package ma.marinemaroc.fleet.backup;

import ma.marinemaroc.fleet.Stacks;
import ma.marinemaroc.fleet.backup.scripts.BackupScriptSettings;
import ma.marinemaroc.fleet.config.StackSettings;
import ma.marinemaroc.fleet.config.StackSettingsLoader;
import ma.marinemaroc.fleet.plan.RenderedFile;
import com.pulumi.core.Output;
import ma.marinemaroc.fleet.services.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The backup wiring on the host: config per stack, the DR restore source, and the stop/start steps run for real. */
class HostBackupFilesTest {
    static HostBackupFiles.Inputs inputs(String stack) {
        StackSettings s = StackSettingsLoader.load(Stacks.file(stack).source(), "fleet", stack);
        var b = s.backup();
        return new HostBackupFiles.Inputs(Output.of("bucket"), b.bucketRegion(), Output.of("AKIA"), Output.of("secret"),
                Output.of("root-password"), b.localKeep(), b.schedule(), b.drillSchedule(), b.restoreFrom(), b.restoreBucket());
    }

    @Test
    void drRestoresFromTheProductionBucketAndBacksUpToItsOwn() {
        Map<String, RenderedFile> files = RenderedFile.collect(Stacks.run("dr")).stream()
                .collect(Collectors.toMap(RenderedFile::path, f -> f));
        assertThat(files.get("/etc/fleet/backup.conf").content()).contains("S3_BUCKET=fleet-dr-backups-")
                .contains("S3_REGION=eu-west-1");
        assertThat(files.get(HostBackupFiles.RESTORE_SOURCE_CONF).content())
                .contains("S3_BUCKET=marinemaroc-fleet-production-backups");
        assertThat(files.get("/etc/fleet/backup.env").secret()).isTrue();
        assertThat(files.get("/etc/fleet/backup.env").content()).contains("AWS_ACCESS_KEY_ID=", "AWS_SECRET_ACCESS_KEY=",
                "DB_USER='root'", "DB_PASSWORD=");
        assertThat(new ma.marinemaroc.fleet.Graph(Stacks.run("dr")).named("services-restore-on-first-boot").plainInput("create"))
                .asString().contains("sudo env FLEET_BACKUP_CONF=/etc/fleet/restore-source.conf /opt/fleet/bin/fleet-restore --latest --yes");
        assertThat(HostBackupFiles.restoreCommand(inputs("dr")))
                .isEqualTo("sudo env FLEET_BACKUP_CONF=/etc/fleet/restore-source.conf /opt/fleet/bin/fleet-restore --latest --yes");
        assertThat(RenderedFile.collect(Stacks.run("production")))
                .noneMatch(f -> f.path().equals(HostBackupFiles.RESTORE_SOURCE_CONF));
    }

    @Test
    void timersFollowTheConfiguredSchedules() {
        Map<String, RenderedFile> files = RenderedFile.collect(Stacks.run("production")).stream()
                .collect(Collectors.toMap(RenderedFile::path, f -> f));
        assertThat(files.get("/etc/systemd/system/fleet-backup.timer").content()).contains("OnCalendar=*-*-* 00/1:00:00");
        assertThat(files.get("/etc/systemd/system/fleet-restore-drill.timer").content()).contains("OnCalendar=Sun *-*-* 04:00:00");
        assertThat(files.get("/etc/fleet/backup.conf").content()).contains("S3_BUCKET=marinemaroc-fleet-production-backups");
    }

    @Test
    void stopAndStartTouchOnlyExistingWriters(@TempDir Path dir) throws Exception {
        BackupScriptSettings b = HostBackupFiles.settings(inputs("production"), "bucket");
        // A docker stand-in: "ps" lists the ids in $IDS, other calls are recorded.
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path docker = bin.resolve("docker");
        Files.writeString(docker, "#!/bin/bash\nif [ \"$1\" = ps ]; then echo \"$*\" >> \"$LOG.ps\"; "
                + "for i in $IDS; do echo \"$i\"; done; exit 0; fi\necho \"$*\" >> \"$LOG\"\n");
        Files.setPosixFilePermissions(docker, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path log = dir.resolve("calls");

        assertThat(run(b.restoreStopCommand(), bin, log, "")).isZero();
        assertThat(log).doesNotExist();
        assertThat(run(b.restoreStartCommand(), bin, log, "")).isZero();
        assertThat(log).doesNotExist();
        // the writers are found by the label Services puts on them, whatever their release names
        assertThat(Files.readString(dir.resolve("calls.ps"))).contains("-f label=" + Services.LABEL_WRITES_DATABASE + "=true");

        assertThat(run(b.restoreStopCommand(), bin, log, "abc def")).isZero();
        assertThat(Files.readString(log)).isEqualTo("stop abc def\n");
    }

    private static int run(String cmd, Path bin, Path log, String ids) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", cmd).redirectErrorStream(true);
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.environment().put("LOG", log.toString());
        pb.environment().put("IDS", ids);
        Process p = ma.marinemaroc.fleet.testing.Proc.launch(pb);
        p.getInputStream().readAllBytes();
        return p.waitFor();
    }
}
