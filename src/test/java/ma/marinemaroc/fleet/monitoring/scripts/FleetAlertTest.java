package ma.marinemaroc.fleet.monitoring.scripts;

import ma.marinemaroc.fleet.testing.Proc;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the rendered fleet-alert (real curl) against a real SMTP server on 127.0.0.1. */
class FleetAlertTest {
    private static final String USER = "fleet-alerts@relay.test";
    /** Quotes, backslash, dollar, space and a colon: everything the curl config quoting has to survive. */
    private static final String PASSWORD = "S3cr\"et\\pa$s 'w0rd:Zq9";
    private static final List<String> RECIPIENTS = List.of("ops@marinemaroc.ma", "oncall@marinemaroc.ma");

    @TempDir
    static Path shared;
    static TestTls tls;

    @TempDir
    Path dir;
    private SmtpSink sink;

    @BeforeAll
    static void tools() throws Exception {
        Proc.require("curl");
        Proc.require("flock");
        tls = TestTls.create(shared);
    }

    @AfterEach
    void stopSink() throws IOException {
        if (sink != null) {
            sink.close();
        }
    }

    private AlertHost plainHost(SmtpSink.Options options) throws IOException {
        sink = SmtpSink.start(options);
        return AlertHost.install(dir, AlertSettings.of(RECIPIENTS, "alerts@marinemaroc.ma", "127.0.0.1",
                sink.port(), SmtpTls.NONE)).credentials(USER, PASSWORD);
    }

    @Test
    void mailsSubjectAndBodyWithCredentialsFromTheEnvFile() throws Exception {
        AlertHost host = plainHost(SmtpSink.Options.plain(USER, PASSWORD));
        Path body = dir.resolve("body.txt");
        Files.writeString(body, "Backup of fleet-database failed.\n.\n..two dots\nDétails: café\nlast line");

        Proc.Result run = host.alert("backup failed", body.toString());

        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(sink.messages()).hasSize(1);
        SmtpSink.Message mail = sink.messages().get(0);
        assertThat(mail.authUser()).isEqualTo(USER);
        assertThat(mail.authPassword()).isEqualTo(PASSWORD);
        assertThat(mail.from()).isEqualTo("alerts@marinemaroc.ma");
        assertThat(mail.recipients()).containsExactlyElementsOf(RECIPIENTS);
        assertThat(mail.header("Subject")).isEqualTo("[fleet] backup failed");
        assertThat(mail.header("To")).isEqualTo("ops@marinemaroc.ma, oncall@marinemaroc.ma");
        assertThat(mail.header("Date")).isNotBlank();
        assertThat(mail.body().replace("\r\n", "\n"))
                .isEqualTo("Backup of fleet-database failed.\n.\n..two dots\nDétails: café\nlast line\n");

        List<String> log = host.logLines();
        assertThat(log).hasSize(2);
        assertThat(log.get(0)).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ \\S+ alert subject=backup failed");
        assertThat(log.get(1)).contains("mail=sent recipients=2");
        assertThat(String.join("\n", log) + run.all()).doesNotContain(PASSWORD).doesNotContain("S3cr");
    }

    @Test
    void readsTheBodyFromStdinAndEncodesANonAsciiSubject() throws Exception {
        AlertHost host = plainHost(SmtpSink.Options.plain(USER, PASSWORD));

        Proc.Result run = host.alertWithStdin("line one\nline two\n", "échec sauvegarde", "-");

        assertThat(run.exit()).as(run.all()).isZero();
        SmtpSink.Message mail = sink.messages().get(0);
        assertThat(mail.body().replace("\r\n", "\n")).isEqualTo("line one\nline two\n");
        String subject = mail.header("Subject");
        assertThat(subject).startsWith("=?UTF-8?B?").endsWith("?=");
        String decoded = new String(java.util.Base64.getDecoder().decode(
                subject.substring("=?UTF-8?B?".length(), subject.length() - 2)), StandardCharsets.UTF_8);
        assertThat(decoded).isEqualTo("[fleet] échec sauvegarde");
    }

    @Test
    void passwordIsNeverInAnyProcessCommandLineOrEnvironment() throws Exception {
        AlertHost host = plainHost(SmtpSink.Options.plain(USER, PASSWORD));
        CountDownLatch reached = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        sink.pauseAfterAuth(reached, release);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Proc.Result> run = pool.submit(() -> host.alert("process list check"));
            assertThat(reached.await(30, TimeUnit.SECONDS)).as("curl reached AUTH").isTrue();
            List<String> curlCommandLines = new ArrayList<>();
            List<String> leaks = new ArrayList<>();
            try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
                for (Path proc : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                    String cmdline = read(proc.resolve("cmdline"));
                    String environ = read(proc.resolve("environ"));
                    if (cmdline.contains("--mail-from")) {
                        curlCommandLines.add(cmdline);
                    }
                    if (cmdline.contains("S3cr") || environ.contains("S3cr")) {
                        leaks.add(proc + ": " + cmdline);
                    }
                }
            }
            release.countDown();
            assertThat(curlCommandLines).as("the scan saw the running curl").isNotEmpty();
            assertThat(leaks).isEmpty();
            assertThat(run.get(60, TimeUnit.SECONDS).exit()).isZero();
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
        String script = Files.readString(host.script);
        assertThat(script).contains("printf '%s\\n' \"$curl_config\" | curl --config - \"${curl_args[@]}\"")
                .doesNotContain("--user").doesNotContain("--netrc").doesNotContain("export ")
                .doesNotContain("set -x");
        assertThat(script.lines().filter(l -> l.contains("curl_args=(") || l.contains("curl_args+=(")))
                .isNotEmpty().noneMatch(l -> l.contains("SMTP_USER") || l.contains("PASSWORD")
                        || l.contains("quoted_") || l.contains("curl_config"));
    }

    @Test
    void relayDownExitsNonZeroButTheLocalLogLineIsWritten() throws Exception {
        AlertHost host = plainHost(SmtpSink.Options.plain(USER, PASSWORD));
        sink.close();

        Proc.Result run = host.alert("disk almost full");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("failed");
        List<String> log = host.logLines();
        assertThat(log).hasSize(2);
        assertThat(log.get(0)).endsWith("alert subject=disk almost full");
        assertThat(log.get(1)).contains("mail=failed curl-exit=7");
    }

    @Test
    void identicalSubjectIsRateLimitedButAFailedMailIsRetried() throws Exception {
        AlertHost host = plainHost(SmtpSink.Options.plain(USER, PASSWORD));
        int livePort = sink.port();
        host.env.put("SMTP_PORT", Integer.toString(closedPort()));
        assertThat(host.alert("certificate renewal failed").exit()).as("relay down").isEqualTo(1);

        host.env.put("SMTP_PORT", Integer.toString(livePort));
        assertThat(host.alert("certificate renewal failed").exit()).isZero();
        Proc.Result duplicate = host.alert("certificate renewal failed");
        assertThat(host.alert("another subject").exit()).isZero();

        assertThat(duplicate.exit()).isZero();
        assertThat(sink.messages()).extracting(m -> m.header("Subject"))
                .containsExactly("[fleet] certificate renewal failed", "[fleet] another subject");
        List<String> log = host.logLines();
        assertThat(log).filteredOn(l -> l.contains("mail=suppressed")).hasSize(1);
        assertThat(log).filteredOn(l -> l.contains("alert subject=certificate renewal failed")).hasSize(3);

        host.env.put("ALERT_RATE_LIMIT_MINUTES", "0");
        assertThat(host.alert("certificate renewal failed").exit()).isZero();
        assertThat(sink.messages()).hasSize(3);
    }

    @Test
    void startTlsIsUsedAndVerifiedBeforeCredentialsAreSent() throws Exception {
        sink = SmtpSink.start(new SmtpSink.Options(USER, PASSWORD, true, false, tls.context()));
        AlertHost host = AlertHost.install(dir, AlertSettings.of(RECIPIENTS, "alerts@marinemaroc.ma", "127.0.0.1",
                sink.port(), SmtpTls.STARTTLS).withCaFile(tls.certPem().toString())).credentials(USER, PASSWORD);

        Proc.Result run = host.alert("tls check");

        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(sink.messages()).singleElement().satisfies(m -> {
            assertThat(m.tls()).isTrue();
            assertThat(m.authPassword()).isEqualTo(PASSWORD);
        });
        List<String> verbs = sink.commands().stream().map(c -> c.split(" ")[0]).toList();
        assertThat(verbs.indexOf("STARTTLS")).isNotNegative().isLessThan(verbs.indexOf("AUTH"));
    }

    @Test
    void startTlsRequiredButNotOfferedSendsNoCredentials() throws Exception {
        sink = SmtpSink.start(SmtpSink.Options.plain(USER, PASSWORD));
        AlertHost host = AlertHost.install(dir, AlertSettings.of(RECIPIENTS, "alerts@marinemaroc.ma", "127.0.0.1",
                sink.port(), SmtpTls.STARTTLS)).credentials(USER, PASSWORD);

        Proc.Result run = host.alert("downgrade attempt");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(sink.messages()).isEmpty();
        assertThat(sink.commands()).noneMatch(c -> c.startsWith("AUTH"));
        assertThat(host.logLines()).anyMatch(l -> l.contains("mail=failed"));
    }

    @Test
    void untrustedCertificateIsRefused() throws Exception {
        sink = SmtpSink.start(new SmtpSink.Options(USER, PASSWORD, true, false, tls.context()));
        AlertHost host = AlertHost.install(dir, AlertSettings.of(RECIPIENTS, "alerts@marinemaroc.ma", "127.0.0.1",
                sink.port(), SmtpTls.STARTTLS)).credentials(USER, PASSWORD);

        Proc.Result run = host.alert("self-signed relay");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(sink.commands()).noneMatch(c -> c.startsWith("AUTH"));
        assertThat(sink.messages()).isEmpty();
    }

    @Test
    void smtpsUsesImplicitTls() throws Exception {
        sink = SmtpSink.start(new SmtpSink.Options(USER, PASSWORD, false, true, tls.context()));
        AlertHost host = AlertHost.install(dir, AlertSettings.of(RECIPIENTS, "alerts@marinemaroc.ma", "127.0.0.1",
                sink.port(), SmtpTls.SMTPS).withCaFile(tls.certPem().toString())).credentials(USER, PASSWORD);

        Proc.Result run = host.alert("smtps check");

        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(sink.messages()).singleElement().satisfies(m -> assertThat(m.tls()).isTrue());
    }

    @Test
    void wrongPasswordIsAFailure() throws Exception {
        AlertHost host = plainHost(SmtpSink.Options.plain(USER, "another password"));

        Proc.Result run = host.alert("auth check");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(sink.messages()).isEmpty();
        assertThat(host.logLines()).last().asString().contains("mail=failed");
    }

    @Test
    void headerInjectionThroughTheSubjectIsNeutralised() throws Exception {
        AlertHost host = plainHost(SmtpSink.Options.plain(USER, PASSWORD));

        Proc.Result run = host.alert("disk full\r\nBcc: attacker@evil.test\n\nfake body");

        assertThat(run.exit()).as(run.all()).isZero();
        SmtpSink.Message mail = sink.messages().get(0);
        assertThat(mail.recipients()).containsExactlyElementsOf(RECIPIENTS);
        assertThat(mail.header("Bcc")).isNull();
        assertThat(mail.header("Subject")).isEqualTo("[fleet] disk full  Bcc: attacker@evil.test  fake body");
        assertThat(host.logLines()).hasSize(2);
    }

    @Test
    void usageAndConfigurationErrors() throws Exception {
        AlertHost host = plainHost(SmtpSink.Options.plain(USER, PASSWORD));
        assertThat(host.alert().exit()).isEqualTo(64);
        assertThat(host.alert("a", "b", "c").err()).contains("usage: fleet-alert <subject> [body-file|-]");

        Path remoteConf = dir.resolve("etc/remote-plain.conf");
        Files.writeString(remoteConf, Files.readString(host.conf).replace("SMTP_HOST='127.0.0.1'",
                "SMTP_HOST='smtp.example.net'"));
        host.env.put("ALERT_CONF", remoteConf.toString());
        Proc.Result plainRemote = host.alert("would leak credentials");
        assertThat(plainRemote.exit()).isEqualTo(78);
        assertThat(plainRemote.err()).contains("SMTP_TLS=none is only allowed");

        host.env.put("ALERT_CONF", dir.resolve("etc/missing.conf").toString());
        host.env.put("ALERT_LOG", host.log.toString());
        Proc.Result noConf = host.alert("no config at all");
        assertThat(noConf.exit()).isEqualTo(78);
        assertThat(host.logLines()).anyMatch(l -> l.endsWith("alert subject=no config at all"))
                .anyMatch(l -> l.contains("mail=not-sent config-error: cannot read"));
        assertThat(sink.messages()).isEmpty();
    }

    private static int closedPort() throws IOException {
        try (var s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
