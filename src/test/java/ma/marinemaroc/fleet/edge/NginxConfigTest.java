package ma.marinemaroc.fleet.edge;

import ma.marinemaroc.fleet.testing.TestNginx;
import ma.marinemaroc.fleet.testing.Proc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NginxConfigTest {
    static final String DOMAIN = "fleet.example.com";

    @Test
    void productionRenderMatchesTheGoldenFiles() {
        Map<String, String> files = NginxConfig.render(EdgeSite.production(DOMAIN));
        assertThat(files).containsOnlyKeys(NginxConfig.MAIN_FILE, NginxConfig.SITE_FILE, NginxConfig.TLS_SNIPPET,
                NginxConfig.PROXY_SNIPPET, NginxConfig.HEADERS_SNIPPET);
        files.forEach((name, content) -> Golden.check("nginx/" + name, content));
    }

    @Test
    void productionDefaults() {
        EdgeSite site = EdgeSite.production(DOMAIN);
        Map<String, String> files = NginxConfig.render(site);
        String conf = files.get(NginxConfig.SITE_FILE);
        String main = files.get(NginxConfig.MAIN_FILE);
        String tls = files.get(NginxConfig.TLS_SNIPPET);
        assertThat(conf).contains("server fleet-console:4200;", "server fleet-application:8000;", "server fleet-socket:8000;",
                "listen 80 default_server;", "listen 443 ssl http2 default_server;", "listen 38000 ssl;",
                "return 301 https://fleet.example.com$request_uri;", "root /var/www/certbot;",
                "include /etc/fleet/nginx/snippets/tls.conf;", "include /etc/fleet/nginx/snippets/proxy.conf;");
        assertThat(tls).contains("ssl_certificate /etc/letsencrypt/live/fleet.example.com/fullchain.pem;",
                "ssl_protocols TLSv1.2 TLSv1.3;").doesNotContain("ssl_stapling", "TLSv1.1", "TLSv1 ");
        assertThat(files.get(NginxConfig.HEADERS_SNIPPET)).contains("connect-src 'self' https://fleet.example.com "
                + "wss://fleet.example.com wss://fleet.example.com:38000 https://router.project-osrm.org;");
        assertThat(main).contains("user nginx;", "client_max_body_size 600M;", "server_tokens off;",
                "resolver 127.0.0.11", "rate=20r/s;", "limit_req_status 429;", "pid /var/run/nginx.pid;",
                "include /etc/nginx/mime.types;", "include /etc/fleet/nginx/conf.d/*.conf;")
                .doesNotContain("temp_path");
    }

    /** The Fleetbase contract's routes: API families to the API, the console on "/", no seed-plan "/api" prefix. */
    @Test
    void routesFollowTheFleetbaseContract() {
        String conf = NginxConfig.render(EdgeSite.production(DOMAIN)).get(NginxConfig.SITE_FILE);
        for (var route : ma.marinemaroc.fleet.fleetbase.FleetbaseContract.API_ROUTES) {
            assertThat(conf).contains("location ^~ " + route.prefix() + " {");
        }
        assertThat(conf).contains("location = /health {", "location = /api/health {", "proxy_pass http://fleet_api/health;",
                "location ^~ /socketcluster/ {").doesNotContain("location = /api {", "location ^~ /api/ {");
        // rate limited: the API families a client drives (not the uploaded files)
        assertThat(conf.split("limit_req zone=fleet_api", -1)).hasSize(3);
    }

    @Test
    void ocspStaplingOnlyWhenAllowedAndWithAChain() {
        EdgeSite stapled = EdgeSite.builder(DOMAIN).tls(TlsFiles.letsEncrypt(DOMAIN).withOcspStapling(true)).build();
        assertThat(NginxConfig.render(stapled).get(NginxConfig.TLS_SNIPPET)).contains("ssl_stapling on;",
                "ssl_stapling_verify on;", "ssl_trusted_certificate /etc/letsencrypt/live/fleet.example.com/chain.pem;");
        assertThatThrownBy(() -> new TlsFiles("/c.pem", "/k.pem", null, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tls.ocspStapling needs tls.chain");
    }

    /**
     * Shared settings are written once and included: the proxy settings in every proxied location, the security
     * headers at server level and again in every location that adds a header of its own (a location with any
     * add_header inherits none from its server).
     */
    @Test
    void sharedSettingsAreOneSnippetEachAndIncludedWhereNeeded() {
        Map<String, String> files = NginxConfig.render(EdgeSite.production(DOMAIN));
        String conf = files.get(NginxConfig.SITE_FILE);
        String headers = files.get(NginxConfig.HEADERS_SNIPPET);
        for (String h : SecurityHeaders.REQUIRED) {
            assertThat(headers.split("add_header " + h + " ", -1)).as(h).hasSize(2);
        }
        assertThat(headers.lines().filter(l -> l.startsWith("add_header")).toList()).allMatch(l -> l.endsWith(" always;"));
        int httpsServers = 2;
        int healthLocations = 2;
        assertThat(conf.split("include /etc/fleet/nginx/snippets/security-headers.conf;", -1))
                .hasSize(httpsServers + healthLocations + 1);
        // every location that proxies includes the proxy snippet; nothing repeats its settings
        assertThat(conf.split("proxy_pass ", -1).length).isEqualTo(conf.split("include /etc/fleet/nginx/snippets/proxy.conf;", -1).length);
        assertThat(conf).doesNotContain("proxy_set_header", "add_header Strict-Transport-Security");
        assertThat(conf.lines().filter(l -> l.trim().startsWith("add_header")).toList()).allMatch(l -> l.endsWith(" always;"));
    }

    @Test
    void portsOtherThan443AppearInRedirectsAndCsp() {
        EdgeSite site = EdgeSite.builder("fleet.test").listen(Listen.loopback(8080, 8443, 8444)).build();
        Map<String, String> files = NginxConfig.render(site);
        String conf = files.get(NginxConfig.SITE_FILE);
        assertThat(conf).contains("listen 127.0.0.1:8080 default_server;", "listen 127.0.0.1:8443 ssl http2",
                "listen 127.0.0.1:8444 ssl;", "return 301 https://fleet.test:8443$request_uri;");
        assertThat(files.get(NginxConfig.HEADERS_SNIPPET)).contains("wss://fleet.test:8443 wss://fleet.test:8444 ");
    }

    @Test
    void invalidSettingsAreRejectedWithTheFieldName() {
        assertThatThrownBy(() -> EdgeSite.production("Fleet Example")).hasMessageContaining("domain");
        assertThatThrownBy(() -> new Upstreams("fleet-console", "a:1", "b:2")).hasMessageContaining("upstreams.console");
        assertThatThrownBy(() -> new Upstreams("c:1", "a:99999", "b:2")).hasMessageContaining("upstreams.api");
        assertThatThrownBy(() -> EdgeSite.builder(DOMAIN).clientMaxBodySize("600 MB").build()).hasMessageContaining("clientMaxBodySize");
        assertThatThrownBy(() -> EdgeSite.builder(DOMAIN).acmeWebroot("var/www").build()).hasMessageContaining("acmeWebroot");
        assertThatThrownBy(() -> EdgeSite.builder(DOMAIN).acmeWebroot("/var/www;evil").build()).hasMessageContaining("acmeWebroot");
        assertThatThrownBy(() -> EdgeSite.builder(DOMAIN).contentSecurityPolicy("default-src \"x\"").build())
                .hasMessageContaining("contentSecurityPolicy");
        assertThatThrownBy(() -> EdgeSite.builder(DOMAIN).contentSecurityPolicy("default-src $host").build())
                .hasMessageContaining("contentSecurityPolicy");
        assertThatThrownBy(() -> new Listen(null, 443, 443, 38000)).hasMessageContaining("must differ");
        assertThatThrownBy(() -> new Listen(null, 80, 443, 443)).hasMessageContaining("must differ");
        assertThatThrownBy(() -> new Listen("localhost", 80, 443, 38000)).hasMessageContaining("listen.address");
        assertThatThrownBy(() -> new RateLimit(0, 10)).hasMessageContaining("requestsPerSecond");
        assertThatThrownBy(() -> new RateLimit(10, -1)).hasMessageContaining("burst");
        assertThatThrownBy(() -> EdgeSite.builder(DOMAIN).resolver("dns.google").build()).hasMessageContaining("resolver");
        assertThatThrownBy(() -> EdgeSite.builder(DOMAIN).workerUser("root;").build()).hasMessageContaining("workerUser");
    }

    /**
     * {@code nginx -t} on the production render, byte for byte, at its real paths: inside a private mount namespace
     * /etc is a writable overlay of the machine's (nothing reaches the real /etc), the rendered files are placed in
     * /etc/fleet/nginx, a test certificate in /etc/letsencrypt, the docker host names are mapped to 127.0.0.1 in
     * /etc/hosts, and an {@code nginx} user exists (as in the nginx image).
     */
    @Test
    void nginxAcceptsTheProductionRender(@TempDir Path dir) throws Exception {
        Map<String, String> files = NginxConfig.render(EdgeSite.production(DOMAIN));
        Path etcNginx = TestNginx.writeConfig(dir.resolve("etc-fleet-nginx"), files);
        Path live = Files.createDirectories(dir.resolve("letsencrypt/live/" + DOMAIN));
        TestPki.ServerCert cert = TestPki.create(Files.createDirectories(dir.resolve("pki"))).issue("prod", DOMAIN, 30);
        Files.copy(cert.fullchain(), live.resolve("fullchain.pem"));
        Files.copy(cert.key(), live.resolve("privkey.pem"));
        Files.createDirectories(dir.resolve("log"));
        Files.writeString(dir.resolve("passwd"), Files.readString(Path.of("/etc/passwd"))
                + "nginx:x:10101:10101:nginx:/nonexistent:/usr/sbin/nologin\n");
        Files.writeString(dir.resolve("group"), Files.readString(Path.of("/etc/group")) + "nginx:x:10101:\n");
        Files.writeString(dir.resolve("hosts"), "127.0.0.1 localhost fleet-console fleet-application fleet-socket\n");
        Files.writeString(dir.resolve("hosts-unmapped"), "127.0.0.1 localhost\n");

        Proc.Result ok = nginxTestInNamespace(dir, "hosts");
        assertThat(ok.exit()).as(ok.all()).isZero();
        assertThat(ok.err()).contains("syntax is ok", "test is successful").doesNotContain("[warn]");

        Proc.Result unmapped = nginxTestInNamespace(dir, "hosts-unmapped");
        assertThat(unmapped.exit()).as("without the docker names the upstreams cannot resolve").isNotZero();
        assertThat(unmapped.err()).contains("host not found in upstream \"fleet-console:4200\"");
        assertThat(etcNginx.resolve("conf.d/fleet.conf")).exists();
        assertThat(Path.of("/etc/fleet/nginx")).as("the machine's own /etc is untouched").doesNotExist();
    }

    private static Proc.Result nginxTestInNamespace(Path dir, String hostsFile) {
        String script = String.join("\n",
                "set -eu",
                "mkdir -p \"$1/etc-upper\" \"$1/etc-work\"",
                "mount -t overlay overlay -o \"lowerdir=/etc,upperdir=$1/etc-upper,workdir=$1/etc-work\" /etc",
                "mkdir -p /etc/fleet/nginx /etc/letsencrypt",
                "mount --bind \"$1/etc-fleet-nginx\" /etc/fleet/nginx",
                "mount --bind \"$1/letsencrypt\" /etc/letsencrypt",
                "mount --bind \"$1/log\" /var/log/nginx",
                "cp \"$1/$2\" /etc/hosts",
                "cp \"$1/passwd\" /etc/passwd",
                "cp \"$1/group\" /etc/group",
                "exec \"$3\" -t -c /etc/fleet/nginx/nginx.conf");
        return Proc.run(List.of(Proc.require("unshare"), "--mount", "--propagation", "private", "sh", "-c", script,
                "nginx-t", dir.toString(), hostsFile, Proc.require("nginx")), Map.of(), null, java.time.Duration.ofSeconds(30));
    }
}
