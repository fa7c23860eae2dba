package ma.marinemaroc.fleet.bindings;

import static ma.marinemaroc.fleet.bindings.BindingMockEngine.constant;
import static ma.marinemaroc.fleet.bindings.BindingMockEngine.secret;
import static ma.marinemaroc.fleet.bindings.BindingMockEngine.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.marinemaroc.fleet.bindings.BindingMockEngine.Registration;
import ma.marinemaroc.fleet.bindings.BindingMockEngine.Secret;
import ma.marinemaroc.fleet.bindings.digitalocean.DatabaseCluster;
import ma.marinemaroc.fleet.bindings.digitalocean.DatabaseClusterArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.DatabaseClusterMaintenanceWindowArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.DatabaseClusterStorageAutoscaleArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.DatabaseDb;
import ma.marinemaroc.fleet.bindings.digitalocean.DatabaseDbArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.DatabaseFirewall;
import ma.marinemaroc.fleet.bindings.digitalocean.DatabaseFirewallArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.DatabaseFirewallRuleArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.DatabaseMysqlConfig;
import ma.marinemaroc.fleet.bindings.digitalocean.DatabaseMysqlConfigArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.DatabaseReplica;
import ma.marinemaroc.fleet.bindings.digitalocean.DatabaseReplicaArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.DatabaseUser;
import ma.marinemaroc.fleet.bindings.digitalocean.DatabaseUserArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.DatabaseValkeyConfig;
import ma.marinemaroc.fleet.bindings.digitalocean.DatabaseValkeyConfigArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.DigitalOceanPlugin;
import ma.marinemaroc.fleet.bindings.digitalocean.DoCertificate;
import ma.marinemaroc.fleet.bindings.digitalocean.DoCertificateArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.Droplet;
import ma.marinemaroc.fleet.bindings.digitalocean.DropletArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.LoadBalancer;
import ma.marinemaroc.fleet.bindings.digitalocean.LoadBalancerArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.LoadBalancerFirewallArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.LoadBalancerForwardingRuleArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.LoadBalancerHealthcheckArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.LoadBalancerStickySessionsArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.Tag;
import ma.marinemaroc.fleet.bindings.digitalocean.TagArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.Volume;
import ma.marinemaroc.fleet.bindings.digitalocean.VolumeArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.VolumeAttachment;
import ma.marinemaroc.fleet.bindings.digitalocean.VolumeAttachmentArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.Vpc;
import ma.marinemaroc.fleet.bindings.digitalocean.VpcArgs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pulumirpc.Resource.RegisterResourceRequest;

/**
 * The DigitalOcean bindings for a data volume, managed MySQL and Valkey, a load balancer with a DigitalOcean-issued
 * certificate, VPC and tag, registered against Pulumi's mock engine as the stack would use them: what reaches the engine
 * (token, pinned version, secret outputs, schema names, secrets wrapped) and what comes back (ids, URNs, hosts, secret
 * passwords and URIs).
 */
class ManagedServiceBindingsTest {
    private static final String KEY = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEI\n-----END PRIVATE KEY-----\n";
    private static final String LEAF = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";

    private final BindingMockEngine engine = new BindingMockEngine();
    private final Map<String, Resource> byName = new LinkedHashMap<>();

    @BeforeEach
    void deploy() {
        engine.run(ctx -> createAll(), ManagedServiceBindingsTest::idOf, ManagedServiceBindingsTest::computed);
    }

    @AfterEach
    void cleanup() {
        BindingMockEngine.cleanup();
    }

    @Test
    void everyNewBindingRegistersItsTokenVersionSecretOutputsAndSchemaInputs() {
        // Written out from the schema's "secret": true properties, independently of the SECRET_OUTPUTS constants.
        Map<String, List<String>> expectedSecrets = Map.of(
                "mysql", List.of("password", "privateUri", "uiPassword", "uiUri", "uri"),
                "cache", List.of("password", "privateUri", "uiPassword", "uiUri", "uri"),
                "mysql-replica", List.of("password", "privateUri", "uri"),
                "app-user", List.of("accessCert", "accessKey", "password"),
                "le-cert", List.of("privateKey"), "custom-cert", List.of("privateKey"));
        assertThat(byName.values().stream().map(r -> r.getClass().getSimpleName()).distinct()).containsExactlyInAnyOrder(
                "Tag", "Vpc", "Volume", "VolumeAttachment", "DatabaseCluster", "DatabaseDb", "DatabaseUser",
                "DatabaseFirewall", "DatabaseMysqlConfig", "DatabaseReplica", "DatabaseValkeyConfig", "DoCertificate",
                "LoadBalancer");
        for (var e : byName.entrySet()) {
            String token = constant(e.getValue().getClass(), "TOKEN");
            RegisterResourceRequest req = engine.get(e.getKey()).request();
            assertThat(req.getType()).as(e.getKey()).isEqualTo(token);
            assertThat(req.getVersion()).as(e.getKey()).isEqualTo(DigitalOceanPlugin.VERSION).isEqualTo("4.76.0");
            assertThat(req.getAdditionalSecretOutputsList()).as(e.getKey())
                    .containsExactlyInAnyOrderElementsOf(expectedSecrets.getOrDefault(e.getKey(), List.of()))
                    .containsExactlyElementsOf(BindingChecker.secretOutputs(e.getValue().getClass()));
            assertThat(engine.get(e.getKey()).wireInputs().keySet()).as(e.getKey())
                    .containsAll(ProviderSchemas.requiredInputs(token))
                    .isSubsetOf(ProviderSchemas.inputNames(token));
        }
    }

    @Test
    void dataVolumeIsFormattedAndAttachedToTheDroplet() {
        assertThat(engine.get("data").inputs()).isEqualTo(Map.of(
                "name", "fleet-data", "region", "fra1", "size", 100.0, "initialFilesystemType", "xfs",
                "initialFilesystemLabel", "fleetdata", "description", "MySQL and uploads", "tags", List.of("fleet")));
        assertThat(engine.get("data-attach").inputs()).isEqualTo(Map.of("dropletId", 101.0, "volumeId", "vol-7f3a"));
        assertThat(engine.get("data-attach").request().getDependenciesList())
                .contains(engine.urnOf("data"), engine.urnOf("host"));
        Volume volume = (Volume) byName.get("data");
        assertThat(value(volume.id())).isEqualTo("vol-7f3a");
        assertThat(value(volume.volumeUrn())).isEqualTo("do:volume:vol-7f3a");
        assertThat(value(volume.filesystemType())).isEqualTo("xfs");
        assertThat(value(volume.size())).isEqualTo(100);
        assertThat(value(((VolumeAttachment) byName.get("data-attach")).dropletId())).isEqualTo(101);
    }

    @Test
    void mysqlClusterHasAStandbyInTheVpcAndItsSecretsStaySecret() {
        assertThat(engine.get("mysql").inputs()).isEqualTo(Map.of(
                "name", "fleet-mysql", "engine", "mysql", "version", "8", "size", "db-s-2vcpu-4gb", "region", "fra1",
                "nodeCount", 2.0, "privateNetworkUuid", "vpc-fra1-id", "tags", List.of("fleet"),
                "maintenanceWindows", List.of(Map.of("day", "sunday", "hour", "03:00")),
                "storageAutoscale", Map.of("enabled", true, "thresholdPercent", 80.0, "incrementGib", 10.0)));
        assertThat(engine.get("mysql").request().getDependenciesList()).contains(engine.urnOf("vpc"));
        DatabaseCluster mysql = (DatabaseCluster) byName.get("mysql");
        assertThat(value(mysql.host())).isEqualTo("fleet-mysql-do-user-1.db.example");
        assertThat(value(mysql.privateHost())).isEqualTo("private-fleet-mysql-do-user-1.db.example");
        assertThat(value(mysql.port())).isEqualTo(25060);
        assertThat(value(mysql.user())).isEqualTo("doadmin");
        assertThat(value(mysql.clusterUrn())).isEqualTo("do:dbaas:db-mysql-id");
        for (Output<String> s : List.of(mysql.password(), mysql.uri(), mysql.privateUri(), mysql.uiPassword(),
                mysql.uiUri())) {
            assertThat(secret(s)).isTrue();
        }
        assertThat(value(mysql.uri())).startsWith("mysql://doadmin:");
        for (Output<?> plain : List.of(mysql.host(), mysql.privateHost(), mysql.port(), mysql.user(), mysql.id())) {
            assertThat(secret(plain)).isFalse();
        }

        assertThat(engine.get("db-fleetbase").inputs()).isEqualTo(Map.of("clusterId", "db-mysql-id", "name", "fleetbase"));
        assertThat(engine.get("db-sandbox").inputs()).isEqualTo(Map.of("clusterId", "db-mysql-id", "name", "fleetbase_sandbox"));
        assertThat(engine.get("app-user").inputs()).isEqualTo(Map.of(
                "clusterId", "db-mysql-id", "name", "fleetbase", "mysqlAuthPlugin", "caching_sha2_password"));
        DatabaseUser user = (DatabaseUser) byName.get("app-user");
        assertThat(secret(user.password())).isTrue();
        assertThat(value(user.password())).isEqualTo("generated-user-password");
        assertThat(value(user.role())).isEqualTo("normal");
        assertThat(secret(user.role())).isFalse();

        assertThat(engine.get("mysql-fw").inputs()).isEqualTo(Map.of("clusterId", "db-mysql-id",
                "rules", List.of(Map.of("type", "tag", "value", "fleet-app"))));
        assertThat(engine.get("mysql-fw").request().getDependenciesList()).contains(engine.urnOf("app-tag"));
        assertThat(engine.get("mysql-config").inputs()).isEqualTo(Map.of("clusterId", "db-mysql-id",
                "sqlRequirePrimaryKey", false, "defaultTimeZone", "+01:00", "maxAllowedPacket", 67108864.0,
                "longQueryTime", 2.5, "slowQueryLog", true));
        assertThat(value(((DatabaseMysqlConfig) byName.get("mysql-config")).longQueryTime())).isEqualTo(2.5);
    }

    @Test
    void replicaAndValkeyClusterExposeTheirConnectionOutputs() {
        assertThat(engine.get("mysql-replica").inputs()).isEqualTo(Map.of("clusterId", "db-mysql-id",
                "name", "fleet-mysql-ro", "region", "fra1", "size", "db-s-2vcpu-4gb", "privateNetworkUuid", "vpc-fra1-id"));
        DatabaseReplica replica = (DatabaseReplica) byName.get("mysql-replica");
        assertThat(value(replica.uuid())).isEqualTo("9f1c-replica");
        assertThat(value(replica.privateHost())).isEqualTo("private-fleet-mysql-ro.db.example");
        assertThat(secret(replica.password())).isTrue();
        assertThat(secret(replica.uri())).isTrue();
        assertThat(secret(replica.privateUri())).isTrue();
        assertThat(secret(replica.host())).isFalse();

        assertThat(engine.get("cache").inputs()).isEqualTo(Map.of("name", "fleet-cache", "engine", "valkey",
                "version", "8", "size", "db-s-1vcpu-2gb", "region", "fra1", "nodeCount", 1.0,
                "privateNetworkUuid", "vpc-fra1-id", "evictionPolicy", "allkeys_lru"));
        DatabaseCluster cache = (DatabaseCluster) byName.get("cache");
        assertThat(value(cache.port())).isEqualTo(25061);
        assertThat(value(cache.privateUri())).startsWith("rediss://default:");
        assertThat(secret(cache.privateUri())).isTrue();
        assertThat(engine.get("cache-config").inputs()).isEqualTo(Map.of("clusterId", "db-cache-id",
                "valkeyMaxmemoryPolicy", "allkeys_lru", "persistence", "rdb", "ssl", true, "timeout", 300.0));
        assertThat(value(((DatabaseValkeyConfig) byName.get("cache-config")).persistence())).isEqualTo("rdb");
    }

    @Test
    void loadBalancerTerminatesTlsWithTheLetsEncryptCertificateAndTargetsTheTag() {
        assertThat(engine.get("le-cert").inputs()).isEqualTo(Map.of(
                "name", "fleet-le", "type", "lets_encrypt", "domains", List.of("fleet.example.ma")));
        Map<String, Object> https = Map.of("entryPort", 443.0, "entryProtocol", "https", "targetPort", 80.0,
                "targetProtocol", "http", "certificateName", "fleet-le");
        Map<String, Object> http = Map.of("entryPort", 80.0, "entryProtocol", "http", "targetPort", 80.0,
                "targetProtocol", "http");
        Map<String, Object> socket = Map.of("entryPort", 38000.0, "entryProtocol", "https", "targetPort", 38000.0,
                "targetProtocol", "http", "certificateName", "fleet-le");
        assertThat(engine.get("lb").inputs()).isEqualTo(Map.ofEntries(
                Map.entry("name", "fleet-lb"), Map.entry("region", "fra1"), Map.entry("sizeUnit", 1.0),
                Map.entry("vpcUuid", "vpc-fra1-id"), Map.entry("dropletTag", "fleet-app"),
                Map.entry("redirectHttpToHttps", true), Map.entry("httpIdleTimeoutSeconds", 600.0),
                Map.entry("forwardingRules", List.of(https, http, socket)),
                Map.entry("healthcheck", Map.of("protocol", "http", "port", 80.0, "path", "/health",
                        "checkIntervalSeconds", 10.0, "healthyThreshold", 3.0, "unhealthyThreshold", 3.0,
                        "responseTimeoutSeconds", 5.0)),
                Map.entry("stickySessions", Map.of("type", "cookies", "cookieName", "fleet_lb",
                        "cookieTtlSeconds", 3600.0)),
                Map.entry("firewall", Map.of("allows", List.of("cidr:0.0.0.0/0"),
                        "denies", List.of("ip:198.51.100.66")))));
        // The rules name the certificate through its output, so the load balancer waits for it.
        assertThat(engine.get("lb").request().getDependenciesList())
                .contains(engine.urnOf("le-cert"), engine.urnOf("app-tag"), engine.urnOf("vpc"));
        LoadBalancer lb = (LoadBalancer) byName.get("lb");
        assertThat(value(lb.ip())).isEqualTo("203.0.113.60");
        assertThat(value(lb.loadBalancerUrn())).isEqualTo("do:loadbalancer:lb-id");
        assertThat(value(lb.status())).isEqualTo("active");
        DoCertificate cert = (DoCertificate) byName.get("le-cert");
        assertThat(value(cert.id())).isEqualTo("fleet-le");
        assertThat(value(cert.uuid())).isEqualTo("c0ffee-le");
        assertThat(value(cert.state())).isEqualTo("verified");
    }

    @Test
    void customCertificateKeyReachesTheEngineOnlyAsASecret() {
        Map<String, Object> wire = engine.get("custom-cert").wireInputs();
        assertThat(wire).containsEntry("privateKey", new Secret(KEY)).containsEntry("leafCertificate", LEAF)
                .containsEntry("type", "custom");
        DoCertificateArgs fromPlain = DoCertificateArgs.builder().privateKey("pem").build();
        assertThat(secret(fromPlain.privateKey().orElseThrow())).isTrue();
        DoCertificateArgs fromOutput = DoCertificateArgs.builder().privateKey(Output.of("pem")).build();
        assertThat(secret(fromOutput.privateKey().orElseThrow())).isTrue();
    }

    @Test
    void vpcAndTagOutputsIncludingTheKeywordNamedDefault() {
        assertThat(engine.get("vpc").inputs()).isEqualTo(Map.of("name", "fleet-fra1", "region", "fra1",
                "ipRange", "10.20.0.0/20", "description", "fleet private network"));
        Vpc vpc = (Vpc) byName.get("vpc");
        assertThat(value(vpc.default_())).isFalse();
        assertThat(value(vpc.vpcUrn())).isEqualTo("do:vpc:vpc-fra1-id");
        assertThat(value(vpc.ipRange())).isEqualTo("10.20.0.0/20");
        Tag tag = (Tag) byName.get("app-tag");
        assertThat(value(tag.id())).isEqualTo("fleet-app");
        assertThat(value(tag.name())).isEqualTo("fleet-app");
        assertThat(value(tag.dropletsCount())).isZero();
    }

    @Test
    void buildersRejectMissingRequiredInputsWithAClearMessage() {
        assertThatThrownBy(() -> DatabaseClusterArgs.builder().engine("mysql").size("db-s-1vcpu-1gb").region("fra1").build())
                .isInstanceOf(IllegalStateException.class).hasMessage("DatabaseClusterArgs.nodeCount is required");
        assertThatThrownBy(() -> DatabaseFirewallRuleArgs.builder().type("tag").build())
                .hasMessage("DatabaseFirewallRuleArgs.value is required");
        assertThatThrownBy(() -> LoadBalancerForwardingRuleArgs.builder().entryPort(443).entryProtocol("https")
                .targetPort(80).build()).hasMessage("LoadBalancerForwardingRuleArgs.targetProtocol is required");
        assertThatThrownBy(() -> LoadBalancerHealthcheckArgs.builder().port(80).build())
                .hasMessage("LoadBalancerHealthcheckArgs.protocol is required");
        assertThatThrownBy(() -> VolumeAttachmentArgs.builder().volumeId("v").build())
                .hasMessage("VolumeAttachmentArgs.dropletId is required");
        assertThatThrownBy(() -> VolumeArgs.builder().region("fra1").build()).hasMessage("VolumeArgs.size is required");
        assertThatThrownBy(() -> VpcArgs.builder().name("x").build()).hasMessage("VpcArgs.region is required");
        assertThatThrownBy(() -> DatabaseFirewallArgs.builder().clusterId("c").build())
                .hasMessage("DatabaseFirewallArgs.rules is required");
    }

    // ------------------------------------------------------------------ the program

    private void createAll() {
        var tag = new Tag("app-tag", TagArgs.builder().name("fleet-app").build());
        put("app-tag", tag);
        var vpc = new Vpc("vpc", VpcArgs.builder().name("fleet-fra1").region("fra1").ipRange("10.20.0.0/20")
                .description("fleet private network").build());
        put("vpc", vpc);
        var droplet = new Droplet("host", DropletArgs.builder().image("ubuntu-22-04-x64").size("s-2vcpu-4gb")
                .tags(tag.name().applyValue(List::of)).vpcUuid(vpc.id()).build());
        var volume = new Volume("data", VolumeArgs.builder().name("fleet-data").region("fra1").size(100)
                .initialFilesystemType("xfs").initialFilesystemLabel("fleetdata").description("MySQL and uploads")
                .tags("fleet").build(), CustomResourceOptions.builder().protect(true).build());
        put("data", volume);
        put("data-attach", new VolumeAttachment("data-attach", VolumeAttachmentArgs.builder()
                .dropletId(droplet.id().applyValue(Integer::parseInt)).volumeId(volume.id()).build()));

        var mysql = new DatabaseCluster("mysql", DatabaseClusterArgs.builder().name("fleet-mysql").engine("mysql")
                .version("8").size("db-s-2vcpu-4gb").region("fra1").nodeCount(2).privateNetworkUuid(vpc.id())
                .tags("fleet")
                .maintenanceWindows(DatabaseClusterMaintenanceWindowArgs.builder().day("sunday").hour("03:00").build())
                .storageAutoscale(DatabaseClusterStorageAutoscaleArgs.builder().enabled(true).thresholdPercent(80)
                        .incrementGib(10).build())
                .build());
        put("mysql", mysql);
        put("db-fleetbase", new DatabaseDb("db-fleetbase",
                DatabaseDbArgs.builder().clusterId(mysql.id()).name("fleetbase").build()));
        put("db-sandbox", new DatabaseDb("db-sandbox",
                DatabaseDbArgs.builder().clusterId(mysql.id()).name("fleetbase_sandbox").build()));
        put("app-user", new DatabaseUser("app-user", DatabaseUserArgs.builder().clusterId(mysql.id()).name("fleetbase")
                .mysqlAuthPlugin("caching_sha2_password").build()));
        put("mysql-fw", new DatabaseFirewall("mysql-fw", DatabaseFirewallArgs.builder().clusterId(mysql.id())
                .rules(DatabaseFirewallRuleArgs.builder().type("tag").value(tag.name()).build()).build()));
        put("mysql-config", new DatabaseMysqlConfig("mysql-config", DatabaseMysqlConfigArgs.builder()
                .clusterId(mysql.id()).sqlRequirePrimaryKey(false).defaultTimeZone("+01:00")
                .maxAllowedPacket(67108864).longQueryTime(2.5).slowQueryLog(true).build()));
        put("mysql-replica", new DatabaseReplica("mysql-replica", DatabaseReplicaArgs.builder().clusterId(mysql.id())
                .name("fleet-mysql-ro").region("fra1").size("db-s-2vcpu-4gb").privateNetworkUuid(vpc.id()).build()));

        var cache = new DatabaseCluster("cache", DatabaseClusterArgs.builder().name("fleet-cache").engine("valkey")
                .version("8").size("db-s-1vcpu-2gb").region("fra1").nodeCount(1).privateNetworkUuid(vpc.id())
                .evictionPolicy("allkeys_lru").build());
        put("cache", cache);
        put("cache-config", new DatabaseValkeyConfig("cache-config", DatabaseValkeyConfigArgs.builder()
                .clusterId(cache.id()).valkeyMaxmemoryPolicy("allkeys_lru").persistence("rdb").ssl(true).timeout(300)
                .build()));

        var cert = new DoCertificate("le-cert", DoCertificateArgs.builder().name("fleet-le").type("lets_encrypt")
                .domains("fleet.example.ma").build());
        put("le-cert", cert);
        put("custom-cert", new DoCertificate("custom-cert", DoCertificateArgs.builder().name("fleet-custom")
                .type("custom").leafCertificate(LEAF).privateKey(Output.of(KEY)).build()));
        put("lb", new LoadBalancer("lb", LoadBalancerArgs.builder().name("fleet-lb").region("fra1").sizeUnit(1)
                .vpcUuid(vpc.id()).dropletTag(tag.name()).redirectHttpToHttps(true).httpIdleTimeoutSeconds(600)
                .forwardingRules(
                        LoadBalancerForwardingRuleArgs.builder().entryPort(443).entryProtocol("https").targetPort(80)
                                .targetProtocol("http").certificateName(cert.name()).build(),
                        LoadBalancerForwardingRuleArgs.builder().entryPort(80).entryProtocol("http").targetPort(80)
                                .targetProtocol("http").build(),
                        LoadBalancerForwardingRuleArgs.builder().entryPort(38000).entryProtocol("https")
                                .targetPort(38000).targetProtocol("http").certificateName(cert.name()).build())
                .healthcheck(LoadBalancerHealthcheckArgs.builder().protocol("http").port(80).path("/health")
                        .checkIntervalSeconds(10).healthyThreshold(3).unhealthyThreshold(3).responseTimeoutSeconds(5)
                        .build())
                .stickySessions(LoadBalancerStickySessionsArgs.builder().type("cookies").cookieName("fleet_lb")
                        .cookieTtlSeconds(3600).build())
                .firewall(LoadBalancerFirewallArgs.builder().allows("cidr:0.0.0.0/0").denies("ip:198.51.100.66").build())
                .build()));
    }

    private void put(String name, Resource r) {
        byName.put(name, r);
    }

    // ------------------------------------------------------------------ mock provider

    private static String idOf(String type, String name) {
        return switch (type) {
            case "digitalocean:index/droplet:Droplet" -> "101";
            case "digitalocean:index/volume:Volume" -> "vol-7f3a";
            case "digitalocean:index/vpc:Vpc" -> "vpc-fra1-id";
            case "digitalocean:index/tag:Tag" -> "fleet-app";
            case "digitalocean:index/databaseCluster:DatabaseCluster" -> "db-" + name + "-id";
            case "digitalocean:index/certificate:Certificate" -> name.equals("le-cert") ? "fleet-le" : "fleet-custom";
            default -> name + "-id";
        };
    }

    private static Map<String, Object> computed(String type, String name, Map<String, Object> inputs) {
        String id = idOf(type, name);
        return switch (type) {
            case "digitalocean:index/volume:Volume" -> Map.of("volumeUrn", "do:volume:" + id,
                    "filesystemType", inputs.get("initialFilesystemType"), "dropletIds", List.of());
            case "digitalocean:index/databaseCluster:DatabaseCluster" -> {
                String host = inputs.get("name") + "-do-user-1.db.example";
                boolean mysql = "mysql".equals(inputs.get("engine"));
                String scheme = mysql ? "mysql" : "rediss";
                String user = mysql ? "doadmin" : "default";
                int port = mysql ? 25060 : 25061;
                yield Map.ofEntries(Map.entry("host", host), Map.entry("privateHost", "private-" + host),
                        Map.entry("port", port), Map.entry("user", user), Map.entry("password", "cluster-password"),
                        Map.entry("database", "defaultdb"), Map.entry("clusterUrn", "do:dbaas:" + id),
                        Map.entry("uri", scheme + "://" + user + ":cluster-password@" + host + ":" + port),
                        Map.entry("privateUri", scheme + "://" + user + ":cluster-password@private-" + host + ":" + port),
                        Map.entry("uiPassword", ""), Map.entry("uiUri", ""));
            }
            case "digitalocean:index/databaseUser:DatabaseUser" -> Map.of("password", "generated-user-password",
                    "role", "normal");
            case "digitalocean:index/databaseReplica:DatabaseReplica" -> Map.of("uuid", "9f1c-replica",
                    "host", inputs.get("name") + ".db.example", "privateHost", "private-" + inputs.get("name") + ".db.example",
                    "port", 25060, "password", "replica-password", "uri", "mysql://doadmin:replica-password@ro",
                    "privateUri", "mysql://doadmin:replica-password@private-ro");
            case "digitalocean:index/loadBalancer:LoadBalancer" -> Map.of("ip", "203.0.113.60",
                    "loadBalancerUrn", "do:loadbalancer:" + id, "status", "active");
            case "digitalocean:index/certificate:Certificate" -> Map.of("uuid", "c0ffee-" + (name.equals("le-cert") ? "le" : "custom"),
                    "state", "verified", "notAfter", "2027-02-01T00:00:00Z", "sha1Fingerprint", "ab12");
            case "digitalocean:index/vpc:Vpc" -> Map.of("vpcUrn", "do:vpc:" + id, "default", false,
                    "createdAt", "2026-11-25T10:00:00Z");
            case "digitalocean:index/tag:Tag" -> Map.of("dropletsCount", 0, "totalResourceCount", 0);
            default -> Map.of();
        };
    }
}
