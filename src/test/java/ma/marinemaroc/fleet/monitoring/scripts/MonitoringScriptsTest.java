package ma.marinemaroc.fleet.monitoring.scripts;

import ma.marinemaroc.fleet.testing.Proc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rendered files: golden snapshots, shellcheck on every script, no secret anywhere. Regenerate the snapshots with
 * {@code -Dgolden.update=true} (writes src/test/resources/monitoring/golden) and review the diff.
 */
class MonitoringScriptsTest {
    private static final Path GOLDEN_SOURCE = Path.of("src/test/resources/monitoring/golden");

    @TempDir
    Path dir;

    static AlertSettings exampleAlert() {
        return AlertSettings.of(List.of("ops@marinemaroc.ma", "oncall@marinemaroc.ma"), "alerts@marinemaroc.ma",
                "smtp.mailrelay.example.net", 587, SmtpTls.STARTTLS);
    }

    static Map<String, String> exampleFiles() {
        return MonitoringScripts.render(exampleAlert(), LogWatchSettings.defaults());
    }

    @Test
    void rendersEveryOnHostFile() {
        assertThat(exampleFiles().keySet()).containsExactly(MonitoringScripts.ALERT_SCRIPT,
                MonitoringScripts.LOGWATCH_SCRIPT, MonitoringScripts.UNIT_FAILED_SCRIPT, MonitoringScripts.ALERT_CONF,
                MonitoringScripts.LOGWATCH_CONF, MonitoringScripts.LOGWATCH_SERVICE, MonitoringScripts.LOGWATCH_TIMER,
                MonitoringScripts.ALERT_UNIT_TEMPLATE);
        assertThat(MonitoringScripts.fileMode(MonitoringScripts.ALERT_SCRIPT)).isEqualTo("0755");
        assertThat(MonitoringScripts.fileMode(MonitoringScripts.ALERT_CONF)).isEqualTo("0644");
    }

    @Test
    void renderedFilesMatchTheGoldenSnapshots() throws IOException {
        boolean update = Boolean.getBoolean("golden.update");
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<String, String> file : exampleFiles().entrySet()) {
            String name = goldenName(file.getKey());
            if (update) {
                Files.createDirectories(GOLDEN_SOURCE);
                Files.writeString(GOLDEN_SOURCE.resolve(name), file.getValue());
                continue;
            }
            try (InputStream in = getClass().getResourceAsStream("/monitoring/golden/" + name)) {
                assertThat(in).as("golden snapshot " + name + " (run with -Dgolden.update=true)")
                        .isNotNull();
                if (!new String(in.readAllBytes(), StandardCharsets.UTF_8).equals(file.getValue())) {
                    mismatches.add(name);
                }
            }
        }
        assertThat(mismatches).as("rendered files differ from src/test/resources/monitoring/golden").isEmpty();
    }

    @Test
    void everyScriptPassesShellcheck() throws Exception {
        String shellcheck = Proc.require("shellcheck");
        for (String script : List.of(MonitoringScripts.ALERT_SCRIPT, MonitoringScripts.LOGWATCH_SCRIPT,
                MonitoringScripts.UNIT_FAILED_SCRIPT)) {
            Path file = dir.resolve(goldenName(script));
            String content = exampleFiles().get(script);
            Files.writeString(file, content);
            assertThat(content).startsWith("#!/usr/bin/env bash\n").contains("\nset -euo pipefail\n");
            Proc.Result result = Proc.run(List.of(shellcheck, "--severity=style", file.toString()), Map.of(), dir);
            assertThat(result.exit()).as(script + ":\n" + result.all()).isZero();
        }
    }

    @Test
    void shellcheckWouldCatchAFlawSoTheCheckAboveCanFail() throws Exception {
        Path file = dir.resolve("flawed");
        Files.writeString(file, exampleFiles().get(MonitoringScripts.ALERT_SCRIPT)
                .replace("head -c \"$MAX_BODY_BYTES\" -- \"$body_arg\"", "head -c $MAX_BODY_BYTES -- $body_arg"));
        Proc.Result result = Proc.run(List.of(Proc.require("shellcheck"), file.toString()), Map.of(), dir);
        assertThat(result.exit()).isNotZero();
        assertThat(result.out()).contains("SC2086");
    }

    @Test
    void settingsReachTheConfigFiles() {
        AlertSettings alert = exampleAlert().withCaFile("/etc/fleet/relay-ca.pem").withRateLimitMinutes(45)
                .withSubjectPrefix("[fleet prod]");
        LogWatchSettings watch = LogWatchSettings.defaults().withThreshold(50, 10);
        Map<String, String> files = MonitoringScripts.render(alert, watch);

        assertThat(files.get(MonitoringScripts.ALERT_CONF))
                .contains("ALERT_RECIPIENTS='ops@marinemaroc.ma,oncall@marinemaroc.ma'\n")
                .contains("SMTP_HOST='smtp.mailrelay.example.net'\n").contains("SMTP_PORT='587'\n")
                .contains("SMTP_TLS='starttls'\n").contains("SMTP_CA_FILE='/etc/fleet/relay-ca.pem'\n")
                .contains("ALERT_RATE_LIMIT_MINUTES='45'\n").contains("ALERT_SUBJECT_PREFIX='[fleet prod]'\n")
                .contains("ALERT_ENV_FILE='/etc/fleet/alert.env'\n");
        assertThat(files.get(MonitoringScripts.LOGWATCH_CONF)).contains("THRESHOLD='50'\n")
                .contains("INTERVAL_MINUTES='10'\n")
                .contains("watch nginx-access http5xx /var/log/fleet/nginx/access.log "
                        + WatchedLog.NGINX_ACCESS_5XX_PATTERN + "\n")
                .contains("watch laravel errors /var/log/fleet/api/laravel*.log ");
        assertThat(files.get(MonitoringScripts.LOGWATCH_TIMER)).contains("OnCalendar=*:00/10:00\n");
        assertThat(MonitoringScripts.render(exampleAlert(), watch).get(MonitoringScripts.ALERT_CONF))
                .doesNotContain("SMTP_CA_FILE");
    }

    @Test
    void noRenderedFileCarriesCredentials() {
        for (Map.Entry<String, String> file : exampleFiles().entrySet()) {
            assertThat(file.getValue()).as(file.getKey()).doesNotContainPattern("SMTP_PASSWORD=")
                    .doesNotContainPattern("SMTP_USER=");
        }
    }

    @Test
    void alertEnvQuotesAnyPrintablePasswordAndRefusesLineBreaks() {
        assertThat(MonitoringScripts.renderAlertEnv("relay-user", "p'a\"s$s\\"))
                .contains("SMTP_USER='relay-user'\n").contains("SMTP_PASSWORD='p'a\"s$s\\'\n");
        assertThatThrownBy(() -> MonitoringScripts.renderAlertEnv("u", "two\nlines"))
                .hasMessageContaining("SMTP password must not contain control characters");
        assertThatThrownBy(() -> MonitoringScripts.renderAlertEnv("u:x", "p")).hasMessageContaining("':'");
        assertThatThrownBy(() -> MonitoringScripts.renderAlertEnv("u", "")).hasMessageContaining("empty");
    }

    static String goldenName(String onHostPath) {
        return onHostPath.substring(1).replace('/', '_');
    }
}
