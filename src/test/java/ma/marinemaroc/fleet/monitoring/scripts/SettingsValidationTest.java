package ma.marinemaroc.fleet.monitoring.scripts;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsValidationTest {
    private static final List<String> OPS = List.of("ops@marinemaroc.ma");

    @Test
    void alertDefaults() {
        AlertSettings s = AlertSettings.of(OPS, "alerts@marinemaroc.ma", "smtp.example.net", 465, SmtpTls.SMTPS);
        assertThat(s.logPath()).isEqualTo("/var/log/fleet/alerts.log");
        assertThat(s.stateDir()).isEqualTo("/var/lib/fleet/alert-state");
        assertThat(s.envFile()).isEqualTo("/etc/fleet/alert.env");
        assertThat(s.rateLimitMinutes()).isEqualTo(30);
        assertThat(s.caFile()).isNull();
    }

    @Test
    void rejectsBadAddressesHostsAndPorts() {
        assertThatThrownBy(() -> AlertSettings.of(List.of(), "a@b.ma", "h.ma", 25, SmtpTls.STARTTLS))
                .hasMessageContaining("at least one");
        assertThatThrownBy(() -> AlertSettings.of(List.of("not-an-address"), "a@b.ma", "h.ma", 25, SmtpTls.STARTTLS))
                .hasMessageContaining("alert recipient is not a valid e-mail address: not-an-address");
        assertThatThrownBy(() -> AlertSettings.of(List.of("x@y.ma>\nBcc: z@w.ma"), "a@b.ma", "h.ma", 25,
                SmtpTls.STARTTLS)).hasMessageContaining("alert recipient");
        assertThatThrownBy(() -> AlertSettings.of(OPS, "alerts", "h.ma", 25, SmtpTls.STARTTLS))
                .hasMessageContaining("alert sender");
        assertThatThrownBy(() -> AlertSettings.of(OPS, "a@b.ma", "bad host;rm", 25, SmtpTls.STARTTLS))
                .hasMessageContaining("SMTP host");
        assertThatThrownBy(() -> AlertSettings.of(OPS, "a@b.ma", "h.ma", 0, SmtpTls.STARTTLS))
                .hasMessageContaining("SMTP port must be between 1 and 65535; got 0");
        assertThatThrownBy(() -> AlertSettings.of(OPS, "a@b.ma", "h.ma", 65536, SmtpTls.STARTTLS))
                .hasMessageContaining("SMTP port");
        assertThatThrownBy(() -> AlertSettings.of(OPS, "a@b.ma", "h.ma", 25, null))
                .hasMessageContaining("TLS mode is required");
    }

    @Test
    void plainSmtpOnlyOnLoopback() {
        for (String loopback : List.of("127.0.0.1", "localhost", "::1")) {
            assertThat(AlertSettings.of(OPS, "a@b.ma", loopback, 25, SmtpTls.NONE).tls()).isEqualTo(SmtpTls.NONE);
        }
        assertThatThrownBy(() -> AlertSettings.of(OPS, "a@b.ma", "smtp.example.net", 25, SmtpTls.NONE))
                .hasMessageContaining("only allowed for a relay on 127.0.0.1");
    }

    @Test
    void tlsModeParsing() {
        assertThat(SmtpTls.parse("STARTTLS")).isEqualTo(SmtpTls.STARTTLS);
        assertThat(SmtpTls.parse("smtps")).isEqualTo(SmtpTls.SMTPS);
        assertThat(SmtpTls.NONE.confValue()).isEqualTo("none");
        assertThatThrownBy(() -> SmtpTls.parse("ssl")).hasMessageContaining("starttls, smtps, none");
    }

    @Test
    void rejectsUnsafePathsAndPrefixes() {
        AlertSettings s = AlertSettings.of(OPS, "a@b.ma", "h.ma", 25, SmtpTls.STARTTLS);
        assertThatThrownBy(() -> s.withPaths("relative/log", s.stateDir(), s.envFile()))
                .hasMessageContaining("alert log path must be an absolute file path");
        assertThatThrownBy(() -> s.withPaths("/var/log/$(id)", s.stateDir(), s.envFile()))
                .hasMessageContaining("alert log path");
        assertThatThrownBy(() -> s.withPaths(s.logPath(), "/var/lib/*", s.envFile()))
                .hasMessageContaining("must not contain a glob");
        assertThatThrownBy(() -> s.withSubjectPrefix("it's")).hasMessageContaining("single quotes");
        assertThatThrownBy(() -> s.withRateLimitMinutes(-1)).hasMessageContaining("rate limit");
    }

    @Test
    void logWatchDefaults() {
        LogWatchSettings d = LogWatchSettings.defaults();
        assertThat(d.intervalMinutes()).isEqualTo(5);
        assertThat(d.threshold()).isEqualTo(20);
        assertThat(d.onCalendar()).isEqualTo("*:00/5:00");
        assertThat(d.logs()).extracting(WatchedLog::path).containsExactly(
                "/var/log/fleet/api/laravel*.log", "/var/log/fleet/nginx/error.log",
                "/var/log/fleet/nginx/access.log");
        assertThat(d.logs()).extracting(WatchedLog::kind).containsExactly(WatchedLog.Kind.ERRORS,
                WatchedLog.Kind.ERRORS, WatchedLog.Kind.HTTP_5XX);
        assertThat(d.alertCommand()).isEqualTo("/opt/fleet/bin/fleet-alert");
        assertThat(d.withThreshold(20, 60).onCalendar()).isEqualTo("hourly");
    }

    @Test
    void rejectsBadLogWatchSettings() {
        LogWatchSettings d = LogWatchSettings.defaults();
        assertThatThrownBy(() -> d.withThreshold(20, 7)).hasMessageContaining("does not divide an hour");
        assertThat(d.withSchedule("*:00/7:00").withThreshold(20, 7).onCalendar()).isEqualTo("*:00/7:00");
        assertThatThrownBy(() -> d.withThreshold(-1, 5)).hasMessageContaining("threshold");
        assertThatThrownBy(() -> d.withThreshold(20, 0)).hasMessageContaining("interval minutes");
        assertThatThrownBy(() -> d.withPaths("/var/lib/fleet/logwatch", "/var/log/x y.log", "/opt/fleet/bin/a"))
                .hasMessageContaining("summary log");
    }

    @Test
    void rejectsBadWatchedLogs() {
        assertThatThrownBy(() -> WatchedLog.errors("Laravel Log", "/x.log", "x")).hasMessageContaining("name");
        assertThatThrownBy(() -> WatchedLog.errors("app", "x.log", "x")).hasMessageContaining("absolute");
        assertThatThrownBy(() -> WatchedLog.errors("app", "/x.log", "a\nb")).hasMessageContaining("one-line");
        assertThatThrownBy(() -> WatchedLog.errors("app", "/x.log", "trailing ")).hasMessageContaining("trailing");
        assertThatThrownBy(() -> LogWatchSettings.withLogs(List.of(WatchedLog.errors("a", "/x.log", "x"),
                WatchedLog.errors("a", "/y.log", "y")))).hasMessageContaining("unique");
        assertThatThrownBy(() -> LogWatchSettings.withLogs(List.of())).hasMessageContaining("at least one");
        assertThatThrownBy(() -> LogWatchSettings.defaults().withSchedule("*:0/5\nExecStart=/bin/sh"))
                .hasMessageContaining("OnCalendar");
    }
}
