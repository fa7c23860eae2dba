package ma.marinemaroc.fleet.monitoring.scripts;

import ma.marinemaroc.fleet.testing.Proc;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** fleet-alert installed from the rendered files into a temp directory, with its log, state and env file there. */
final class AlertHost {
    final Path dir;
    final Path script;
    final Path conf;
    final Path envFile;
    final Path log;
    final Path stateDir;
    final Map<String, String> env = new HashMap<>();

    private AlertHost(Path dir) {
        this.dir = dir;
        this.script = dir.resolve("bin/fleet-alert");
        this.conf = dir.resolve("etc/alert.conf");
        this.envFile = dir.resolve("etc/alert.env");
        this.log = dir.resolve("log/alerts.log");
        this.stateDir = dir.resolve("state/alert-state");
    }

    /** Renders with {@code settings} (its paths replaced by temp ones) and installs fleet-alert + alert.conf. */
    static AlertHost install(Path dir, AlertSettings settings) throws IOException {
        AlertHost host = new AlertHost(dir);
        AlertSettings local = settings.withPaths(host.log.toString(), host.stateDir.toString(),
                host.envFile.toString());
        Map<String, String> files = MonitoringScripts.render(local, LogWatchSettings.defaults());
        Files.createDirectories(host.script.getParent());
        Files.createDirectories(host.conf.getParent());
        Files.writeString(host.script, files.get(MonitoringScripts.ALERT_SCRIPT));
        Files.setPosixFilePermissions(host.script, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(host.conf, files.get(MonitoringScripts.ALERT_CONF));
        host.env.put("ALERT_CONF", host.conf.toString());
        return host;
    }

    /** Writes the 0600 credentials file the way the lead installs it. */
    AlertHost credentials(String user, String password) throws IOException {
        Files.writeString(envFile, MonitoringScripts.renderAlertEnv(user, password));
        Files.setPosixFilePermissions(envFile, PosixFilePermissions.fromString("rw-------"));
        return this;
    }

    Proc.Result alert(String... args) throws IOException, InterruptedException {
        return alertWithStdin(null, args);
    }

    Proc.Result alertWithStdin(String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(script.toString());
        command.addAll(List.of(args));
        return Proc.run(command, env, dir, stdin, Duration.ofSeconds(90));
    }

    List<String> logLines() throws IOException {
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }
}
