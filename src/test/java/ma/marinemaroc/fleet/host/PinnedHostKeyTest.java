package ma.marinemaroc.fleet.host;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SSH options the Docker provider gets pin the host key without any known_hosts file: checked with the real
 * OpenSSH client against a real sshd on loopback, with the right key (connects) and a wrong one (refused).
 */
class PinnedHostKeyTest {
    @TempDir
    static Path dir;
    static Process sshd;
    static int port;

    @BeforeAll
    static void startSshd() throws Exception {
        run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", dir.resolve("host_key").toString());
        run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", dir.resolve("client_key").toString());
        Files.copy(dir.resolve("client_key.pub"), dir.resolve("authorized_keys"));
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Files.writeString(dir.resolve("sshd_config"), String.join("\n",
                "ListenAddress 127.0.0.1",
                "Port " + port,
                "HostKey " + dir.resolve("host_key"),
                "PidFile " + dir.resolve("sshd.pid"),
                "AuthorizedKeysFile " + dir.resolve("authorized_keys"),
                "StrictModes no",
                "PermitRootLogin prohibit-password",
                "PasswordAuthentication no",
                "KbdInteractiveAuthentication no",
                "UsePAM no", ""));
        Files.createDirectories(Path.of("/run/sshd"));
        sshd = new ProcessBuilder("/usr/sbin/sshd", "-D", "-e", "-f", dir.resolve("sshd_config").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("sshd.log").toFile()).start();
        long deadline = System.currentTimeMillis() + 10_000;
        while (true) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                break;
            } catch (IOException e) {
                if (System.currentTimeMillis() > deadline || !sshd.isAlive()) {
                    throw new IllegalStateException("sshd did not start: " + Files.readString(dir.resolve("sshd.log")));
                }
                Thread.sleep(100);
            }
        }
    }

    @AfterAll
    static void stopSshd() {
        if (sshd != null) sshd.destroy();
    }

    @Test
    void connectsWhenTheHostKeyMatches() throws Exception {
        String hostKey = Files.readString(dir.resolve("host_key.pub")).trim();
        assertThat(ssh(hostKey)).as("ssh exit code").isZero();
    }

    @Test
    void refusesAnotherHostKey() throws Exception {
        run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", dir.resolve("other_key").toString());
        String other = Files.readString(dir.resolve("other_key.pub")).trim();
        assertThat(ssh(other)).as("ssh exit code").isNotZero();
        assertThat(Files.readString(dir.resolve("ssh.out"))).contains("Host key verification failed");
    }

    private static int ssh(String pinnedKey) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("ssh", "-F", "/dev/null", "-i", dir.resolve("client_key").toString(),
                "-p", String.valueOf(port)));
        cmd.addAll(HostAccess.sshOpts("127.0.0.1", port, pinnedKey));
        cmd.addAll(List.of("root@127.0.0.1", "true"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("ssh.out").toFile()).start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return p.exitValue();
    }

    private static void run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) throw new IllegalStateException(String.join(" ", cmd) + ": " + out);
    }
}
