package ma.marinemaroc.fleet.config;

import ma.marinemaroc.fleet.backup.scripts.OnCalendar;
import ma.marinemaroc.fleet.edge.CertbotSettings;
import ma.marinemaroc.fleet.monitoring.scripts.AlertSettings;
import ma.marinemaroc.fleet.monitoring.scripts.MonitoringScripts;
import ma.marinemaroc.fleet.monitoring.scripts.SmtpTls;
import ma.marinemaroc.fleet.testing.Proc;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Config validation is at least as strict as every program and component that consumes the value, so a value that
 * passes it cannot fail later (while resources are being created) or reach the host malformed: systemd's own calendar
 * parser and the backup scripts' check for schedules, the host's tzdata for time zones, and the components that write
 * addresses, host names and credentials into scripts and files.
 */
class ConsumerAgreementTest {
    static final List<String> SCHEDULES = List.of(
            "hourly", "daily", "weekly", "monthly", "*-*-* 02:00:00", "*-*-* 00/1:00:00", "Sun *-*-* 04:00:00",
            "*-*-* 2:0", "Mon..Fri *-*-* 02:00", "mon,wed,fri *-*-* 23:59:59", "Saturday *-*-* 00:00 UTC",
            "*-*-* 8..18/2:00", "*-*-* 01,13:30", "*-*-* *:00/15", "02:00", "Sun 04:00:00", "*-*-* 0..23/6:05:00",
            // refused by systemd or by the supported subset
            "*-*-* 24:00:00", "*-*-* 02:60", "*-*-* 02:00:60", "*-*-* */2:00", "*-*-* 0/0:00", "Sun..Mon *-*-* 02:00",
            "every night", "0 2 * * *", "2026-12-01 02:00", "*-*-* 02:00 Europe/Paris", "*-*-* 02:00:00\nOnFailure=x",
            "Someday *-*-* 04:00", "*-*-* 02", "*-*-* 2..1:00", "minutely", "*-*-* 02:00;reboot", "*-*-* 100:00");

    @Test
    void everyScheduleAcceptedHereIsAcceptedBySystemdAndTheBackupScripts() {
        int accepted = 0;
        for (String s : SCHEDULES) {
            Proc.Result r = Proc.run(List.of("systemd-analyze", "calendar", s));
            boolean systemd = r.exit() == 0 && !r.out().contains("Next elapse: never");
            if (Schedules.check(s).isEmpty()) {
                accepted++;
                assertThat(systemd).as("systemd-analyze calendar '%s': %s", s, r.all()).isTrue();
                assertThatCode(() -> OnCalendar.validate("schedule", s)).as(s).doesNotThrowAnyException();
            } else {
                assertThat(Schedules.check(s).get()).startsWith(Shown.q(s) + " is not a supported systemd OnCalendar schedule: ");
            }
            if (!systemd) assertThat(Schedules.check(s)).as("systemd refuses '%s'", s).isPresent();
        }
        assertThat(accepted).isEqualTo(17);
    }

    @Test
    void everyZoneAcceptedHereExistsInTheHostsTzdata() {
        List<String> missing = new ArrayList<>();
        int accepted = 0;
        for (String z : ZoneId.getAvailableZoneIds()) {
            if (Validators.timezone(z).isPresent()) continue;
            accepted++;
            if (!Files.isRegularFile(Path.of("/usr/share/zoneinfo", z))) missing.add(z);
        }
        assertThat(accepted).isGreaterThan(400);
        assertThat(missing).as("zones Java knows but Debian's tzdata does not").isEmpty();
        for (String offset : List.of("+01:00", "-05:00", "UTC+1", "GMT+01:00", "Z", "UT+2")) {
            assertThat(Validators.timezone(offset)).as(offset).isPresent();
        }
    }

    static final List<String> EMAILS = List.of("oncall@marinemaroc.ma", "first.last+tag@mg.marinemaroc.ma",
            "a_b%c-d@example.com", "UPPER@Example.COM", "x@a.io",
            "on$(reboot)call@marinemaroc.ma", "o'brien@example.com", "a@b", "a@b.c1", "a..b@example.com",
            "\"quoted\"@example.com", "a@[192.0.2.1]", "a b@example.com", "a@example..com", "a@-example.com",
            "a@example.com\nBcc: x@evil.com", "a@exa_mple.com", "é@example.com", "a@xn--bcher-kva.example",
            "a@example.c", "a@192.0.2.1", "a@example.com.", "");

    @Test
    void everyAddressAcceptedHereIsAcceptedByCertbotAndAlertSettings() {
        int accepted = 0;
        for (String e : EMAILS) {
            if (Validators.email(e).isPresent()) continue;
            accepted++;
            assertThatCode(() -> CertbotSettings.builder("fleet.marinemaroc.ma", e).build()).as(e).doesNotThrowAnyException();
            assertThatCode(() -> AlertSettings.of(List.of(e), e, "smtp.eu.mailgun.org", 587, SmtpTls.STARTTLS))
                    .as(e).doesNotThrowAnyException();
        }
        assertThat(accepted).isEqualTo(6);
    }

    static final List<String> NAMES = List.of("fleet.marinemaroc.ma", "a.io", "x-1.example.com", "xn--bcher-kva.example.ma",
            "Fleet.ma", "localhost", "203.0.113.5", "999.999.999.999", "a..b.ma", "a.b.ma.", "-a.ma", "a-.ma", "a_b.ma",
            "a.123", "fleet.marinemaroc.ma\nx", "a b.ma", "2001:db8::1", "é.ma", "a." + "b".repeat(64) + ".ma", "");

    @Test
    void everyDomainAndRelayAcceptedHereIsAcceptedByTheEdgeAndAlertSettings() {
        int domains = 0;
        int relays = 0;
        for (String n : NAMES) {
            if (Validators.domain(n).isEmpty()) {
                domains++;
                assertThatCode(() -> CertbotSettings.builder(n, "oncall@marinemaroc.ma").build()).as(n).doesNotThrowAnyException();
            }
            if (Validators.smtpHost(n).isEmpty()) {
                relays++;
                assertThatCode(() -> AlertSettings.of(List.of("oncall@marinemaroc.ma"), "alerts@marinemaroc.ma", n, 587,
                        SmtpTls.STARTTLS)).as(n).doesNotThrowAnyException();
            }
        }
        assertThat(domains).isEqualTo(4);
        assertThat(relays).isEqualTo(5);
    }

    @Test
    void everyAcmeUrlAcceptedHereIsAcceptedByTheCertbotFiles() {
        List<String> urls = List.of(TlsSettings.LE_STAGING, TlsSettings.LE_PRODUCTION, "https://acme.example.com:14000/dir",
                "https://acme.example.com", "https://acme.example.com/a$b", "https://acme.example.com/?x=1",
                "https://acme.example.com/dir\n", "http://acme.example.com/dir", "https://acme.example.com:0/dir",
                "https://a_b.example.com/dir", "https://acme.example.com/dir\"", "https://acme.example.com/%41");
        int accepted = 0;
        for (String u : urls) {
            if (Validators.acmeServer(u).isPresent()) continue;
            accepted++;
            assertThatCode(() -> CertbotSettings.builder("fleet.marinemaroc.ma", "oncall@marinemaroc.ma").acmeServer(u)
                    .build()).as(u).doesNotThrowAnyException();
        }
        assertThat(accepted).isEqualTo(4);
    }

    @Test
    void everySmtpCredentialAcceptedHereRendersIntoFleetAlertsCredentialsFile() {
        List<String> users = List.of("alerts@mg.marinemaroc.ma", "postmaster", "a'b", "a\"b\\c", "x${APP_KEY}", "a b #c",
                "a:b", "a\nb", "a\rb", "a\u0000b", "a\tb", "a\u007fb", "a\u2028b", "a\u0085b");
        int accepted = 0;
        for (String u : users) {
            boolean userOk = Validators.smtpUser(u).isEmpty();
            boolean passwordOk = Validators.smtpPassword(u).isEmpty();
            if (userOk) {
                accepted++;
                assertThatCode(() -> MonitoringScripts.renderAlertEnv(u, "pw")).as(u).doesNotThrowAnyException();
            }
            if (passwordOk) {
                assertThatCode(() -> MonitoringScripts.renderAlertEnv("user", u)).as(u).doesNotThrowAnyException();
            }
            // what the .env cannot hold is refused for both
            if (u.chars().anyMatch(c -> c == '\n' || c == '\r' || c == 0)) {
                assertThat(userOk).as(u).isFalse();
                assertThat(passwordOk).as(u).isFalse();
            }
        }
        assertThat(accepted).isEqualTo(6);
    }

    @Test
    void everyBucketNameAcceptedHereFollowsS3sRules() {
        Map<String, Boolean> names = Map.ofEntries(Map.entry("fleet-backups", true), Map.entry("a.b.c", true),
                Map.entry("abc", true), Map.entry("ab", false), Map.entry("a".repeat(64), false),
                Map.entry("192.168.5.4", false), Map.entry("Fleet", false), Map.entry("fleet_backups", false),
                Map.entry("-fleet", false), Map.entry("fleet.", false), Map.entry("a..b", false),
                Map.entry("xn--abc", false), Map.entry("sthree-abc", false), Map.entry("amzn-s3-demo-x", false),
                Map.entry("abc-s3alias", false), Map.entry("abc--ol-s3", false), Map.entry("abc.mrap", false),
                Map.entry("abc--x-s3", false), Map.entry("abc--table-s3", false));
        names.forEach((n, ok) -> assertThat(Validators.bucketName(n).isEmpty()).as(n).isEqualTo(ok));
    }
}
