package ma.marinemaroc.fleet.host.bootstrap;

import com.google.gson.GsonBuilder;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The files the bootstrap writes on the host, rendered from {@link BootstrapSpec}. */
public final class BootstrapFiles {

    public static final String SSHD_DROP_IN = "/etc/ssh/sshd_config.d/10-fleet.conf";
    public static final String FAIL2BAN_JAIL = "/etc/fail2ban/jail.d/sshd.local";
    public static final String AUTO_UPGRADES = "/etc/apt/apt.conf.d/20auto-upgrades";
    public static final String UNATTENDED = "/etc/apt/apt.conf.d/52fleet-unattended";
    public static final String DOCKER_DAEMON_JSON = "/etc/docker/daemon.json";
    public static final String SWAP_SCRIPT = "/opt/fleet/bin/fleet-swap";
    public static final String FIREWALL_SCRIPT = "/opt/fleet/bin/fleet-firewall";
    public static final String AUTHORIZE_SCRIPT = BootstrapSpec.AUTHORIZE_COMMAND;
    public static final String METADATA_BLOCK_SCRIPT = "/opt/fleet/bin/fleet-metadata-block";
    public static final String METADATA_BLOCK_UNIT = "/etc/systemd/system/fleet-metadata-block.service";
    /** Instance metadata addresses refused to containers: the link-local one (DigitalOcean, AWS), AWS's IPv6 one. */
    public static final List<String> METADATA_IPV4 = List.of("169.254.169.254");
    public static final List<String> METADATA_IPV6 = List.of("fd00:ec2::254");

    /** Paths owned by the bootstrap; extra files may not use them. */
    public static final Set<String> MANAGED_PATHS = Set.of(SSHD_DROP_IN, FAIL2BAN_JAIL, AUTO_UPGRADES, UNATTENDED,
            DOCKER_DAEMON_JSON, SWAP_SCRIPT, FIREWALL_SCRIPT, AUTHORIZE_SCRIPT, METADATA_BLOCK_SCRIPT, METADATA_BLOCK_UNIT);
    /** The command that puts the metadata block in place (run before any container starts). */
    public static final String METADATA_BLOCK_ENABLE = "sudo systemctl daemon-reload && sudo systemctl enable --now "
            + "fleet-metadata-block.service && sudo systemctl restart fleet-metadata-block.service";

    private BootstrapFiles() {
    }

    /** The shell scripts, path to content (for shellcheck and stubbed runs). */
    public static Map<String, String> scripts(BootstrapSpec spec) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(SWAP_SCRIPT, Templates.render("fleet-swap.sh.mustache", Map.of("smallHostMib", SwapPolicy.SMALL_HOST_MIB,
                "floorMib", SwapPolicy.FLOOR_MIB, "capMib", SwapPolicy.CAP_MIB)));
        out.put(FIREWALL_SCRIPT, Templates.render("fleet-firewall.sh.mustache", Map.of("sshPort", spec.sshPort())));
        out.put(AUTHORIZE_SCRIPT, authorizeKeysScript());
        return out;
    }

    /**
     * Every file cloud-init writes: what the first boot needs (sshd, fail2ban, Docker, swap, UFW, the bootstrap key's
     * forced command), then the extra files of the spec. User-data is limited to 16 KiB on EC2 and any change to it
     * replaces the host, so what can wait for the first deployment is in {@link #afterBoot} instead.
     */
    public static List<HostFile> all(BootstrapSpec spec) {
        List<HostFile> out = new ArrayList<>();
        out.add(HostFile.root(SSHD_DROP_IN, SshdConfig.render(spec), "0644"));
        out.add(HostFile.root(FAIL2BAN_JAIL, Templates.render("fail2ban-sshd.local.mustache", Map.of("sshPort", spec.sshPort())), "0644"));
        out.add(HostFile.root(DOCKER_DAEMON_JSON, dockerDaemonJson(spec), "0644"));
        scripts(spec).forEach((path, text) -> out.add(HostFile.root(path, text, "0755")));
        out.addAll(spec.extraFiles());
        return out;
    }

    /**
     * Host files the first deployment installs over SSH (and reinstalls when they change, without replacing the
     * host): unattended security upgrades and the block of the metadata service for containers
     * ({@link #METADATA_BLOCK_ENABLE} puts it in place before any container starts).
     */
    public static List<HostFile> afterBoot(Optional<LocalTime> autoRebootAt) {
        return List.of(
                HostFile.root(AUTO_UPGRADES, Templates.render("apt-20auto-upgrades.mustache", Map.of()), "0644"),
                HostFile.root(UNATTENDED, unattendedUpgrades(autoRebootAt), "0644"),
                HostFile.root(METADATA_BLOCK_SCRIPT, Templates.render("fleet-metadata-block.sh.mustache",
                        Map.of("ipv4", METADATA_IPV4, "ipv6", METADATA_IPV6)), "0755"),
                HostFile.root(METADATA_BLOCK_UNIT, Templates.render("fleet-metadata-block.service.mustache",
                        Map.of("script", METADATA_BLOCK_SCRIPT)), "0644"));
    }

    /** The bootstrap key's forced command (see {@link BootstrapSpec#bootstrapKey()}). */
    public static String authorizeKeysScript() {
        return authorizeKeysScript(BootstrapSpec.AUTHORIZE_COMMAND);
    }

    /** The forced command installed at {@code path} (it keeps the authorized_keys lines that name it). */
    public static String authorizeKeysScript(String path) {
        return Templates.render("fleet-authorize-keys.sh.mustache", Map.of("command", path));
    }

    static String unattendedUpgrades(Optional<LocalTime> autoRebootAt) {
        Map<String, Object> scope = new LinkedHashMap<>();
        autoRebootAt.ifPresent(t -> {
            scope.put("autoReboot", true);
            scope.put("rebootTime", t.format(DateTimeFormatter.ofPattern("HH:mm")));
        });
        return Templates.render("apt-52fleet-unattended.mustache", scope);
    }

    /**
     * /etc/docker/daemon.json: json-file logs with rotation, and live-restore so that restarting dockerd (e.g. a
     * manual engine upgrade) leaves containers running. Docker keeps managing iptables (needed for published ports).
     */
    public static String dockerDaemonJson(BootstrapSpec spec) {
        Map<String, Object> logOpts = new LinkedHashMap<>();
        logOpts.put("max-size", spec.dockerLogs().maxSize());
        logOpts.put("max-file", Integer.toString(spec.dockerLogs().maxFile())); // docker wants strings here
        Map<String, Object> daemon = new LinkedHashMap<>();
        daemon.put("log-driver", "json-file");
        daemon.put("log-opts", logOpts);
        daemon.put("live-restore", true);
        return new GsonBuilder().setPrettyPrinting().create().toJson(daemon) + "\n";
    }
}
