package ma.marinemaroc.fleet.rehearsal;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * pulumi-docker 4.5.1 semantics (the bridged terraform-provider-docker v3, {@code internal/provider/
 * resource_docker_container.go}, {@code resource_docker_container_funcs.go}, {@code resource_docker_network*.go},
 * {@code resource_docker_volume.go}): how recorded inputs become Engine API requests, and which input changes force a
 * replacement. Every input field has to be known here: an unknown one fails the pass, so nothing the program sets
 * is silently dropped.
 */
final class DockerResources {
    /** Container inputs the provider updates in place ({@code resourceDockerContainerUpdate}: ContainerUpdate). */
    static final Set<String> CONTAINER_UPDATABLE = Set.of("restart", "maxRetryCount", "cpuShares", "memory", "cpuSet", "memorySwap");
    /** Container inputs without ForceNew that only change the provider's own behaviour (no API call on change). */
    static final Set<String> CONTAINER_STATE_ONLY = Set.of("mustRun", "start", "wait", "waitTimeout", "destroyGraceSeconds",
            "removeVolumes", "containerReadRefreshTimeoutMilliseconds");
    /**
     * Container inputs applied at creation; all ForceNew upstream, so a change replaces the container. (healthcheck:
     * replace-forcing here; its ForceNew flag changed across upstream releases, see the report.)
     */
    static final Set<String> CONTAINER_CREATE = Set.of("name", "image", "command", "entrypoints", "envs", "workingDir", "user",
            "hostname", "domainname", "labels", "healthcheck", "logDriver", "logOpts", "capabilities", "securityOpts",
            "volumes", "ports", "networksAdvanced", "readOnly", "init", "privileged", "shmSize", "stopSignal", "stopTimeout",
            "tmpfs", "sysctls", "dns", "dnsOpts", "dnsSearch", "groupAdds", "hosts", "ulimits", "networkMode", "ipcMode",
            "pidMode", "usernsMode", "runtime", "tty", "stdinOpen", "publishAllPorts");
    /** Set-typed fields (TypeSet upstream): their order is not part of the diff. */
    static final Set<String> CONTAINER_SETS = Set.of("envs", "labels", "volumes", "networksAdvanced", "securityOpts", "dns",
            "dnsOpts", "dnsSearch", "groupAdds", "hosts", "ulimits");
    static final Set<String> NETWORK_INPUTS = Set.of("name", "driver", "labels", "options", "internal", "attachable", "ipv6", "checkDuplicate",
            "ipamConfigs", "ipamDriver");
    static final Set<String> VOLUME_INPUTS = Set.of("name", "driver", "driverOpts", "labels");

    private DockerResources() {
    }

    /** Fields this driver does not map: the pass fails naming them. */
    static List<String> unknownContainerInputs(Map<String, Object> inputs) {
        return inputs.keySet().stream().filter(k -> !CONTAINER_UPDATABLE.contains(k) && !CONTAINER_STATE_ONLY.contains(k)
                && !SUPPORTED_CREATE.contains(k)).sorted().toList();
    }

    /** Create-time fields this driver maps (a subset of {@link #CONTAINER_CREATE}; the others fail as unknown). */
    static final Set<String> SUPPORTED_CREATE = Set.of("name", "image", "command", "entrypoints", "envs", "workingDir", "user",
            "hostname", "labels", "healthcheck", "logDriver", "logOpts", "capabilities", "securityOpts", "volumes", "ports",
            "networksAdvanced", "readOnly", "init", "privileged", "shmSize", "stopSignal", "stopTimeout", "tmpfs");

    enum Change { NONE, STATE_ONLY, UPDATE, REPLACE }

    static Change containerChange(Set<String> changed) {
        if (changed.isEmpty()) return Change.NONE;
        if (changed.stream().anyMatch(k -> !CONTAINER_UPDATABLE.contains(k) && !CONTAINER_STATE_ONLY.contains(k))) return Change.REPLACE;
        if (changed.stream().anyMatch(CONTAINER_UPDATABLE::contains)) return Change.UPDATE;
        return Change.STATE_ONLY;
    }

    /** The value compared between passes: set-typed fields sorted. */
    static Object normalized(String key, Object value) {
        if (CONTAINER_SETS.contains(key) && value instanceof List<?> l) {
            List<Object> sorted = new ArrayList<>(l);
            sorted.sort(Comparator.comparing(String::valueOf));
            return sorted;
        }
        return value;
    }

    /** {@code ContainerCreate} body from the recorded inputs, as the provider's create function builds it. */
    static JsonObject containerCreateBody(Map<String, Object> in) {
        JsonObject c = new JsonObject();
        JsonObject h = new JsonObject();
        c.addProperty("Image", str(in.get("image")));
        strings(in, "command").ifPresent(v -> c.add("Cmd", v));
        strings(in, "entrypoints").ifPresent(v -> c.add("Entrypoint", v));
        strings(in, "envs").ifPresent(v -> c.add("Env", v));
        if (in.get("workingDir") != null) c.addProperty("WorkingDir", str(in.get("workingDir")));
        if (in.get("user") != null) c.addProperty("User", str(in.get("user")));
        if (in.get("hostname") != null) c.addProperty("Hostname", str(in.get("hostname")));
        if (in.get("stopSignal") != null) c.addProperty("StopSignal", str(in.get("stopSignal")));
        if (in.get("stopTimeout") != null) c.addProperty("StopTimeout", num(in.get("stopTimeout")));
        JsonObject labels = new JsonObject();
        for (Map<?, ?> l : maps(in.get("labels"))) labels.addProperty(str(l.get("label")), str(l.get("value")));
        if (labels.size() > 0) c.add("Labels", labels);
        if (in.get("healthcheck") instanceof Map<?, ?> hc) {
            JsonObject health = new JsonObject();
            health.add("Test", DockerApi.strings(texts(hc.get("tests"))));
            health.addProperty("Interval", nanos(hc.get("interval")));
            health.addProperty("Timeout", nanos(hc.get("timeout")));
            health.addProperty("StartPeriod", nanos(hc.get("startPeriod")));
            if (hc.get("startInterval") != null) health.addProperty("StartInterval", nanos(hc.get("startInterval")));
            health.addProperty("Retries", hc.get("retries") == null ? 0 : num(hc.get("retries")));
            c.add("Healthcheck", health);
        }
        JsonObject exposed = new JsonObject();
        JsonObject bindings = new JsonObject();
        for (Map<?, ?> p : maps(in.get("ports"))) {
            String port = num(p.get("internal")) + "/" + (p.get("protocol") == null ? "tcp" : str(p.get("protocol")));
            exposed.add(port, new JsonObject());
            JsonObject b = new JsonObject();
            b.addProperty("HostIp", p.get("ip") == null ? "0.0.0.0" : str(p.get("ip")));
            b.addProperty("HostPort", p.get("external") == null ? "" : String.valueOf(num(p.get("external"))));
            if (!bindings.has(port)) bindings.add(port, new JsonArray());
            bindings.getAsJsonArray(port).add(b);
        }
        if (exposed.size() > 0) {
            c.add("ExposedPorts", exposed);
            h.add("PortBindings", bindings);
        }
        JsonArray binds = new JsonArray();
        for (Map<?, ?> v : maps(in.get("volumes"))) {
            if (v.get("fromContainer") != null) throw new IllegalArgumentException("volumes.fromContainer is not supported by the rehearsal driver");
            String source = v.get("hostPath") != null ? str(v.get("hostPath")) : v.get("volumeName") != null ? str(v.get("volumeName")) : null;
            if (source == null) throw new IllegalArgumentException("anonymous volumes are not supported by the rehearsal driver: " + v);
            binds.add(source + ":" + str(v.get("containerPath")) + (Boolean.TRUE.equals(v.get("readOnly")) ? ":ro" : ""));
        }
        if (binds.size() > 0) h.add("Binds", binds);
        JsonObject restart = new JsonObject();
        restart.addProperty("Name", in.get("restart") == null ? "no" : str(in.get("restart")));
        restart.addProperty("MaximumRetryCount", in.get("maxRetryCount") == null ? 0 : num(in.get("maxRetryCount")));
        h.add("RestartPolicy", restart);
        JsonObject log = new JsonObject();
        log.addProperty("Type", in.get("logDriver") == null ? "json-file" : str(in.get("logDriver")));
        if (in.get("logOpts") instanceof Map<?, ?> opts) {
            JsonObject o = new JsonObject();
            new TreeMap<>(opts).forEach((k, v) -> o.addProperty(str(k), str(v)));
            log.add("Config", o);
        }
        h.add("LogConfig", log);
        if (in.get("capabilities") instanceof Map<?, ?> caps) {
            h.add("CapAdd", DockerApi.strings(texts(caps.get("adds"))));
            h.add("CapDrop", DockerApi.strings(texts(caps.get("drops"))));
        }
        strings(in, "securityOpts").ifPresent(v -> h.add("SecurityOpt", v));
        if (in.get("memory") != null) h.addProperty("Memory", num(in.get("memory")) * 1024L * 1024L);
        if (in.get("memorySwap") != null) {
            long swap = num(in.get("memorySwap"));
            h.addProperty("MemorySwap", swap > 0 ? swap * 1024L * 1024L : swap);
        }
        if (in.get("shmSize") != null) h.addProperty("ShmSize", num(in.get("shmSize")) * 1024L * 1024L);
        if (in.get("tmpfs") instanceof Map<?, ?> tmpfs) {
            JsonObject t = new JsonObject();
            tmpfs.forEach((k, v) -> t.addProperty(str(k), str(v)));
            h.add("Tmpfs", t);
        }
        h.addProperty("ReadonlyRootfs", Boolean.TRUE.equals(in.get("readOnly")));
        h.addProperty("Privileged", Boolean.TRUE.equals(in.get("privileged")));
        h.addProperty("Init", Boolean.TRUE.equals(in.get("init")));
        c.add("HostConfig", h);
        return c;
    }

    /** {@code ContainerUpdate} body ({@code resourceDockerContainerUpdate}). */
    static JsonObject containerUpdateBody(Map<String, Object> in) {
        JsonObject u = new JsonObject();
        JsonObject restart = new JsonObject();
        restart.addProperty("Name", in.get("restart") == null ? "no" : str(in.get("restart")));
        restart.addProperty("MaximumRetryCount", in.get("maxRetryCount") == null ? 0 : num(in.get("maxRetryCount")));
        u.add("RestartPolicy", restart);
        u.addProperty("CpuShares", in.get("cpuShares") == null ? 0 : num(in.get("cpuShares")));
        u.addProperty("Memory", in.get("memory") == null ? 0 : num(in.get("memory")) * 1024L * 1024L);
        u.addProperty("CpusetCpus", in.get("cpuSet") == null ? "" : str(in.get("cpuSet")));
        if (in.get("memorySwap") != null) {
            long swap = num(in.get("memorySwap"));
            u.addProperty("MemorySwap", swap > 0 ? swap * 1024L * 1024L : swap);
        }
        return u;
    }

    /** networks_advanced entries: network name and endpoint config. */
    static Map<String, JsonObject> networks(Map<String, Object> in) {
        Map<String, JsonObject> out = new TreeMap<>();
        for (Map<?, ?> n : maps(in.get("networksAdvanced"))) {
            JsonObject ep = new JsonObject();
            if (n.get("aliases") != null) ep.add("Aliases", DockerApi.strings(texts(n.get("aliases"))));
            JsonObject ipam = new JsonObject();
            if (n.get("ipv4Address") != null) ipam.addProperty("IPv4Address", str(n.get("ipv4Address")));
            if (n.get("ipv6Address") != null) ipam.addProperty("IPv6Address", str(n.get("ipv6Address")));
            ep.add("IPAMConfig", ipam);
            out.put(str(n.get("name")), ep);
        }
        return out;
    }

    static JsonObject networkCreateBody(Map<String, Object> in) {
        JsonObject n = new JsonObject();
        n.addProperty("Name", str(in.get("name")));
        n.addProperty("CheckDuplicate", in.get("checkDuplicate") == null || Boolean.TRUE.equals(in.get("checkDuplicate")));
        n.addProperty("Driver", in.get("driver") == null ? "bridge" : str(in.get("driver")));
        n.addProperty("Internal", Boolean.TRUE.equals(in.get("internal")));
        n.addProperty("Attachable", Boolean.TRUE.equals(in.get("attachable")));
        n.addProperty("EnableIPv6", Boolean.TRUE.equals(in.get("ipv6")));
        n.add("Labels", labels(in.get("labels")));
        // ipam_config / ipam_driver (resourceDockerNetworkCreate: IPAM{Driver, Config: ipamConfigSetToIpamConfigs})
        JsonObject ipam = new JsonObject();
        ipam.addProperty("Driver", in.get("ipamDriver") == null ? "default" : str(in.get("ipamDriver")));
        JsonArray configs = new JsonArray();
        for (Map<?, ?> c : maps(in.get("ipamConfigs"))) {
            JsonObject cfg = new JsonObject();
            Map.of("subnet", "Subnet", "ipRange", "IPRange", "gateway", "Gateway").forEach((k, field) -> {
                if (c.get(k) != null) cfg.addProperty(field, str(c.get(k)));
            });
            if (c.get("auxAddress") instanceof Map<?, ?> aux) {
                JsonObject a = new JsonObject();
                aux.forEach((k, v) -> a.addProperty(str(k), str(v)));
                cfg.add("AuxiliaryAddresses", a);
            }
            configs.add(cfg);
        }
        ipam.add("Config", configs);
        n.add("IPAM", ipam);
        if (in.get("options") instanceof Map<?, ?> o) {
            JsonObject opts = new JsonObject();
            o.forEach((k, v) -> opts.addProperty(str(k), str(v)));
            n.add("Options", opts);
        }
        return n;
    }

    static JsonObject volumeCreateBody(Map<String, Object> in) {
        JsonObject v = new JsonObject();
        v.addProperty("Name", str(in.get("name")));
        v.addProperty("Driver", in.get("driver") == null ? "local" : str(in.get("driver")));
        if (in.get("driverOpts") instanceof Map<?, ?> o) {
            JsonObject opts = new JsonObject();
            o.forEach((k, x) -> opts.addProperty(str(k), str(x)));
            v.add("DriverOpts", opts);
        }
        v.add("Labels", labels(in.get("labels")));
        return v;
    }

    private static JsonObject labels(Object v) {
        JsonObject labels = new JsonObject();
        for (Map<?, ?> l : maps(v)) labels.addProperty(str(l.get("label")), str(l.get("value")));
        return labels;
    }

    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s|m|h)");

    /** A Go duration ("1m30s", "500ms") in nanoseconds, as time.ParseDuration reads it. */
    static long nanos(Object v) {
        if (v == null) return 0;
        String s = str(v);
        if (s.equals("0")) return 0;
        Matcher m = DURATION.matcher(s);
        long total = 0;
        int end = 0;
        while (m.find()) {
            if (m.start() != end) throw new IllegalArgumentException("bad duration " + s);
            double n = Double.parseDouble(m.group(1));
            total += (long) (n * switch (m.group(2)) {
                case "ns" -> 1L;
                case "us", "µs" -> 1_000L;
                case "ms" -> 1_000_000L;
                case "s" -> 1_000_000_000L;
                case "m" -> 60_000_000_000L;
                default -> 3_600_000_000_000L;
            });
            end = m.end();
        }
        if (end != s.length() || end == 0) throw new IllegalArgumentException("bad duration " + s);
        return total;
    }

    private static java.util.Optional<JsonArray> strings(Map<String, Object> in, String key) {
        List<Object> l = list(in.get(key));
        return l.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(DockerApi.strings(l.stream().map(DockerResources::str).toList()));
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object v) {
        return v instanceof List<?> l ? (List<Object>) l : List.of();
    }

    private static List<Map<?, ?>> maps(Object v) {
        return list(v).stream().<Map<?, ?>>map(x -> (Map<?, ?>) x).toList();
    }

    private static List<String> texts(Object v) {
        return list(v).stream().map(DockerResources::str).toList();
    }

    private static String str(Object o) {
        return String.valueOf(o);
    }

    static long num(Object o) {
        if (o instanceof Number n) return n.longValue();
        return Long.parseLong(str(o));
    }
}
