package ma.marinemaroc.fleet.edge;

import ma.marinemaroc.fleet.testing.Proc;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rendered certbot files: snapshots, shellcheck, systemd-analyze, and the scripts run for real with fakes. */
class CertbotFilesTest {
    static final String DOMAIN = "fleet.example.com";

    @TempDir
    Path dir;
    Path calls;

    @BeforeEach
    void fakes() throws Exception {
        calls = dir.resolve("calls.log");
        // An alert command that records its subject and body, and an nginx that records its arguments and fails
        // "-t" while the file nginx-t-fails exists.
        script("fake-alert", "printf 'ALERT %s\\n' \"$1\" >>'" + calls + "'; cat >>'" + calls + "'");
        script("fake-nginx", "printf 'nginx %s\\n' \"$*\" >>'" + calls + "'\n"
                + "if [ \"$1\" = -t ] && [ -e '" + dir.resolve("nginx-t-fails") + "' ]; then echo 'emerg: bad cert' >&2; exit 1; fi");
    }

    private Path script(String name, String body) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, "#!/usr/bin/env bash\nset -euo pipefail\n" + body + "\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        return p;
    }

    static CertbotSettings production() {
        return CertbotSettings.builder(DOMAIN, "ops@marinemaroc.ma").build();
    }

    private CertbotSettings local() {
        return CertbotSettings.builder(DOMAIN, "ops@marinemaroc.ma")
                .acmeServer("https://127.0.0.1:14000/dir")
                .configDir(dir.resolve("le").toString())
                .workDir(dir.resolve("work").toString())
                .logsDir(dir.resolve("logs").toString())
                .webroot(dir.resolve("webroot").toString())
                .nginxTestCommand(dir.resolve("fake-nginx") + " -t")
                .nginxReloadCommand(dir.resolve("fake-nginx") + " -s reload")
                .alertCommand(dir.resolve("fake-alert").toString())
                .build();
    }

    /**
     * Writes the rendered files: paths already inside the test's temp dir (the deploy hook below a test config dir)
     * as they are, host paths below {@code root}. Returns root.
     */
    static Path install(Map<String, String> files, Path root, Path tempDir) throws Exception {
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path target = Path.of(f.getKey()).startsWith(tempDir) ? Path.of(f.getKey()) : root.resolve(f.getKey().substring(1));
            Files.createDirectories(target.getParent());
            Files.writeString(target, f.getValue());
            Files.setPosixFilePermissions(target, CertbotFiles.mode(f.getKey()) == 0755
                    ? PosixFilePermissions.fromString("rwxr-xr-x") : PosixFilePermissions.fromString("rw-r--r--"));
        }
        return root;
    }

    @Test
    void productionRenderMatchesTheGoldenFiles() {
        Map<String, String> files = CertbotFiles.render(production());
        assertThat(files).containsOnlyKeys(CertbotFiles.ISSUE_SCRIPT,
                "/etc/letsencrypt/renewal-hooks/deploy/fleet-reload-nginx", CertbotFiles.RENEW_SERVICE, CertbotFiles.RENEW_TIMER);
        files.forEach((path, content) -> Golden.check("certbot" + path, content));
    }

    @Test
    void issueScriptUsesTheWebrootNeverStandalone() {
        String issue = CertbotFiles.render(local()).get(CertbotFiles.ISSUE_SCRIPT);
        assertThat(issue).contains("certonly --webroot --webroot-path \"$WEBROOT\"", "--keep-until-expiring",
                "--agree-tos --non-interactive", "ACME_SERVER=\"${ACME_SERVER-https://127.0.0.1:14000/dir}\"")
                .doesNotContain("--standalone");
        String service = CertbotFiles.render(production()).get(CertbotFiles.RENEW_SERVICE);
        assertThat(service).contains("ExecStart=/usr/bin/certbot renew --quiet --no-random-sleep-on-renew --webroot --webroot-path /var/www/certbot")
                .doesNotContain("--standalone");
        assertThat(CertbotFiles.render(production()).get(CertbotFiles.RENEW_TIMER))
                .contains("OnCalendar=*-*-* 00,12:00:00", "RandomizedDelaySec=3600", "Persistent=true");
    }

    @Test
    void scriptsPassShellcheck() throws Exception {
        Path root = install(CertbotFiles.render(production()), dir.resolve("root"), dir);
        Proc.Result r = Proc.run(List.of(Proc.require("shellcheck"), "--severity=style",
                root.resolve("opt/fleet/bin/fleet-cert-issue").toString(),
                root.resolve("etc/letsencrypt/renewal-hooks/deploy/fleet-reload-nginx").toString()));
        assertThat(r.exit()).as(r.all()).isZero();
    }

    @Test
    void unitsPassSystemdAnalyzeVerify() throws Exception {
        Path root = install(CertbotFiles.render(production()), dir.resolve("root"), dir);
        Path units = root.resolve("etc/systemd/system");
        Proc.Result r = Proc.run(List.of(Proc.require("systemd-analyze"), "verify",
                units.resolve("fleet-cert-renew.service").toString(), units.resolve("fleet-cert-renew.timer").toString()));
        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(r.all()).doesNotContain("fleet-cert-renew");
    }

    @Test
    void settingsAreValidated() {
        assertThatThrownBy(() -> CertbotSettings.builder(DOMAIN, "not-an-email").build()).hasMessageContaining("adminEmail");
        assertThatThrownBy(() -> CertbotSettings.builder(DOMAIN, "a@b.ma").acmeServer("http://insecure/dir").build())
                .hasMessageContaining("acmeServer");
        assertThatThrownBy(() -> CertbotSettings.builder(DOMAIN, "a@b.ma").nginxReloadCommand("a\nb").build())
                .hasMessageContaining("nginxReloadCommand");
        assertThatThrownBy(() -> CertbotSettings.builder(DOMAIN, "a@b.ma").renewDelaySeconds(-1).build())
                .hasMessageContaining("renewDelaySeconds");
        assertThat(production().liveFiles().certificate()).isEqualTo("/etc/letsencrypt/live/fleet.example.com/fullchain.pem");
    }

    private Proc.Result runIssue(Path issue, Path fakeCertbot, String... args) {
        Map<String, String> env = new HashMap<>();
        env.put("CERTBOT", fakeCertbot.toString());
        List<String> cmd = new java.util.ArrayList<>(List.of(issue.toString()));
        cmd.addAll(List.of(args));
        return Proc.run(cmd, env, null, Duration.ofSeconds(60));
    }

    private static String fingerprint(Path cert) {
        return Proc.run(List.of("openssl", "x509", "-in", cert.toString(), "-noout", "-fingerprint", "-sha256"))
                .requireOk("openssl x509").out();
    }

    @Test
    void placeholderIsCreatedOnceAndIsAUsableSelfSignedCertificate() throws Exception {
        CertbotSettings s = local();
        Path root = install(CertbotFiles.render(s), dir.resolve("root"), dir);
        Path issue = root.resolve("opt/fleet/bin/fleet-cert-issue");
        Path live = dir.resolve("le/live/" + DOMAIN);
        runIssue(issue, dir.resolve("no-certbot"), "--placeholder-only").requireOk("placeholder");
        assertThat(live.resolve(".fleet-placeholder")).exists();
        String text = Proc.run(List.of("openssl", "x509", "-in", live.resolve("fullchain.pem").toString(), "-noout", "-text"))
                .requireOk("x509").out();
        assertThat(text).contains("Subject: CN = " + DOMAIN, "DNS:" + DOMAIN);
        assertThat(Files.getPosixFilePermissions(live.resolve("privkey.pem")))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        Proc.run(List.of("openssl", "x509", "-in", live.resolve("fullchain.pem").toString(), "-noout", "-checkend", "518400"))
                .requireOk("placeholder valid for 6 more days");
        String before = fingerprint(live.resolve("fullchain.pem"));
        runIssue(issue, dir.resolve("no-certbot"), "--placeholder-only").requireOk("placeholder again");
        assertThat(fingerprint(live.resolve("fullchain.pem"))).as("an existing certificate is kept").isEqualTo(before);
        try (var leftovers = Files.list(dir.resolve("le/live"))) {
            assertThat(leftovers.map(p -> p.getFileName().toString())).containsExactly(DOMAIN);
        }
        assertThat(runIssue(issue, dir.resolve("no-certbot"), "--bogus").exit()).isEqualTo(2);
    }

    @Test
    void failedIssuanceRestoresThePlaceholderAndAlerts() throws Exception {
        CertbotSettings s = local();
        Path root = install(CertbotFiles.render(s), dir.resolve("root"), dir);
        Path issue = root.resolve("opt/fleet/bin/fleet-cert-issue");
        Path live = dir.resolve("le/live/" + DOMAIN);
        Path certbot = script("fake-certbot", "printf 'certbot %s\\n' \"$*\" >>'" + calls + "'\n"
                + "if [ -e '" + live + "' ]; then echo 'live dir still there' >>'" + calls + "'; fi\nexit 1");
        runIssue(issue, certbot, "--placeholder-only").requireOk("placeholder");
        String before = fingerprint(live.resolve("fullchain.pem"));

        Proc.Result r = runIssue(issue, certbot);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(fingerprint(live.resolve("fullchain.pem"))).as("placeholder back in place").isEqualTo(before);
        assertThat(live.resolve(".fleet-placeholder")).exists();
        String log = Files.readString(calls);
        assertThat(log).contains("certbot certonly --webroot --webroot-path " + dir.resolve("webroot") + " -d " + DOMAIN
                        + " --cert-name " + DOMAIN + " --email ops@marinemaroc.ma --agree-tos --non-interactive --keep-until-expiring"
                        + " --config-dir " + dir.resolve("le") + " --work-dir " + dir.resolve("work") + " --logs-dir " + dir.resolve("logs")
                        + " --server https://127.0.0.1:14000/dir",
                "ALERT certificate for " + DOMAIN + " not obtained")
                .doesNotContain("live dir still there", "nginx -s reload");
    }

    @Test
    void successfulIssuanceReplacesThePlaceholderAndRunsTheDeployHook() throws Exception {
        CertbotSettings s = local();
        Path root = install(CertbotFiles.render(s), dir.resolve("root"), dir);
        Path issue = root.resolve("opt/fleet/bin/fleet-cert-issue");
        Path live = dir.resolve("le/live/" + DOMAIN);
        TestPki.ServerCert real = TestPki.create(Files.createDirectories(dir.resolve("pki"))).issue("real", DOMAIN, 90);
        // Stands in for certbot: creates the lineage the way certbot does (fails if the live dir exists).
        Path certbot = script("fake-certbot", "printf 'certbot %s\\n' \"$*\" >>'" + calls + "'\n"
                + "mkdir '" + live + "'\ncp '" + real.fullchain() + "' '" + live + "/fullchain.pem'\n"
                + "cp '" + real.key() + "' '" + live + "/privkey.pem'");
        runIssue(issue, certbot, "--placeholder-only").requireOk("placeholder");

        runIssue(issue, certbot).requireOk("issue");
        assertThat(fingerprint(live.resolve("fullchain.pem"))).isEqualTo(fingerprint(real.cert()));
        assertThat(live.resolve(".fleet-placeholder")).doesNotExist();
        assertThat(dir.resolve("le/live/." + DOMAIN + ".placeholder")).doesNotExist();
        assertThat(Files.readString(calls)).contains("nginx -t\nnginx -s reload\n").doesNotContain("ALERT");
    }

    @Test
    void deployHookDoesNotReloadWhenTheConfigTestFails() throws Exception {
        CertbotSettings s = local();
        Path root = install(CertbotFiles.render(s), dir.resolve("root"), dir);
        Path hook = Path.of(CertbotFiles.deployHookPath(s));
        assertThat(hook).startsWith(dir).exists();
        Files.writeString(dir.resolve("nginx-t-fails"), "");
        Proc.Result bad = Proc.run(List.of(hook.toString()), Map.of("RENEWED_DOMAINS", DOMAIN), null, Duration.ofSeconds(30));
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(Files.readString(calls)).contains("nginx -t", "ALERT nginx not reloaded after certificate renewal",
                "emerg: bad cert").doesNotContain("reload\n");
        Files.delete(dir.resolve("nginx-t-fails"));
        Files.delete(calls);
        Proc.run(List.of(hook.toString()), Map.of("RENEWED_DOMAINS", DOMAIN), null, Duration.ofSeconds(30)).requireOk("hook");
        assertThat(Files.readString(calls)).isEqualTo("nginx -t\nnginx -s reload\n");
        assertThat(root).exists();
    }
}
