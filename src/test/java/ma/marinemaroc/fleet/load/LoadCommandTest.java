package ma.marinemaroc.fleet.load;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import ma.marinemaroc.fleet.edge.TestPki;
import ma.marinemaroc.fleet.testing.Proc;
import ma.marinemaroc.fleet.testing.TestNginx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code load} against a real nginx and a slow/failing stub on loopback, with short profiles. */
class LoadCommandTest {
    @TempDir
    static Path dir;
    static TestNginx nginx;
    static LoadStub stub;
    static TestPki pki;
    static int httpPort;
    static int httpsPort;

    @BeforeAll
    static void start() throws Exception {
        stub = new LoadStub();
        pki = TestPki.create(Files.createDirectories(dir.resolve("pki")));
        TestPki.ServerCert cert = pki.issue("server", "fleet.test", 30);
        httpPort = Proc.freePort();
        do {
            httpsPort = Proc.freePort();
        } while (httpsPort == httpPort);
        Path prefix = dir.resolve("nginx");
        String conf = """
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/logs/error.log warn;
                events { worker_connections 1024; }
                http {
                    access_log off;
                    server {
                        listen 127.0.0.1:%2$d;
                        location = /ok { return 200 "ok\\n"; }
                        location = /auth {
                            if ($http_authorization != "Bearer s3cret-token") { return 401; }
                            return 200 "authorized\\n";
                        }
                        location = /close { add_header Connection close; keepalive_timeout 0; return 200 "bye\\n"; }
                    }
                    server {
                        listen 127.0.0.1:%3$d ssl;
                        server_name fleet.test;
                        ssl_certificate %4$s;
                        ssl_certificate_key %5$s;
                        location / { return 200 "tls ok\\n"; }
                    }
                }
                """.formatted(prefix, httpPort, httpsPort, cert.fullchain(), cert.key());
        nginx = TestNginx.start(prefix, Map.of("nginx.conf", conf), httpPort);
    }

    @AfterAll
    static void stop() {
        if (nginx != null) nginx.close();
        if (stub != null) stub.close();
    }

    record Run(int exit, String out, String err, Path dir) {
        JsonObject summary() throws Exception {
            return JsonParser.parseString(Files.readString(dir.resolve("summary.json"))).getAsJsonObject();
        }
    }

    static int runs;

    static Run load(Map<String, String> env, String... args) {
        Path outDir = dir.resolve("out-" + (++runs));
        List<String> a = new ArrayList<>(List.of(args));
        a.addAll(List.of("--out", outDir.toString(), "--progress", "lines"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = LoadCommand.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                env, a.toArray(String[]::new));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), outDir);
    }

    static Run load(String... args) {
        return load(Map.of(), args);
    }

    static String nginxUrl(String path) {
        return "http://127.0.0.1:" + httpPort + path;
    }

    static String stubUrl(String path) {
        return "http://127.0.0.1:" + stub.port() + path;
    }

    @Test
    void passesAgainstNginxWithStagesAndWritesSummaryAndChart() throws Exception {
        Run r = load("--url", nginxUrl("/ok"), "--stages", "2s:6,3s:6,1s:0", "--think-time", "20ms-40ms");
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("load: OK (thresholds met)", "PASS p95 latency ms < 500", "PASS error rate < 0.01");
        assertThat(r.err()).contains("users", "req/s", "p95");
        JsonObject s = r.summary();
        long requests = s.get("requests").getAsLong();
        // 6 users at most, each pausing 20-40 ms: far fewer than 6 s * 6 / 0.02 s, far more than a handful
        assertThat(requests).isBetween(200L, 1800L);
        assertThat(s.get("errors").getAsLong()).isZero();
        assertThat(s.get("pass").getAsBoolean()).isTrue();
        assertThat(s.getAsJsonObject("statuses").get("200").getAsLong()).isEqualTo(requests);
        JsonObject latency = s.getAsJsonObject("latencyMs");
        assertThat(latency.get("p50").getAsDouble()).isPositive().isLessThanOrEqualTo(latency.get("p95").getAsDouble());
        assertThat(latency.get("p95").getAsDouble()).isLessThanOrEqualTo(latency.get("p99").getAsDouble());
        JsonArray stages = s.getAsJsonArray("stages");
        assertThat(stages).hasSize(3);
        long perStage = 0;
        for (var st : stages) {
            perStage += st.getAsJsonObject().get("requests").getAsLong();
            assertThat(st.getAsJsonObject().get("requestsPerSecond").getAsDouble()).isPositive();
        }
        assertThat(perStage).isEqualTo(requests);
        JsonArray timeline = s.getAsJsonArray("timeline");
        assertThat(timeline.size()).isBetween(5, 9);
        int maxUsers = 0;
        for (var p : timeline) maxUsers = Math.max(maxUsers, p.getAsJsonObject().get("users").getAsInt());
        assertThat(maxUsers).isEqualTo(6);
        assertThat(timeline.get(0).getAsJsonObject().get("users").getAsInt()).as("ramping up").isLessThan(6);
        BufferedImage png = ImageIO.read(r.dir().resolve("latency.png").toFile());
        assertThat(png.getWidth()).isEqualTo(1200);
        assertThat(png.getHeight()).isEqualTo(600);
        assertThat(s.get("auth").getAsString()).isEqualTo("none");
    }

    @Test
    void aSlowUpstreamFailsTheP95Threshold() throws Exception {
        Run r = load("--url", stubUrl("/slow"), "--vus", "4", "--duration", "2s", "--think-time", "0s");
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.out()).contains("FAIL p95 latency ms < 500", "PASS error rate < 0.01", "load: FAILED");
        JsonObject s = r.summary();
        assertThat(s.getAsJsonObject("latencyMs").get("p95").getAsDouble()).isGreaterThanOrEqualTo(700);
        assertThat(s.get("pass").getAsBoolean()).isFalse();
    }

    @Test
    void aFailingUpstreamFailsTheErrorThreshold() throws Exception {
        Run r = load("--url", stubUrl("/flaky"), "--vus", "3", "--duration", "2s", "--think-time", "10ms");
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.out()).contains("FAIL error rate < 0.01", "PASS p95 latency ms < 500");
        JsonObject s = r.summary();
        assertThat(s.get("errorRate").getAsDouble()).isBetween(0.4, 0.6);
        assertThat(s.getAsJsonObject("errorKinds").get("http 500").getAsLong()).isEqualTo(s.get("errors").getAsLong());
    }

    @Test
    void timeoutsAndRefusedConnectionsAreErrors() throws Exception {
        stub.slowMs = 1500;
        try {
            Run t = load("--url", stubUrl("/slow"), "--vus", "2", "--duration", "1s", "--request-timeout", "300ms");
            assertThat(t.exit()).isEqualTo(1);
            assertThat(t.summary().getAsJsonObject("errorKinds").get("timeout").getAsLong()).isPositive();
        } finally {
            stub.slowMs = 700;
        }
        Run refused = load("--url", "http://127.0.0.1:" + Proc.freePort() + "/", "--vus", "2", "--duration", "1s");
        assertThat(refused.exit()).isEqualTo(1);
        JsonObject s = refused.summary();
        assertThat(s.getAsJsonObject("errorKinds").get("connect refused").getAsLong()).isPositive();
        assertThat(s.get("errorRate").getAsDouble()).isEqualTo(1.0);
        assertThat(refused.out()).contains("FAIL responses > 0");
    }

    @Test
    void serverClosingTheConnectionIsNotAnError() throws Exception {
        Run r = load("--url", nginxUrl("/close"), "--vus", "3", "--duration", "1s", "--think-time", "10ms");
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.summary().get("requests").getAsLong()).isGreaterThan(20);
    }

    @Test
    void theBearerTokenComesFromAFileOrTheEnvironmentAndIsNeverShown() throws Exception {
        Path file = dir.resolve("token");
        Files.writeString(file, "s3cret-token\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        Run fromFile = load("--url", nginxUrl("/auth"), "--vus", "2", "--duration", "1s", "--token-file", file.toString());
        assertThat(fromFile.exit()).as(fromFile.out() + fromFile.err()).isZero();
        Run fromEnv = load(Map.of(LoadCommand.TOKEN_ENV, "s3cret-token"), "--url", nginxUrl("/auth"), "--vus", "2", "--duration", "1s");
        assertThat(fromEnv.exit()).as(fromEnv.out() + fromEnv.err()).isZero();
        Run without = load("--url", nginxUrl("/auth"), "--vus", "2", "--duration", "1s");
        assertThat(without.exit()).isEqualTo(1);
        assertThat(without.summary().getAsJsonObject("errorKinds").get("http 401").getAsLong()).isPositive();
        for (Run r : List.of(fromFile, fromEnv)) {
            assertThat(r.out() + r.err() + Files.readString(r.dir().resolve("summary.json"))).doesNotContain("s3cret");
            assertThat(r.summary().get("auth").getAsString()).isEqualTo("bearer token (value not recorded)");
        }
        stub.authorizations.clear();
        load("--url", stubUrl("/ok"), "--vus", "1", "--duration", "500ms", "--token-file", file.toString());
        assertThat(stub.authorizations).isNotEmpty().allMatch("Bearer s3cret-token"::equals);
        // never on the command line
        assertThat(load("--url", nginxUrl("/auth"), "--token", "s3cret-token").exit()).isEqualTo(2);
        assertThat(load(Map.of(LoadCommand.TOKEN_ENV, "x"), "--url", nginxUrl("/auth"), "--token-file", file.toString()).exit()).isEqualTo(2);
    }

    @Test
    void httpsWithTheTestCaPassesAndAnUntrustedCertificateFails() throws Exception {
        String url = "https://fleet.test:" + httpsPort + "/";
        String resolve = "fleet.test:" + httpsPort + ":127.0.0.1";
        Run ok = load("--url", url, "--resolve", resolve, "--ca-file", pki.caCert().toString(), "--vus", "3", "--duration", "1s",
                "--think-time", "20ms");
        assertThat(ok.exit()).as(ok.out() + ok.err()).isZero();
        assertThat(ok.summary().get("target").getAsString()).isEqualTo("https://fleet.test:" + httpsPort);
        Run untrusted = load("--url", url, "--resolve", resolve, "--vus", "2", "--duration", "1s");
        assertThat(untrusted.exit()).isEqualTo(1);
        assertThat(untrusted.summary().getAsJsonObject("errorKinds").get("tls").getAsLong()).isPositive();
    }

    @Test
    void aProfileFileSetsStagesThinkTimeAndThresholdsAndFlagsOverrideIt() throws Exception {
        Path profile = dir.resolve("profile.yaml");
        Files.writeString(profile, """
                stages:
                  - {duration: 1s, target: 3}
                  - {duration: 1s, target: 3}
                thinkTime: 10ms-20ms
                requestTimeout: 2s
                thresholds: {p95Ms: 250, maxErrorRate: 0.05}
                """);
        Run r = load("--url", nginxUrl("/ok"), "--profile", profile.toString(), "--max-error-rate", "0.02");
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        JsonObject s = r.summary();
        assertThat(s.getAsJsonObject("profile").getAsJsonArray("stages")).hasSize(2);
        assertThat(s.getAsJsonObject("profile").get("requestTimeoutSeconds").getAsDouble()).isEqualTo(2.0);
        assertThat(r.out()).contains("p95 latency ms < 250", "error rate < 0.0200");
        Files.writeString(profile, "stages: 1s:2\nrampUp: 5s\n");
        Run bad = load("--url", nginxUrl("/ok"), "--profile", profile.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("unknown key 'rampUp'");
    }

    @Test
    void theDefaultProfileIsTheSeedScenario() {
        LoadProfile seed = LoadProfile.seed();
        assertThat(seed.stages()).containsExactly(new LoadProfile.Stage(Duration.ofMinutes(2), 50),
                new LoadProfile.Stage(Duration.ofMinutes(5), 50), new LoadProfile.Stage(Duration.ofMinutes(2), 0));
        assertThat(seed.thinkMin()).isEqualTo(Duration.ofSeconds(1)).isEqualTo(seed.thinkMax());
        assertThat(seed.thresholds()).isEqualTo(new LoadProfile.Thresholds(500, 0.01));
        assertThat(seed.total()).isEqualTo(Duration.ofMinutes(9));
        assertThat(seed.usersAt(Duration.ofMinutes(1))).isEqualTo(25.0);
        assertThat(seed.usersAt(Duration.ofMinutes(4))).isEqualTo(50.0);
        assertThat(seed.usersAt(Duration.ofMinutes(8))).isEqualTo(25.0);
        assertThat(seed.usersAt(Duration.ofMinutes(10))).isEqualTo(0.0);
        assertThat(seed.stageAt(Duration.ofSeconds(150))).isEqualTo(1);
        assertThat(LoadProfile.stages("30s:10, 1m:10,30s:0")).hasSize(3);
        assertThat(LoadProfile.thinkTime("0.5s-1.5s")).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1500));
    }

    @Test
    void usageErrorsExitWith2() {
        assertThat(load("--url", "ftp://x/").exit()).isEqualTo(2);
        assertThat(load("--url", nginxUrl("/ok"), "--stages", "2m").exit()).isEqualTo(2);
        assertThat(load("--url", nginxUrl("/ok"), "--vus", "3").exit()).isEqualTo(2);
        assertThat(load("--url", nginxUrl("/ok"), "--url", "http://other.test/").exit()).isEqualTo(2);
        assertThat(load("--url", nginxUrl("/ok"), "--think-time", "2s-1s").exit()).isEqualTo(2);
        Run help = load("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("--token-file", "FLEET_LOAD_TOKEN", "--stages", "--p95-ms");
    }
}
