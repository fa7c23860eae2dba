package ma.marinemaroc.fleet.monitoring.scripts;

import ma.marinemaroc.fleet.testing.Proc;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rendered units checked by the real {@code systemd-analyze verify} in a private root (a copy of the system's
 * unit directory plus the rendered files), including an instance of fleet-alert@ as a failing unit would start it.
 */
class SystemdUnitsTest {
    private static final Path SYSTEM_UNITS = Path.of("/usr/lib/systemd/system");

    @TempDir
    Path root;
    private Map<String, String> files;

    @BeforeEach
    void installIntoPrivateRoot() throws IOException {
        Proc.require("systemd-analyze");
        files = MonitoringScripts.render(AlertSettings.of(List.of("ops@marinemaroc.ma"), "alerts@marinemaroc.ma",
                "smtp.example.net", 587, SmtpTls.STARTTLS), LogWatchSettings.defaults());
        copyTree(SYSTEM_UNITS, root.resolve(SYSTEM_UNITS.toString().substring(1)));
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = root.resolve(file.getKey().substring(1));
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue());
            if (MonitoringScripts.fileMode(file.getKey()).equals("0755")) {
                Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    private Proc.Result verify(String... units) throws Exception {
        List<String> command = new ArrayList<>(List.of("systemd-analyze", "verify", "--root=" + root));
        command.addAll(List.of(units));
        return Proc.run(command, Map.of("SYSTEMD_LOG_COLOR", "0"), root);
    }

    @Test
    void renderedUnitsVerifyCleanly() throws Exception {
        Proc.Result result = verify(MonitoringScripts.LOGWATCH_SERVICE, MonitoringScripts.LOGWATCH_TIMER,
                MonitoringScripts.ALERT_UNIT_TEMPLATE);

        assertThat(result.exit()).as(result.all()).isZero();
        assertThat(result.all()).as("systemd-analyze warnings").isBlank();
    }

    @Test
    void onFailureContractResolvesToAVerifiableAlertInstance() throws Exception {
        Path consumer = root.resolve("etc/systemd/system/fleet-backup.service");
        Files.writeString(consumer, "[Unit]\nDescription=Fleet backup\n" + MonitoringScripts.ON_FAILURE
                + "\n\n[Service]\nType=oneshot\nExecStart=" + MonitoringScripts.LOGWATCH_SCRIPT + "\n");
        String onFailure = MonitoringScripts.ON_FAILURE.substring("OnFailure=".length())
                .replace("%n", "fleet-backup.service");

        Proc.Result result = verify("/etc/systemd/system/fleet-backup.service", "/etc/systemd/system/" + onFailure);

        assertThat(onFailure).isEqualTo("fleet-alert@fleet-backup.service.service");
        assertThat(result.exit()).as(result.all()).isZero();
        assertThat(result.all()).isBlank();
        assertThat(files.get(MonitoringScripts.LOGWATCH_SERVICE)).contains(MonitoringScripts.ON_FAILURE);
        assertThat(files.get(MonitoringScripts.ALERT_UNIT_TEMPLATE))
                .contains("ExecStart=" + MonitoringScripts.UNIT_FAILED_SCRIPT + " %i")
                .doesNotContain("\nOnFailure=");
    }

    @Test
    void verifyCatchesBrokenUnitsSoTheChecksAboveCanFail() throws Exception {
        Path unitDir = root.resolve("etc/systemd/system");
        Files.writeString(unitDir.resolve("fleet-logwatch.service"), files.get(MonitoringScripts.LOGWATCH_SERVICE)
                .replace("Type=oneshot", "Type=oneshott"));
        Files.delete(root.resolve(MonitoringScripts.UNIT_FAILED_SCRIPT.substring(1)));

        Proc.Result brokenService = verify(MonitoringScripts.LOGWATCH_SERVICE);
        Proc.Result missingScript = verify("/etc/systemd/system/fleet-alert@fleet-backup.service.service");

        assertThat(brokenService.all()).contains("Failed to parse service type");
        assertThat(missingScript.exit()).isNotZero();
        assertThat(missingScript.all()).contains("fleet-unit-failed is not executable");
    }

    @Test
    void timerScheduleIsAValidCalendarExpression() throws Exception {
        for (LogWatchSettings settings : List.of(LogWatchSettings.defaults(),
                LogWatchSettings.defaults().withThreshold(20, 1), LogWatchSettings.defaults().withThreshold(20, 60),
                LogWatchSettings.defaults().withSchedule("Mon..Fri *-*-* 08..18:00/10"))) {
            Proc.Result result = Proc.run(List.of("systemd-analyze", "calendar", settings.onCalendar()), Map.of(),
                    root);
            assertThat(result.exit()).as(settings.onCalendar() + ": " + result.all()).isZero();
        }
        Proc.Result bogus = Proc.run(List.of("systemd-analyze", "calendar", "*:00/60:00"), Map.of(), root);
        assertThat(bogus.exit()).as("systemd rejects a 60-minute repetition, hence 'hourly'").isNotZero();
        assertThat(files.get(MonitoringScripts.LOGWATCH_TIMER)).contains("OnCalendar=*:00/5:00\n")
                .contains("Unit=fleet-logwatch.service").contains("WantedBy=timers.target");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isSymbolicLink(source)) {
                    // links stay links (systemd wants that for .wants/ entries); masks (-> /dev/null) are left out
                    Path link = Files.readSymbolicLink(source);
                    if (!link.isAbsolute() || link.startsWith(from)) {
                        Files.createDirectories(target.getParent());
                        Files.createSymbolicLink(target, link);
                    }
                } else if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
