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
        return BootstrapSpec.builder().hostname("fleet-1").memoryMiB(2048).adminKey(HostFixtures.key("ed25519"));
    }

    @Test
    void defaults() {
        BootstrapSpec spec = minimal().build();
        assertThat(spec.timezone()).isEqualTo("Africa/Casablanca");
        assertThat(spec.adminUser()).isEqualTo("deploy");
        assertThat(spec.sshPort()).isEqualTo(22);
        assertThat(spec.readyMarker()).isEqualTo("/var/lib/fleet/bootstrap.done");
        assertThat(spec.autoRebootAt()).contains(LocalTime.of(4, 0));
        assertThat(spec.dockerApt()).isEqualTo(new DockerApt("jammy", "amd64"));
        assertThat(spec.dockerLogs()).isEqualTo(new DockerLogRotation("20m", 5));
        assertThat(spec.deployKey()).isEmpty();
        assertThat(spec.authorizedKeys()).extracting(SshPublicKey::line).containsExactly(HostFixtures.key("ed25519"));
    }

    @Test
    void deployKeyFromPulumiOutputWithTrailingNewlineIsAddedAfterAdminKeys() {
        String[] deploy = HostFixtures.key("deploy").split(" ");
        BootstrapSpec spec = minimal().build().withDeployKey(deploy[0] + " " + deploy[1] + "\n");
        assertThat(spec.deployKey()).map(SshPublicKey::line).contains(deploy[0] + " " + deploy[1]);
        assertThat(spec.authorizedKeys()).extracting(SshPublicKey::type).containsExactly("ssh-ed25519", "ssh-ed25519");
        assertThatThrownBy(() -> minimal().build().withDeployKey("not a key")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"512,1024", "1024,2048", "2048,4096", "3072,4096", "4096,4096", "6144,6144", "8192,8192", "16384,8192", "1048576,8192"})
    void swapRule(int memory, int swap) {
        assertThat(SwapPolicy.swapMiB(memory)).isEqualTo(swap);
        assertThat(minimal().memoryMiB(memory).build().swapMiB()).isEqualTo(swap);
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

    @Test
    void rejectsBadTimezones() {
        assertThatThrownBy(() -> minimal().timezone("Mars/Olympus_Mons").build()).hasMessageContaining("unknown timezone 'Mars/Olympus_Mons'");
        assertThatThrownBy(() -> minimal().timezone("+01:00").build()).hasMessageContaining("IANA region id");
        assertThatThrownBy(() -> minimal().timezone("").build()).hasMessageContaining("timezone");
        assertThat(minimal().timezone("Europe/Paris").build().timezone()).isEqualTo("Europe/Paris");
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
        assertThatThrownBy(() -> BootstrapSpec.builder().hostname("h").memoryMiB(1024).build())
                .hasMessageContaining("at least one SSH public key");
        assertThat(BootstrapSpec.builder().hostname("h").memoryMiB(1024).deployKey(HostFixtures.key("deploy")).build().authorizedKeys()).hasSize(1);
        assertThatThrownBy(() -> minimal().deployKey(HostFixtures.key("ed25519")).build()).hasMessageContaining("listed twice");
    }

    @Test
    void requiresHostnameAndMemory() {
        assertThatThrownBy(() -> BootstrapSpec.builder().memoryMiB(1024).build()).hasMessageContaining("hostname is required");
        assertThatThrownBy(() -> BootstrapSpec.builder().hostname("h").build()).hasMessageContaining("memory");
        assertThatThrownBy(() -> minimal().memoryMiB(256).build()).hasMessageContaining("host memory must be 512..");
    }

    @Test
    void rejectsExtraFilesOnManagedPathsOrTwice() {
        assertThatThrownBy(() -> minimal().extraFile(HostFile.root(BootstrapFiles.SSHD_DROP_IN, "x", "0644")).build())
                .hasMessageContaining("collides");
        assertThatThrownBy(() -> minimal().extraFile(HostFile.root("/var/lib/fleet/bootstrap.done", "x", "0644")).build())
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
