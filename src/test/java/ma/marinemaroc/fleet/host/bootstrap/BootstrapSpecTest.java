package ma.marinemaroc.fleet.host.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BootstrapSpecTest {

    private static BootstrapSpec.Builder minimal() {
        return BootstrapSpec.builder().hostname("fleet-1").adminKey(HostFixtures.key("ed25519"));
    }

    @Test
    void defaults() {
        BootstrapSpec spec = minimal().build();
        assertThat(spec.adminUser()).isEqualTo("deploy");
        assertThat(spec.sshPort()).isEqualTo(22);
        assertThat(spec.readyMarker()).isEqualTo("/var/lib/fleet-host/bootstrap.done");
        assertThat(spec.autoRebootAt()).contains(LocalTime.of(4, 0));
        assertThat(spec.dockerApt()).isEqualTo(new DockerApt("jammy", "amd64"));
        assertThat(spec.dockerLogs()).isEqualTo(new DockerLogRotation("20m", 5));
        assertThat(spec.bootstrapKey()).isEmpty();
        assertThat(spec.authorizedKeyLines()).containsExactly(HostFixtures.key("ed25519"));
    }

    @Test
    void bootstrapKeyFromPulumiOutputIsAuthorizedOnlyForItsForcedCommand() {
        String[] key = HostFixtures.key("deploy").split(" ");
        BootstrapSpec spec = minimal().build().withBootstrapKey(key[0] + " " + key[1] + "\n");
        assertThat(spec.bootstrapKey()).map(SshPublicKey::line).contains(key[0] + " " + key[1]);
        assertThat(spec.authorizedKeyLines()).containsExactly(HostFixtures.key("ed25519"),
                "restrict,command=\"/usr/local/sbin/fleet-authorize-keys\" " + key[0] + " " + key[1]);
        assertThatThrownBy(() -> minimal().build().withBootstrapKey("not a key")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"512,1024", "1024,2048", "2048,4096", "3072,4096", "4096,4096", "6144,6144", "8192,8192", "16384,8192", "1048576,8192"})
    void swapRule(int memory, int swap) {
        assertThat(SwapPolicy.swapMiB(memory)).isEqualTo(swap);
    }

    @Test
    void swapNeverShrinksAsMemoryGrows() {
        int previous = 0;
        for (int m = SwapPolicy.MIN_MEMORY_MIB; m <= 65536; m += 128) {
            int s = SwapPolicy.swapMiB(m);
            assertThat(s).as("swap for %d MiB", m).isGreaterThanOrEqualTo(previous).isBetween(1024, 8192);
            previous = s;
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 65536, 100000})
    void rejectsPortsOutOfRange(int port) {
        assertThatThrownBy(() -> minimal().sshPort(port).build()).hasMessageContaining("ssh port must be 1..65535");
    }

    @ParameterizedTest
    @ValueSource(ints = {80, 443})
    void rejectsHttpdPorts(int port) {
        assertThatThrownBy(() -> minimal().sshPort(port).build()).hasMessageContaining("taken by the httpd container");
    }

    @Test
    void acceptsPortBounds() {
        assertThat(minimal().sshPort(1).build().sshPort()).isEqualTo(1);
        assertThat(minimal().sshPort(65535).build().sshPort()).isEqualTo(65535);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Fleet", "fleet_prod", "-fleet", "fleet-", "fleet.example.com", ""})
    void rejectsBadHostnames(String hostname) {
        assertThatThrownBy(() -> minimal().hostname(hostname).build()).hasMessageContaining("hostname must be one DNS label");
    }

    @ParameterizedTest
    @ValueSource(strings = {"root", "sshd", "Deploy", "9lives", "a b", "docker"})
    void rejectsBadAdminUsers(String user) {
        assertThatThrownBy(() -> minimal().adminUser(user).build()).hasMessageContaining("admin user");
    }

    @Test
    void requiresAtLeastOneKeyAndNoDuplicates() {
        assertThatThrownBy(() -> BootstrapSpec.builder().hostname("h").build())
                .hasMessageContaining("at least one SSH public key");
        assertThat(BootstrapSpec.builder().hostname("h").bootstrapKey(HostFixtures.key("deploy")).build().authorizedKeyLines()).hasSize(1);
        assertThatThrownBy(() -> minimal().bootstrapKey(HostFixtures.key("ed25519")).build()).hasMessageContaining("listed twice");
    }

    @Test
    void requiresHostname() {
        assertThatThrownBy(() -> BootstrapSpec.builder().build()).hasMessageContaining("hostname is required");
    }

    @Test
    void rejectsExtraFilesOnManagedPathsOrTwice() {
        assertThatThrownBy(() -> minimal().extraFile(HostFile.root(BootstrapFiles.SSHD_DROP_IN, "x", "0644")).build())
                .hasMessageContaining("collides");
        assertThatThrownBy(() -> minimal().extraFile(HostFile.root("/var/lib/fleet-host/bootstrap.done", "x", "0644")).build())
                .hasMessageContaining("collides");
        assertThatThrownBy(() -> minimal().extraFile(HostFile.root("/etc/a", "x", "0644")).extraFile(HostFile.root("/etc/a", "y", "0644")).build())
                .hasMessageContaining("collides");
    }

    @Test
    void hostFileValidation() {
        assertThat(HostFile.root("/etc/fleet/a.conf", "x", "644").permissions()).isEqualTo("0644");
        assertThat(HostFile.root("/etc/x", "", "0644").defer()).isFalse();
        assertThat(new HostFile("/home/deploy/x", "", "0600", "deploy:deploy").defer()).isTrue();
        assertThatThrownBy(() -> HostFile.root("etc/x", "", "0644")).hasMessageContaining("absolute");
        assertThatThrownBy(() -> HostFile.root("/etc/../root/x", "", "0644")).hasMessageContaining("no '..'");
        assertThatThrownBy(() -> HostFile.root("/etc/x y", "", "0644")).hasMessageContaining("absolute and plain");
        assertThatThrownBy(() -> HostFile.root("/etc/x", "", "0999")).hasMessageContaining("octal mode");
        assertThatThrownBy(() -> new HostFile("/etc/x", "", "0644", "deploy")).hasMessageContaining("'user:group'");
        assertThatThrownBy(() -> HostFile.root("/etc/x", "a\0b", "0644")).hasMessageContaining("NUL");
    }

    @Test
    void rejectsBadRuncmdMarkerAndRebootTime() {
        assertThatThrownBy(() -> minimal().extraRuncmd("echo a\necho b").build()).hasMessageContaining("single lines");
        assertThatThrownBy(() -> minimal().extraRuncmd("  ").build()).hasMessageContaining("non-blank");
        assertThatThrownBy(() -> minimal().readyMarker("bootstrap.done").build()).hasMessageContaining("absolute");
        assertThatThrownBy(() -> minimal().autoRebootAt(LocalTime.of(4, 0, 30)).build()).hasMessageContaining("whole minutes");
        assertThat(minimal().autoRebootAt(null).build().autoRebootAt()).isEqualTo(Optional.empty());
    }

    @Test
    void dockerSettingsValidation() {
        assertThatThrownBy(() -> new DockerApt("jammy", "i386")).hasMessageContaining("amd64 or arm64");
        assertThatThrownBy(() -> new DockerApt("Jammy 22.04", "amd64")).hasMessageContaining("codename");
        assertThatThrownBy(() -> new DockerLogRotation("10MB", 3)).hasMessageContaining("max-size");
        assertThatThrownBy(() -> new DockerLogRotation("10m", 0)).hasMessageContaining("max-file");
        assertThat(new DockerApt("jammy", "arm64").sourceLine())
                .isEqualTo("deb [arch=arm64 signed-by=$KEY_FILE] https://download.docker.com/linux/ubuntu jammy stable");
    }
}
