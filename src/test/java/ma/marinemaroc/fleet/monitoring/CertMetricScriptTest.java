package ma.marinemaroc.fleet.monitoring;

import ma.marinemaroc.fleet.testing.Proc;
import ma.marinemaroc.fleet.Stacks;
import ma.marinemaroc.fleet.config.StackSettings;
import ma.marinemaroc.fleet.config.StackSettingsLoader;
import ma.marinemaroc.fleet.host.bootstrap.HostFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * fleet-cert-metric run for real: openssl s_server on loopback serves a certificate for the site name (SNI) and a
 * different default one; the real AWS CLI publishes to a loopback CloudWatch stand-in.
 */
class CertMetricScriptTest {
    static final String DOMAIN = "staging.fleet.marinemaroc.ma";

    @TempDir
    Path tmp;
    private Path script;
    private CloudWatchStub cloudWatch;
    private Process server;

    @BeforeEach
    void setUp() throws Exception {
        Proc.require("openssl");
        Proc.require("aws");
        HostFile f = CloudWatchAgent.hostFiles("staging.fleet.marinemaroc.ma", "eu-west-1").stream()
                .filter(x -> x.path().equals(CloudWatchAgent.CERT_METRIC_SCRIPT)).findFirst().orElseThrow();
        script = tmp.resolve("fleet-cert-metric");
        Files.writeString(script, f.content());
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        cloudWatch = new CloudWatchStub();
    }

    @AfterEach
    void tearDown() throws Exception {
        cloudWatch.close();
        if (server != null) {
            server.destroy();
            server.waitFor();
        }
    }

    @Test
    void publishesTheDaysLeftOfTheCertificateServedForTheSiteName() throws Exception {
        int port = startTlsServer(300, 20);

        Instant before = Instant.now();
        Proc.Result r = runScript(port);
        Instant after = Instant.now();

        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(cloudWatch.puts()).hasSize(1);
        CloudWatchStub.Put put = cloudWatch.puts().get(0);
        assertThat(put.namespace()).isEqualTo("Fleet");
        assertThat(put.metricName()).isEqualTo("CertificateDaysLeft");
        assertThat(put.dimensions()).isEqualTo(Map.of("Domain", DOMAIN));
        long days = (long) put.value();
        assertThat(days).as("whole days left on the SNI certificate (20-day), not the default one (300-day)")
                .isIn(daysLeft("site", before), daysLeft("site", after)).isBetween(19L, 20L);
        assertThat(put.unit()).isEqualTo("Count");
        assertThat(put.authorization()).as("signed for the host's region").contains("/eu-west-1/monitoring/");
        assertThat(r.out()).contains("(" + days + " days)");
    }

    @Test
    void anExpiringCertificateIsPublishedBelowTheAlarmThreshold() throws Exception {
        int port = startTlsServer(300, 3);

        Instant before = Instant.now();
        Proc.Result r = runScript(port);
        Instant after = Instant.now();

        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(cloudWatch.puts()).hasSize(1);
        assertThat((long) cloudWatch.puts().get(0).value())
                .isIn(daysLeft("site", before), daysLeft("site", after)).isLessThan(14L);
    }

    @Test
    void anUnreachableSitePublishesNothingAndExitsTempfail() throws Exception {
        int port = Proc.freePort();

        Proc.Result r = runScript(port);

        assertThat(r.exit()).as(r.all()).isEqualTo(75);
        assertThat(r.err()).contains("cannot reach 127.0.0.1:" + port);
        assertThat(cloudWatch.puts()).isEmpty();
    }

    @Test
    void aPublishingFailureIsAFailureOfTheUnit() throws Exception {
        int port = startTlsServer(300, 20);
        cloudWatch.failWith(500);

        Proc.Result r = runScript(port);

        assertThat(r.exit()).as(r.all()).isNotIn(0, 75);
        assertThat(cloudWatch.puts()).isEmpty();
    }

    private Proc.Result runScript(int port) throws Exception {
        Path home = Files.createDirectories(tmp.resolve("home"));
        Map<String, String> env = new HashMap<>();
        env.put("HOME", home.toString());
        env.put("CERT_CONNECT", "127.0.0.1:" + port);
        env.put("PUT_METRIC_CMD", "aws --endpoint-url " + cloudWatch.url() + " cloudwatch put-metric-data");
        env.put("AWS_ACCESS_KEY_ID", "AKIDFLEETTEST");
        env.put("AWS_SECRET_ACCESS_KEY", "fleet-test-secret");
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        env.put("AWS_CONFIG_FILE", home.resolve("config").toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", home.resolve("credentials").toString());
        env.put("AWS_MAX_ATTEMPTS", "1");
        env.put("AWS_RETRY_MODE", "standard");
        return Proc.run(List.of(script.toString()), env, tmp, null, Duration.ofSeconds(90));
    }

    /** Starts s_server with a default certificate and one served for {@link #DOMAIN} (SNI); returns its port. */
    private int startTlsServer(int defaultDays, int siteDays) throws Exception {
        cert("default", "other.example.invalid", defaultDays);
        cert("site", DOMAIN, siteDays);
        int port = Proc.freePort();
        server = new ProcessBuilder("openssl", "s_server", "-quiet", "-accept", "127.0.0.1:" + port,
                "-cert", tmp.resolve("default.crt").toString(), "-key", tmp.resolve("default.key").toString(),
                "-servername", DOMAIN,
                "-cert2", tmp.resolve("site.crt").toString(), "-key2", tmp.resolve("site.key").toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("s_server.log").toFile()).start();
        Instant deadline = Instant.now().plusSeconds(15);
        while (Instant.now().isBefore(deadline)) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return port;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("openssl s_server did not start: " + Files.readString(tmp.resolve("s_server.log")));
    }

    /** Whole days from {@code at} to the certificate's notAfter, as the script computes them. */
    private long daysLeft(String name, Instant at) throws Exception {
        Proc.Result r = Proc.run(List.of("openssl", "x509", "-noout", "-enddate", "-dateopt", "iso_8601",
                "-in", name + ".crt"), Map.of(), tmp);
        assertThat(r.exit()).as(r.all()).isZero();
        Instant notAfter = Instant.parse(r.out().trim().substring("notAfter=".length()).replace(" ", "T"));
        return (notAfter.getEpochSecond() - at.getEpochSecond()) / 86400;
    }

    private void cert(String name, String cn, int days) throws Exception {
        Proc.Result r = Proc.run(List.of("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                "ec_paramgen_curve:P-256", "-nodes", "-keyout", name + ".key", "-out", name + ".crt",
                "-days", String.valueOf(days), "-subj", "/CN=" + cn, "-addext", "subjectAltName=DNS:" + cn),
                Map.of(), tmp);
        assertThat(r.exit()).as(r.all()).isZero();
    }
}
