package ma.marinemaroc.fleet.monitoring.scripts;

import ma.marinemaroc.fleet.testing.Proc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * fleet-unit-failed (run by fleet-alert@.service) with stub systemctl/journalctl (no systemd in the test container)
 * and a recorder as the alert command; one test goes end to end through the real fleet-alert and an SMTP sink.
 */
class FleetUnitFailedTest {
    @TempDir
    Path dir;

    private Path install() throws Exception {
        Map<String, String> files = MonitoringScripts.render(AlertSettings.of(List.of("ops@marinemaroc.ma"),
                "alerts@marinemaroc.ma", "127.0.0.1", 25, SmtpTls.NONE), LogWatchSettings.defaults());
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path script = bin.resolve("fleet-unit-failed");
        Files.writeString(script, files.get(MonitoringScripts.UNIT_FAILED_SCRIPT));
        stub(bin.resolve("systemctl"), "echo \"* ${*: -1} - Fleet backup\"; echo '   Active: failed (Result: exit-code)'; exit 3");
        stub(bin.resolve("journalctl"), "echo \"journal for $3: mysqldump: Got error: 2002\"");
        stub(bin.resolve("recorder"), "{ printf '%s\\n' \"$1\"; cat \"$2\"; } >'" + dir.resolve("alert.txt") + "'");
        for (Path p : List.of(script, bin.resolve("systemctl"), bin.resolve("journalctl"), bin.resolve("recorder"))) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return script;
    }

    private static void stub(Path file, String body) throws Exception {
        Files.writeString(file, "#!/usr/bin/env bash\n" + body + "\n");
    }

    private Proc.Result run(Path script, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(script.toString()));
        command.addAll(List.of(args));
        return Proc.run(command, Map.of("PATH", dir.resolve("bin") + ":" + System.getenv("PATH"),
                "ALERT_CMD", dir.resolve("bin/recorder").toString()), dir, null, Duration.ofSeconds(30));
    }

    @Test
    void mailsTheFailedUnitsStatusAndJournal() throws Exception {
        Path script = install();

        Proc.Result result = run(script, "fleet-backup.service");

        assertThat(result.exit()).as(result.all()).isZero();
        String alert = Files.readString(dir.resolve("alert.txt"));
        assertThat(alert).startsWith("unit fleet-backup.service failed\nsystemd unit fleet-backup.service failed on ")
                .contains("== systemctl status ==").contains("* fleet-backup.service - Fleet backup").contains("Active: failed (Result: exit-code)")
                .contains("journal for fleet-backup.service: mysqldump: Got error: 2002");
    }

    @Test
    void endToEndThroughTheRealFleetAlert() throws Exception {
        Path script = install();
        try (SmtpSink sink = SmtpSink.start(SmtpSink.Options.plain("u", "p"))) {
            AlertHost alert = AlertHost.install(Files.createDirectories(dir.resolve("alert")),
                    AlertSettings.of(List.of("ops@marinemaroc.ma"), "alerts@marinemaroc.ma", "127.0.0.1",
                            sink.port(), SmtpTls.NONE)).credentials("u", "p");
            Map<String, String> env = new java.util.HashMap<>(alert.env);
            env.put("PATH", dir.resolve("bin") + ":" + System.getenv("PATH"));
            env.put("ALERT_CMD", alert.script.toString());

            Proc.Result result = Proc.run(List.of(script.toString(), "fleet-certbot-renew.service"), env, dir,
                    null, Duration.ofSeconds(60));

            assertThat(result.exit()).as(result.all()).isZero();
            assertThat(sink.messages()).singleElement().satisfies(m -> {
                assertThat(m.header("Subject")).isEqualTo("[fleet] unit fleet-certbot-renew.service failed");
                assertThat(m.body()).contains("journal for fleet-certbot-renew.service");
            });
            assertThat(alert.logLines().get(0)).endsWith("alert subject=unit fleet-certbot-renew.service failed");
        }
    }

    @Test
    void rejectsAMissingOrMalformedUnitName() throws Exception {
        Path script = install();

        assertThat(run(script).exit()).isEqualTo(64);
        assertThat(run(script, "bad unit; rm -rf /").exit()).isEqualTo(64);
        assertThat(Files.exists(dir.resolve("alert.txt"))).isFalse();
    }

    @Test
    void propagatesTheAlertCommandsFailure() throws Exception {
        Path script = install();
        stub(dir.resolve("bin/recorder"), "exit 1");

        assertThat(run(script, "fleet-restore-drill.service").exit()).isEqualTo(1);
    }
}
