package ma.marinemaroc.fleet.edge;

import ma.marinemaroc.fleet.testing.TestNginx;
import ma.marinemaroc.fleet.testing.Proc;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The edge as it runs in production, on loopback: stub console/API/socket upstreams, a test CA and certificate for
 * {@value #DOMAIN}, and the real nginx running the rendered configuration (standalone paths, {@code user root}).
 */
public final class EdgeFixture implements AutoCloseable {
    public static final String DOMAIN = "fleet.test";

    public final Path dir;
    public final TestPki pki;
    public final TestPki.ServerCert cert;
    public final HttpStub console;
    public final HttpStub api;
    public final WebSocketStub socket;
    public final EdgeSite site;
    public final Map<String, String> files;
    public final TestNginx nginx;
    public final int httpPort;
    public final int httpsPort;
    /** The console's websocket listener (38000 in production). */
    public final int websocketPort;

    private EdgeFixture(Builder b, Path dir) throws IOException {
        this.dir = dir;
        this.pki = TestPki.create(Files.createDirectories(dir.resolve("pki")));
        this.cert = b.ocspUrl == null ? pki.issue("server", b.certDnsName, b.certDays)
                : pki.issueWithOcsp("server", b.certDnsName, b.certDays, b.ocspUrl);
        this.console = new HttpStub("console");
        this.api = new HttpStub("api");
        this.socket = new WebSocketStub();
        this.httpPort = Proc.freePort();
        int https;
        do {
            https = Proc.freePort();
        } while (https == httpPort);
        this.httpsPort = https;
        int ws;
        do {
            ws = Proc.freePort();
        } while (ws == httpPort || ws == httpsPort);
        this.websocketPort = ws;
        Path prefix = dir.resolve("nginx");
        EdgeSite.Builder sb = EdgeSite.builder(DOMAIN)
                .upstreams(new Upstreams(console.hostPort(), api.hostPort(), socket.hostPort()))
                .tls(b.ocspUrl == null ? TlsFiles.of(cert.fullchain().toString(), cert.key().toString())
                        : new TlsFiles(cert.fullchain().toString(), cert.key().toString(), pki.caCert().toString(), true))
                .acmeWebroot(Files.createDirectories(dir.resolve("webroot")).toString())
                .listen(Listen.loopback(httpPort, httpsPort, websocketPort))
                .confDir(prefix.resolve("conf").toString())
                .resolver(null)
                .accessLog(prefix.resolve("logs/access.log").toString())
                .errorLog(prefix.resolve("logs/error.log").toString())
                .workerUser("root")
                .standalone(new Standalone(prefix.resolve("nginx.pid").toString(), prefix.resolve("tmp").toString()));
        b.site.accept(sb);
        this.site = sb.build();
        this.files = b.mutate.apply(NginxConfig.render(site));
        this.nginx = TestNginx.start(prefix, files, httpsPort);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private int certDays = 90;
        private String certDnsName = DOMAIN;
        private Consumer<EdgeSite.Builder> site = s -> { };
        private UnaryOperator<Map<String, String>> mutate = UnaryOperator.identity();
        private String ocspUrl;

        public Builder certDays(int days) { this.certDays = days; return this; }
        /** The name in the served certificate (another name makes a host-name mismatch). */
        public Builder certDnsName(String name) { this.certDnsName = name; return this; }
        public Builder site(Consumer<EdgeSite.Builder> c) { this.site = c; return this; }
        /** The certificate names this OCSP responder, and nginx staples its responses (issuer: the test CA). */
        public Builder ocspUrl(String url) { this.ocspUrl = url; return this; }
        /** Changes the rendered files before nginx starts (deliberately broken configs). */
        public Builder mutate(UnaryOperator<Map<String, String>> m) { this.mutate = m; return this; }

        public EdgeFixture start(Path dir) throws IOException {
            return new EdgeFixture(this, dir);
        }
    }

    public String httpsUrl(String path) {
        return "https://" + DOMAIN + ":" + httpsPort + path;
    }

    /** A URL on the console's websocket listener (38000 in production). */
    public String websocketUrl(String path) {
        return "https://" + DOMAIN + ":" + websocketPort + path;
    }

    public String httpUrl(String path) {
        return "http://" + DOMAIN + ":" + httpPort + path;
    }

    public Path webroot() {
        return Path.of(site.acmeWebroot());
    }

    /** curl with the test CA and both ports of {@value #DOMAIN} resolved to 127.0.0.1. */
    public Proc.Result curl(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Proc.require("curl"), "-sS", "--max-time", "15",
                "--cacert", pki.caCert().toString(),
                "--resolve", DOMAIN + ":" + httpPort + ":127.0.0.1",
                "--resolve", DOMAIN + ":" + httpsPort + ":127.0.0.1",
                "--resolve", DOMAIN + ":" + websocketPort + ":127.0.0.1"));
        cmd.addAll(List.of(args));
        return Proc.run(cmd, Map.of(), null, Duration.ofSeconds(30));
    }

    /** openssl s_client limited to one protocol version (client allowed to offer legacy versions). */
    public Proc.Result sClient(String versionFlag, String... extra) {
        List<String> cmd = new ArrayList<>(List.of(Proc.require("openssl"), "s_client",
                "-connect", "127.0.0.1:" + httpsPort, "-servername", DOMAIN, versionFlag,
                "-cipher", "DEFAULT:@SECLEVEL=0", "-CAfile", pki.caCert().toString()));
        cmd.addAll(List.of(extra));
        return Proc.run(cmd, Map.of(), "", Duration.ofSeconds(20));
    }

    @Override
    public void close() throws IOException {
        nginx.close();
        console.close();
        api.close();
        socket.close();
    }
}
