package ma.marinemaroc.fleet.rehearsal;

import ma.marinemaroc.fleet.host.bootstrap.BootstrapFiles;
import ma.marinemaroc.fleet.host.bootstrap.DataVolumeDevice;
import ma.marinemaroc.fleet.plan.PlanRun;
import ma.marinemaroc.fleet.plan.RecordedResource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the rehearsal host must look like, read from the recorded graph (nothing hard-coded): the addresses the
 * on-host steps connect to, the DNS names the stack publishes, and the first-boot user-data of the host resource
 * (users, host key, files, runcmd).
 *
 * @param addresses  addresses the host answers on (commands' connection host, DNS records' values)
 * @param hosts      DNS name to address, from the stack's DNS records
 * @param userData   the parsed cloud-config
 * @param dataVolume the by-id path under which the host sees its data volume (DigitalOcean: from the Volume's name),
 *                   empty when the stack declares none
 */
public record HostSpec(Set<String> addresses, Map<String, String> hosts, CloudConfig userData, java.util.Optional<String> dataVolume) {
    static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_-]{0,31}");
    static final Pattern PATH = Pattern.compile("/[A-Za-z0-9._/@-]+");
    static final Pattern OWNER = Pattern.compile("[a-z0-9_-]+(:[a-z0-9_-]+)?");
    static final Pattern MODE = Pattern.compile("0?[0-7]{3,4}");
    static final Pattern HOSTNAME = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    static final Pattern TEXT = Pattern.compile("[A-Za-z0-9 .,_()=:/-]*");
    /**
     * runcmd steps that change state shared with the machine running the rehearsal, replaced by a log line (stand-in
     * limit, README): swap (swapon is kernel-wide) and the host firewall (ufw, not installed here).
     */
    static final Set<String> SKIPPED_RUNCMD = Set.of(BootstrapFiles.SWAP_SCRIPT, BootstrapFiles.FIREWALL_SCRIPT);

    private static final Set<String> USER_DATA_TYPES = Set.of("digitalocean:index/droplet:Droplet", "aws:ec2/instance:Instance");

    /** The parts of a cloud-config the stand-in applies. */
    public record CloudConfig(String hostname, User user, String hostKeyPrivate, String hostKeyPublic, List<WriteFile> writeFiles,
                              List<String> runcmd, String raw) {
    }

    public record User(String name, List<String> groups, String shell, String gecos, String sudo, List<String> authorizedKeys) {
    }

    public record WriteFile(String path, String content, String permissions, String owner) {
    }

    public static HostSpec from(PlanRun.Result graph) {
        Set<String> addresses = new LinkedHashSet<>();
        Map<String, String> hosts = new LinkedHashMap<>();
        String userData = null;
        String volume = null;
        for (RecordedResource r : graph.resources()) {
            if (r.type().equals("digitalocean:index/volume:Volume")) {
                if (volume != null) throw new AssertionError("more than one data volume in the graph");
                volume = DataVolumeDevice.digitalOcean(String.valueOf(r.plainInput("name"))).byIdPath();
            }
            if (r.type().equals("aws:ebs/volume:Volume")) {
                throw new AssertionError("the rehearsal host stands in for a DigitalOcean droplet; EBS volumes are not rehearsed");
            }
            if (r.type().equals(Driver.COMMAND) && r.plainInput("connection") instanceof Map<?, ?> c) {
                addresses.add(String.valueOf(c.get("host")));
            }
            if (r.type().equals("digitalocean:index/dnsRecord:DnsRecord")) {
                String name = String.valueOf(r.plainInput("name"));
                String domain = String.valueOf(r.plainInput("domain"));
                String fqdn = "@".equals(name) ? domain : name + "." + domain;
                String value = String.valueOf(r.plainInput("value"));
                addresses.add(value);
                hosts.merge(fqdn, value, (a, b) -> a.contains(":") ? b : a);
            }
            if (r.type().equals("aws:route53/record:Record")) {
                for (String value : r.strings("records")) {
                    addresses.add(value);
                    hosts.merge(String.valueOf(r.plainInput("name")), value, (a, b) -> a.contains(":") ? b : a);
                }
            }
            if (USER_DATA_TYPES.contains(r.type()) && r.plainInput("userData") != null) {
                if (userData != null) throw new AssertionError("more than one host with user-data in the graph");
                userData = String.valueOf(r.plainInput("userData"));
            }
        }
        if (userData == null) throw new AssertionError("no host user-data in the graph");
        if (addresses.isEmpty()) throw new AssertionError("no command connects to a host in the graph");
        return new HostSpec(addresses, hosts, parse(userData), java.util.Optional.ofNullable(volume));
    }

    /** lo addresses in {@code ip addr add} form. */
    public List<String> prefixes() {
        return addresses.stream().map(a -> a.contains(":") ? a + "/128" : a + "/32").toList();
    }

    @SuppressWarnings("unchecked")
    static CloudConfig parse(String userData) {
        if (!userData.startsWith("#cloud-config")) throw new AssertionError("user-data is not a #cloud-config document");
        Map<String, Object> doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(userData);
        List<Map<String, Object>> users = (List<Map<String, Object>>) doc.get("users");
        if (users == null || users.size() != 1) throw new AssertionError("the stand-in applies exactly one user, got " + users);
        Map<String, Object> u = users.get(0);
        User user = new User(check(NAME, str(u.get("name"))),
                ((List<Object>) u.getOrDefault("groups", List.of())).stream().map(g -> check(NAME, str(g))).toList(),
                check(PATH, str(u.getOrDefault("shell", "/bin/bash"))), check(TEXT, str(u.getOrDefault("gecos", ""))),
                check(TEXT, str(u.getOrDefault("sudo", ""))),
                ((List<Object>) u.getOrDefault("ssh_authorized_keys", List.of())).stream().map(HostSpec::str).toList());
        Map<String, Object> keys = (Map<String, Object>) doc.getOrDefault("ssh_keys", Map.of());
        List<WriteFile> files = new ArrayList<>();
        for (Map<String, Object> f : (List<Map<String, Object>>) doc.getOrDefault("write_files", List.of())) {
            String content = str(f.getOrDefault("content", ""));
            Object enc = f.get("encoding");
            if (enc != null) {
                if (!List.of("b64", "base64").contains(str(enc))) throw new AssertionError("write_files encoding " + enc + " not supported");
                content = new String(Base64.getDecoder().decode(content.strip()), StandardCharsets.UTF_8);
            }
            String perm = str(f.getOrDefault("permissions", "0644"));
            files.add(new WriteFile(check(PATH, str(f.get("path"))), content, check(MODE, perm),
                    check(OWNER, str(f.getOrDefault("owner", "root:root")))));
        }
        List<String> runcmd = new ArrayList<>();
        for (Object step : (List<Object>) doc.getOrDefault("runcmd", List.of())) {
            if (step instanceof List<?> args) {
                String first = str(args.get(0));
                runcmd.add(SKIPPED_RUNCMD.contains(first) ? "echo " + quote("rehearsal: skipped " + first + " (stand-in limit)")
                        : String.join(" ", args.stream().map(a -> quote(str(a))).toList()));
            } else {
                runcmd.add(str(step));
            }
        }
        String hostname = doc.get("hostname") == null ? null : check(HOSTNAME, str(doc.get("hostname")));
        return new CloudConfig(hostname, user, keys.get("ed25519_private") == null ? null : str(keys.get("ed25519_private")),
                keys.get("ed25519_public") == null ? null : str(keys.get("ed25519_public")), files, runcmd, userData);
    }

    /** cloud-init's quoting of list items in runcmd (each argument single-quoted). */
    static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private static String check(Pattern p, String v) {
        if (!p.matcher(v).matches()) throw new AssertionError("user-data value refused by the host stand-in: " + v);
        return v;
    }

    private static String str(Object o) {
        return String.valueOf(o);
    }
}
