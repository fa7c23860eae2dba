package ma.marinemaroc.fleet.host.bootstrap;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything the first-boot bootstrap of the fleet host needs. Build with {@link #builder()}; every value is
 * validated here, so a spec that exists renders to a valid cloud-config.
 *
 * <p>User-data is read once, at first boot, and a change to it replaces the host. So the spec holds only what
 * should: the host's identity (hostname, SSH host key, SSH port) and the bootstrap key. What changes in normal
 * operation (the team's keys, the deploy key, the time zone) is applied over SSH on every deployment instead.
 *
 * @param hostname     single DNS label (lowercase letters, digits, hyphens)
 * @param adminUser    the one login user (key-only, passwordless sudo, docker group)
 * @param adminKeys    humans' SSH public keys for {@link #adminUser} at first boot (usually none: the deployment
 *                     installs the team's keys through the bootstrap key)
 * @param bootstrapKey the key the deployment's first step logs in with; authorized with a forced command
 *                     ({@value #AUTHORIZE_COMMAND}) that can only replace the other authorized keys; absent in some
 *                     unit tests
 * @param hostKey      the host's own ED25519 key pair to install (so it can be pinned); empty = the image's/generated
 *                     keys. Present makes the user-data secret.
 * @param sshPort      sshd port (not 80/443, which belong to the httpd container)
 * @param dockerApt    Docker apt repository settings
 * @param dockerLogs   container log rotation
 * @param extraFiles   additional NON-SECRET files for cloud-init to write
 * @param extraRuncmd  additional single-line shell commands, run after Docker is enabled and before the ready marker
 * @param readyMarker  file written as the very last bootstrap step
 * @param autoRebootAt local time at which unattended-upgrades may reboot when a security update needs it; empty =
 *                     never reboot automatically. Default 04:00: a kernel left unpatched for weeks is a bigger risk
 *                     than a one-minute restart, at night, only on the nights a security update needs it; containers
 *                     come back through their restart policy (give MySQL a generous stop timeout).
 */
public record BootstrapSpec(
        String hostname,
        String adminUser,
        List<SshPublicKey> adminKeys,
        Optional<SshPublicKey> bootstrapKey,
        Optional<SshHostKey> hostKey,
        int sshPort,
        DockerApt dockerApt,
        DockerLogRotation dockerLogs,
        List<HostFile> extraFiles,
        List<String> extraRuncmd,
        String readyMarker,
        Optional<LocalTime> autoRebootAt) {

    /** The forced command of the bootstrap key (written by cloud-init, see {@link BootstrapFiles}). */
    public static final String AUTHORIZE_COMMAND = "/usr/local/sbin/fleet-authorize-keys";
    public static final String DEFAULT_ADMIN_USER = "deploy";
    public static final String DEFAULT_READY_MARKER = "/var/lib/fleet-host/bootstrap.done";
    public static final LocalTime DEFAULT_AUTO_REBOOT = LocalTime.of(4, 0);

    private static final Pattern HOSTNAME = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern USER = Pattern.compile("[a-z_][a-z0-9_-]{0,31}");
    private static final Set<String> RESERVED_USERS = Set.of("root", "daemon", "bin", "sys", "sync", "nobody",
            "sshd", "syslog", "messagebus", "www-data", "_apt", "docker", "ubuntu", "admin", "sudo");

    public BootstrapSpec {
        Objects.requireNonNull(hostname, "hostname");
        Objects.requireNonNull(adminUser, "adminUser");
        Objects.requireNonNull(bootstrapKey, "bootstrapKey (use Optional.empty())");
        Objects.requireNonNull(hostKey, "hostKey (use Optional.empty())");
        Objects.requireNonNull(dockerApt, "dockerApt");
        Objects.requireNonNull(dockerLogs, "dockerLogs");
        Objects.requireNonNull(readyMarker, "readyMarker");
        Objects.requireNonNull(autoRebootAt, "autoRebootAt (use Optional.empty() for no automatic reboot)");
        adminKeys = List.copyOf(Objects.requireNonNull(adminKeys, "adminKeys"));
        extraFiles = List.copyOf(Objects.requireNonNull(extraFiles, "extraFiles"));
        extraRuncmd = List.copyOf(Objects.requireNonNull(extraRuncmd, "extraRuncmd"));

        if (!HOSTNAME.matcher(hostname).matches()) {
            throw new IllegalArgumentException("hostname must be one DNS label (a-z, 0-9, '-', max 63, no leading/trailing '-'), got '" + hostname + "'");
        }
        if (!USER.matcher(adminUser).matches() || RESERVED_USERS.contains(adminUser)) {
            throw new IllegalArgumentException("admin user must be a new lowercase login name (not a system account), got '" + adminUser + "'");
        }
        if (adminKeys.isEmpty() && bootstrapKey.isEmpty()) {
            throw new IllegalArgumentException("at least one SSH public key is required (admin keys or the bootstrap key): password login is disabled");
        }
        Set<String> seen = new HashSet<>();
        for (SshPublicKey k : allKeys(adminKeys, bootstrapKey)) {
            if (!seen.add(k.base64())) {
                throw new IllegalArgumentException("SSH public key listed twice: " + k.type() + " " + k.comment());
            }
        }
        if (sshPort < 1 || sshPort > 65535) {
            throw new IllegalArgumentException("ssh port must be 1..65535, got " + sshPort);
        }
        if (sshPort == 80 || sshPort == 443) {
            throw new IllegalArgumentException("ssh port " + sshPort + " is taken by the httpd container");
        }
        HostFile.root(readyMarker, "", "0644"); // validates the path
        Set<String> paths = new HashSet<>(BootstrapFiles.MANAGED_PATHS);
        paths.add(readyMarker);
        for (HostFile f : extraFiles) {
            if (!paths.add(f.path())) {
                throw new IllegalArgumentException("extra file " + f.path() + " collides with a bootstrap-managed file or another extra file");
            }
        }
        for (String line : extraRuncmd) {
            if (line == null || line.isBlank() || line.contains("\n") || line.contains("\r")) {
                throw new IllegalArgumentException("extra runcmd entries must be non-blank single lines, got: " + line);
            }
        }
        autoRebootAt.ifPresent(t -> {
            if (t.getSecond() != 0 || t.getNano() != 0) {
                throw new IllegalArgumentException("automatic reboot time must be whole minutes, got " + t);
            }
        });
    }

    private static List<SshPublicKey> allKeys(List<SshPublicKey> admin, Optional<SshPublicKey> bootstrap) {
        List<SshPublicKey> all = new ArrayList<>(admin);
        bootstrap.ifPresent(all::add);
        return all;
    }

    /**
     * The admin user's authorized_keys lines at first boot: the admin keys, then the bootstrap key restricted to its
     * forced command (no shell, no forwarding: {@code restrict}).
     */
    public List<String> authorizedKeyLines() {
        List<String> lines = new ArrayList<>(adminKeys.stream().map(SshPublicKey::line).toList());
        bootstrapKey.ifPresent(k -> lines.add(bootstrapLine(k)));
        return List.copyOf(lines);
    }

    /** How the bootstrap key is authorized: {@code restrict,command="..." <key>}. */
    public static String bootstrapLine(SshPublicKey key) {
        return "restrict,command=\"" + AUTHORIZE_COMMAND + "\" " + key.line();
    }

    /** Same spec with the bootstrap public key set (e.g. inside Pulumi's {@code applyValue} on the generated key). */
    public BootstrapSpec withBootstrapKey(String publicKeyLine) {
        return new BootstrapSpec(hostname, adminUser, adminKeys, Optional.of(SshPublicKey.parse(publicKeyLine)),
                hostKey, sshPort, dockerApt, dockerLogs, extraFiles, extraRuncmd, readyMarker, autoRebootAt);
    }

    /** Same spec with the host's ED25519 key pair (OpenSSH private key text and public key line). */
    public BootstrapSpec withHostKey(String privateOpenssh, String publicLine) {
        return new BootstrapSpec(hostname, adminUser, adminKeys, bootstrapKey, Optional.of(SshHostKey.of(privateOpenssh, publicLine)),
                sshPort, dockerApt, dockerLogs, extraFiles, extraRuncmd, readyMarker, autoRebootAt);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder with the defaults; {@link #hostname} has none. */
    public static final class Builder {
        private String hostname;
        private String adminUser = DEFAULT_ADMIN_USER;
        private final List<SshPublicKey> adminKeys = new ArrayList<>();
        private Optional<SshPublicKey> bootstrapKey = Optional.empty();
        private Optional<SshHostKey> hostKey = Optional.empty();
        private int sshPort = 22;
        private DockerApt dockerApt = DockerApt.defaults();
        private DockerLogRotation dockerLogs = DockerLogRotation.defaults();
        private final List<HostFile> extraFiles = new ArrayList<>();
        private final List<String> extraRuncmd = new ArrayList<>();
        private String readyMarker = DEFAULT_READY_MARKER;
        private Optional<LocalTime> autoRebootAt = Optional.of(DEFAULT_AUTO_REBOOT);

        private Builder() {
        }

        public Builder hostname(String v) { hostname = v; return this; }
        public Builder adminUser(String v) { adminUser = v; return this; }
        /** Adds one admin key; accepts a .pub line. */
        public Builder adminKey(String line) { adminKeys.add(SshPublicKey.parse(line)); return this; }
        public Builder adminKeys(List<String> lines) { lines.forEach(this::adminKey); return this; }
        public Builder bootstrapKey(String line) { bootstrapKey = Optional.ofNullable(line).map(SshPublicKey::parse); return this; }
        /** The host's ED25519 key pair; {@code null} = none. */
        public Builder hostKey(SshHostKey v) { hostKey = Optional.ofNullable(v); return this; }
        public Builder sshPort(int v) { sshPort = v; return this; }
        public Builder dockerApt(DockerApt v) { dockerApt = v; return this; }
        public Builder dockerLogs(DockerLogRotation v) { dockerLogs = v; return this; }
        public Builder extraFile(HostFile v) { extraFiles.add(v); return this; }
        public Builder extraRuncmd(String line) { extraRuncmd.add(line); return this; }
        public Builder readyMarker(String v) { readyMarker = v; return this; }
        /** Reboot time for security updates that need one; {@code null} disables automatic reboots. */
        public Builder autoRebootAt(LocalTime v) { autoRebootAt = Optional.ofNullable(v); return this; }

        public BootstrapSpec build() {
            if (hostname == null) {
                throw new IllegalArgumentException("hostname is required");
            }
            return new BootstrapSpec(hostname, adminUser, adminKeys, bootstrapKey, hostKey, sshPort,
                    dockerApt, dockerLogs, extraFiles, extraRuncmd, readyMarker, autoRebootAt);
        }
    }
}
