package ma.marinemaroc.fleet.monitoring.scripts;

import ma.marinemaroc.fleet.testing.Proc;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * fleet-logwatch installed from the rendered files into a temp directory: logs in logs/, state in state/, the alert
 * command replaced by a recorder script that stores each call as alerts/N.txt (subject line, then the body).
 */
final class LogwatchHost {
    final Path dir;
    final Path logs;
    final Path laravelLog;
    final Path errorLog;
    final Path accessLog;
    final Path script;
    final Path conf;
    final Path stateDir;
    final Path summaryLog;
    final Path alerts;
    final Map<String, String> env = new HashMap<>();

    private LogwatchHost(Path dir) {
        this.dir = dir;
        this.logs = dir.resolve("logs");
        this.laravelLog = logs.resolve("laravel.log");
        this.errorLog = logs.resolve("error.log");
        this.accessLog = logs.resolve("access.log");
        this.script = dir.resolve("bin/fleet-logwatch");
        this.conf = dir.resolve("etc/logwatch.conf");
        this.stateDir = dir.resolve("state/logwatch");
        this.summaryLog = dir.resolve("log/logwatch.log");
        this.alerts = dir.resolve("alerts");
    }

    static LogwatchHost install(Path dir, int threshold) throws IOException {
        LogwatchHost host = new LogwatchHost(dir);
        Path recorder = dir.resolve("bin/alert-recorder");
        Files.createDirectories(recorder.getParent());
        Files.createDirectories(host.logs);
        Files.createDirectories(host.conf.getParent());
        Files.writeString(recorder, """
                #!/usr/bin/env bash
                set -euo pipefail
                mkdir -p '%s'
                n=$(find '%s' -name '*.txt' | wc -l)
                { printf '%%s\\n' "$1"; cat -- "$2"; } >'%s'/$((n + 1)).txt
                exit "${RECORDER_EXIT:-0}"
                """.formatted(host.alerts, host.alerts, host.alerts));
        Files.setPosixFilePermissions(recorder, PosixFilePermissions.fromString("rwxr-xr-x"));
        LogWatchSettings settings = LogWatchSettings.withLogs(List.of(
                        WatchedLog.errors("laravel", host.logs + "/laravel*.log", WatchedLog.LARAVEL_ERROR_PATTERN),
                        WatchedLog.errors("nginx-error", host.errorLog.toString(), WatchedLog.NGINX_ERROR_PATTERN),
                        WatchedLog.http5xx("nginx-access", host.accessLog.toString())))
                .withThreshold(threshold, 5)
                .withPaths(host.stateDir.toString(), host.summaryLog.toString(), recorder.toString());
        Map<String, String> files = MonitoringScripts.render(
                AlertSettings.of(List.of("ops@marinemaroc.ma"), "alerts@marinemaroc.ma", "127.0.0.1", 25,
                        SmtpTls.NONE), settings);
        Files.writeString(host.script, files.get(MonitoringScripts.LOGWATCH_SCRIPT));
        Files.setPosixFilePermissions(host.script, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(host.conf, files.get(MonitoringScripts.LOGWATCH_CONF));
        host.env.put("LOGWATCH_CONF", host.conf.toString());
        return host;
    }

    Proc.Result run() throws IOException, InterruptedException {
        return Proc.run(List.of(script.toString()), env, dir, null, Duration.ofSeconds(60));
    }

    /** Appends text to a log (creating it). */
    static void append(Path log, String text) throws IOException {
        Files.writeString(log, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Appends {@code n} Laravel error entries numbered from {@code from}. */
    static void laravelErrors(Path log, int from, int n) throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < from + n; i++) {
            text.append("[2024-05-01 10:00:00] production.ERROR: failure number ").append(i).append('\n');
            text.append("#0 /fleetbase/api/app/Jobs/SyncJob.php(42): handle()\n");
        }
        append(log, text.toString());
    }

    /** The content of a sample log from src/test/resources/monitoring/logs. */
    static String sample(String name) throws IOException {
        try (InputStream in = LogwatchHost.class.getResourceAsStream("/monitoring/logs/" + name)) {
            if (in == null) {
                throw new IOException("no sample log " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Recorded alerts in call order, each "subject\nbody". */
    List<String> alerts() throws IOException {
        if (!Files.isDirectory(alerts)) {
            return List.of();
        }
        List<String> recorded = new ArrayList<>();
        try (Stream<Path> files = Files.list(alerts)) {
            List<Path> sorted = files.sorted((a, b) -> Integer.compare(number(a), number(b))).toList();
            for (Path file : sorted) {
                recorded.add(Files.readString(file));
            }
        }
        return recorded;
    }

    List<String> summaries() throws IOException {
        return Files.exists(summaryLog) ? Files.readAllLines(summaryLog) : List.of();
    }

    String lastSummary() throws IOException {
        List<String> lines = summaries();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    private static int number(Path file) {
        return Integer.parseInt(file.getFileName().toString().replace(".txt", ""));
    }
}
