package ma.marinemaroc.fleet.edge;

import ma.marinemaroc.fleet.testing.Proc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rendered configuration in the real nginx on loopback, checked with real clients (curl, openssl s_client,
 * a JDK TLS socket for the websocket upgrade) against stub upstreams.
 */
class NginxLiveTest {
    @TempDir
    static Path dir;
    static EdgeFixture edge;

    @BeforeAll
    static void start() throws Exception {
        edge = EdgeFixture.builder()
                .site(s -> s.apiRateLimit(new RateLimit(2, 8)).clientMaxBodySize("1k"))
                .start(dir);
    }

    @AfterAll
    static void stop() throws Exception {
        if (edge != null) {
            edge.close();
        }
    }

    /** Response headers (lower-case names, all values) from curl -D. */
    static Map<String, List<String>> headers(String rawHead) {
        Map<String, List<String>> h = new TreeMap<>();
        for (String line : rawHead.split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && !line.startsWith("HTTP/")) {
                h.computeIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new java.util.ArrayList<>())
                        .add(line.substring(colon + 1).trim());
            }
        }
        return h;
    }

    Proc.Result get(String path, String... extra) {
        String[] args = new String[extra.length + 3];
        args[0] = "-D";
        args[1] = "-";
        System.arraycopy(extra, 0, args, 2, extra.length);
        args[args.length - 1] = edge.httpsUrl(path);
        return edge.curl(args).requireOk("curl " + path);
    }

    @Test
    void plainHttpRedirectsToHttpsWithPathAndQuery() {
        Proc.Result r = edge.curl("-o", "/dev/null", "-w", "%{http_code} %{redirect_url}",
                edge.httpUrl("/orders/42?tab=map")).requireOk("curl http");
        assertThat(r.out()).isEqualTo("301 https://fleet.test:" + edge.httpsPort + "/orders/42?tab=map");
    }

    @Test
    void acmeChallengeIsServedFromTheWebrootOverPlainHttp() throws Exception {
        Path challenge = Files.createDirectories(edge.webroot().resolve(".well-known/acme-challenge"));
        Files.writeString(challenge.resolve("tok-123_abc"), "tok-123_abc.keyauth");
        Proc.Result ok = edge.curl("-w", "\n%{http_code} %{content_type}", edge.httpUrl("/.well-known/acme-challenge/tok-123_abc"));
        assertThat(ok.out()).isEqualTo("tok-123_abc.keyauth\n200 text/plain");
        Proc.Result missing = edge.curl("-o", "/dev/null", "-w", "%{http_code}",
                edge.httpUrl("/.well-known/acme-challenge/absent"));
        assertThat(missing.out()).as("a missing token is a 404, not a redirect").isEqualTo("404");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/api/x", "/health", "/api/health", "/no/such/console/page"})
    void everySecurityHeaderOnceWithAlways(String path) {
        Map<String, List<String>> h = headers(get(path).out());
        for (String name : SecurityHeaders.REQUIRED) {
            assertThat(h.get(name.toLowerCase(Locale.ROOT))).as(name + " on " + path).hasSize(1);
        }
        assertThat(h.get("strict-transport-security")).containsExactly(SecurityHeaders.HSTS_VALUE);
        assertThat(h.get("x-frame-options")).as("the upstream's own value is hidden").containsExactly("SAMEORIGIN");
        assertThat(h.get("x-content-type-options")).containsExactly("nosniff");
        assertThat(h.get("content-security-policy").get(0))
                .contains("connect-src 'self' https://fleet.test:" + edge.httpsPort + " wss://fleet.test:" + edge.httpsPort);
        assertThat(h).doesNotContainKey("x-powered-by");
        assertThat(h.get("server")).as("server_tokens off").containsExactly("nginx");
    }

    @Test
    void healthLocationsAddTheirOwnHeaderAndStillCarryTheSecurityHeaders() {
        Map<String, List<String>> h = headers(get("/api/health").out());
        assertThat(h.get("cache-control")).containsExactly("no-store");
        assertThat(h).containsKey("content-security-policy");
    }

    @Test
    void consoleGetsTheRootAndLookalikePaths() {
        assertThat(get("/").out()).contains("upstream=console", "path=/\n");
        assertThat(get("/apifoo").out()).as("/apifoo is not the API").contains("upstream=console", "path=/apifoo\n");
    }

    @Test
    void apiGetsItsPathsWithForwardedHeaders() {
        String body = get("/int/v1/orders?limit=5").out();
        assertThat(body).contains("upstream=api", "path=/int/v1/orders?limit=5\n", "x-forwarded-proto=https\n",
                "x-forwarded-for=127.0.0.1\n", "x-real-ip=127.0.0.1\n", "host=fleet.test\n");
    }

    /**
     * Every route family of the Fleetbase contract reaches its upstream, as the stubs record it: the console's
     * internal API ({@code /int/v1}), the public API ({@code /v1}), uploaded files ({@code /storage}) and the health
     * routes go to the API with their paths unchanged; everything else, the seed plan's {@code /api} included (the
     * API has no such prefix), goes to the console.
     */
    @ParameterizedTest
    @CsvSource({
            "/int/v1/auth/login, api, /int/v1/auth/login",
            "/int/v1/fleet-ops/orders?limit=5, api, /int/v1/fleet-ops/orders?limit=5",
            "/v1/orders, api, /v1/orders",
            "/v1/drivers/abc/track, api, /v1/drivers/abc/track",
            "/storage/uploads/company/logo.png, api, /storage/uploads/company/logo.png",
            "/health, api, /health",
            "/api/health, api, /health",
            "/, console, /",
            "/fleet-ops/orders, console, /fleet-ops/orders",
            "/api/v1/orders, console, /api/v1/orders",
            "/internal, console, /internal",
            "/v1x, console, /v1x"})
    void everyRouteFamilyReachesItsUpstream(String path, String upstream, String seenPath) {
        HttpStub stub = upstream.equals("api") ? edge.api : edge.console;
        int before = stub.paths().size();
        Proc.Result r = edge.curl("-w", "\n%{http_code}", edge.httpsUrl(path));
        assertThat(r.out()).contains(upstream.equals("api") && path.contains("health") ? "\"upstream\":\"api\""
                : "upstream=" + upstream).endsWith("200");
        assertThat(stub.paths().subList(before, stub.paths().size())).containsExactly(seenPath);
    }

    @Test
    void healthEndpointsReachTheApiHealth() {
        int before = edge.api.paths().size();
        assertThat(get("/health").out()).contains("\"upstream\":\"api\"");
        assertThat(get("/api/health?probe=1").out()).contains("\"upstream\":\"api\"");
        assertThat(edge.api.paths().subList(before, edge.api.paths().size())).containsExactly("/health", "/health?probe=1");
    }

    @Test
    void http2IsNegotiatedThroughAlpn() {
        Proc.Result r = edge.curl("--http2", "-o", "/dev/null", "-w", "%{http_version}", edge.httpsUrl("/"));
        assertThat(r.requireOk("curl h2").out()).isEqualTo("2");
        assertThat(edge.sClient("-tls1_2", "-alpn", "h2,http/1.1").all()).contains("ALPN protocol: h2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-tls1", "-tls1_1"})
    void legacyTlsIsRefusedByTheServer(String flag) {
        Proc.Result r = edge.sClient(flag);
        assertThat(r.exit()).isNotZero();
        assertThat(r.all()).as("the server answers with a protocol_version alert").contains("alert protocol version");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-tls1_2", "-tls1_3"})
    void modernTlsIsAcceptedWithAVerifiedChain(String flag) {
        Proc.Result r = edge.sClient(flag);
        assertThat(r.exit()).as(r.all()).isZero();
        // the "New, ..." line is printed right after the handshake (TLS 1.3 session details may come later)
        assertThat(r.out()).contains("New, TLSv1." + flag.substring(flag.length() - 1) + ", Cipher is ", "Verification: OK");
    }

    @Test
    void textAssetsAreGzipped() throws Exception {
        Path raw = dir.resolve("app.css.gz");
        Proc.Result r = edge.curl("-D", "-", "-H", "Accept-Encoding: gzip", "-o", raw.toString(), edge.httpsUrl("/assets/app.css"));
        Map<String, List<String>> h = headers(r.requireOk("curl gzip").out());
        assertThat(h.get("content-encoding")).containsExactly("gzip");
        assertThat(Files.size(raw)).isLessThan(HttpStub.CSS.length() / 4);
        try (InputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(raw))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(HttpStub.CSS);
        }
    }

    @Test
    void requestBodiesAreCappedByClientMaxBodySize() throws Exception {
        Path small = Files.writeString(dir.resolve("small.bin"), "x".repeat(500));
        Path big = Files.writeString(dir.resolve("big.bin"), "x".repeat(4096));
        assertThat(edge.curl("-w", "\n%{http_code}", "--data-binary", "@" + small, edge.httpsUrl("/upload")).out())
                .contains("body-length=500").endsWith("200");
        assertThat(edge.curl("-o", "/dev/null", "-w", "%{http_code}", "--data-binary", "@" + big, edge.httpsUrl("/upload")).out())
                .isEqualTo("413");
    }

    @Test
    void apiRateLimitAnswers429PastTheBurst() {
        // From 127.0.0.2 so the other tests (127.0.0.1) keep their own budget; one curl, 30 requests, one connection.
        List<String> args = new java.util.ArrayList<>(List.of("--interface", "127.0.0.2", "-w", "%{http_code}\n"));
        for (int i = 0; i < 30; i++) {
            args.addAll(List.of("-o", "/dev/null", edge.httpsUrl("/int/v1/limited")));
        }
        long start = System.nanoTime();
        List<String> codes = edge.curl(args.toArray(String[]::new)).out().lines().toList();
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Long> counts = codes.stream().collect(Collectors.groupingBy(c -> c, Collectors.counting()));
        assertThat(codes).hasSize(30);
        assertThat(counts.keySet()).containsExactlyInAnyOrder("200", "429");
        // burst 8 + the first request, plus what the 2 r/s rate refilled while the loop ran
        assertThat(counts.get("200")).isBetween(9L, 9L + (long) Math.ceil(2 * seconds) + 1);
        assertThat(codes.subList(0, 9)).containsOnly("200");
        Map<String, List<String>> h = headers(edge.curl("--interface", "127.0.0.2", "-D", "-", "-o", "/dev/null",
                edge.httpsUrl("/int/v1/limited")).out());
        assertThat(h).as("429 responses carry the security headers too").containsKey("strict-transport-security");
    }

    @Test
    void websocketUpgradeReachesTheSocketServerAndTunnelsBytes() throws Exception {
        upgradeAndEcho(edge.httpsPort);
    }

    /** The published console opens wss://<its host>:38000/socketcluster/: that listener upgrades to the socket. */
    @Test
    void theConsolesWebsocketPortUpgradesOverTlsAndServesNothingElse() throws Exception {
        upgradeAndEcho(edge.websocketPort);
        Proc.Result other = edge.curl("-w", "\n%{http_code}", edge.websocketUrl("/int/v1/orders"));
        assertThat(other.out()).endsWith("404");
        assertThat(edge.curl("--http2", "-o", "/dev/null", "-w", "%{http_version}", edge.websocketUrl("/socketcluster/"))
                .out()).as("HTTP/1.1 only on the websocket port").isEqualTo("1.1");
    }

    /** A family's prefix without its slash is redirected to the family (nginx's rule for prefix locations). */
    @Test
    void aFamilyPrefixWithoutTheSlashRedirectsIntoTheFamily() {
        Map<String, List<String>> h = headers(edge.curl("-D", "-", "-o", "/dev/null", edge.httpsUrl("/v1")).out());
        assertThat(h.get("location")).singleElement().asString().endsWith("/v1/");
    }

    private void upgradeAndEcho(int port) throws Exception {
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        try (InputStream in = Files.newInputStream(edge.pki.caCert())) {
            trust.setCertificateEntry("ca", (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, tmf.getTrustManagers(), null);
        java.net.Socket plain = new java.net.Socket("127.0.0.1", port);
        try (SSLSocket s = (SSLSocket) ctx.getSocketFactory().createSocket(plain, EdgeFixture.DOMAIN, port, true)) {
            SSLParameters p = s.getSSLParameters();
            p.setEndpointIdentificationAlgorithm("HTTPS");
            p.setApplicationProtocols(new String[]{"http/1.1"});
            s.setSSLParameters(p);
            s.setSoTimeout(10_000);
            String key = "dGhlIHNhbXBsZSBub25jZQ==";
            OutputStream out = s.getOutputStream();
            out.write(("GET /socketcluster/?transport=websocket HTTP/1.1\r\nHost: fleet.test\r\nUpgrade: websocket\r\n"
                    + "Connection: Upgrade\r\nSec-WebSocket-Key: " + key + "\r\nSec-WebSocket-Version: 13\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String head = WebSocketStub.readHead(s.getInputStream());
            assertThat(head).startsWith("HTTP/1.1 101 ");
            Map<String, List<String>> h = headers(head);
            assertThat(h.get("x-upstream")).containsExactly("socket");
            assertThat(h.get("x-seen-path")).containsExactly("/socketcluster/?transport=websocket");
            assertThat(h.get("sec-websocket-accept")).containsExactly(WebSocketStub.acceptFor(key));
            assertThat(h.get("upgrade")).containsExactly("websocket");
            out.write("ping-42".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            byte[] echo = s.getInputStream().readNBytes(7);
            assertThat(new String(echo, StandardCharsets.US_ASCII)).isEqualTo("ping-42");
        }
    }

    @Test
    void socketPathWithoutUpgradeStillReachesTheSocketServer() {
        Proc.Result r = edge.curl("-w", "\n%{http_code}", edge.httpsUrl("/socketcluster/"));
        assertThat(r.out()).contains("upstream=socket").endsWith("426");
    }
}
