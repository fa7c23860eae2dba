package ma.marinemaroc.fleet.edge;

import ma.marinemaroc.fleet.testing.Proc;
import ma.marinemaroc.fleet.testing.TestNginx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The edge of the scaled topology's app hosts ({@link LoadBalanced}) in the real nginx on loopback: host 0 with the
 * socket server behind it, host 1 relaying the console's websocket to host 0, both trusting forwarded headers only from
 * the "private network". Loopback stands in for the VPC: nginx listens on 127.0.0.1, and the load balancer's
 * connections come from 127.0.0.2 (the trusted range, {@value #TRUSTED}), everyone else's from 127.0.0.1.
 */
class LoadBalancedEdgeLiveTest {
    static final String DOMAIN = "fleet.test";
    static final String TRUSTED = "127.0.0.2/32";
    static final String LOAD_BALANCER = "127.0.0.2";

    @TempDir
    static Path dir;
    static HttpStub console;
    static HttpStub api;
    static WebSocketStub socket;
    static Host host0;
    static Host host1;

    /** One app host's nginx: its ports and the running instance. */
    record Host(int http, int websocket, TestNginx nginx) implements AutoCloseable {
        @Override
        public void close() {
            nginx.close();
        }
    }

    @BeforeAll
    static void start() throws Exception {
        console = new HttpStub("console");
        api = new HttpStub("api");
        socket = new WebSocketStub();
        host0 = host("host0", socket.hostPort());
        host1 = host("host1", "127.0.0.1:" + host0.websocket());
    }

    static Host host(String name, String socketUpstream) throws Exception {
        int http = Proc.freePort();
        int tls;
        do {
            tls = Proc.freePort();
        } while (tls == http);
        int ws;
        do {
            ws = Proc.freePort();
        } while (ws == http || ws == tls);
        Path prefix = dir.resolve(name);
        EdgeSite site = EdgeSite.builder(DOMAIN)
                .upstreams(new Upstreams(console.hostPort(), api.hostPort(), socketUpstream))
                .listen(Listen.loopback(http, tls, ws))
                .confDir(prefix.resolve("conf").toString())
                .resolver(null)
                .accessLog(prefix.resolve("logs/access.log").toString())
                .errorLog(prefix.resolve("logs/error.log").toString())
                .workerUser("root")
                .standalone(new Standalone(prefix.resolve("nginx.pid").toString(), prefix.resolve("tmp").toString()))
                .loadBalanced(new LoadBalanced(TRUSTED))
                .build();
        Map<String, String> files = NginxConfig.render(site);
        assertThat(files).doesNotContainKey(NginxConfig.TLS_SNIPPET);
        Files.createDirectories(prefix.resolve("logs"));
        return new Host(http, ws, TestNginx.start(prefix, files, http));
    }

    @AfterAll
    static void stop() throws Exception {
        for (AutoCloseable c : new AutoCloseable[] {host1, host0, console, api, socket}) {
            if (c != null) c.close();
        }
    }

    /** curl from {@code source} (a loopback address) to host 0's http port with a Host header. */
    static Proc.Result curl(String source, String host, String path, String... extra) {
        List<String> cmd = new ArrayList<>(List.of(Proc.require("curl"), "-sS", "--max-time", "15", "--interface", source,
                "-H", "Host: " + host, "-D", "-"));
        cmd.addAll(List.of(extra));
        cmd.add("http://127.0.0.1:" + host0.http() + path);
        return Proc.run(cmd, Map.of(), null, Duration.ofSeconds(30)).requireOk("curl " + path);
    }

    static String status(Proc.Result r) {
        return r.out().lines().findFirst().orElse("");
    }

    @Test
    void healthChecksAreAnsweredWhateverTheHostHeader() {
        for (String host : List.of("10.20.0.12", "203.0.113.60", DOMAIN, "anything.example")) {
            Proc.Result r = curl(LOAD_BALANCER, host, "/health");
            assertThat(status(r)).as(host).contains(" 200");
            assertThat(r.out()).as(host).contains("\"upstream\":\"api\"").contains("Cache-Control: no-store");
        }
        assertThat(status(curl(LOAD_BALANCER, "10.20.0.12", "/api/health"))).contains(" 200");
    }

    @Test
    void onlyTheHealthRouteAnswersAnotherHostName() {
        assertThat(status(curl(LOAD_BALANCER, "anything.example", "/int/v1/orders"))).contains(" 404");
        assertThat(status(curl(LOAD_BALANCER, "10.20.0.12", "/"))).contains(" 404");
    }

    @Test
    void theSiteIsRoutedAsOnTheSingleHostWithItsSecurityHeaders() {
        Proc.Result root = curl(LOAD_BALANCER, DOMAIN, "/", "-H", "X-Forwarded-Proto: https");
        assertThat(root.out()).contains("upstream=console").contains("Strict-Transport-Security: max-age=")
                .contains("Content-Security-Policy: ").doesNotContain("X-Powered-By");
        for (String path : List.of("/int/v1/orders", "/v1/orders", "/storage/uploads/pod.png")) {
            assertThat(curl(LOAD_BALANCER, DOMAIN, path).out()).as(path).contains("upstream=api").contains("path=" + path);
        }
    }

    @Test
    void clientAddressAndSchemeAreTakenFromTheLoadBalancerOnly() {
        Proc.Result viaLb = curl(LOAD_BALANCER, DOMAIN, "/int/v1/whoami", "-H", "X-Forwarded-For: 198.51.100.23",
                "-H", "X-Forwarded-Proto: https");
        assertThat(viaLb.out()).contains("x-real-ip=198.51.100.23").contains("x-forwarded-proto=https")
                .contains("x-forwarded-for=198.51.100.23");
        // the same headers from outside the trusted range are not believed
        Proc.Result spoofed = curl("127.0.0.1", DOMAIN, "/int/v1/whoami", "-H", "X-Forwarded-For: 198.51.100.23",
                "-H", "X-Forwarded-Proto: https");
        assertThat(spoofed.out()).contains("x-real-ip=127.0.0.1").contains("x-forwarded-proto=http\n");
        // no header at all from the load balancer: plain http
        assertThat(curl(LOAD_BALANCER, DOMAIN, "/int/v1/whoami").out()).contains("x-forwarded-proto=http\n")
                .contains("x-real-ip=127.0.0.2");
    }

    @Test
    void noTlsListenerOnTheHost() {
        Proc.Result r = Proc.run(List.of(Proc.require("curl"), "-sS", "--max-time", "5", "-k",
                "https://127.0.0.1:" + host0.http() + "/health"), Map.of(), null, Duration.ofSeconds(20));
        assertThat(r.exit()).as("TLS on the plain port").isNotZero();
    }

    @Test
    void theWebsocketPortUpgradesToTheSocketServerOnHost0() throws Exception {
        assertThat(upgrade(host0.websocket())).contains("HTTP/1.1 101").contains("X-Seen-Path: /socketcluster/?transport=websocket");
    }

    @Test
    void anotherHostRelaysTheWebsocketToHost0() throws Exception {
        Path log = dir.resolve("host0/logs/access.log");
        long before = upgrades(log);
        assertThat(upgrade(host1.websocket())).contains("HTTP/1.1 101").contains("X-Upstream: socket")
                .contains("X-Seen-Path: /socketcluster/?transport=websocket");
        // nginx logs a tunnelled request when it closes: wait for host 0's line (bounded)
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (upgrades(log) == before && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(upgrades(log)).as("host 0's edge saw the relayed upgrade").isEqualTo(before + 1);
    }

    /** Websocket requests host 0's edge has logged so far (from any client). */
    static long upgrades(Path log) throws java.io.IOException {
        return Files.exists(log) ? Files.readAllLines(log).stream()
                .filter(l -> l.contains("GET /socketcluster/?transport=websocket") && l.contains(" 101 ")).count() : 0;
    }

    @Test
    void theWebsocketPortServesTheSocketHealthRouteAndNothingElse() {
        for (Host h : List.of(host0, host1)) {
            Proc.Result check = Proc.run(List.of(Proc.require("curl"), "-sS", "--max-time", "15", "-D", "-",
                    "http://127.0.0.1:" + h.websocket() + "/health-check"), Map.of(), null, Duration.ofSeconds(30));
            assertThat(check.out()).as("reaches the socket server").contains("X-Upstream: socket");
            Proc.Result other = Proc.run(List.of(Proc.require("curl"), "-sS", "--max-time", "15", "-o", "/dev/null",
                    "-w", "%{http_code}", "http://127.0.0.1:" + h.websocket() + "/int/v1/orders"), Map.of(), null,
                    Duration.ofSeconds(30));
            assertThat(other.out()).isEqualTo("404");
        }
    }

    /** A websocket upgrade on {@code port}; returns the response head. */
    static String upgrade(int port) throws Exception {
        try (Socket s = new Socket(InetAddress.getByName("127.0.0.1"), port)) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            String key = "dGhlIHNhbXBsZSBub25jZQ==";
            out.write(("GET /socketcluster/?transport=websocket HTTP/1.1\r\nHost: " + DOMAIN + "\r\nUpgrade: websocket\r\n"
                    + "Connection: Upgrade\r\nSec-WebSocket-Key: " + key + "\r\nSec-WebSocket-Version: 13\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            String head = WebSocketStub.readHead(in);
            // the tunnel echoes bytes end to end
            out.write("ping".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            byte[] echo = in.readNBytes(4);
            assertThat(new String(echo, StandardCharsets.US_ASCII)).isEqualTo("ping");
            return head;
        }
    }
}
