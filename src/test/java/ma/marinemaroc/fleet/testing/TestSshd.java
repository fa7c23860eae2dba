package ma.marinemaroc.fleet.testing;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A throw-away sshd on 127.0.0.1 with its own host key and an authorized_keys file of the test's (login as root,
 * keys only, no PAM), stopped by its pid. Extra {@code sshd_config} lines may set the environment of sessions
 * ({@code SetEnv}), so a forced command never touches the machine's own files.
 */
public final class TestSshd implements AutoCloseable {
    private final Path dir;
    private final int port;
    private final Process process;

    private TestSshd(Path dir, int port, Process process) {
        this.dir = dir;
        this.port = port;
        this.process = process;
    }

    public static TestSshd start(Path dir, List<String> extraConfig) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        keygen(dir.resolve("host_key"));
        if (!Files.exists(dir.resolve("authorized_keys"))) Files.writeString(dir.resolve("authorized_keys"), "");
        int port = Proc.freePort();
        List<String> conf = new ArrayList<>(List.of(
                "ListenAddress 127.0.0.1",
                "Port " + port,
                "HostKey " + dir.resolve("host_key"),
                "PidFile " + dir.resolve("sshd.pid"),
                "AuthorizedKeysFile " + dir.resolve("authorized_keys"),
                "StrictModes no",
                "PermitRootLogin prohibit-password",
                "PasswordAuthentication no",
                "KbdInteractiveAuthentication no",
                "UsePAM no"));
        conf.addAll(extraConfig);
        Files.writeString(dir.resolve("sshd_config"), String.join("\n", conf) + "\n");
        Files.createDirectories(Path.of("/run/sshd"));
        Process p = new ProcessBuilder(Proc.require("sshd"), "-D", "-e", "-f", dir.resolve("sshd_config").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("sshd.log").toFile()).start();
        TestSshd sshd = new TestSshd(dir, port, p);
        long deadline = System.currentTimeMillis() + 10_000;
        while (true) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return sshd;
            } catch (IOException e) {
                if (System.currentTimeMillis() > deadline || !p.isAlive()) {
                    sshd.close();
                    throw new IllegalStateException("sshd did not start: " + Files.readString(dir.resolve("sshd.log")));
                }
                Thread.sleep(100);
            }
        }
    }

    /** A new ED25519 key pair at {@code file} / {@code file.pub}. */
    public static Path keygen(Path file) {
        Proc.run(List.of(Proc.require("ssh-keygen"), "-q", "-t", "ed25519", "-N", "", "-C", file.getFileName().toString(),
                "-f", file.toString())).requireOk("ssh-keygen");
        return file;
    }

    public int port() {
        return port;
    }

    public Path authorizedKeys() {
        return dir.resolve("authorized_keys");
    }

    public String hostPublicKey() throws IOException {
        return Files.readString(dir.resolve("host_key.pub")).trim();
    }

    /** Runs {@code command} as root with {@code key}, host key checked against this server's, stdin from a string. */
    public Proc.Result ssh(Path key, String stdin, String... command) throws IOException {
        Path known = dir.resolve("known_hosts");
        Files.writeString(known, "[127.0.0.1]:" + port + " " + hostPublicKey() + "\n");
        List<String> cmd = new ArrayList<>(List.of(Proc.require("ssh"), "-F", "/dev/null", "-i", key.toString(),
                "-p", String.valueOf(port), "-o", "BatchMode=yes", "-o", "IdentitiesOnly=yes",
                "-o", "UserKnownHostsFile=" + known, "-o", "StrictHostKeyChecking=yes", "root@127.0.0.1"));
        cmd.addAll(List.of(command));
        return Proc.run(cmd, Map.of(), null, stdin == null ? "" : stdin, Duration.ofSeconds(30));
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
