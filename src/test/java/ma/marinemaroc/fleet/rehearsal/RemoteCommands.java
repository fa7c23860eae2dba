package ma.marinemaroc.fleet.rehearsal;

import ma.marinemaroc.fleet.testing.Proc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Runs a {@code command:remote:Command} script the way pulumi-command 1.2.1 does (provider/pkg/provider/remote:
 * {@code commandOutputs.go} run, {@code connection.go} dial): over SSH with the recorded connection (user, host, port,
 * private key; the host key pinned when {@code hostKey} is set, unchecked otherwise; {@code dialErrorLimit} attempts
 * of {@code perDialTimeout} seconds), the script as the session command (run by the user's login shell), {@code stdin}
 * only when non-empty, {@code environment} as SSH env requests (so sshd's AcceptEnv decides, as it does for the
 * provider). The system ssh client runs inside the rehearsal host; no ssh config file is read.
 */
final class RemoteCommands {
    static final Duration TIMEOUT = Duration.ofMinutes(15);
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final NamespaceHost host;
    private final Path keys;

    RemoteCommands(NamespaceHost host) {
        this.host = host;
        this.keys = host.dir().resolve("keys");
    }

    PassReport.CommandRun run(String resource, String phase, Map<?, ?> inputs, String script) {
        Map<?, ?> c = (Map<?, ?>) inputs.get("connection");
        if (c == null) throw new IllegalArgumentException(resource + ": no connection");
        for (Object k : c.keySet()) {
            if (!List.of("host", "port", "user", "privateKey", "hostKey", "dialErrorLimit", "perDialTimeout").contains(String.valueOf(k))) {
                throw new IllegalArgumentException(resource + ": connection." + k + " is not supported by the rehearsal driver");
            }
        }
        String address = String.valueOf(c.get("host"));
        int port = c.get("port") == null ? 22 : (int) DockerResources.num(c.get("port"));
        String user = c.get("user") == null ? "root" : String.valueOf(c.get("user"));
        int attempts = c.get("dialErrorLimit") == null ? 10 : (int) DockerResources.num(c.get("dialErrorLimit"));
        int perDial = c.get("perDialTimeout") == null ? 15 : (int) DockerResources.num(c.get("perDialTimeout"));
        List<String> cmd = new ArrayList<>(List.of("ssh", "-F", "/dev/null", "-T", "-o", "BatchMode=yes",
                "-o", "ConnectTimeout=" + perDial, "-o", "ConnectionAttempts=" + Math.max(1, attempts),
                "-o", "GlobalKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR"));
        if (c.get("privateKey") != null) {
            cmd.addAll(List.of("-o", "IdentitiesOnly=yes", "-i", secretFile("key", String.valueOf(c.get("privateKey"))).toString()));
        }
        if (c.get("hostKey") != null) {
            String[] parts = String.valueOf(c.get("hostKey")).trim().split("\\s+");
            String known = (port == 22 ? address : "[" + address + "]:" + port) + " " + parts[0] + " " + parts[1] + "\n";
            cmd.addAll(List.of("-o", "StrictHostKeyChecking=yes", "-o", "UserKnownHostsFile=" + secretFile("known_hosts", known)));
        } else {
            cmd.addAll(List.of("-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null"));
        }
        if (inputs.get("environment") instanceof Map<?, ?> env && !env.isEmpty()) {
            StringBuilder setEnv = new StringBuilder();
            env.forEach((k, v) -> {
                String name = String.valueOf(k);
                String value = String.valueOf(v);
                if (!ENV_NAME.matcher(name).matches() || value.contains("\"") || value.contains("\n")) {
                    throw new IllegalArgumentException(resource + ": environment " + name + " cannot be sent as an SSH env request by this driver");
                }
                setEnv.append(name).append("=\"").append(value).append("\" ");
            });
            cmd.addAll(List.of("-o", "SetEnv=" + setEnv.toString().trim()));
        }
        cmd.addAll(List.of("-p", String.valueOf(port), "-l", user, "--", address, script));
        Object stdin = inputs.get("stdin");
        long t0 = System.nanoTime();
        Proc.Result r = host.exec(cmd, Map.of(), stdin == null || String.valueOf(stdin).isEmpty() ? null : String.valueOf(stdin), TIMEOUT);
        return new PassReport.CommandRun(resource, phase, script, r.exit(), r.out(), r.err(), (System.nanoTime() - t0) / 1_000_000);
    }

    /**
     * pulumi-docker's SSH transport check: the system ssh with the provider's {@code sshOpts} and the operator's key
     * (the ssh-agent's, here a file), {@code docker system dial-stdio} on the host answering a ping.
     */
    Proc.Result dialDocker(String dockerHost, List<String> sshOpts, String operatorKey) {
        var m = Pattern.compile("ssh://([^@]+)@([^:/]+)(?::(\\d+))?").matcher(dockerHost);
        if (!m.matches()) throw new IllegalArgumentException("docker provider host is not ssh://user@host[:port]: " + dockerHost);
        List<String> cmd = new ArrayList<>(List.of("ssh", "-F", "/dev/null", "-T"));
        cmd.addAll(sshOpts);
        cmd.addAll(List.of("-o", "IdentitiesOnly=yes", "-i", secretFile("operator", operatorKey).toString(),
                "-l", m.group(1), "-p", m.group(3) == null ? "22" : m.group(3), "--", m.group(2), "docker", "system", "dial-stdio"));
        return host.exec(cmd, Map.of(), "GET /_ping HTTP/1.1\r\nHost: docker\r\nConnection: close\r\n\r\n", Duration.ofMinutes(1));
    }

    /** A private file under the rehearsal folder (0600, named by content hash), readable inside the host. */
    private Path secretFile(String kind, String content) {
        try {
            Files.createDirectories(keys);
            Path f = keys.resolve(kind + "-" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)), 0, 8));
            if (!Files.exists(f)) {
                Path tmp = Files.createTempFile(keys, kind, ".tmp", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(tmp, content.endsWith("\n") ? content : content + "\n");
                Files.move(tmp, f);
            }
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
