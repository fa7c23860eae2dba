package ma.marinemaroc.fleet.host.bootstrap;

import ma.marinemaroc.fleet.testing.Proc;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The drop-in checked by the real sshd ({@code -t} test mode, {@code -T} effective configuration) inside an
 * Ubuntu-shaped sshd_config, next to a cloud-init drop-in that tries to turn password login back on.
 */
class SshdConfigTest {

    @TempDir
    Path dir;
    Path hostKey;

    @BeforeEach
    void hostKeyAndPrivsepDir() throws IOException {
        // sshd refuses even to test a config without its privilege separation directory (root-owned on Debian/Ubuntu)
        Files.createDirectories(Path.of("/run/sshd"));
        hostKey = dir.resolve("ssh_host_ed25519_key");
        Proc.Result r = Proc.run(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", hostKey.toString()));
        assertThat(r.exit()).as(r.all()).isZero();
    }

    private Path ubuntuLayout(String fleetDropIn) throws IOException {
        Path dropins = Files.createDirectories(dir.resolve("sshd_config.d"));
        HostFixtures.write(dropins.resolve("10-fleet.conf"), fleetDropIn, "rw-r--r--");
        HostFixtures.write(dropins.resolve("50-cloud-init.conf"), "PasswordAuthentication yes\n", "rw-r--r--");
        return HostFixtures.write(dir.resolve("sshd_config"),
                HostFixtures.resource("ubuntu-sshd_config").replace("@DROPIN_DIR@", dropins.toString()), "rw-r--r--");
    }

    private Proc.Result sshd(String mode, Path config) {
        return Proc.run(List.of("sshd", mode, "-f", config.toString(), "-h", hostKey.toString()));
    }

    @Test
    void renderedDropInIsValidAndWins() throws IOException {
        BootstrapSpec spec = HostFixtures.representative().build();
        Path config = ubuntuLayout(SshdConfig.render(spec));
        Proc.Result test = sshd("-t", config);
        assertThat(test.exit()).as(test.all()).isZero();

        Proc.Result effective = sshd("-T", config);
        assertThat(effective.exit()).as(effective.all()).isZero();
        List<String> lines = effective.out().lines().toList();
        assertThat(lines.stream().filter(l -> l.startsWith("port ")).toList()).containsExactly("port 2222");
        assertThat(lines).contains("permitrootlogin no", "passwordauthentication no", "kbdinteractiveauthentication no",
                "pubkeyauthentication yes", "authenticationmethods publickey", "allowusers deploy", "maxauthtries 3",
                "x11forwarding no", "allowagentforwarding no", "allowtcpforwarding local", "permittunnel no",
                "clientaliveinterval 300", "loglevel VERBOSE");
    }

    @Test
    void portAndUserFollowTheSpec() throws IOException {
        BootstrapSpec spec = BootstrapSpec.builder().hostname("h").adminKey(HostFixtures.key("ed25519"))
                .adminUser("fleetops").sshPort(22).build();
        Proc.Result effective = sshd("-T", ubuntuLayout(SshdConfig.render(spec)));
        assertThat(effective.exit()).as(effective.all()).isZero();
        assertThat(effective.out().lines().toList()).contains("port 22", "allowusers fleetops");
    }

    @Test
    void brokenSettingFailsTheTest() throws IOException {
        String broken = SshdConfig.render(HostFixtures.representative().build()) + "MaxAuthTries many\n";
        Proc.Result test = sshd("-t", ubuntuLayout(broken));
        assertThat(test.exit()).isNotZero();
        assertThat(test.all()).contains("10-fleet.conf").contains("MaxAuthTries");
    }
}
