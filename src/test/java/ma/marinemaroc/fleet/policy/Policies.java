package ma.marinemaroc.fleet.policy;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import ma.marinemaroc.fleet.bindings.ProviderSchemas;
import ma.marinemaroc.fleet.config.StackFile;
import ma.marinemaroc.fleet.plan.PlanRun;
import ma.marinemaroc.fleet.plan.RecordedResource;
import ma.marinemaroc.fleet.plan.RenderedFile;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Policy rules over the whole resource graph of a stack, as a policy pack would check them (CrossGuard has no Java
 * SDK): each returns its violations, one line per offending resource, empty when the stack complies.
 */
public final class Policies {
    static final Set<String> TAG_SELECTORS = Set.of("digitalocean:index/firewall:Firewall",
            "digitalocean:index/monitorAlert:MonitorAlert");

    /** The web ports (FirewallPolicy): HTTP, HTTPS, the console's websocket. */
    static final Set<String> WEB_PORTS = Set.of("80", "443", "38000");

    private Policies() {
    }

    /** Inbound rules: only SSH (allowed CIDRs, configured port) and the web ports 80/443/38000. */
    public static List<String> firewallOpensOnlySshAndWeb(PlanRun.Result r, int sshPort, List<String> sshCidrs) {
        List<String> v = new ArrayList<>();
        for (RecordedResource fw : r.ofType("digitalocean:index/firewall:Firewall")) {
            for (Object o : (List<?>) fw.plainInput("inboundRules")) {
                Map<?, ?> rule = (Map<?, ?>) o;
                check(v, fw.name(), String.valueOf(rule.get("protocol")), String.valueOf(rule.get("portRange")),
                        strings(rule.get("sourceAddresses")), sshPort, sshCidrs);
            }
        }
        for (RecordedResource sg : r.ofType("aws:ec2/securityGroup:SecurityGroup")) {
            Object ingress = sg.plainInput("ingress");
            if (ingress == null) continue;
            for (Object o : (List<?>) ingress) {
                Map<?, ?> rule = (Map<?, ?>) o;
                String from = String.valueOf(rule.get("fromPort"));
                String to = String.valueOf(rule.get("toPort"));
                List<String> sources = new ArrayList<>(strings(rule.get("cidrBlocks")));
                sources.addAll(strings(rule.get("ipv6CidrBlocks")));
                check(v, sg.name(), String.valueOf(rule.get("protocol")), from.equals(to) ? from : from + "-" + to,
                        sources, sshPort, sshCidrs);
            }
        }
        for (String t : List.of("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", "aws:ec2/securityGroupRule:SecurityGroupRule")) {
            r.ofType(t).forEach(x -> v.add(x.name() + ": separate ingress rules are not allowed (rules live in the group)"));
        }
        return v;
    }

    private static void check(List<String> v, String name, String protocol, String ports, List<String> sources,
                              int sshPort, List<String> sshCidrs) {
        // A rule with no address source (only a security group or load balancer as source) opens nothing to the
        // internet; such rules are judged by dataStoresNeverPublic and onlyLoadBalancerTakesWebFromInternet.
        if (sources.isEmpty()) return;
        if (!"tcp".equals(protocol)) {
            v.add(name + ": inbound " + protocol + " " + ports + " is not allowed");
        } else if (ports.equals(String.valueOf(sshPort))) {
            if (!sshCidrs.containsAll(sources)) v.add(name + ": SSH open to " + sources + " beyond " + sshCidrs);
        } else if (!WEB_PORTS.contains(ports)) {
            v.add(name + ": inbound tcp " + ports + " from " + sources + " is not allowed");
        }
    }

    /** No container publishes a port, except httpd: 80, 443 and the console's websocket port. */
    public static List<String> onlyHttpdPublishes(PlanRun.Result r) {
        List<String> v = new ArrayList<>();
        for (RecordedResource c : r.ofType("docker:index/container:Container")) {
            Object ports = c.plainInput("ports");
            if (ports == null) continue;
            for (Object o : (List<?>) ports) {
                Map<?, ?> p = (Map<?, ?>) o;
                int external = ((Number) p.get("external")).intValue();
                if (!"fleet-httpd".equals(c.plainInput("name")) || !WEB_PORTS.contains(String.valueOf(external))) {
                    v.add(c.plainInput("name") + ": publishes port " + external);
                }
            }
        }
        return v;
    }

    /** The backup bucket is private (all four public-access settings), encrypted and versioned. */
    public static List<String> bucketPrivateEncryptedVersioned(PlanRun.Result r) {
        List<String> v = new ArrayList<>();
        var buckets = r.ofType("aws:s3/bucketV2:BucketV2");
        if (buckets.isEmpty()) v.add("no backup bucket");
        for (String flag : List.of("blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets")) {
            var pabs = r.ofType("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock");
            if (pabs.size() != buckets.size()) v.add("every bucket needs a public access block");
            pabs.stream().filter(p -> !Boolean.TRUE.equals(p.plainInput(flag))).forEach(p -> v.add(p.name() + ": " + flag + " is not true"));
        }
        var versioning = r.ofType("aws:s3/bucketVersioningV2:BucketVersioningV2");
        if (versioning.size() != buckets.size()) v.add("every bucket needs versioning");
        versioning.stream().filter(x -> !String.valueOf(x.plainInput("versioningConfiguration")).contains("status=Enabled"))
                .forEach(x -> v.add(x.name() + ": versioning not Enabled"));
        var sse = r.ofType("aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2");
        if (sse.size() != buckets.size()) v.add("every bucket needs server-side encryption");
        sse.stream().filter(x -> !String.valueOf(x.plainInput("rules")).contains("sseAlgorithm="))
                .forEach(x -> v.add(x.name() + ": no SSE algorithm"));
        return v;
    }

    /**
     * Every secret value of the stack config reaches the engine only inside secret values: no plain input of any
     * resource, and no stack output, contains it (raw or URL-encoded).
     */
    public static List<String> secretsStaySecret(PlanRun.Result r, StackFile config) {
        List<String> secrets = new ArrayList<>();
        for (String k : config.secretKeys()) {
            String s = config.values().get(k);
            if (s == null || s.length() < 8) continue;
            secrets.add(s);
            secrets.add(URLEncoder.encode(s, StandardCharsets.UTF_8));
        }
        List<String> v = new ArrayList<>();
        for (RecordedResource res : r.resources()) {
            res.inputs().forEach((k, val) -> {
                String plain = plainText(val);
                for (String s : secrets) {
                    if (plain.contains(s)) v.add(res.type() + " " + res.name() + ": input '" + k + "' carries a secret in plain text");
                }
            });
        }
        r.outputs().forEach((k, val) -> {
            String plain = plainText(val);
            for (String s : secrets) if (plain.contains(s)) v.add("stack output '" + k + "' carries a secret in plain text");
        });
        return v;
    }

    /** The text of a value with every secret part left out. */
    static String plainText(Object v) {
        if (v instanceof RecordedResource.Secret) return "";
        if (v instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder();
            m.forEach((k, x) -> sb.append(k).append('=').append(plainText(x)).append(';'));
            return sb.toString();
        }
        if (v instanceof List<?> l) {
            StringBuilder sb = new StringBuilder();
            l.forEach(x -> sb.append(plainText(x)).append(';'));
            return sb.toString();
        }
        return String.valueOf(v);
    }

    /**
     * Every resource carries the stack and project: DigitalOcean resources with a tags input, docker resources with
     * labels, AWS resources through a provider whose default tags hold both.
     */
    public static List<String> taggedWithStackAndProject(PlanRun.Result r, String project, String stack) {
        List<String> v = new ArrayList<>();
        Set<String> taggedAwsProviders = new java.util.HashSet<>();
        for (RecordedResource p : r.ofType("pulumi:providers:aws")) {
            String tags = String.valueOf(p.plainInput("defaultTags"));
            JsonElement j = tags.equals("null") ? null : JsonParser.parseString(tags);
            JsonObject t = j != null && j.isJsonObject() && j.getAsJsonObject().has("tags") ? j.getAsJsonObject().getAsJsonObject("tags") : null;
            if (t != null && t.has("project") && t.get("project").getAsString().equals(project)
                    && t.has("stack") && t.get("stack").getAsString().equals(stack)) {
                taggedAwsProviders.add(p.urn());
            } else {
                v.add(p.name() + ": AWS provider without default tags project/stack");
            }
        }
        for (RecordedResource res : r.resources()) {
            if (!res.custom() || res.type().startsWith("pulumi:providers:")) continue;
            String pkg = res.type().substring(0, res.type().indexOf(':'));
            switch (pkg) {
                case "aws" -> {
                    String provider = res.provider().contains("::") ? res.provider().substring(0, res.provider().lastIndexOf("::")) : res.provider();
                    if (!taggedAwsProviders.contains(provider)) v.add(res.name() + ": AWS resource on an untagged provider");
                }
                case "digitalocean" -> {
                    // On firewalls and monitor alerts "tags" select the droplets they apply to: not metadata.
                    if (ProviderSchemas.inputNames(res.type()).contains("tags") && !TAG_SELECTORS.contains(res.type())) {
                        List<String> tags = res.strings("tags");
                        if (!tags.contains("project:" + project) || !tags.contains("stack:" + stack)) {
                            v.add(res.name() + ": DigitalOcean tags " + tags + " lack project/stack");
                        }
                    }
                }
                case "docker" -> {
                    if (res.type().equals("docker:index/container:Container") || res.type().equals("docker:index/volume:Volume")
                            || res.type().equals("docker:index/network:Network")) {
                        String labels = String.valueOf(res.plainInput("labels"));
                        if (!labels.contains("label=project, value=" + project) || !labels.contains("label=stack, value=" + stack)) {
                            v.add(res.name() + ": docker labels lack project/stack");
                        }
                    }
                }
                default -> {
                    // command and tls resources exist only in Pulumi's state; nothing to tag.
                }
            }
        }
        return v;
    }

    /** SSH: key-only, no root login, on the host as rendered (cloud-init and the sshd drop-in). */
    /**
     * Single-host topology: the host's state is on one data volume (never the root disk), {@code protect}ed, an EBS
     * volume encrypted and leaving a final snapshot, the attachment owned by the host (replaced with it).
     */
    public static List<String> dataVolume(PlanRun.Result r) {
        List<String> v = new ArrayList<>();
        long volumes = r.resources().stream().filter(x -> x.type().endsWith("/volume:Volume")).count();
        if (volumes != 1) v.add("expected one data volume, found " + volumes);
        for (RecordedResource res : r.resources()) {
            if (res.type().endsWith("/volume:Volume") && !res.protect()) v.add(res.name() + ": holds data but is not protected");
            if (res.type().equals("aws:ebs/volume:Volume")) {
                if (!Boolean.TRUE.equals(res.plainInput("encrypted"))) v.add(res.name() + ": not encrypted");
                if (!Boolean.TRUE.equals(res.plainInput("finalSnapshot"))) v.add(res.name() + ": no final snapshot");
            }
            if (res.type().endsWith("/volumeAttachment:VolumeAttachment") && !res.deleteBeforeReplace()) {
                v.add(res.name() + ": a volume attaches to one machine at a time: deleteBeforeReplace");
            }
        }
        return v;
    }

    public static List<String> sshPasswordLoginOff(PlanRun.Result r) {
        List<String> v = new ArrayList<>();
        List<RenderedFile> userData = RenderedFile.collect(r).stream()
                .filter(f -> f.path().equals("/var/lib/cloud/instance/user-data.txt")).toList();
        if (userData.isEmpty()) v.add("no cloud-init user-data");
        for (RenderedFile f : userData) {
            Map<String, Object> doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(f.content());
            if (!Boolean.FALSE.equals(doc.get("ssh_pwauth"))) v.add("cloud-init: ssh_pwauth is not false");
            if (!Boolean.TRUE.equals(doc.get("disable_root"))) v.add("cloud-init: disable_root is not true");
            String sshd = String.valueOf(doc.get("write_files"));
            if (!sshd.contains("PasswordAuthentication no")) v.add("sshd drop-in: PasswordAuthentication is not 'no'");
            if (!sshd.contains("PermitRootLogin no")) v.add("sshd drop-in: PermitRootLogin is not 'no'");
            if (sshd.contains("PasswordAuthentication yes")) v.add("sshd drop-in enables password login");
        }
        return v;
    }

    /** Every scheduled job on the host alerts when it fails (systemd OnFailure= to the alert template unit). */
    public static List<String> everyJobAlertsOnFailure(PlanRun.Result r) {
        List<String> v = new ArrayList<>();
        for (RenderedFile f : RenderedFile.collect(r)) {
            if (f.path().startsWith("/etc/systemd/system/") && f.path().endsWith(".service")
                    && !f.path().endsWith("/fleet-alert@.service") && !f.content().contains("\nOnFailure=fleet-alert@%n.service\n")) {
                v.add(f.path() + ": no OnFailure=fleet-alert@%n.service");
            }
        }
        return v;
    }

    // ---- scaled topology: managed data stores and a load balancer -------------------------------------------------

    /** MySQL and Redis/Valkey ports: on hosts (3306, 6379) and on DigitalOcean's managed clusters (25060, 25061). */
    static final List<Integer> DATA_PORTS = List.of(3306, 6379, 25060, 25061);
    static final Set<String> WORLD = Set.of("0.0.0.0/0", "::/0");
    /** Resource types that hold the platform's data: never deleted by a change or a destroy. */
    static final Set<String> DATA_TYPES = Set.of("digitalocean:index/databaseCluster:DatabaseCluster",
            "digitalocean:index/databaseDb:DatabaseDb", "aws:rds/instance:Instance",
            "aws:elasticache/replicationGroup:ReplicationGroup", "aws:s3/bucketV2:BucketV2", "aws:s3/bucket:Bucket",
            "digitalocean:index/volume:Volume", "aws:ebs/volume:Volume");

    /**
     * The database and the cache are never reachable from the internet: no RDS instance is publicly accessible, no
     * security group or droplet firewall opens a data port to 0.0.0.0/0 or ::/0, and every DigitalOcean managed
     * cluster has a firewall (without trusted sources DigitalOcean accepts any address that has the password) whose
     * rules are not world-open.
     */
    public static List<String> dataStoresNeverPublic(PlanRun.Result r) {
        List<String> v = new ArrayList<>();
        for (RecordedResource db : r.ofType("aws:rds/instance:Instance")) {
            if (Boolean.TRUE.equals(db.plainInput("publiclyAccessible"))) v.add(db.name() + ": RDS instance is publicly accessible");
        }
        forEachIngress(r, (name, rule) -> {
            List<String> world = rule.sources().stream().filter(WORLD::contains).toList();
            if (world.isEmpty()) return;
            DATA_PORTS.stream().filter(rule::covers).forEach(p -> v.add(name + ": data port " + p + " open to " + world));
        });
        for (RecordedResource cluster : r.ofType("digitalocean:index/databaseCluster:DatabaseCluster")) {
            List<RecordedResource> firewalls = r.ofType("digitalocean:index/databaseFirewall:DatabaseFirewall").stream()
                    .filter(f -> f.dependencies().contains(cluster.urn())).toList();
            if (firewalls.isEmpty()) {
                v.add(cluster.name() + ": managed cluster without a DatabaseFirewall (open to any address with the password)");
            }
            for (RecordedResource f : firewalls) {
                Object rules = f.plainInput("rules");
                if (rules == null || ((List<?>) rules).isEmpty()) v.add(f.name() + ": DatabaseFirewall without rules");
                for (Object o : rules == null ? List.of() : (List<?>) rules) {
                    Map<?, ?> rule = (Map<?, ?>) o;
                    if (WORLD.contains(String.valueOf(rule.get("value")))) {
                        v.add(f.name() + ": trusted source " + rule.get("type") + " " + rule.get("value") + " is the whole internet");
                    }
                }
            }
        }
        return v;
    }

    /**
     * With a load balancer in the graph, only its security group takes 80/443/38000 from addresses: every other
     * security group and droplet firewall takes the web ports from the load balancer alone (a source group or
     * {@code sourceLoadBalancerUids}), never from a CIDR. A graph without a load balancer (the single host is its own
     * edge) has nothing to check.
     */
    public static List<String> onlyLoadBalancerTakesWebFromInternet(PlanRun.Result r) {
        List<RecordedResource> awsLbs = r.ofType("aws:lb/loadBalancer:LoadBalancer");
        if (awsLbs.isEmpty() && r.ofType("digitalocean:index/loadBalancer:LoadBalancer").isEmpty()) return List.of();
        Set<String> lbGroups = new java.util.HashSet<>();
        awsLbs.forEach(lb -> lbGroups.addAll(lb.dependencies()));
        List<String> v = new ArrayList<>();
        forEachIngress(r, (name, rule) -> {
            if (rule.owner() != null && lbGroups.contains(rule.owner().urn())) return;
            // the fleet's private network (the other hosts' websocket relays) is not the internet
            List<String> internet = rule.sources().stream().filter(src -> !privateRange(src)).toList();
            if (internet.isEmpty()) return;
            WEB_PORTS.stream().map(Integer::parseInt).filter(rule::covers).forEach(p ->
                    v.add(name + ": takes web port " + p + " from " + internet + " directly, not from the load balancer"));
        });
        return v;
    }

    /** An IPv4 range inside RFC 1918's private networks (10/8, 172.16/12, 192.168/16). */
    static boolean privateRange(String cidr) {
        if (cidr.contains(":") || !cidr.contains("/")) return false;
        String[] o = cidr.substring(0, cidr.indexOf('/')).split("\\.");
        int prefix = Integer.parseInt(cidr.substring(cidr.indexOf('/') + 1));
        int a = Integer.parseInt(o[0]);
        int b = Integer.parseInt(o[1]);
        return (a == 10 && prefix >= 8) || (a == 172 && b >= 16 && b <= 31 && prefix >= 12) || (a == 192 && b == 168 && prefix >= 16);
    }

    /**
     * Scaled topology: the app hosts keep no state. No block volume anywhere, no database or cache container, no
     * container binding the database's or the cache's data folder.
     */
    public static List<String> appHostsStateless(PlanRun.Result r) {
        List<String> v = new ArrayList<>();
        r.resources().stream().filter(x -> x.type().endsWith("/volume:Volume"))
                .forEach(x -> v.add(x.name() + ": an app host of the scaled topology keeps no state on a volume"));
        for (RecordedResource c : r.ofType("docker:index/container:Container")) {
            String name = String.valueOf(c.plainInput("name"));
            if (name.equals("fleet-database") || name.equals("fleet-cache")) v.add(c.name() + ": runs " + name + " (a managed service here)");
            String volumes = String.valueOf(c.plainInput("volumes"));
            for (String data : List.of(ma.marinemaroc.fleet.services.HostPaths.MYSQL_DATA, ma.marinemaroc.fleet.services.HostPaths.REDIS_DATA)) {
                if (volumes.contains("hostPath=" + data + ",")) v.add(c.name() + ": binds " + data);
            }
        }
        return v;
    }

    /**
     * Scaled topology: the fleet sits behind its load balancer. Exactly one scheduler and one socket server in the
     * fleet (two schedulers would run each job twice; the console's websockets must meet in one SocketCluster); every
     * edge publishes only the plain-HTTP port and the websocket relay (TLS ends at the load balancer); the domain's
     * record points at the load balancer.
     */
    public static List<String> scaledFleetBehindItsLoadBalancer(PlanRun.Result r) {
        List<String> v = new ArrayList<>();
        for (String role : List.of("fleet-scheduler", "fleet-socket")) {
            long n = r.ofType("docker:index/container:Container").stream()
                    .filter(c -> String.valueOf(c.plainInput("name")).startsWith(role + "-")).count();
            if (n != 1) v.add("expected one " + role + " container in the fleet, found " + n);
        }
        for (RecordedResource c : r.ofType("docker:index/container:Container")) {
            if (!"fleet-httpd".equals(c.plainInput("name"))) continue;
            java.util.Set<Integer> published = new java.util.TreeSet<>();
            for (Object o : (List<?>) c.plainInput("ports")) published.add(((Number) ((Map<?, ?>) o).get("external")).intValue());
            if (!published.equals(java.util.Set.of(80, 38000))) v.add(c.name() + ": publishes " + published + ", not [80, 38000]");
        }
        List<RecordedResource> doLbs = r.ofType("digitalocean:index/loadBalancer:LoadBalancer");
        if (!doLbs.isEmpty()) {
            for (RecordedResource a : r.ofType("digitalocean:index/dnsRecord:DnsRecord")) {
                if (doLbs.stream().noneMatch(lb -> a.dependencies().contains(lb.urn()))) {
                    v.add(a.name() + ": the domain's record does not point at the load balancer");
                }
            }
        } else {
            boolean alias = r.ofType("aws:route53/record:Record").stream().anyMatch(x -> x.plainInput("aliases") != null);
            if (!alias) v.add("no alias record of the domain on the load balancer");
        }
        return v;
    }

    /**
     * Data resources (managed clusters and their databases, RDS, ElastiCache, the backup bucket) are
     * {@code protect}ed; RDS also has deletion protection, a final snapshot and automated backups; no bucket is
     * force-destroyable.
     */
    public static List<String> dataResourcesProtected(PlanRun.Result r) {
        List<String> v = new ArrayList<>();
        for (RecordedResource x : r.resources()) {
            if (!DATA_TYPES.contains(x.type())) continue;
            if (!x.protect()) v.add(x.name() + ": " + x.type() + " is not protected");
        }
        for (RecordedResource db : r.ofType("aws:rds/instance:Instance")) {
            if (!Boolean.TRUE.equals(db.plainInput("deletionProtection"))) v.add(db.name() + ": RDS deletionProtection is not true");
            if (Boolean.TRUE.equals(db.plainInput("skipFinalSnapshot")) || db.plainInput("finalSnapshotIdentifier") == null) {
                v.add(db.name() + ": RDS would be deleted without a final snapshot");
            }
            Object days = db.plainInput("backupRetentionPeriod");
            if (!(days instanceof Number n) || n.intValue() < 1) v.add(db.name() + ": RDS automated backups (PITR) are off");
        }
        for (RecordedResource b : r.ofType("aws:s3/bucketV2:BucketV2")) {
            if (Boolean.TRUE.equals(b.plainInput("forceDestroy"))) v.add(b.name() + ": bucket is force-destroyable");
        }
        return v;
    }

    /** One inbound rule, wherever it is declared: its owner (the group or firewall), protocol, ports and address sources. */
    record Ingress(RecordedResource owner, String protocol, int from, int to, List<String> sources) {
        boolean covers(int port) {
            return ("-1".equals(protocol) || "all".equals(protocol) || "tcp".equals(protocol) || "6".equals(protocol))
                    && port >= from && port <= to;
        }
    }

    /** Every inbound rule of security groups (inline or separate) and droplet firewalls. */
    static void forEachIngress(PlanRun.Result r, java.util.function.BiConsumer<String, Ingress> each) {
        for (RecordedResource sg : r.ofType("aws:ec2/securityGroup:SecurityGroup")) {
            Object ingress = sg.plainInput("ingress");
            if (ingress == null) continue;
            for (Object o : (List<?>) ingress) {
                Map<?, ?> rule = (Map<?, ?>) o;
                String protocol = String.valueOf(rule.get("protocol"));
                boolean all = "-1".equals(protocol) || "all".equals(protocol);
                List<String> sources = new ArrayList<>(strings(rule.get("cidrBlocks")));
                sources.addAll(strings(rule.get("ipv6CidrBlocks")));
                each.accept(sg.name(), new Ingress(sg, protocol, all ? 0 : num(rule.get("fromPort")),
                        all ? 65535 : num(rule.get("toPort")), sources));
            }
        }
        for (RecordedResource x : r.ofType("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule")) {
            List<String> sources = new ArrayList<>();
            for (String k : List.of("cidrIpv4", "cidrIpv6")) if (x.plainInput(k) != null) sources.add(String.valueOf(x.plainInput(k)));
            String protocol = String.valueOf(x.plainInput("ipProtocol"));
            boolean all = "-1".equals(protocol);
            each.accept(x.name(), new Ingress(null, protocol, all ? 0 : num(x.plainInput("fromPort")),
                    all ? 65535 : num(x.plainInput("toPort")), sources));
        }
        for (RecordedResource x : r.ofType("aws:ec2/securityGroupRule:SecurityGroupRule")) {
            if (!"ingress".equals(x.plainInput("type"))) continue;
            List<String> sources = new ArrayList<>(x.strings("cidrBlocks"));
            sources.addAll(x.strings("ipv6CidrBlocks"));
            String protocol = String.valueOf(x.plainInput("protocol"));
            boolean all = "-1".equals(protocol) || "all".equals(protocol);
            each.accept(x.name(), new Ingress(null, protocol, all ? 0 : num(x.plainInput("fromPort")),
                    all ? 65535 : num(x.plainInput("toPort")), sources));
        }
        for (RecordedResource fw : r.ofType("digitalocean:index/firewall:Firewall")) {
            Object inbound = fw.plainInput("inboundRules");
            if (inbound == null) continue;
            for (Object o : (List<?>) inbound) {
                Map<?, ?> rule = (Map<?, ?>) o;
                String range = rule.get("portRange") == null ? "all" : String.valueOf(rule.get("portRange"));
                int from = 0;
                int to = 65535;
                if (!"all".equals(range)) {
                    String[] ft = range.split("-");
                    from = Integer.parseInt(ft[0].trim());
                    to = Integer.parseInt(ft[ft.length - 1].trim());
                }
                each.accept(fw.name(), new Ingress(fw, String.valueOf(rule.get("protocol")), from, to,
                        strings(rule.get("sourceAddresses"))));
            }
        }
    }

    private static int num(Object o) {
        return o instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(o));
    }

    static List<String> strings(Object o) {
        if (o == null) return List.of();
        return ((List<?>) o).stream().map(String::valueOf).toList();
    }
}
