package ma.marinemaroc.fleet.host.bootstrap;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.marinemaroc.fleet.host.bootstrap.CloudYaml.Command;

/**
 * Renders the host bootstrap as cloud-init user-data ({@code #cloud-config}), for DigitalOcean {@code user_data} or
 * EC2 {@code userData}. The document is built as typed Java maps/lists and emitted with SnakeYAML.
 *
 * <p>Choices: the admin user has passwordless sudo (its password is locked and login is key-only, so a sudo password
 * could not be typed anyway; it is also in the docker group, which is root-equivalent, so narrowing sudo would not
 * reduce its power). Docker's apt key is embedded rather than fetched from a keyserver at boot: no dependency on
 * keyserver availability or on hkp egress, and the key is pinned by fingerprint in a test. The runcmd script starts
 * with {@code set -eu}, so the first failing step stops the bootstrap and the ready marker is never written.
 */
public final class CloudInit {

    /** EC2 accepts at most 16 KiB of raw user-data (DigitalOcean 64 KiB); the render refuses anything larger. */
    public static final int MAX_USER_DATA_BYTES = 16 * 1024;
    /** How long {@link #readyCommand(BootstrapSpec)} waits for cloud-init. */
    public static final int READY_WAIT_SECONDS = 1800;

    static final List<String> BASE_PACKAGES = List.of("ca-certificates", "curl", "gnupg", "ufw", "fail2ban",
            "python3-systemd", "unattended-upgrades", "apt-listchanges", "jq", "zstd", "awscli", "certbot",
            // the backup tools talk to the database over its socket from the host (mydumper links the same client library)
            "mydumper", "mysql-client-8.0");
    static final List<String> DOCKER_PACKAGES = List.of("docker-ce", "docker-ce-cli", "containerd.io", "docker-compose-plugin");

    private CloudInit() {
    }

    public static String render(BootstrapSpec spec) {
        String out = "#cloud-config\n" + CloudYaml.dump(document(spec));
        int size = out.getBytes(StandardCharsets.UTF_8).length;
        if (size > MAX_USER_DATA_BYTES) {
            throw new IllegalArgumentException("rendered user-data is " + size + " bytes, over the " + MAX_USER_DATA_BYTES
                    + "-byte EC2 limit: copy large extra files over SSH instead");
        }
        return out;
    }

    /** The cloud-config as a map (what {@link #render} emits). */
    static Map<String, Object> document(BootstrapSpec spec) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("hostname", spec.hostname());
        doc.put("manage_etc_hosts", true);
        doc.put("users", List.of(adminUser(spec)));
        spec.hostKey().ifPresent(hk -> {
            // only this key: the image's keys are deleted and no other type is generated, so the pinned key is the
            // one sshd presents whatever algorithm a client prefers
            doc.put("ssh_deletekeys", true);
            doc.put("ssh_genkeytypes", List.of("ed25519"));
            Map<String, Object> keys = new LinkedHashMap<>();
            keys.put("ed25519_private", hk.privateKey());
            keys.put("ed25519_public", hk.publicKey().line());
            doc.put("ssh_keys", keys);
        });
        doc.put("disable_root", true);
        doc.put("ssh_pwauth", false);
        doc.put("apt", Map.of("sources", Map.of("docker.list", dockerSource(spec.dockerApt()))));
        doc.put("package_update", true);
        doc.put("package_upgrade", true);
        List<String> packages = new ArrayList<>(BASE_PACKAGES);
        packages.addAll(DOCKER_PACKAGES);
        doc.put("packages", packages);
        doc.put("write_files", BootstrapFiles.all(spec).stream().map(CloudInit::writeFile).toList());
        doc.put("runcmd", runcmd(spec));
        doc.put("final_message", "fleet host bootstrap finished after $UPTIME seconds");
        return doc;
    }

    private static Map<String, Object> adminUser(BootstrapSpec spec) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("name", spec.adminUser());
        user.put("gecos", "Fleet administrator");
        user.put("groups", List.of("sudo", "docker")); // cloud-init creates "docker" if the package has not yet
        user.put("shell", "/bin/bash");
        user.put("sudo", "ALL=(ALL) NOPASSWD:ALL");
        user.put("lock_passwd", true);
        user.put("ssh_authorized_keys", spec.authorizedKeyLines());
        return user;
    }

    private static Map<String, Object> dockerSource(DockerApt apt) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("source", apt.sourceLine());
        source.put("key", Templates.raw("docker-archive-keyring.asc"));
        return source;
    }

    private static Map<String, Object> writeFile(HostFile f) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("path", f.path());
        entry.put("owner", f.owner());
        entry.put("permissions", f.permissions());
        if (f.defer()) {
            entry.put("defer", true);
        }
        entry.put("content", f.content());
        return entry;
    }

    /** Ordered steps; string items are copied into cloud-init's /bin/sh script verbatim, list items are quoted. */
    static List<Object> runcmd(BootstrapSpec spec) {
        List<Object> steps = new ArrayList<>();
        steps.add("set -eu");
        steps.add(Command.of("install", "-d", "-m", "0755", "-o", "root", "-g", "root", "/etc/fleet", "/var/lib/fleet", "/var/log/fleet"));
        steps.add(Command.of("install", "-d", "-m", "0700", "-o", "root", "-g", "root", "/var/lib/fleet/backups"));
        steps.add(Command.of(BootstrapFiles.SWAP_SCRIPT));
        steps.add(Command.of(BootstrapFiles.FIREWALL_SCRIPT));
        steps.add(Command.of("sshd", "-t")); // a broken sshd config stops here, before the restart
        steps.add(Command.of("systemctl", "restart", "ssh"));
        steps.add(Command.of("systemctl", "enable", "fail2ban"));
        steps.add(Command.of("systemctl", "restart", "fail2ban"));
        steps.add(Command.of("systemctl", "enable", "--now", "docker"));
        steps.addAll(spec.extraRuncmd());
        steps.add(Command.of("sh", "-c", "mkdir -p \"$(dirname \"$1\")\" && date -u +%Y-%m-%dT%H:%M:%SZ >\"$1.tmp\" && mv -f \"$1.tmp\" \"$1\"",
                "fleet-ready", spec.readyMarker()));
        return steps;
    }

    /** Remote command that waits for the bootstrap: see {@link #readyCommand(BootstrapSpec)}; default marker. */
    public static String readyCommand() {
        return readyCommand(BootstrapSpec.DEFAULT_READY_MARKER);
    }

    /**
     * Command for the first remote command on the host: waits (up to {@value #READY_WAIT_SECONDS} s) for
     * {@code cloud-init status --wait}, accepts exit 0 and 2 (recoverable errors), then requires the ready marker;
     * otherwise exits 1 after printing the cloud-init output log tail. Runs under any POSIX login shell.
     */
    public static String readyCommand(BootstrapSpec spec) {
        return readyCommand(spec.readyMarker());
    }

    private static String readyCommand(String marker) {
        String script = readyScript(marker);
        return "bash -c '" + script.replace("'", "'\\''") + "'";
    }

    /** The bash script inside {@link #readyCommand(BootstrapSpec)} (for shellcheck). */
    public static String readyScript(BootstrapSpec spec) {
        return readyScript(spec.readyMarker());
    }

    private static String readyScript(String marker) {
        HostFile.root(marker, "", "0644"); // validates the path
        return Templates.render("ready-check.sh.mustache", Map.of("readyMarker", marker, "waitSeconds", READY_WAIT_SECONDS));
    }
}
