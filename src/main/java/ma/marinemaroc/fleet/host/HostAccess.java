package ma.marinemaroc.fleet.host;

import com.pulumi.core.Output;
import ma.marinemaroc.fleet.bindings.command.ConnectionArgs;

import java.util.List;

/**
 * How Pulumi reaches the host for on-host steps: the admin user over SSH on the configured port, with the generated
 * deploy key, and the host's generated key pinned (the connection fails on any other host key).
 */
public final class HostAccess {
    public static final String USER = "deploy";

    private final Output<String> address;
    private final int port;
    private final Output<String> privateKey;
    private final Output<String> hostPublicKey;

    public HostAccess(Output<String> address, int port, Output<String> privateKey, Output<String> hostPublicKey) {
        this.address = address;
        this.port = port;
        this.privateKey = privateKey;
        this.hostPublicKey = hostPublicKey;
    }

    public static HostAccess of(Host host) {
        return new HostAccess(host.publicIp(), host.settings().ssh().port(), host.deployPrivateKey(), host.hostPublicKey());
    }

    /** Connection for pulumi-command remote steps (the whole object is sent as a secret). */
    public ConnectionArgs connection() {
        return ConnectionArgs.builder()
                .host(address)
                .port(port)
                .user(USER)
                .privateKey(privateKey)
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

    public int port() {
        return port;
    }

    public Output<String> address() {
        return address;
    }
}
