package ma.marinemaroc.fleet.host;

import com.pulumi.core.Output;
import ma.marinemaroc.fleet.bindings.command.ConnectionArgs;

import java.util.List;
import java.util.Objects;

/**
 * How Pulumi reaches the host for on-host steps: the admin user over SSH on the configured port, the host's
 * generated key pinned (a connection fails on any other host key).
 *
 * <p>Two logins. The <b>deploy key</b> runs every step. The <b>bootstrap key</b>, authorized by the user-data with a
 * forced command, can only replace the admin user's other authorized keys: the first step uses it to install the
 * team's keys and the current deploy key. So rotating the deploy key (or changing the team's keys) never touches the
 * user-data, and therefore never replaces the host.
 *
 * @param address             the host's stable public address (reserved IP / Elastic IP)
 * @param port                sshd port
 * @param deployPrivateKey    secret
 * @param bootstrapPrivateKey secret
 * @param hostPublicKey       the host's SSH public key (OpenSSH line), pinned
 * @param hostId              the machine's cloud id: every on-host step is keyed by it, so a replacement host gets
 *                            the whole setup again
 */
public record HostAccess(Output<String> address, int port, Output<String> deployPrivateKey,
                         Output<String> bootstrapPrivateKey, Output<String> hostPublicKey, Output<String> hostId) {
    public static final String USER = "deploy";

    public HostAccess {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(deployPrivateKey, "deployPrivateKey");
        Objects.requireNonNull(bootstrapPrivateKey, "bootstrapPrivateKey");
        Objects.requireNonNull(hostPublicKey, "hostPublicKey");
        Objects.requireNonNull(hostId, "hostId");
        if (port < 1 || port > 65535) throw new IllegalArgumentException("ssh port must be 1..65535, got " + port);
    }

    /** Connection of every on-host step (the whole object is sent as a secret). */
    public ConnectionArgs connection() {
        return connection(deployPrivateKey);
    }

    /** Connection of the access step only: the bootstrap key, whose forced command installs authorized keys. */
    public ConnectionArgs bootstrapConnection() {
        return connection(bootstrapPrivateKey);
    }

    private ConnectionArgs connection(Output<String> key) {
        return ConnectionArgs.builder()
                .host(address)
                .port(port)
                .user(USER)
                .privateKey(key)
                .hostKey(hostPublicKey)
                // The host may still be booting when the first step runs: retry for about five minutes.
                .dialErrorLimit(20)
                .perDialTimeout(15)
                .build();
    }

    /** {@code ssh://deploy@ip:port} for the Docker provider. */
    public Output<String> dockerHost() {
        return address.applyValue(ip -> "ssh://" + USER + "@" + ip + ":" + port);
    }

    /**
     * Options for the system {@code ssh} the Docker provider runs: the host key is pinned through
     * {@code KnownHostsCommand} (no known_hosts file needed on the machine running Pulumi), strict checking on, and
     * the usual known_hosts files ignored. Authentication uses the operator's ssh-agent (their key is authorized for
     * the admin user).
     */
    public Output<List<String>> dockerSshOpts() {
        return Output.tuple(address, hostPublicKey).applyValue(t -> sshOpts(t.t1, port, t.t2));
    }

    public static List<String> sshOpts(String ip, int port, String hostPublicKey) {
        String[] parts = hostPublicKey.trim().split("\\s+");
        String knownHost = (port == 22 ? ip : "[" + ip + "]:" + port) + " " + parts[0] + " " + parts[1];
        return List.of(
                "-o", "StrictHostKeyChecking=yes",
                "-o", "UserKnownHostsFile=/dev/null",
                "-o", "GlobalKnownHostsFile=/dev/null",
                "-o", "KnownHostsCommand=/bin/echo " + knownHost,
                "-o", "BatchMode=yes",
                "-o", "ConnectTimeout=15",
                "-o", "ServerAliveInterval=30");
    }
}
