package ma.marinemaroc.fleet.policy;

import ma.marinemaroc.fleet.Stacks;
import ma.marinemaroc.fleet.components.ScaledGraphs;
import ma.marinemaroc.fleet.config.StackFile;
import ma.marinemaroc.fleet.config.StackSettings;
import ma.marinemaroc.fleet.config.StackSettingsLoader;
import ma.marinemaroc.fleet.plan.PlanRun;
import ma.marinemaroc.fleet.plan.RecordedResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The policies hold for every stack file in the repository, and each rule catches a violating graph (made by
 * altering one recorded registration of a compliant stack).
 */
@SuppressWarnings("unchecked")
class PolicyTest {
    static StackSettings settings(String stack) {
        return StackSettingsLoader.load(Stacks.file(stack).source(), "fleet", stack);
    }

    static java.util.stream.Stream<String> stacks() {
        return Stacks.FILES.keySet().stream().sorted();
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("stacks")
    void everyStackComplies(String stack) {
        PlanRun.Result r = Stacks.run(stack);
        assertThat(r.failed()).as("%s %s", r.errors(), r.exceptions()).isFalse();
        StackSettings s = settings(stack);
        assertThat(Policies.firewallOpensOnlySshAndWeb(r, s.ssh().port(), s.ssh().allowedCidrs())).isEmpty();
        assertThat(Policies.onlyHttpdPublishes(r)).isEmpty();
        assertThat(Policies.bucketPrivateEncryptedVersioned(r)).isEmpty();
        assertThat(Policies.secretsStaySecret(r, Stacks.file(stack))).isEmpty();
        assertThat(Policies.taggedWithStackAndProject(r, "fleet", stack)).isEmpty();
        assertThat(Policies.sshPasswordLoginOff(r)).isEmpty();
        assertThat(Policies.everyJobAlertsOnFailure(r)).isEmpty();
        assertThat(s.isScaled() ? Policies.appHostsStateless(r) : Policies.dataVolume(r)).isEmpty();
        assertThat(Policies.dataStoresNeverPublic(r)).isEmpty();
        assertThat(Policies.onlyLoadBalancerTakesWebFromInternet(r)).isEmpty();
        assertThat(Policies.dataResourcesProtected(r)).isEmpty();
        if (s.isScaled()) {
            assertThat(Policies.scaledFleetBehindItsLoadBalancer(r)).isEmpty();
        }
    }

    @Test
    void dataRuleCatchesAnUnprotectedVolumeAndAnUnencryptedOne() {
        PlanRun.Result r = Stacks.run("staging");
        PlanRun.Result bad = new PlanRun.Result(r.resources().stream().map(x -> !x.type().equals("aws:ebs/volume:Volume") ? x
                : new RecordedResource(x.urn(), x.type(), x.name(), x.parentUrn(), x.custom(),
                        withInput(x.inputs(), "encrypted", false), x.provider(), x.version(), x.additionalSecretOutputs(),
                        x.ignoreChanges(), x.deleteBeforeReplace(), x.dependencies(), false)).toList(),
                r.outputs(), r.errors(), r.exceptions());
        assertThat(Policies.dataVolume(bad)).containsExactly("data-volume: holds data but is not protected",
                "data-volume: not encrypted");
        assertThat(Policies.dataVolume(remove(r, "aws:ebs/volume:Volume")))
                .containsExactly("expected one data volume, found 0");
    }

    private static Map<String, Object> withInput(Map<String, Object> in, String key, Object value) {
        Map<String, Object> out = new HashMap<>(in);
        out.put(key, value);
        return out;
    }

    @Test
    void jobRuleCatchesAUnitWithoutFailureAlert() {
        PlanRun.Result bad = alterWhere(Stacks.run("production"), x -> x.name().endsWith("fleet-backup.service"), in -> {
            String unit = String.valueOf(RecordedResource.unwrap(in.get("stdin")));
            in.put("stdin", unit.replace("OnFailure=fleet-alert@%n.service\n", ""));
            return in;
        });
        assertThat(Policies.everyJobAlertsOnFailure(bad)).containsExactly(
                "/etc/systemd/system/fleet-backup.service: no OnFailure=fleet-alert@%n.service");
    }

    // ---- each rule catches a violation ---------------------------------------------------------------------------

    @Test
    void firewallRuleCatchesAnExtraPortAndAWiderSshSource() {
        StackSettings s = settings("production");
        PlanRun.Result bad = alter(Stacks.run("production"), "digitalocean:index/firewall:Firewall", in -> {
            List<Object> rules = new ArrayList<>((List<?>) in.get("inboundRules"));
            rules.add(Map.of("protocol", "tcp", "portRange", "3306", "sourceAddresses", List.of("0.0.0.0/0")));
            rules.add(Map.of("protocol", "tcp", "portRange", "2222", "sourceAddresses", List.of("0.0.0.0/0")));
            in.put("inboundRules", rules);
            return in;
        });
        assertThat(Policies.firewallOpensOnlySshAndWeb(bad, s.ssh().port(), s.ssh().allowedCidrs()))
                .anyMatch(v -> v.contains("3306")).anyMatch(v -> v.contains("SSH open to [0.0.0.0/0]"));

        StackSettings aws = settings("staging");
        PlanRun.Result badAws = alter(Stacks.run("staging"), "aws:ec2/securityGroup:SecurityGroup", in -> {
            List<Object> rules = new ArrayList<>((List<?>) in.get("ingress"));
            rules.add(Map.of("protocol", "-1", "fromPort", 0L, "toPort", 0L, "cidrBlocks", List.of("0.0.0.0/0")));
            in.put("ingress", rules);
            return in;
        });
        assertThat(Policies.firewallOpensOnlySshAndWeb(badAws, aws.ssh().port(), aws.ssh().allowedCidrs()))
                .anyMatch(v -> v.contains("inbound -1"));
    }

    @Test
    void portRuleCatchesAPublishedDatabase() {
        PlanRun.Result bad = alterWhere(Stacks.run("production"), r -> "fleet-database".equals(r.plainInput("name")), in -> {
            in.put("ports", List.of(Map.of("internal", 3306L, "external", 3306L, "ip", "0.0.0.0")));
            return in;
        });
        assertThat(Policies.onlyHttpdPublishes(bad)).containsExactly("fleet-database: publishes port 3306");
    }

    @Test
    void bucketRuleCatchesPublicAccessAndMissingVersioning() {
        PlanRun.Result bad = alter(Stacks.run("production"), "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", in -> {
            in.put("restrictPublicBuckets", false);
            return in;
        });
        assertThat(Policies.bucketPrivateEncryptedVersioned(bad)).anyMatch(v -> v.contains("restrictPublicBuckets"));
        PlanRun.Result noVersioning = remove(Stacks.run("production"), "aws:s3/bucketVersioningV2:BucketVersioningV2");
        assertThat(Policies.bucketPrivateEncryptedVersioned(noVersioning)).contains("every bucket needs versioning");
    }

    @Test
    void secretRuleCatchesAPasswordInPlainText() {
        StackFile f = Stacks.file("production");
        String pw = f.values().get("fleet:dbPassword");
        PlanRun.Result bad = alterWhere(Stacks.run("production"), r -> String.valueOf(r.plainInput("name")).startsWith("fleet-application-"), in -> {
            in.put("envs", List.of("DB_PASSWORD=" + pw));
            return in;
        });
        assertThat(Policies.secretsStaySecret(bad, f)).anyMatch(v -> v.contains("fleet-application") && v.contains("'envs'"));
    }

    @Test
    void tagRuleCatchesAnUntaggedDropletAndContainer() {
        PlanRun.Result bad = alter(Stacks.run("production"), "digitalocean:index/droplet:Droplet", in -> {
            in.put("tags", List.of("managed-by:pulumi"));
            return in;
        });
        assertThat(Policies.taggedWithStackAndProject(bad, "fleet", "production")).anyMatch(v -> v.contains("host-droplet"));
        PlanRun.Result badLabels = alterWhere(Stacks.run("production"), r -> "fleet-cache".equals(r.plainInput("name")), in -> {
            in.put("labels", List.of());
            return in;
        });
        assertThat(Policies.taggedWithStackAndProject(badLabels, "fleet", "production")).anyMatch(v -> v.contains("fleet-cache"));
    }

    @Test
    void sshRuleCatchesPasswordLogin() {
        PlanRun.Result bad = alter(Stacks.run("production"), "digitalocean:index/droplet:Droplet", in -> {
            String ud = String.valueOf(RecordedResource.unwrap(in.get("userData")));
            in.put("userData", new RecordedResource.Secret(ud.replace("ssh_pwauth: false", "ssh_pwauth: true")));
            return in;
        });
        assertThat(Policies.sshPasswordLoginOff(bad)).contains("cloud-init: ssh_pwauth is not false");
    }

    // ---- scaled topology (the components as ScaledGraphs wires them) --------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"digitalocean", "aws"})
    void scaledGraphsComply(String cloud) {
        PlanRun.Result r = scaled(cloud);
        assertThat(r.failed()).as("%s %s", r.errors(), r.exceptions()).isFalse();
        assertThat(Policies.firewallOpensOnlySshAndWeb(r, 2222, List.of(ScaledGraphs.SSH_CIDR))).isEmpty();
        assertThat(Policies.dataStoresNeverPublic(r)).isEmpty();
        assertThat(Policies.onlyLoadBalancerTakesWebFromInternet(r)).isEmpty();
        assertThat(Policies.dataResourcesProtected(r)).isEmpty();
        assertThat(Policies.taggedWithStackAndProject(r, ScaledGraphs.PROJECT, ScaledGraphs.STACK)).isEmpty();
        assertThat(Policies.secretsStaySecret(r, ScaledGraphs.awsConfig())).isEmpty();
    }

    @Test
    void dataStoreRuleCatchesAPublicRdsAWorldOpenPortAndAnUnfirewalledCluster() {
        PlanRun.Result publicDb = alter(ScaledGraphs.aws(), "aws:rds/instance:Instance", in -> {
            in.put("publiclyAccessible", true);
            return in;
        });
        assertThat(Policies.dataStoresNeverPublic(publicDb)).containsExactly("db-instance: RDS instance is publicly accessible");

        PlanRun.Result openCache = alterWhere(ScaledGraphs.aws(), x -> x.name().equals("cache-sg"), in -> {
            in.put("ingress", List.of(Map.of("protocol", "tcp", "fromPort", 6379L, "toPort", 6379L,
                    "cidrBlocks", List.of("0.0.0.0/0"))));
            return in;
        });
        assertThat(Policies.dataStoresNeverPublic(openCache)).containsExactly("cache-sg: data port 6379 open to [0.0.0.0/0]");
        assertThat(Policies.firewallOpensOnlySshAndWeb(openCache, 2222, List.of(ScaledGraphs.SSH_CIDR)))
                .as("the same rule with an address source is still caught by the firewall rule")
                .containsExactly("cache-sg: inbound tcp 6379 from [0.0.0.0/0] is not allowed");

        PlanRun.Result allPorts = alterWhere(ScaledGraphs.aws(), x -> x.name().equals("app-sg"), in -> {
            in.put("ingress", List.of(Map.of("protocol", "-1", "fromPort", 0L, "toPort", 0L, "ipv6CidrBlocks", List.of("::/0"))));
            return in;
        });
        assertThat(Policies.dataStoresNeverPublic(allPorts)).contains("app-sg: data port 3306 open to [::/0]",
                "app-sg: data port 25061 open to [::/0]");

        PlanRun.Result noFirewall = remove(ScaledGraphs.digitalOcean(), "digitalocean:index/databaseFirewall:DatabaseFirewall");
        assertThat(Policies.dataStoresNeverPublic(noFirewall)).containsExactlyInAnyOrder(
                "mysql-cluster: managed cluster without a DatabaseFirewall (open to any address with the password)",
                "cache-cluster: managed cluster without a DatabaseFirewall (open to any address with the password)");

        PlanRun.Result worldSource = alterWhere(ScaledGraphs.digitalOcean(), x -> x.name().equals("mysql-firewall"), in -> {
            in.put("rules", List.of(Map.of("type", "ip_addr", "value", "0.0.0.0/0")));
            return in;
        });
        assertThat(Policies.dataStoresNeverPublic(worldSource))
                .containsExactly("mysql-firewall: trusted source ip_addr 0.0.0.0/0 is the whole internet");
    }

    @Test
    void loadBalancerRuleCatchesHostsTakingWebPortsFromAddresses() {
        PlanRun.Result awsDirect = alterWhere(ScaledGraphs.aws(), x -> x.name().equals("app-sg"), in -> {
            List<Object> rules = new ArrayList<>((List<?>) in.get("ingress"));
            rules.add(Map.of("protocol", "tcp", "fromPort", 443L, "toPort", 443L, "cidrBlocks", List.of("0.0.0.0/0")));
            in.put("ingress", rules);
            return in;
        });
        assertThat(Policies.onlyLoadBalancerTakesWebFromInternet(awsDirect))
                .containsExactly("app-sg: takes web port 443 from [0.0.0.0/0] directly, not from the load balancer");

        PlanRun.Result doDirect = alterWhere(ScaledGraphs.digitalOcean(), x -> x.name().equals("app-firewall"), in -> {
            List<Object> rules = new ArrayList<>((List<?>) RecordedResource.unwrap(in.get("inboundRules")));
            rules.add(Map.of("protocol", "tcp", "portRange", "38000", "sourceAddresses", List.of("0.0.0.0/0", "::/0")));
            in.put("inboundRules", rules);
            return in;
        });
        assertThat(Policies.onlyLoadBalancerTakesWebFromInternet(doDirect))
                .containsExactly("app-firewall: takes web port 38000 from [0.0.0.0/0, ::/0] directly, not from the load balancer");
    }

    /** The committed scaled stacks: the relay rule (private range) passes, a public source on the same port does not. */
    @Test
    void loadBalancerRuleTakesThePrivateRelayRangeButNotAPublicOne() {
        PlanRun.Result r = Stacks.run("scaled-aws");
        assertThat(Policies.onlyLoadBalancerTakesWebFromInternet(r)).isEmpty();
        PlanRun.Result widened = alterWhere(r, x -> x.name().equals("firewall"), in -> {
            List<Object> rules = new ArrayList<>();
            for (Object o : (List<?>) RecordedResource.unwrap(in.get("ingress"))) {
                Map<String, Object> rule = new HashMap<>((Map<String, Object>) o);
                if (String.valueOf(rule.get("cidrBlocks")).contains("10.30.0.0/16")) rule.put("cidrBlocks", List.of("10.30.0.0/16", "198.51.100.0/24"));
                rules.add(rule);
            }
            in.put("ingress", rules);
            return in;
        });
        assertThat(Policies.onlyLoadBalancerTakesWebFromInternet(widened))
                .containsExactly("firewall: takes web port 38000 from [198.51.100.0/24] directly, not from the load balancer");
    }

    @Test
    void statelessRuleCatchesTheSingleHostsVolumeAndDataContainers() {
        assertThat(Policies.appHostsStateless(Stacks.run("production"))).containsExactlyInAnyOrder(
                "data-volume: an app host of the scaled topology keeps no state on a volume",
                "services-fleet-database: runs fleet-database (a managed service here)",
                "services-fleet-database: binds /var/lib/fleet/mysql",
                "services-fleet-cache: runs fleet-cache (a managed service here)",
                "services-fleet-cache: binds /var/lib/fleet/redis");
    }

    @Test
    void loadBalancedFleetRuleCatchesTlsOnAHostASecondSchedulerAndARecordOffTheLoadBalancer() {
        PlanRun.Result r = Stacks.run("scaled");
        PlanRun.Result tlsOnHost = alterWhere(r, x -> "fleet-httpd".equals(x.plainInput("name")) && x.name().startsWith("app-1-"),
                in -> {
                    List<Object> ports = new ArrayList<>((List<?>) RecordedResource.unwrap(in.get("ports")));
                    ports.add(Map.of("internal", 443L, "external", 443L, "ip", "0.0.0.0"));
                    in.put("ports", ports);
                    return in;
                });
        assertThat(Policies.scaledFleetBehindItsLoadBalancer(tlsOnHost))
                .containsExactly("app-1-services-fleet-httpd: publishes [80, 443, 38000], not [80, 38000]");
        PlanRun.Result twoSchedulers = new PlanRun.Result(java.util.stream.Stream.concat(r.resources().stream(),
                r.ofType("docker:index/container:Container").stream()
                        .filter(c -> String.valueOf(c.plainInput("name")).startsWith("fleet-scheduler-"))
                        .map(c -> new RecordedResource(c.urn() + "-copy", c.type(), "app-1-services-fleet-scheduler",
                                c.parentUrn(), c.custom(), c.inputs(), c.provider(), c.version(), c.additionalSecretOutputs(),
                                c.ignoreChanges(), c.deleteBeforeReplace(), c.dependencies(), c.protect()))).toList(),
                r.outputs(), r.errors(), r.exceptions());
        assertThat(Policies.scaledFleetBehindItsLoadBalancer(twoSchedulers))
                .containsExactly("expected one fleet-scheduler container in the fleet, found 2");
        PlanRun.Result offLb = new PlanRun.Result(r.resources().stream().map(x -> !x.name().equals("dns-a") ? x
                : new RecordedResource(x.urn(), x.type(), x.name(), x.parentUrn(), x.custom(), x.inputs(), x.provider(),
                x.version(), x.additionalSecretOutputs(), x.ignoreChanges(), x.deleteBeforeReplace(), List.of(), x.protect()))
                .toList(), r.outputs(), r.errors(), r.exceptions());
        assertThat(Policies.scaledFleetBehindItsLoadBalancer(offLb))
                .containsExactly("dns-a: the domain's record does not point at the load balancer");
    }

    @Test
    void protectionRuleCatchesAnUnprotectedClusterAndAnRdsWithoutSafetyNets() {
        PlanRun.Result unprotected = unprotect(ScaledGraphs.digitalOcean(), x -> x.name().equals("mysql-db-fleetbase"));
        assertThat(Policies.dataResourcesProtected(unprotected))
                .containsExactly("mysql-db-fleetbase: digitalocean:index/databaseDb:DatabaseDb is not protected");

        PlanRun.Result careless = alter(ScaledGraphs.aws(), "aws:rds/instance:Instance", in -> {
            in.put("deletionProtection", false);
            in.put("skipFinalSnapshot", true);
            in.put("backupRetentionPeriod", 0L);
            return in;
        });
        assertThat(Policies.dataResourcesProtected(careless)).containsExactly(
                "db-instance: RDS deletionProtection is not true",
                "db-instance: RDS would be deleted without a final snapshot",
                "db-instance: RDS automated backups (PITR) are off");
        assertThat(Policies.dataResourcesProtected(unprotect(ScaledGraphs.aws(),
                x -> x.type().equals("aws:elasticache/replicationGroup:ReplicationGroup"))))
                .containsExactly("cache-group: aws:elasticache/replicationGroup:ReplicationGroup is not protected");
    }

    static PlanRun.Result scaled(String cloud) {
        return "aws".equals(cloud) ? ScaledGraphs.aws() : ScaledGraphs.digitalOcean();
    }

    static PlanRun.Result unprotect(PlanRun.Result r, java.util.function.Predicate<RecordedResource> which) {
        List<RecordedResource> out = new ArrayList<>();
        for (RecordedResource x : r.resources()) {
            out.add(!which.test(x) ? x : new RecordedResource(x.urn(), x.type(), x.name(), x.parentUrn(), x.custom(),
                    x.inputs(), x.provider(), x.version(), x.additionalSecretOutputs(), x.ignoreChanges(),
                    x.deleteBeforeReplace(), x.dependencies(), false));
        }
        return new PlanRun.Result(out, r.outputs(), r.errors(), r.exceptions());
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    static PlanRun.Result alter(PlanRun.Result r, String type, UnaryOperator<Map<String, Object>> change) {
        return alterWhere(r, x -> x.type().equals(type), change);
    }

    static PlanRun.Result alterWhere(PlanRun.Result r, java.util.function.Predicate<RecordedResource> which,
                                     UnaryOperator<Map<String, Object>> change) {
        List<RecordedResource> out = new ArrayList<>();
        int changed = 0;
        for (RecordedResource x : r.resources()) {
            if (x.custom() && which.test(x)) {
                changed++;
                Map<String, Object> in = change.apply(new HashMap<>(x.inputs()));
                out.add(new RecordedResource(x.urn(), x.type(), x.name(), x.parentUrn(), x.custom(), in, x.provider(),
                        x.version(), x.additionalSecretOutputs(), x.ignoreChanges(), x.deleteBeforeReplace(),
                        x.dependencies(), x.protect()));
            } else {
                out.add(x);
            }
        }
        assertThat(changed).as("the altered resource exists").isPositive();
        return new PlanRun.Result(out, r.outputs(), r.errors(), r.exceptions());
    }

    static PlanRun.Result remove(PlanRun.Result r, String type) {
        return new PlanRun.Result(r.resources().stream().filter(x -> !x.type().equals(type)).toList(), r.outputs(),
                r.errors(), r.exceptions());
    }
}
