package ma.marinemaroc.fleet.edge;

import ma.marinemaroc.fleet.testing.Proc;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Let's Encrypt mode end to end against a local ACME CA: pebble (real HTTP-01 validation, its DNS answered by
 * pebble-challtestsrv with 127.0.0.1), the real nginx serving the webroot and TLS from certbot's live path, and the
 * RENDERED issue script, deploy hook and renewal command driving the real certbot.
 */
class PebbleIssuanceTest {
    static final String DOMAIN = EdgeFixture.DOMAIN;

    @TempDir
    Path dir;
    final List<Process> daemons = new ArrayList<>();
    EdgeFixture edge;

    @AfterEach
    void stop() throws Exception {
        if (edge != null) {
            edge.close();
        }
        for (Process p : daemons) {
            p.destroy();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    @Test
    void renderedScriptsObtainAndRenewACertificateFromPebble() throws Exception {
        int acmePort = Proc.freePort();
        Path calls = dir.resolve("calls.log");
        Path nginxPrefix = dir.resolve("nginx");
        Path nginxConf = nginxPrefix.resolve("conf/" + NginxConfig.MAIN_FILE);
        String nginx = Proc.require("nginx");
        String nginxArgs = " -c " + nginxConf + " -p " + nginxPrefix + "/";
        CertbotSettings settings = CertbotSettings.builder(DOMAIN, "ops@marinemaroc.ma")
                .acmeServer("https://127.0.0.1:" + acmePort + "/dir")
                .certbot(Proc.require("certbot"))
                .configDir(dir.resolve("le").toString())
                .workDir(dir.resolve("work").toString())
                .logsDir(dir.resolve("logs").toString())
                .webroot(dir.resolve("webroot").toString())
                .nginxTestCommand(nginx + " -t -q" + nginxArgs)
                .nginxReloadCommand(nginx + nginxArgs + " -s reload && echo \"reload ${RENEWED_DOMAINS:-}\" >>" + calls)
                .alertCommand(Proc.require("true"))
                .build();
        Map<String, String> files = CertbotFiles.render(settings);
        CertbotFilesTest.install(files, dir.resolve("root"), dir);
        Path issue = dir.resolve("root/opt/fleet/bin/fleet-cert-issue");
        Path live = dir.resolve("le/live/" + DOMAIN);

        // 1. Before any certificate: the placeholder lets nginx start with TLS on certbot's live path.
        Proc.run(List.of(issue.toString(), "--placeholder-only"), Map.of(), null, Duration.ofSeconds(60)).requireOk("placeholder");
        edge = EdgeFixture.builder().site(s -> s.tls(settings.liveFiles())).start(dir);
        String placeholder = servedFingerprint();
        assertThat(placeholder).isEqualTo(fingerprint(live.resolve("fullchain.pem")));

        // 2. A local ACME CA that validates http://fleet.test:<nginx http port>/.well-known/acme-challenge/...
        Path pki = Files.createDirectories(dir.resolve("pebble-pki"));
        TestPki pebblePki = TestPki.create(pki);
        TestPki.ServerCert pebbleCert = pebblePki.issue("pebble", "127.0.0.1", "IP:127.0.0.1,DNS:localhost", 30);
        int dnsPort = Proc.freePort();
        startChallTestSrv(dnsPort);
        startPebble(acmePort, dnsPort, pebbleCert);
        Map<String, String> env = Map.of("REQUESTS_CA_BUNDLE", pebblePki.caCert().toString());

        // 3. The rendered issue script: certbot certonly --webroot through nginx, then the deploy hook reloads nginx.
        Proc.Result issued = Proc.run(List.of(issue.toString()), env, null, Duration.ofSeconds(180));
        assertThat(issued.exit()).as(issued.all() + certbotLog()).isZero();
        assertThat(Files.isSymbolicLink(live.resolve("fullchain.pem"))).as("a certbot lineage, not the placeholder").isTrue();
        assertThat(live.resolve(".fleet-placeholder")).doesNotExist();
        String text = Proc.run(List.of("openssl", "x509", "-in", live.resolve("cert.pem").toString(), "-noout", "-text"))
                .requireOk("x509").out();
        assertThat(text).contains("Issuer: CN = Pebble Intermediate CA", "DNS:" + DOMAIN);
        assertThat(Files.readString(calls)).isEqualTo("reload " + DOMAIN + "\n");
        assertThat(Files.readAllLines(dir.resolve("nginx/logs/access.log")))
                .as("pebble fetched the HTTP-01 token from the webroot through nginx")
                .anyMatch(l -> l.contains("\"GET /.well-known/acme-challenge/") && l.contains("\" 200 ") && l.contains("Pebble"));
        String first = fingerprint(live.resolve("cert.pem"));
        awaitServed(first);
        assertThat(first).isNotEqualTo(placeholder);

        // 4. Running the issue script again keeps the certificate (not due for renewal) and still succeeds.
        Proc.run(List.of(issue.toString()), env, null, Duration.ofSeconds(180)).requireOk("issue again");
        assertThat(fingerprint(live.resolve("cert.pem"))).isEqualTo(first);

        // 5. The renewal service's ExecStart, forced: certbot renews and runs the rendered deploy hook.
        List<String> renew = new ArrayList<>(List.of(execStart(files.get(CertbotFiles.RENEW_SERVICE)).split(" ")));
        renew.add("--force-renewal");
        Proc.Result renewed = Proc.run(renew, env, null, Duration.ofSeconds(180));
        assertThat(renewed.exit()).as(renewed.all() + certbotLog()).isZero();
        String second = fingerprint(live.resolve("cert.pem"));
        assertThat(second).isNotEqualTo(first);
        assertThat(Files.readString(calls)).isEqualTo("reload " + DOMAIN + "\nreload " + DOMAIN + "\nreload " + DOMAIN + "\n");
        awaitServed(second);
    }

    private static String execStart(String unit) {
        return unit.lines().filter(l -> l.startsWith("ExecStart=")).findFirst().orElseThrow().substring("ExecStart=".length());
    }

    private String certbotLog() throws IOException {
        Path log = dir.resolve("logs/letsencrypt.log");
        if (!Files.exists(log)) {
            return "";
        }
        List<String> lines = Files.readAllLines(log);
        return "\n--- certbot log (tail)\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    private void startChallTestSrv(int dnsPort) throws IOException {
        int mgmt = Proc.freePort();
        Process p = new ProcessBuilder(Proc.require("pebble-challtestsrv"),
                "-dns01", "127.0.0.1:" + dnsPort, "-http01", "", "-https01", "", "-tlsalpn01", "",
                "-management", "127.0.0.1:" + mgmt, "-defaultIPv4", "127.0.0.1", "-defaultIPv6", "")
                .redirectErrorStream(true).redirectOutput(dir.resolve("challtestsrv.log").toFile()).start();
        daemons.add(p);
        awaitPort(p, mgmt, "challtestsrv.log");
    }

    private void startPebble(int acmePort, int dnsPort, TestPki.ServerCert cert) throws IOException {
        Path config = dir.resolve("pebble.json");
        Files.writeString(config, "{\"pebble\": {"
                + "\"listenAddress\": \"127.0.0.1:" + acmePort + "\","
                + "\"managementListenAddress\": \"127.0.0.1:" + Proc.freePort() + "\","
                + "\"certificate\": \"" + cert.cert() + "\","
                + "\"privateKey\": \"" + cert.key() + "\","
                + "\"httpPort\": " + edge.httpPort + ","
                + "\"tlsPort\": " + Proc.freePort() + ","
                + "\"ocspResponderURL\": \"\","
                + "\"externalAccountBindingRequired\": false}}");
        ProcessBuilder pb = new ProcessBuilder(Proc.require("pebble"), "-config", config.toString(),
                "-dnsserver", "127.0.0.1:" + dnsPort)
                .redirectErrorStream(true).redirectOutput(dir.resolve("pebble.log").toFile());
        pb.environment().put("PEBBLE_VA_NOSLEEP", "1");
        pb.environment().put("PEBBLE_WFE_NONCEREJECT", "0");
        Process p = Proc.launch(pb);
        daemons.add(p);
        awaitPort(p, acmePort, "pebble.log");
    }

    private void awaitPort(Process p, int port, String log) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new AssertionError(log + ": exited " + p.exitValue() + "\n" + Files.readString(dir.resolve(log)));
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException e) {
                sleep(100);
            }
        }
        throw new AssertionError(log + ": no listener on " + port + "\n" + Files.readString(dir.resolve(log)));
    }

    /** SHA-256 fingerprint of the leaf nginx serves for the domain. */
    private String servedFingerprint() {
        Proc.Result r = edge.sClient("-tls1_3");
        String pem = r.out().substring(r.out().indexOf("-----BEGIN CERTIFICATE-----"),
                r.out().indexOf("-----END CERTIFICATE-----") + "-----END CERTIFICATE-----".length());
        return Proc.run(List.of("openssl", "x509", "-noout", "-fingerprint", "-sha256"), Map.of(), pem + "\n",
                Duration.ofSeconds(20)).requireOk("fingerprint").out();
    }

    /** nginx reloads asynchronously (new workers): wait until the new leaf is served. */
    private void awaitServed(String fingerprint) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        String served = servedFingerprint();
        while (!served.equals(fingerprint) && System.nanoTime() < deadline) {
            sleep(100);
            served = servedFingerprint();
        }
        assertThat(served).as("certificate served by nginx").isEqualTo(fingerprint);
    }

    private static String fingerprint(Path cert) {
        return Proc.run(List.of("openssl", "x509", "-in", cert.toString(), "-noout", "-fingerprint", "-sha256"))
                .requireOk("openssl x509").out();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
