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
        assertThat(files).containsOnlyKeys(NginxConfig.MAIN_FILE, NginxConfig.SITE_FILE);
        files.forEach((name, content) -> Golden.check("nginx/" + name, content));
    }

    @Test
    void productionDefaults() {
        EdgeSite site = EdgeSite.production(DOMAIN);
        String conf = NginxConfig.render(site).get(NginxConfig.SITE_FILE);
        String main = NginxConfig.render(site).get(NginxConfig.MAIN_FILE);
        assertThat(conf).contains("server fleet-console:4200;", "server fleet-application:8000;", "server fleet-socket:8000;",
                "listen 80 default_server;", "listen 443 ssl http2 default_server;",
                "ssl_certificate /etc/letsencrypt/live/fleet.example.com/fullchain.pem;",
                "ssl_protocols TLSv1.2 TLSv1.3;", "return 301 https://fleet.example.com$request_uri;",
                "root /var/www/certbot;", "connect-src 'self' https://fleet.example.com wss://fleet.example.com;");
        assertThat(conf).doesNotContain("ssl_stapling", "TLSv1.1", "TLSv1 ");
        assertThat(main).contains("user nginx;", "client_max_body_size 600M;", "server_tokens off;",
                "resolver 127.0.0.11", "rate=20r/s;", "limit_req_status 429;", "pid /var/run/nginx.pid;")
                .doesNotContain("temp_path");
    }

    @Test
    void ocspStaplingOnlyWhenAllowedAndWithAChain() {
        EdgeSite stapled = EdgeSite.builder(DOMAIN).tls(TlsFiles.letsEncrypt(DOMAIN).withOcspStapling(true)).build();
        assertThat(NginxConfig.render(stapled).get(NginxConfig.SITE_FILE)).contains("ssl_stapling on;",
                "ssl_stapling_verify on;", "ssl_trusted_certificate /etc/letsencrypt/live/fleet.example.com/chain.pem;");
        assertThatThrownBy(() -> new TlsFiles("/c.pem", "/k.pem", null, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tls.ocspStapling needs tls.chain");
    }

    @Test
    void securityHeadersAreRepeatedInEveryLocationWithItsOwnAddHeader() {
        String conf = NginxConfig.render(EdgeSite.production(DOMAIN)).get(NginxConfig.SITE_FILE);
        int servers = 1;
        int healthLocations = 2;
        for (String h : SecurityHeaders.REQUIRED) {
            assertThat(conf.split("add_header " + h + " ", -1)).as(h).hasSize(servers + healthLocations + 1);
        }
        assertThat(conf.lines().filter(l -> l.trim().startsWith("add_header")).toList()).allMatch(l -> l.endsWith(" always;"));
    }

    @Test
    void portsOtherThan443AppearInRedirectsAndCsp() {
        EdgeSite site = EdgeSite.builder("fleet.test").listen(Listen.loopback(8080, 8443)).build();
        String conf = NginxConfig.render(site).get(NginxConfig.SITE_FILE);
        assertThat(conf).contains("listen 127.0.0.1:8080 default_server;", "listen 127.0.0.1:8443 ssl http2",
                "return 301 https://fleet.test:8443$request_uri;", "wss://fleet.test:8443;");
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
        assertThatThrownBy(() -> new Listen(null, 443, 443)).hasMessageContaining("must differ");
        assertThatThrownBy(() -> new Listen("localhost", 80, 443)).hasMessageContaining("listen.address");
        assertThatThrownBy(() -> new RateLimit(0, 10)).hasMessageContaining("requestsPerSecond");
        assertThatThrownBy(() -> new RateLimit(10, -1)).hasMessageContaining("burst");
        assertThatThrownBy(() -> EdgeSite.builder(DOMAIN).resolver("dns.google").build()).hasMessageContaining("resolver");
        assertThatThrownBy(() -> EdgeSite.builder(DOMAIN).workerUser("root;").build()).hasMessageContaining("workerUser");
    }

    /**
     * {@code nginx -t} on the production render, byte for byte, at its real paths: inside a private mount namespace
     * the rendered files are bind-mounted on /etc/nginx, a test certificate on /etc/letsencrypt, the docker host
     * names are mapped to 127.0.0.1 in /etc/hosts, and an {@code nginx} user exists (as in the nginx image).
     */
    @Test
    void nginxAcceptsTheProductionRender(@TempDir Path dir) throws Exception {
        Map<String, String> files = NginxConfig.render(EdgeSite.production(DOMAIN));
        Path etcNginx = TestNginx.writeConfig(dir.resolve("etc-nginx"), files);
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
    }

    private static Proc.Result nginxTestInNamespace(Path dir, String hostsFile) {
        assertThat(Path.of("/etc/letsencrypt")).as("/etc/letsencrypt (created by the certbot package)").isDirectory();
        String script = String.join("\n",
                "set -eu",
                "mount --bind \"$1/etc-nginx\" /etc/nginx",
                "mount --bind \"$1/letsencrypt\" /etc/letsencrypt",
                "mount --bind \"$1/log\" /var/log/nginx",
                "mount --bind \"$1/$2\" /etc/hosts",
                "mount --bind \"$1/passwd\" /etc/passwd",
                "mount --bind \"$1/group\" /etc/group",
                "exec \"$3\" -t -c /etc/nginx/nginx.conf");
        return Proc.run(List.of(Proc.require("unshare"), "--mount", "--propagation", "private", "sh", "-c", script,
                "nginx-t", dir.toString(), hostsFile, Proc.require("nginx")), Map.of(), null, java.time.Duration.ofSeconds(30));
    }
}
