package ma.marinemaroc.fleet.components;

import com.pulumi.core.Output;
import ma.marinemaroc.fleet.config.StackFile;
import ma.marinemaroc.fleet.fleetbase.FleetbaseContract;
import ma.marinemaroc.fleet.plan.PlanMocks;
import ma.marinemaroc.fleet.plan.PlanRun;
import ma.marinemaroc.fleet.plan.RecordedResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static ma.marinemaroc.fleet.components.ScaledGraphs.ALERT_EMAIL;
import static ma.marinemaroc.fleet.components.ScaledGraphs.APP_TAG;
import static ma.marinemaroc.fleet.components.ScaledGraphs.DOMAIN;
import static ma.marinemaroc.fleet.components.ScaledGraphs.list;
import static ma.marinemaroc.fleet.components.ScaledGraphs.map;
import static ma.marinemaroc.fleet.components.ScaledGraphs.named;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The DigitalOcean components of the scaled topology (network, managed MySQL, managed Valkey, load balancer) run in
 * the mock engine as {@link ScaledGraphs} wires them: what each registers, with which inputs and options.
 */
class DigitalOceanScaledComponentsTest {
    static final String VPC = "digitalocean:index/vpc:Vpc";
    static final String TAG = "digitalocean:index/tag:Tag";
    static final String CLUSTER = "digitalocean:index/databaseCluster:DatabaseCluster";
    static final String DB = "digitalocean:index/databaseDb:DatabaseDb";
    static final String USER = "digitalocean:index/databaseUser:DatabaseUser";
    static final String DB_FIREWALL = "digitalocean:index/databaseFirewall:DatabaseFirewall";
    static final String MYSQL_CONFIG = "digitalocean:index/databaseMysqlConfig:DatabaseMysqlConfig";
    static final String VALKEY_CONFIG = "digitalocean:index/databaseValkeyConfig:DatabaseValkeyConfig";
    static final String LB = "digitalocean:index/loadBalancer:LoadBalancer";
    static final String CERT = "digitalocean:index/certificate:Certificate";
    static final String ALERT = "digitalocean:index/monitorAlert:MonitorAlert";

    final PlanRun.Result r = ScaledGraphs.digitalOcean();

    @Test
    void graphRunsWithoutErrors() {
        assertThat(r.failed()).as("%s %s", r.errors(), r.exceptions()).isFalse();
    }

    @Test
    void networkIsAVpcInTheRegionAndTheAppTag() {
        RecordedResource vpc = r.one(VPC);
        assertThat(RecordedResource.unwrapInputs(vpc)).isEqualTo(Map.of("name", "fleet-scaled-fra1", "region", "fra1",
                "ipRange", "10.20.0.0/20", "description", "Fleet private network"));
        assertThat(r.one(TAG).plainInput("name")).isEqualTo(APP_TAG);
        assertThat(r.outputs()).containsEntry("vpcId", "vpc-" + shortHash("net-vpc")).containsEntry("appTag", APP_TAG);
    }

    @Test
    void mysqlIsVersion8WithAStandbyInTheVpcTaggedAndProtected() {
        RecordedResource c = named(r, CLUSTER, "mysql-cluster");
        assertThat(c.plainInput("engine")).isEqualTo("mysql");
        assertThat(c.plainInput("version")).isEqualTo("8");
        assertThat(c.plainInput("nodeCount")).isEqualTo(2L);
        assertThat(c.plainInput("size")).isEqualTo("db-s-2vcpu-4gb");
        assertThat(c.plainInput("region")).isEqualTo("fra1");
        assertThat(c.plainInput("privateNetworkUuid")).isEqualTo(r.outputs().get("vpcId"));
        assertThat(c.strings("tags")).containsExactly("project:fleet", "stack:scaled");
        assertThat(list(c.input("maintenanceWindows"))).containsExactly(Map.of("day", "sunday", "hour", "02:00"));
        assertThat(map(c.input("storageAutoscale"))).isEqualTo(Map.of("enabled", true, "thresholdPercent", 80L, "incrementGib", 10L));
        assertThat(c.protect()).isTrue();
        assertThat(c.additionalSecretOutputs()).contains("password", "uri", "privateUri");
    }

    @Test
    void everyFleetbaseDatabaseExistsAndIsProtected() {
        String clusterId = (String) r.outputs().get("mysqlClusterId");
        List<RecordedResource> dbs = r.ofType(DB);
        assertThat(dbs).extracting(d -> d.plainInput("name")).containsExactlyInAnyOrderElementsOf(FleetbaseContract.databaseNames())
                .containsExactlyInAnyOrder("fleetbase", "fleetbase_sandbox", "fleetbase_storefront");
        assertThat(dbs).allSatisfy(d -> {
            assertThat(d.plainInput("clusterId")).isEqualTo(clusterId);
            assertThat(d.protect()).as(d.name()).isTrue();
        });
        assertThat(list(r.outputs().get("mysqlDatabases"))).containsExactly("fleetbase", "fleetbase_sandbox", "fleetbase_storefront");
    }

    @Test
    void mysqlUserPasswordIsSecretAndPrimaryKeyRequirementOff() {
        RecordedResource u = r.one(USER);
        assertThat(RecordedResource.unwrapInputs(u)).isEqualTo(Map.of("clusterId", r.outputs().get("mysqlClusterId"),
                "name", "fleetbase", "mysqlAuthPlugin", "caching_sha2_password"));
        assertThat(r.outputs().get("mysqlPassword")).isEqualTo(new RecordedResource.Secret("mock-mysql-user-password"));
        assertThat(r.outputs()).containsEntry("mysqlUser", "fleetbase").containsEntry("mysqlPort", 25060)
                .containsEntry("mysqlPrivateHost", "private-fleet-scaled-mysql-do-user-0.db.example")
                .containsEntry("mysqlHost", "fleet-scaled-mysql-do-user-0.db.example");
        assertThat(RecordedResource.unwrapInputs(r.one(MYSQL_CONFIG)))
                .isEqualTo(Map.of("clusterId", r.outputs().get("mysqlClusterId"), "sqlRequirePrimaryKey", false));
    }

    @Test
    void bothClustersAdmitOnlyTheAppTag() {
        for (String component : List.of("mysql", "cache")) {
            RecordedResource fw = named(r, DB_FIREWALL, component + "-firewall");
            RecordedResource cluster = named(r, CLUSTER, component + "-cluster");
            assertThat(list(fw.input("rules"))).as(component).containsExactly(Map.of("type", "tag", "value", APP_TAG));
            assertThat(fw.dependencies()).as("the firewall waits for the cluster and the tag")
                    .contains(cluster.urn(), r.one(TAG).urn());
        }
    }

    @Test
    void valkeyIsEncryptedPersistentWithAStandbyAndAQueueSafeEvictionPolicy() {
        RecordedResource c = named(r, CLUSTER, "cache-cluster");
        assertThat(c.plainInput("engine")).isEqualTo("valkey");
        assertThat(c.plainInput("version")).isEqualTo("8");
        assertThat(c.plainInput("nodeCount")).isEqualTo(2L);
        assertThat(c.plainInput("size")).isEqualTo("db-s-1vcpu-2gb");
        assertThat(c.plainInput("evictionPolicy")).isEqualTo("volatile_lru");
        assertThat(c.plainInput("privateNetworkUuid")).isEqualTo(r.outputs().get("vpcId"));
        assertThat(c.protect()).isTrue();
        assertThat(RecordedResource.unwrapInputs(r.one(VALKEY_CONFIG))).isEqualTo(Map.of(
                "clusterId", r.outputs().get("cacheClusterId"), "ssl", true, "persistence", "rdb",
                "valkeyMaxmemoryPolicy", "volatile_lru"));
        assertThat(r.outputs()).containsEntry("cacheTls", true).containsEntry("cachePort", 25061)
                .containsEntry("cacheUser", "default");
        assertThat(r.outputs().get("cachePassword")).isInstanceOf(RecordedResource.Secret.class);
        assertThat(r.outputs().get("cachePrivateUri")).isInstanceOf(RecordedResource.Secret.class);
        assertThat(String.valueOf(RecordedResource.unwrap(r.outputs().get("cachePrivateUri")))).startsWith("rediss://default:");
    }

    @Test
    void loadBalancerTerminatesTlsAndForwardsWebAndWebsocketToTheTag() {
        RecordedResource cert = r.one(CERT);
        assertThat(RecordedResource.unwrapInputs(cert)).isEqualTo(Map.of("name", "fleet-scaled-fleet-example-ma",
                "type", "lets_encrypt", "domains", List.of(DOMAIN)));
        RecordedResource lb = r.one(LB);
        String certName = "fleet-scaled-fleet-example-ma";
        assertThat(list(lb.input("forwardingRules"))).containsExactly(
                Map.of("entryPort", 443L, "entryProtocol", "https", "targetPort", 80L, "targetProtocol", "http",
                        "certificateName", certName),
                Map.of("entryPort", 80L, "entryProtocol", "http", "targetPort", 80L, "targetProtocol", "http"),
                Map.of("entryPort", 38000L, "entryProtocol", "https", "targetPort", 38000L, "targetProtocol", "http",
                        "certificateName", certName));
        assertThat(map(lb.input("healthcheck"))).isEqualTo(Map.of("protocol", "http", "port", 80L,
                "path", FleetbaseContract.HEALTH_PATH, "checkIntervalSeconds", 10L, "responseTimeoutSeconds", 5L,
                "healthyThreshold", 3L, "unhealthyThreshold", 3L));
        assertThat(map(lb.input("stickySessions"))).isEqualTo(Map.of("type", "none"));
        assertThat(lb.plainInput("dropletTag")).isEqualTo(APP_TAG);
        assertThat(lb.plainInput("vpcUuid")).isEqualTo(r.outputs().get("vpcId"));
        assertThat(lb.plainInput("redirectHttpToHttps")).isEqualTo(true);
        assertThat(lb.plainInput("disableLetsEncryptDnsRecords")).isEqualTo(true);
        assertThat(lb.plainInput("tlsCipherPolicy")).isEqualTo("STRONG");
        assertThat(lb.plainInput("region")).isEqualTo("fra1");
        assertThat(lb.plainInput("sizeUnit")).isEqualTo(1L);
        assertThat(lb.plainInput("httpIdleTimeoutSeconds")).isEqualTo(60L);
        assertThat(lb.dependencies()).contains(cert.urn(), r.one(TAG).urn(), r.one(VPC).urn());
        assertThat(r.outputs()).containsEntry("lbIp", PlanMocks.LOAD_BALANCER_IP)
                .containsEntry("lbUrn", "do:loadbalancer:" + r.outputs().get("lbId"));
    }

    @Test
    void alertsWatchTheClustersAndTheLoadBalancerWithValidTypes() {
        String mysqlId = (String) r.outputs().get("mysqlClusterId");
        String cacheId = (String) r.outputs().get("cacheClusterId");
        String lbId = (String) r.outputs().get("lbId");
        Map<String, List<String>> typesByEntity = new java.util.TreeMap<>();
        for (RecordedResource a : r.ofType(ALERT)) {
            assertThat(a.strings("entities")).hasSize(1);
            typesByEntity.computeIfAbsent(a.strings("entities").get(0), k -> new java.util.ArrayList<>())
                    .add(String.valueOf(a.plainInput("type")));
            assertThat(a.plainInput("compare")).isEqualTo("GreaterThan");
            assertThat(map(a.input("alerts"))).isEqualTo(Map.of("emails", List.of(ALERT_EMAIL)));
            assertThat(List.of("5m", "10m", "30m", "1h")).contains(String.valueOf(a.plainInput("window")));
        }
        List<String> dbaas = List.of("v1/dbaas/alerts/cpu_alerts", "v1/dbaas/alerts/memory_utilization_alerts",
                "v1/dbaas/alerts/disk_utilization_alerts");
        assertThat(typesByEntity).containsOnlyKeys(mysqlId, cacheId, lbId);
        assertThat(typesByEntity.get(mysqlId)).containsExactlyInAnyOrderElementsOf(dbaas);
        assertThat(typesByEntity.get(cacheId)).containsExactlyInAnyOrderElementsOf(dbaas);
        assertThat(typesByEntity.get(lbId)).containsExactlyInAnyOrder("v1/insights/lbaas/avg_cpu_utilization_percent",
                "v1/insights/lbaas/connection_utilization_percent",
                "v1/insights/lbaas/increase_in_http_error_rate_percentage_5xx");
        assertThat(list(r.outputs().get("lbAlerts"))).contains("load balancer fleet-scaled: 5xx responses above 5% for 5m");
    }

    @Test
    void everyResourceHangsUnderItsComponentWithThePackageTypeToken() {
        Map<String, String> tokens = Map.of("net", "fleet:index:DigitalOceanNetwork", "mysql", "fleet:index:DigitalOceanMysql",
                "cache", "fleet:index:DigitalOceanValkey", "lb", "fleet:index:DigitalOceanLoadBalancer");
        tokens.forEach((name, token) -> {
            RecordedResource comp = named(r, token, name);
            assertThat(comp.custom()).isFalse();
            assertThat(ScaledGraphs.children(r, comp)).as(name).isNotEmpty()
                    .allSatisfy(ch -> assertThat(ch.name()).startsWith(name + "-"));
        });
        assertThat(r.resources().stream().filter(x -> x.custom() && !x.name().equals("app-firewall"))
                .filter(x -> x.parentUrn().endsWith("::" + ScaledGraphs.PROJECT + "-" + ScaledGraphs.STACK) || x.parentUrn().isEmpty()))
                .as("no component child registered at the stack root").isEmpty();
    }

    @Test
    void noAlertsWithoutAlertEmails() {
        PlanRun.Result plain = ScaledGraphs.run(new StackFile(Map.of(), Set.of()), ctx -> {
            var net = new DigitalOceanNetwork("net", DigitalOceanNetworkArgs.builder().vpcName("v").region("fra1")
                    .ipRange("10.9.0.0/24").appTag("t").build(), null);
            new DigitalOceanMysql("mysql", DigitalOceanMysqlArgs.builder().clusterName("m").region("fra1")
                    .vpcId(net.vpcId()).appTag(net.appTag()).nodeCount(3).databases(List.of("only")).build(), null);
        });
        assertThat(plain.failed()).as("%s", plain.exceptions()).isFalse();
        assertThat(plain.ofType(ALERT)).isEmpty();
        assertThat(plain.one(CLUSTER).plainInput("nodeCount")).isEqualTo(3L);
        assertThat(plain.ofType(DB)).extracting(d -> d.plainInput("name")).containsExactly("only");
    }

    // ---- inputs are checked, every problem at once --------------------------------------------------------------

    @Test
    void networkArgsRefuseAPublicOrOddRangeAndABadTag() {
        assertThatThrownBy(() -> DigitalOceanNetworkArgs.builder().vpcName("v").region("fra1").ipRange("8.8.8.0/24")
                .appTag("bad tag").build())
                .hasMessageContaining("ipRange 8.8.8.0/24 is not inside an RFC 1918 private range")
                .hasMessageContaining("appTag 'bad tag'");
        assertThatThrownBy(() -> DigitalOceanNetworkArgs.builder().vpcName("v").region("fra1").ipRange("10.0.0.0/8")
                .appTag("t").build()).hasMessageContaining("must be a /16 to /28");
        assertThatThrownBy(() -> DigitalOceanNetworkArgs.builder().vpcName("v").region("fra1").ipRange("10.0.0.1/24")
                .appTag("t").build()).hasMessageContaining("is not an IPv4 CIDR");
        assertThatThrownBy(() -> DigitalOceanNetworkArgs.builder().build())
                .hasMessage("DigitalOceanNetworkArgs: vpcName is required; region is required; ipRange is required; appTag is required");
    }

    @Test
    void mysqlArgsRefuseNoStandbyAndBadNames() {
        assertThatThrownBy(() -> DigitalOceanMysqlArgs.builder().clusterName("Bad_Name").region("fra1")
                .vpcId(Output.of("v")).appTag(Output.of("t")).nodeCount(1).size("s-1vcpu-1gb").userName("doadmin")
                .databases(List.of("a", "a", "x-y")).authPlugin("sha256_password").maintenanceDay("someday")
                .alertEmails(List.of("not-an-address")).build())
                .hasMessageContaining("clusterName must be one DNS label")
                .hasMessageContaining("nodeCount must be 2..3, got 1")
                .hasMessageContaining("size 's-1vcpu-1gb' is not a database size slug")
                .hasMessageContaining("userName doadmin is the cluster's administrator")
                .hasMessageContaining("repeat a name")
                .hasMessageContaining("database name 'x-y'")
                .hasMessageContaining("authPlugin 'sha256_password'")
                .hasMessageContaining("maintenanceDay 'someday'")
                .hasMessageContaining("alertEmails: 'not-an-address' is not a usable e-mail address");
        assertThatThrownBy(() -> DigitalOceanMysqlArgs.builder().build())
                .hasMessageContaining("clusterName is required").hasMessageContaining("vpcId is required")
                .hasMessageContaining("appTag is required");
    }

    @Test
    void valkeyArgsRefuseAnEvictionPolicyThatDropsQueuedJobs() {
        assertThatThrownBy(() -> DigitalOceanValkeyArgs.builder().clusterName("c").region("fra1")
                .vpcId(Output.of("v")).appTag(Output.of("t")).evictionPolicy("allkeys_lru").nodeCount(3).build())
                .hasMessageContaining("evictionPolicy allkeys_lru would evict queued jobs")
                .hasMessageContaining("nodeCount must be 1..2, got 3");
        assertThatThrownBy(() -> DigitalOceanValkeyArgs.builder().clusterName("c").region("fra1")
                .vpcId(Output.of("v")).appTag(Output.of("t")).evictionPolicy("allkeysLru").build())
                .hasMessageContaining("evictionPolicy 'allkeysLru' must be one of");
    }

    @Test
    void loadBalancerArgsRefuseABadDomainAndLimits() {
        assertThatThrownBy(() -> DigitalOceanLoadBalancerArgs.builder().lbName("lb").region("fra1")
                .vpcId(Output.of("v")).appTag(Output.of("t")).domain("not a domain").sizeUnit(0)
                .idleTimeoutSeconds(5).healthCheckPath("health").build())
                .hasMessageContaining("domain: ").hasMessageContaining("sizeUnit must be 1..100, got 0")
                .hasMessageContaining("idleTimeoutSeconds must be 30..600, got 5")
                .hasMessageContaining("healthCheckPath 'health' must be an absolute path");
    }

    static String shortHash(String s) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d, 0, 4);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
