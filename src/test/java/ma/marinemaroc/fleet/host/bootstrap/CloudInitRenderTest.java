package ma.marinemaroc.fleet.host.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** Structure of the rendered user-data, read back with SnakeYAML, plus the golden snapshot. */
class CloudInitRenderTest {

    static final Path GOLDEN = Path.of("src/test/resources/host/golden/cloud-config.yaml");

    private final BootstrapSpec spec = HostFixtures.representative().build();
    private final String userData = CloudInit.render(spec);

    @SuppressWarnings("unchecked")
    private Map<String, Object> parsed() {
        return (Map<String, Object>) new Yaml().load(userData);
    }

    @Test
    void isCloudConfig() {
        assertThat(userData).startsWith("#cloud-config\n");
        // the time zone is set by the deployment (a change must not replace the host)
        assertThat(parsed()).containsEntry("hostname", "fleet-prod").doesNotContainKey("timezone")
                .containsEntry("disable_root", true).containsEntry("ssh_pwauth", false)
                .containsEntry("package_update", true).containsEntry("package_upgrade", true);
    }

    @Test
    @SuppressWarnings("unchecked")
    void adminUserHasAllKeysDockerGroupAndNoPassword() {
        List<Map<String, Object>> users = (List<Map<String, Object>>) parsed().get("users");
        assertThat(users).hasSize(1);
        Map<String, Object> user = users.get(0);
        assertThat(user).containsEntry("name", "deploy").containsEntry("shell", "/bin/bash").containsEntry("lock_passwd", true)
                .containsEntry("sudo", "ALL=(ALL) NOPASSWD:ALL");
        assertThat((List<String>) user.get("groups")).containsExactlyInAnyOrder("sudo", "docker");
        assertThat((List<String>) user.get("ssh_authorized_keys"))
                .containsExactly(HostFixtures.key("ed25519"), HostFixtures.key("rsa3072"),
                        "restrict,command=\"" + BootstrapSpec.AUTHORIZE_COMMAND + "\" " + HostFixtures.key("deploy"));
        assertThat(user).doesNotContainKeys("passwd", "hashed_passwd", "plain_text_passwd");
    }

    @Test
    @SuppressWarnings("unchecked")
    void packagesAndDockerRepository() {
        Map<String, Object> doc = parsed();
        assertThat((List<String>) doc.get("packages")).contains("ca-certificates", "curl", "gnupg", "ufw", "fail2ban",
                "unattended-upgrades", "apt-listchanges", "jq", "zstd", "awscli", "docker-ce", "docker-ce-cli", "containerd.io",
                "docker-compose-plugin").doesNotContain("mysql-client", "docker.io").doesNotHaveDuplicates();
        Map<String, Object> source = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) doc.get("apt")).get("sources")).get("docker.list");
        assertThat(source.get("source")).isEqualTo("deb [arch=amd64 signed-by=$KEY_FILE] https://download.docker.com/linux/ubuntu jammy stable");
        assertThat((String) source.get("key")).startsWith("-----BEGIN PGP PUBLIC KEY BLOCK-----").contains("-----END PGP PUBLIC KEY BLOCK-----");
    }

    @Test
    @SuppressWarnings("unchecked")
    void writeFilesRoundTripExactly() {
        List<Map<String, Object>> files = (List<Map<String, Object>>) parsed().get("write_files");
        Map<String, Map<String, Object>> byPath = files.stream().collect(Collectors.toMap(f -> (String) f.get("path"), f -> f));
        assertThat(byPath.keySet()).contains(BootstrapFiles.SSHD_DROP_IN, BootstrapFiles.FAIL2BAN_JAIL,
                BootstrapFiles.DOCKER_DAEMON_JSON, BootstrapFiles.SWAP_SCRIPT, BootstrapFiles.FIREWALL_SCRIPT,
                BootstrapFiles.AUTHORIZE_SCRIPT, "/etc/fleet/host.conf", "/home/deploy/.fleet-motd");
        // what can wait for the first deployment stays out of the size-limited, replace-on-change user-data
        assertThat(byPath.keySet()).doesNotContain(BootstrapFiles.UNATTENDED, BootstrapFiles.AUTO_UPGRADES,
                BootstrapFiles.METADATA_BLOCK_SCRIPT, BootstrapFiles.METADATA_BLOCK_UNIT);
        for (HostFile f : BootstrapFiles.all(spec)) {
            Map<String, Object> entry = byPath.get(f.path());
            assertThat(entry.get("content")).as(f.path()).isEqualTo(f.content());
            assertThat(entry.get("permissions")).as(f.path()).isEqualTo(f.permissions());
            assertThat(entry.get("owner")).as(f.path()).isEqualTo(f.owner());
            assertThat(entry.get("defer")).as(f.path()).isEqualTo(f.defer() ? Boolean.TRUE : null);
        }
        assertThat(byPath.get(BootstrapFiles.SWAP_SCRIPT).get("permissions")).isEqualTo("0755");
        assertThat(byPath.get(BootstrapFiles.FIREWALL_SCRIPT).get("permissions")).isEqualTo("0755");
        assertThat(byPath.get("/home/deploy/.fleet-motd").get("defer")).isEqualTo(true);
        assertThat((String) byPath.get(BootstrapFiles.SSHD_DROP_IN).get("content")).contains("\nPort 2222\n", "\nAllowUsers deploy\n",
                "\nPasswordAuthentication no\n", "\nPermitRootLogin no\n");
        assertThat((String) byPath.get(BootstrapFiles.FAIL2BAN_JAIL).get("content")).contains("\nport = 2222\n", "\nbackend = systemd\n");
        for (String script : BootstrapFiles.scripts(spec).values()) {
            assertThat(script).startsWith("#!/usr/bin/env bash\n").contains("\nset -euo pipefail\n");
        }
        // sized on the host from its RAM at first boot: a resize of the host never changes the user-data
        assertThat(BootstrapFiles.scripts(spec).get(BootstrapFiles.SWAP_SCRIPT)).contains("MEMINFO=").doesNotContain("SWAP_MIB=4096");
    }

    @Test
    void dockerDaemonJson() {
        JsonObject json = JsonParser.parseString(BootstrapFiles.dockerDaemonJson(
                HostFixtures.representative().dockerLogs(new DockerLogRotation("50m", 3)).build())).getAsJsonObject();
        assertThat(json.get("log-driver").getAsString()).isEqualTo("json-file");
        assertThat(json.getAsJsonObject("log-opts").get("max-size").getAsString()).isEqualTo("50m");
        assertThat(json.getAsJsonObject("log-opts").get("max-file").getAsJsonPrimitive().isString()).isTrue();
        assertThat(json.getAsJsonObject("log-opts").get("max-file").getAsString()).isEqualTo("3");
        assertThat(json.get("live-restore").getAsBoolean()).isTrue();
        assertThat(json.has("iptables")).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void runcmdOrderStopsOnFirstFailureAndEndsWithTheMarker() {
        List<Object> runcmd = (List<Object>) parsed().get("runcmd");
        assertThat(runcmd.get(0)).isEqualTo("set -eu");
        List<String> flat = new ArrayList<>();
        for (Object step : runcmd) {
            flat.add(step instanceof List<?> l ? l.stream().map(String::valueOf).collect(Collectors.joining(" ")) : (String) step);
        }
        List<String> order = List.of("/opt/fleet/bin/fleet-swap", "/opt/fleet/bin/fleet-firewall", "sshd -t", "systemctl restart ssh",
                "systemctl enable fail2ban", "systemctl enable --now docker", "fleet-extra-step one two");
        int last = -1;
        for (String step : order) {
            int at = flat.indexOf(step);
            assertThat(at).as("position of '%s' in %s", step, flat).isGreaterThan(last);
            last = at;
        }
        assertThat(flat.get(flat.size() - 1)).startsWith("sh -c ").endsWith(" fleet-ready /var/lib/fleet-host/bootstrap.done");
        assertThat(flat.size() - 1).isGreaterThan(last);
    }

    @Test
    @SuppressWarnings("unchecked")
    void withoutDeployKeyOnlyAdminKeys() {
        BootstrapSpec noDeploy = BootstrapSpec.builder().hostname("h1").adminKey(HostFixtures.key("ecdsa256")).build();
        Map<String, Object> doc = new Yaml().load(CloudInit.render(noDeploy));
        Map<String, Object> user = ((List<Map<String, Object>>) doc.get("users")).get(0);
        assertThat((List<String>) user.get("ssh_authorized_keys")).containsExactly(HostFixtures.key("ecdsa256"));
    }

    @Test
    void refusesUserDataOverTheEc2Limit() {
        assertThat(userData.getBytes(StandardCharsets.UTF_8).length).isLessThan(CloudInit.MAX_USER_DATA_BYTES);
        BootstrapSpec big = HostFixtures.representative().extraFile(HostFile.root("/etc/fleet/big.txt", "x".repeat(4000) + "\n", "0644")).build();
        assertThatThrownBy(() -> CloudInit.render(big)).hasMessageContaining("16384-byte EC2 limit");
    }

    @Test
    void readyCommandDefaultsToTheDefaultMarker() {
        assertThat(CloudInit.readyCommand()).startsWith("bash -c '").contains("/var/lib/fleet-host/bootstrap.done");
        assertThat(CloudInit.readyCommand(spec)).isEqualTo(CloudInit.readyCommand());
    }

    /** Golden snapshot; regenerate with -Dgolden.update=true after a deliberate change and review the diff. */
    @Test
    void matchesGoldenSnapshot() throws IOException {
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN, userData, StandardCharsets.UTF_8);
        }
        assertThat(userData).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }
}
