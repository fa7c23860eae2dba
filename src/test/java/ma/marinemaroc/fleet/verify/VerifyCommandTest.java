package ma.marinemaroc.fleet.verify;

import ma.marinemaroc.fleet.testing.TestNginx;
import ma.marinemaroc.fleet.edge.EdgeFixture;
import ma.marinemaroc.fleet.testing.Proc;
import ma.marinemaroc.fleet.testing.TestNginx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code verify} against the real nginx running the rendered config, healthy and deliberately broken. */
class VerifyCommandTest {
    private static final Pattern ROW = Pattern.compile("^(\\S.*?)\\s{2,}(PASS|FAIL|SKIP)\\s+(.*)$");

    @TempDir
    static Path dir;
    static EdgeFixture healthy;
    static List<Integer> freePorts;

    @BeforeAll
    static void start() throws Exception {
        healthy = EdgeFixture.builder().start(dir.resolve("healthy"));
        freePorts = List.of(Proc.freePort(), Proc.freePort(), Proc.freePort());
    }

    @AfterAll
    static void stop() throws Exception {
        if (healthy != null) {
            healthy.close();
        }
    }

    record Run(int exit, String out, String err, Map<String, String> status, Map<String, String> detail) {
        List<String> failed() {
            return status.entrySet().stream().filter(e -> e.getValue().equals("FAIL")).map(Map.Entry::getKey).toList();
        }
    }

    static Run parse(int exit, String out, String err) {
        Map<String, String> status = new LinkedHashMap<>();
        Map<String, String> detail = new LinkedHashMap<>();
        for (String line : out.split("\n")) {
            Matcher m = ROW.matcher(line);
            if (m.matches() && !m.group(1).equals("CHECK")) {
                status.put(m.group(1), m.group(2));
                detail.put(m.group(1), m.group(3));
            }
        }
        return new Run(exit, out, err, status, detail);
    }

    static List<String> args(EdgeFixture edge, List<Integer> closed, String... extra) {
        List<String> a = new ArrayList<>(List.of("--url", "https://" + EdgeFixture.DOMAIN + ":" + edge.httpsPort,
                "--http-port", Integer.toString(edge.httpPort),
                "--resolve", EdgeFixture.DOMAIN + ":" + edge.httpsPort + ":127.0.0.1",
                "--resolve", EdgeFixture.DOMAIN + ":" + edge.httpPort + ":127.0.0.1",
                "--ca-file", edge.pki.caCert().toString(),
                "--closed-ports", closed.stream().map(String::valueOf).collect(Collectors.joining(",")),
                "--timeout-ms", "3000"));
        if (!List.of(extra).contains("--health-max-ms")) {
            // generous for a loaded CI machine; slowOrFailingHealthFails uses 500 ms, the default (see usage test)
            a.addAll(List.of("--health-max-ms", "2000"));
        }
        a.addAll(List.of(extra));
        return a;
    }

    static Run verify(List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = VerifyCommand.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args.toArray(String[]::new));
        return parse(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run verify(EdgeFixture edge, String... extra) {
        return verify(args(edge, freePorts, extra));
    }

    static EdgeFixture broken(String name, UnaryOperator<String> siteConf) throws Exception {
        return EdgeFixture.builder()
                .mutate(files -> {
                    // the site's settings live in conf.d/fleet.conf and the snippets it includes
                    Map<String, String> copy = new LinkedHashMap<>(files);
                    copy.replaceAll((k, v) -> siteConf.apply(v));
                    assertThat(copy).as("the mutation applies").isNotEqualTo(files);
                    return copy;
                })
                .start(dir.resolve(name));
    }

    static final List<String> ALL_ROWS = List.of("DNS fleet.test", "certificate trusted for fleet.test",
            "certificate valid >= 14 days", "http:// redirects to https://", "header Strict-Transport-Security",
            "header X-Frame-Options", "header X-Content-Type-Options", "header Referrer-Policy",
            "header Content-Security-Policy", "header Permissions-Policy", "TLS 1.0 refused", "TLS 1.1 refused",
            "TLS 1.2 accepted", "TLS 1.3 accepted", "GET /health 200 < 2000 ms");

    @Test
    void everyCheckPassesAgainstTheRenderedConfig() {
        Run r = verify(healthy);
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.status().keySet()).containsAll(ALL_ROWS);
        assertThat(r.failed()).isEmpty();
        assertThat(r.status().get("DNS fleet.test")).isEqualTo("SKIP");
        assertThat(r.detail().get("DNS fleet.test")).startsWith("not requested");
        for (int port : freePorts) {
            assertThat(r.status().get("port " + port + " closed")).isEqualTo("PASS");
        }
        assertThat(r.detail().get("TLS 1.0 refused")).contains("handshake refused");
        assertThat(r.detail().get("http:// redirects to https://")).contains("301 -> https://fleet.test:" + healthy.httpsPort + "/");
        assertThat(r.out()).contains("verify: OK");
    }

    @Test
    void tableIsAligned() {
        Run r = verify(healthy);
        List<String> rows = r.out().lines().filter(l -> ROW.matcher(l).matches()).toList();
        assertThat(rows).hasSizeGreaterThan(15);
        String header = r.out().lines().filter(l -> l.startsWith("CHECK ")).findFirst().orElseThrow();
        int column = header.indexOf("RESULT");
        assertThat(column).isPositive();
        assertThat(rows).allMatch(l -> l.substring(column).matches("(PASS|FAIL|SKIP) .*"));
    }

    @Test
    void anOpenPortInTheClosedListFails() throws Exception {
        try (ServerSocket open = new ServerSocket(0, 5, InetAddress.getByName("127.0.0.1"))) {
            List<Integer> closed = List.of(freePorts.get(0), open.getLocalPort());
            Run r = verify(args(healthy, closed));
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.failed()).containsExactly("port " + open.getLocalPort() + " closed");
            assertThat(r.detail().get("port " + open.getLocalPort() + " closed")).isEqualTo("open on 127.0.0.1");
        }
    }

    @Test
    void slowOrFailingHealthFails() {
        String row = "GET /health 200 < 500 ms";
        try {
            healthy.api.healthDelayMs = 800;
            Run slow = verify(healthy, "--health-max-ms", "500");
            assertThat(slow.exit()).isEqualTo(1);
            assertThat(slow.failed()).containsExactly(row);
            assertThat(slow.detail().get(row)).startsWith("200 in ");

            healthy.api.healthDelayMs = 0;
            healthy.api.healthStatus = 500;
            Run error = verify(healthy, "--health-max-ms", "500");
            assertThat(error.exit()).isEqualTo(1);
            assertThat(error.failed()).containsExactly(row);
            assertThat(error.detail().get(row)).startsWith("500 in ");
        } finally {
            healthy.api.healthDelayMs = 0;
            healthy.api.healthStatus = 200;
        }
    }

    @Test
    void dnsRowFailsWhenTheNameDoesNotResolveToTheExpectedAddress() {
        Run r = verify(healthy, "--expect-ip", "203.0.113.7");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.failed()).containsExactly("DNS fleet.test");
        assertThat(VerifyChecks.dns("localhost", "127.0.0.1").status()).isEqualTo(CheckResult.Status.PASS);
        assertThat(VerifyChecks.dns("localhost", "127.0.0.9").status()).isEqualTo(CheckResult.Status.FAIL);
    }

    @Test
    void withoutTheTestCaTheChainIsNotTrusted() {
        List<String> a = args(healthy, freePorts);
        int i = a.indexOf("--ca-file");
        a.remove(i + 1);
        a.remove(i);
        Run r = verify(a);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.failed()).containsExactly("certificate trusted for fleet.test");
        assertThat(r.detail().get("certificate trusted for fleet.test")).contains("PKIX path building failed");
    }

    @Test
    void missingHstsFailsOnlyThatHeader() throws Exception {
        try (EdgeFixture edge = broken("no-hsts", c -> c.lines()
                .filter(l -> !l.contains("add_header Strict-Transport-Security"))
                .collect(Collectors.joining("\n", "", "\n")))) {
            Run r = verify(edge);
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.failed()).containsExactly("header Strict-Transport-Security");
            assertThat(r.out()).contains("verify: FAILED (1 of");
        }
    }

    @Test
    void legacyTlsAllowedFailsTheTls10And11Rows() throws Exception {
        try (EdgeFixture edge = broken("legacy-tls", c -> c
                .replace("ssl_protocols TLSv1.2 TLSv1.3;", "ssl_protocols TLSv1 TLSv1.1 TLSv1.2 TLSv1.3;")
                .replaceAll("ssl_ciphers [^;]+;", "ssl_ciphers DEFAULT:@SECLEVEL=0;"))) {
            for (String client : List.of("auto", "openssl")) {
                Run r = verify(edge, "--legacy-tls-client", client);
                assertThat(r.exit()).as(client).isEqualTo(1);
                assertThat(r.failed()).as(client).containsExactly("TLS 1.0 refused", "TLS 1.1 refused");
                assertThat(r.detail().get("TLS 1.1 refused")).as(client).startsWith("handshake completed");
            }
            Run openssl = verify(edge, "--legacy-tls-client", "openssl");
            assertThat(openssl.detail().get("TLS 1.0 refused")).endsWith("(openssl)");
            // In a fresh JVM (as the CLI runs) the JDK itself offers TLS 1.0/1.1.
            Run jdk = verifyInFreshJvm(args(edge, freePorts, "--legacy-tls-client", "jdk"));
            assertThat(jdk.exit()).as(jdk.out() + jdk.err()).isEqualTo(1);
            assertThat(jdk.failed()).containsExactly("TLS 1.0 refused", "TLS 1.1 refused");
            assertThat(jdk.detail().get("TLS 1.0 refused")).startsWith("handshake completed: TLSv1 ").endsWith("(jdk)");
        }
    }

    @Test
    void freshJvmWithTheJdkClientPassesAgainstTheRenderedConfig() throws Exception {
        Run r = verifyInFreshJvm(args(healthy, freePorts, "--legacy-tls-client", "jdk"));
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.detail().get("TLS 1.0 refused")).contains("handshake refused", "protocol_version", "(jdk)");
        assertThat(r.detail().get("TLS 1.1 refused")).contains("handshake refused", "(jdk)");
    }

    @Test
    void nearExpiryCertificateFailsTheValidityRow() throws Exception {
        try (EdgeFixture edge = EdgeFixture.builder().certDays(3).start(dir.resolve("near-expiry"))) {
            Run r = verify(edge, "--min-days", "14");
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.failed()).containsExactly("certificate valid >= 14 days");
            assertThat(r.detail().get("certificate valid >= 14 days")).contains("(< 14)");
            assertThat(verify(edge, "--min-days", "2").exit()).as("3 days left is enough for --min-days 2").isZero();
        }
    }

    @Test
    void certificateForAnotherNameFailsTheTrustRow() throws Exception {
        try (EdgeFixture edge = EdgeFixture.builder().certDnsName("other.test").start(dir.resolve("wrong-name"))) {
            Run r = verify(edge);
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.failed()).containsExactly("certificate trusted for fleet.test");
            assertThat(r.detail().get("certificate trusted for fleet.test")).contains("fleet.test");
        }
    }

    @Test
    void brokenRedirectFailsTheRedirectRow() throws Exception {
        try (EdgeFixture edge = broken("no-redirect", c -> c.replaceFirst("return 301 https://[^;]+;", "return 200 \"plain\";"))) {
            Run r = verify(edge);
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.failed()).containsExactly("http:// redirects to https://");
        }
    }

    @Test
    void usageErrorsExitWith2() {
        assertThat(verify(List.of()).exit()).isEqualTo(2);
        assertThat(verify(List.of("--url", "http://fleet.test")).exit()).isEqualTo(2);
        assertThat(verify(List.of("--url", "https://fleet.test", "--resolve", "fleet.test:443")).exit()).isEqualTo(2);
        assertThat(verify(List.of("--url", "https://fleet.test", "--legacy-tls-client", "curl")).exit()).isEqualTo(2);
        assertThat(verify(List.of("--url", "https://fleet.test", "--closed-ports", "x")).exit()).isEqualTo(2);
        Run help = verify(List.of("--help"));
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("--expect-ip", "--min-days", "--closed-ports", "3306,6379,8000", "--health-max-ms")
                .containsPattern("Slowest acceptable health answer[^\\n]*\\n?[^\\n]*\\(default 500\\)");
    }

    /** Runs the CLI's main in a new JVM, as an operator would (no TLS used before verify starts). */
    static Run verifyInFreshJvm(List<String> args) throws Exception {
        String cp = String.join(File.pathSeparator, location(VerifyCommand.class), location(CommandLine.class),
                location(ma.marinemaroc.fleet.edge.SecurityHeaders.class));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", cp, VerifyCommand.class.getName()));
        cmd.addAll(args);
        Proc.Result r = Proc.run(cmd, Map.of(), null, Duration.ofSeconds(60));
        return parse(r.exit(), r.out(), r.err());
    }

    private static String location(Class<?> c) throws Exception {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
