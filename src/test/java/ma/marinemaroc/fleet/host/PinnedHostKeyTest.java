package ma.marinemaroc.fleet.host;

import ma.marinemaroc.fleet.testing.Proc;
import ma.marinemaroc.fleet.testing.TestSshd;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SSH options the Docker provider gets pin the host key without any known_hosts file: checked with the real
 * OpenSSH client against a real sshd on loopback, with the right key (connects) and a wrong one (refused).
 */
class PinnedHostKeyTest {
    @TempDir
    static Path dir;
    static TestSshd sshd;
    static Path client;

    @BeforeAll
    static void startSshd() throws Exception {
        client = TestSshd.keygen(dir.resolve("client_key"));
        Path sshdDir = Files.createDirectories(dir.resolve("sshd"));
        Files.copy(dir.resolve("client_key.pub"), sshdDir.resolve("authorized_keys"));
        sshd = TestSshd.start(sshdDir, List.of());
    }

    @AfterAll
    static void stopSshd() {
        if (sshd != null) sshd.close();
    }

    @Test
    void connectsWhenTheHostKeyMatches() throws Exception {
        Proc.Result r = ssh(sshd.hostPublicKey());
        assertThat(r.exit()).as(r.all()).isZero();
    }

    @Test
    void refusesAnotherHostKey() throws Exception {
        String other = Files.readString(Path.of(TestSshd.keygen(dir.resolve("other_key")) + ".pub")).trim();
        Proc.Result r = ssh(other);
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("Host key verification failed");
    }

    private static Proc.Result ssh(String pinnedKey) {
        List<String> cmd = new ArrayList<>(List.of("ssh", "-F", "/dev/null", "-i", client.toString(),
                "-p", String.valueOf(sshd.port())));
        cmd.addAll(HostAccess.sshOpts("127.0.0.1", sshd.port(), pinnedKey));
        cmd.addAll(List.of("root@127.0.0.1", "true"));
        return Proc.run(cmd, Map.of(), null, Duration.ofSeconds(30));
    }
}
