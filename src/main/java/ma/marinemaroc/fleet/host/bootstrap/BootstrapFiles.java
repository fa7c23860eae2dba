package ma.marinemaroc.fleet.host.bootstrap;

import com.google.gson.GsonBuilder;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** Paths owned by the bootstrap; extra files may not use them. */
    public static final Set<String> MANAGED_PATHS = Set.of(SSHD_DROP_IN, FAIL2BAN_JAIL, AUTO_UPGRADES, UNATTENDED,
            DOCKER_DAEMON_JSON, SWAP_SCRIPT, FIREWALL_SCRIPT);

    private BootstrapFiles() {
    }

    /** The shell scripts, path to content (for shellcheck and stubbed runs). */
    public static Map<String, String> scripts(BootstrapSpec spec) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(SWAP_SCRIPT, Templates.render("fleet-swap.sh.mustache", Map.of("swapMiB", spec.swapMiB())));
        out.put(FIREWALL_SCRIPT, Templates.render("fleet-firewall.sh.mustache", Map.of("sshPort", spec.sshPort())));
        return out;
    }

    /** Every file cloud-init writes: the managed ones (in a fixed order), then the extra files of the spec. */
    public static List<HostFile> all(BootstrapSpec spec) {
        List<HostFile> out = new ArrayList<>();
        out.add(HostFile.root(SSHD_DROP_IN, SshdConfig.render(spec), "0644"));
        out.add(HostFile.root(FAIL2BAN_JAIL, Templates.render("fail2ban-sshd.local.mustache", Map.of("sshPort", spec.sshPort())), "0644"));
        out.add(HostFile.root(AUTO_UPGRADES, Templates.render("apt-20auto-upgrades.mustache", Map.of()), "0644"));
        out.add(HostFile.root(UNATTENDED, unattendedUpgrades(spec), "0644"));
        out.add(HostFile.root(DOCKER_DAEMON_JSON, dockerDaemonJson(spec), "0644"));
        scripts(spec).forEach((path, text) -> out.add(HostFile.root(path, text, "0755")));
        out.addAll(spec.extraFiles());
        return out;
    }

    static String unattendedUpgrades(BootstrapSpec spec) {
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("timezone", spec.timezone());
        spec.autoRebootAt().ifPresent(t -> {
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
