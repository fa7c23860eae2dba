package ma.marinemaroc.fleet.host.bootstrap;

import ma.marinemaroc.fleet.testing.Proc;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The apt configuration as apt itself reads it ({@code apt-config dump}), isolated from this machine's config,
 * on top of an Ubuntu-shaped 50unattended-upgrades that also allows the -updates pocket.
 */
class UnattendedUpgradesTest {

    @TempDir
    Path dir;

    private Proc.Result dump(BootstrapSpec spec, String replaceFrom, String replaceTo) throws IOException {
        Path parts = Files.createDirectories(dir.resolve("apt.conf.d-" + System.nanoTime()));
        HostFixtures.write(parts.resolve("50unattended-upgrades"), HostFixtures.resource("jammy-50unattended-upgrades"), "rw-r--r--");
        for (HostFile f : BootstrapFiles.afterBoot(spec.autoRebootAt())) {
            if (f.path().startsWith("/etc/apt/apt.conf.d/")) {
                HostFixtures.write(parts.resolve(Path.of(f.path()).getFileName()), f.content().replace(replaceFrom, replaceTo), "rw-r--r--");
            }
        }
        Path none = HostFixtures.write(dir.resolve("none.conf"), "", "rw-r--r--");
        Path main = HostFixtures.write(dir.resolve("apt.conf"),
                "Dir::Etc::parts \"" + parts + "\";\nDir::Etc::main \"" + none + "\";\n", "rw-r--r--");
        return Proc.run(List.of("apt-config", "dump"), Map.of("APT_CONFIG", main.toString()), null);
    }

    private static List<String> values(Proc.Result r, String key) {
        return r.out().lines().filter(l -> l.startsWith(key + " ")).map(l -> l.substring(key.length() + 1)).toList();
    }

    @Test
    void securityOnlyWithNightlyReboot() throws IOException {
        Proc.Result r = dump(HostFixtures.representative().build(), "", "");
        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(values(r, "Unattended-Upgrade::Allowed-Origins::")).containsExactly(
                "\"${distro_id}:${distro_codename}-security\";",
                "\"${distro_id}ESMApps:${distro_codename}-apps-security\";",
                "\"${distro_id}ESM:${distro_codename}-infra-security\";");
        assertThat(values(r, "Unattended-Upgrade::Package-Blacklist::")).contains("\"docker-ce\";", "\"containerd.io\";");
        assertThat(values(r, "Unattended-Upgrade::Automatic-Reboot")).containsExactly("\"true\";");
        assertThat(values(r, "Unattended-Upgrade::Automatic-Reboot-Time")).containsExactly("\"04:00\";");
        assertThat(values(r, "APT::Periodic::Unattended-Upgrade")).containsExactly("\"1\";");
        assertThat(values(r, "APT::Periodic::Update-Package-Lists")).containsExactly("\"1\";");
    }

    @Test
    void rebootOff() throws IOException {
        Proc.Result r = dump(HostFixtures.representative().autoRebootAt(null).build(), "", "");
        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(values(r, "Unattended-Upgrade::Automatic-Reboot")).containsExactly("\"false\";");
        assertThat(values(r, "Unattended-Upgrade::Automatic-Reboot-Time")).isEmpty();
    }

    @Test
    void syntaxErrorIsCaught() throws IOException {
        Proc.Result r = dump(HostFixtures.representative().build(), "\"04:00\";", "\"04:00\"");
        assertThat(r.exit()).isNotZero();
        assertThat(r.all()).contains("52fleet-unattended");
    }
}
