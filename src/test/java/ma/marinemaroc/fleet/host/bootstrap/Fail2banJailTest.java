package ma.marinemaroc.fleet.host.bootstrap;

import ma.marinemaroc.fleet.testing.Proc;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jail file, dropped into a copy of the packaged /etc/fail2ban, parsed by the real fail2ban-client. */
class Fail2banJailTest {

    @TempDir
    Path dir;

    private Path configWith(String jail) throws IOException {
        Path packaged = Path.of("/etc/fail2ban");
        assertThat(packaged.resolve("jail.conf")).as("fail2ban package config (see .ci/setup.d/10-host.sh)").exists();
        Path copy = dir.resolve("fail2ban");
        try (Stream<Path> all = Files.walk(packaged)) {
            for (Path p : all.toList()) {
                Path target = copy.resolve(packaged.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (Files.isRegularFile(p)) {
                    Files.copy(p, target);
                }
            }
        }
        HostFixtures.write(copy.resolve("jail.d/sshd.local"), jail, "rw-r--r--");
        return copy;
    }

    private static String jail(BootstrapSpec spec) {
        return BootstrapFiles.all(spec).stream().filter(f -> f.path().equals(BootstrapFiles.FAIL2BAN_JAIL)).findFirst().orElseThrow().content();
    }

    @Test
    void jailParsesAndWatchesTheSshPortThroughTheJournal() throws IOException {
        Path conf = configWith(jail(HostFixtures.representative().build()));
        Proc.Result test = Proc.run(List.of("fail2ban-client", "-c", conf.toString(), "-t"));
        assertThat(test.exit()).as(test.all()).isZero();
        Proc.Result dump = Proc.run(List.of("fail2ban-client", "-c", conf.toString(), "-d"));
        assertThat(dump.exit()).as(dump.all()).isZero();
        assertThat(dump.out()).contains("['add', 'sshd', 'systemd']", "['port', '2222']", "['set', 'sshd', 'maxretry', 5]",
                "['set', 'sshd', 'bantime', '1h']", "['start', 'sshd']");
    }

    @Test
    void brokenJailFailsTheTest() throws IOException {
        String broken = jail(HostFixtures.representative().build()).replace("backend = systemd", "backend systemd");
        Proc.Result test = Proc.run(List.of("fail2ban-client", "-c", configWith(broken).toString(), "-t"));
        assertThat(test.exit()).isNotZero();
        assertThat(test.all()).contains("sshd.local");
    }
}
