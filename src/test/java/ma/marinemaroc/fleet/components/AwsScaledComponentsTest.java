package ma.marinemaroc.fleet.components;

import com.pulumi.core.Output;
import ma.marinemaroc.fleet.plan.PlanMocks;
import ma.marinemaroc.fleet.plan.PlanRun;
import ma.marinemaroc.fleet.plan.RecordedResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static ma.marinemaroc.fleet.components.ScaledGraphs.CACHE_TOKEN;
import static ma.marinemaroc.fleet.components.ScaledGraphs.DOMAIN;
import static ma.marinemaroc.fleet.components.ScaledGraphs.RDS_PASSWORD;
import static ma.marinemaroc.fleet.components.ScaledGraphs.TOPIC_ARN;
import static ma.marinemaroc.fleet.components.ScaledGraphs.list;
import static ma.marinemaroc.fleet.components.ScaledGraphs.map;
import static ma.marinemaroc.fleet.components.ScaledGraphs.named;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The AWS components of the scaled topology (network, RDS MySQL, ElastiCache, ALB, target attachments) run in the
 * mock engine as {@link ScaledGraphs} wires them: what each registers, with which inputs, options and provider.
 */
class AwsScaledComponentsTest {
    static final String VPC = "aws:ec2/vpc:Vpc";
    static final String SUBNET = "aws:ec2/subnet:Subnet";
    static final String ROUTE_TABLE = "aws:ec2/routeTable:RouteTable";
    static final String RTA = "aws:ec2/routeTableAssociation:RouteTableAssociation";
    static final String IGW = "aws:ec2/internetGateway:InternetGateway";
    static final String NAT = "aws:ec2/natGateway:NatGateway";
    static final String DEFAULT_SG = "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup";
    static final String SG = "aws:ec2/securityGroup:SecurityGroup";
    static final String RDS = "aws:rds/instance:Instance";
    static final String RDS_SUBNETS = "aws:rds/subnetGroup:SubnetGroup";
    static final String RDS_PARAMS = "aws:rds/parameterGroup:ParameterGroup";
    static final String REDIS = "aws:elasticache/replicationGroup:ReplicationGroup";
    static final String REDIS_SUBNETS = "aws:elasticache/subnetGroup:SubnetGroup";
    static final String ALB = "aws:lb/loadBalancer:LoadBalancer";
    static final String TG = "aws:lb/targetGroup:TargetGroup";
    static final String LISTENER = "aws:lb/listener:Listener";
    static final String ATTACHMENT = "aws:lb/targetGroupAttachment:TargetGroupAttachment";
    static final String CERT = "aws:acm/certificate:Certificate";
    static final String CERT_VALIDATION = "aws:acm/certificateValidation:CertificateValidation";
    static final String RECORD = "aws:route53/record:Record";
    static final String ALARM = "aws:cloudwatch/metricAlarm:MetricAlarm";

    final PlanRun.Result r = ScaledGraphs.aws();

    String out(String key) {
        return String.valueOf(RecordedResource.unwrap(r.outputs().get(key)));
    }

    @Test
    void graphRunsWithoutErrorsAndEveryAwsResourceUsesTheProviderGivenToTheComponents() {
        assertThat(r.failed()).as("%s %s", r.errors(), r.exceptions()).isFalse();
        RecordedResource provider = r.one("pulumi:providers:aws");
        assertThat(r.resources().stream().filter(x -> x.custom() && x.type().startsWith("aws:")))
                .isNotEmpty()
                .allSatisfy(x -> assertThat(x.provider()).as(x.name()).startsWith(provider.urn() + "::"));
    }

    // ---- network ----------------------------------------------------------------------------------------------

    @Test
    void subnetLayoutCutsTheRangeInFourEqualQuarters() {
        assertThat(AwsNetwork.subnetLayout("10.30.0.0/16")).isEqualTo(new AwsNetwork.SubnetLayout(
                "10.30.0.0/18", "10.30.64.0/18", "10.30.128.0/18", "10.30.192.0/18"));
        assertThat(AwsNetwork.subnetLayout("172.16.4.0/24")).isEqualTo(new AwsNetwork.SubnetLayout(
                "172.16.4.0/26", "172.16.4.64/26", "172.16.4.128/26", "172.16.4.192/26"));
        assertThatThrownBy(() -> AwsNetwork.subnetLayout("10.30.0.1/16")).hasMessageContaining("not an IPv4 CIDR");
    }

    @Test
    void vpcHasTwoPublicAndTwoPrivateSubnetsInTwoZones() {
        assertThat(RecordedResource.unwrapInputs(r.one(VPC))).containsEntry("cidrBlock", AwsNetwork.DEFAULT_CIDR)
                .containsEntry("enableDnsSupport", true).containsEntry("enableDnsHostnames", true);
        Map<String, List<Object>> byName = new java.util.TreeMap<>();
        for (RecordedResource s : r.ofType(SUBNET)) {
            byName.put(s.name(), List.of(s.plainInput("cidrBlock"), s.plainInput("availabilityZone"),
                    s.plainInput("mapPublicIpOnLaunch"), map(s.input("tags")).get("tier")));
            assertThat(s.plainInput("vpcId")).isEqualTo(out("vpcId"));
        }
        assertThat(byName).isEqualTo(Map.of(
                "net-public-a", List.of("10.30.0.0/18", "eu-west-1a", true, "public"),
                "net-public-b", List.of("10.30.64.0/18", "eu-west-1b", true, "public"),
                "net-private-a", List.of("10.30.128.0/18", "eu-west-1a", false, "private"),
                "net-private-b", List.of("10.30.192.0/18", "eu-west-1b", false, "private")));
        assertThat(list(r.outputs().get("availabilityZones"))).containsExactly("eu-west-1a", "eu-west-1b");
        assertThat(list(r.outputs().get("publicSubnetIds"))).hasSize(2).allSatisfy(id -> assertThat((String) id).startsWith("subnet-"));
    }

    @Test
    void onlyThePublicSubnetsRouteToTheInternetAndThereIsNoNat() {
        RecordedResource pub = named(r, ROUTE_TABLE, "net-public-rt");
        RecordedResource priv = named(r, ROUTE_TABLE, "net-private-rt");
        String igwId = "igw-0mock" + DigitalOceanScaledComponentsTest.shortHash("net-igw");
        assertThat(list(pub.input("routes"))).containsExactly(Map.of("cidrBlock", "0.0.0.0/0", "gatewayId", igwId));
        assertThat(list(priv.input("routes"))).as("private subnets: no route out at all").isEmpty();
        assertThat(r.ofType(NAT)).isEmpty();
        assertThat(r.one(IGW).plainInput("vpcId")).isEqualTo(out("vpcId"));
        Map<String, String> tableOf = new java.util.TreeMap<>();
        for (RecordedResource a : r.ofType(RTA)) {
            String table = String.valueOf(a.plainInput("routeTableId"));
            tableOf.put(a.name(), table.equals("rtb-0mock" + DigitalOceanScaledComponentsTest.shortHash("net-public-rt")) ? "public" : "private");
        }
        assertThat(tableOf).isEqualTo(Map.of("net-public-a-rta", "public", "net-public-b-rta", "public",
                "net-private-a-rta", "private", "net-private-b-rta", "private"));
        RecordedResource defaultSg = r.one(DEFAULT_SG);
        assertThat(defaultSg.input("ingress")).isNull();
        assertThat(defaultSg.input("egress")).isNull();
    }

    @Test
    void networkArgsCheckTheRangeAndZones() {
        assertThatThrownBy(() -> AwsNetworkArgs.builder().name("n").cidrBlock("10.0.0.0/26")
                .availabilityZones(List.of("eu-west-1a", "eu-west-1a")).build())
                .hasMessageContaining("must be a /16 to /24")
                .hasMessageContaining("availabilityZones must be two different zone names");
        assertThatThrownBy(() -> AwsNetworkArgs.builder().name("n").cidrBlock("100.64.0.0/16").build())
                .hasMessageContaining("not inside an RFC 1918 private range");
        assertThat(AwsNetwork.firstTwo(List.of("eu-west-1c", "eu-west-1a", "eu-west-1b"))).containsExactly("eu-west-1a", "eu-west-1b");
        assertThatThrownBy(() -> AwsNetwork.firstTwo(List.of("x-1a"))).hasMessageContaining("needs two availability zones");
    }

    // ---- RDS ----------------------------------------------------------------------------------------------------

    @Test
    void rdsIsMultiAzEncryptedBackedUpDeletionProtectedPrivateAndProtected() {
        RecordedResource db = r.one(RDS);
        Map<String, Object> in = RecordedResource.unwrapInputs(db);
        assertThat(in).containsEntry("identifier", "fleet-scaled").containsEntry("engine", "mysql")
                .containsEntry("engineVersion", "8.4").containsEntry("instanceClass", "db.t4g.medium")
                .containsEntry("multiAz", true).containsEntry("storageEncrypted", true).containsEntry("storageType", "gp3")
                .containsEntry("allocatedStorage", 20L).containsEntry("maxAllocatedStorage", 100L)
                .containsEntry("publiclyAccessible", false).containsEntry("deletionProtection", true)
                .containsEntry("skipFinalSnapshot", false).containsEntry("finalSnapshotIdentifier", "fleet-scaled-final")
                .containsEntry("backupRetentionPeriod", 7L).containsEntry("backupWindow", "01:00-02:00")
                .containsEntry("maintenanceWindow", "sun:02:30-sun:03:30").containsEntry("copyTagsToSnapshot", true)
                .containsEntry("deleteAutomatedBackups", false).containsEntry("dbSubnetGroupName", "fleet-scaled-private")
                .containsEntry("username", "fleetbase").containsEntry("dbName", "fleetbase").containsEntry("port", 3306L);
        assertThat(db.protect()).isTrue();
        assertThat(db.input("password")).as("the password reaches the engine only as a secret")
                .isEqualTo(new RecordedResource.Secret(RDS_PASSWORD));
        assertThat(db.strings("vpcSecurityGroupIds")).containsExactly(out("dbSecurityGroupId"));
        assertThat(list(r.one(RDS_SUBNETS).input("subnetIds"))).isEqualTo(list(r.outputs().get("privateSubnetIds")));
        assertThat(r.outputs().get("dbPassword")).isEqualTo(new RecordedResource.Secret(RDS_PASSWORD));
        assertThat(out("dbEndpoint")).isEqualTo("fleet-scaled.c0mock0abcde.eu-west-1.rds.amazonaws.com:3306");
        assertThat(r.outputs()).containsEntry("dbPort", 3306).containsEntry("dbUser", "fleetbase");
    }

    @Test
    void rdsParametersAreUtf8mb4AndTlsOnlyInTheVersionsFamily() {
        RecordedResource pg = r.one(RDS_PARAMS);
        assertThat(pg.plainInput("family")).isEqualTo("mysql8.4");
        assertThat(list(pg.input("parameters"))).containsExactlyInAnyOrder(
                Map.of("name", "character_set_server", "value", "utf8mb4", "applyMethod", "immediate"),
                Map.of("name", "collation_server", "value", "utf8mb4_unicode_ci", "applyMethod", "immediate"),
                Map.of("name", "require_secure_transport", "value", "1", "applyMethod", "immediate"));
        assertThat(r.one(RDS).plainInput("parameterGroupName")).isEqualTo("db-params-0mock");
    }

    @Test
    void databaseAndCacheSecurityGroupsAdmitOnlyTheAppHostsGroupAndNoEgress() {
        String appSg = "sg-0mock" + Integer.toHexString(Math.abs("app-sg".hashCode()));
        for (String[] c : new String[][]{{"db-sg", "3306"}, {"cache-sg", "6379"}}) {
            RecordedResource sg = named(r, SG, c[0]);
            long port = Long.parseLong(c[1]);
            assertThat(list(sg.input("ingress"))).as(c[0]).singleElement().satisfies(o -> {
                Map<String, Object> rule = map(o);
                assertThat(rule).containsEntry("protocol", "tcp").containsEntry("fromPort", port).containsEntry("toPort", port)
                        .containsEntry("securityGroups", List.of(appSg)).doesNotContainKey("cidrBlocks")
                        .doesNotContainKey("ipv6CidrBlocks");
            });
            assertThat(sg.input("egress")).as(c[0] + " needs no way out").isNull();
            assertThat(sg.plainInput("vpcId")).isEqualTo(out("vpcId"));
        }
    }

    @Test
    void rdsAlarmsWatchCpuStorageAndMemoryAndNotifyTheTopic() {
        Map<String, RecordedResource> alarms = alarmsOf("db");
        assertThat(alarms).containsOnlyKeys("db-alarm-cpu", "db-alarm-free-storage", "db-alarm-free-memory");
        alarms.values().forEach(a -> {
            assertThat(a.plainInput("namespace")).isEqualTo("AWS/RDS");
            assertThat(map(a.input("dimensions"))).isEqualTo(Map.of("DBInstanceIdentifier", "fleet-scaled"));
        });
        assertThat(alarms.get("db-alarm-free-storage").plainInput("threshold")).isEqualTo(2147483648L);
        assertThat(alarms.get("db-alarm-free-storage").plainInput("comparisonOperator")).isEqualTo("LessThanThreshold");
        assertThat(list(r.outputs().get("dbAlarms"))).hasSize(3);
    }

    // ---- ElastiCache --------------------------------------------------------------------------------------------

    @Test
    void cacheIsEncryptedAuthenticatedFailingOverInPrivateSubnetsAndProtected() {
        RecordedResource g = r.one(REDIS);
        assertThat(RecordedResource.unwrapInputs(g)).containsEntry("replicationGroupId", "fleet-scaled")
                .containsEntry("engine", "redis").containsEntry("engineVersion", "7.1")
                .containsEntry("nodeType", "cache.t4g.small").containsEntry("numCacheClusters", 2L)
                .containsEntry("automaticFailoverEnabled", true).containsEntry("multiAzEnabled", true)
                .containsEntry("atRestEncryptionEnabled", true).containsEntry("transitEncryptionEnabled", true)
                .containsEntry("transitEncryptionMode", "required").containsEntry("port", 6379L)
                .containsEntry("subnetGroupName", "fleet-scaled-private").containsEntry("snapshotRetentionLimit", 1L)
                .containsEntry("finalSnapshotIdentifier", "fleet-scaled-final");
        assertThat(g.input("authToken")).isEqualTo(new RecordedResource.Secret(CACHE_TOKEN));
        assertThat(g.additionalSecretOutputs()).contains("authToken");
        assertThat(g.protect()).isTrue();
        assertThat(list(r.one(REDIS_SUBNETS).input("subnetIds"))).isEqualTo(list(r.outputs().get("privateSubnetIds")));
        assertThat(r.outputs()).containsEntry("cacheHost", "master.fleet-scaled.0mock.euw1.cache.amazonaws.com")
                .containsEntry("cachePort", 6379).containsEntry("cacheTls", true);
        assertThat(r.outputs().get("cacheAuthToken")).isEqualTo(new RecordedResource.Secret(CACHE_TOKEN));
    }

    @Test
    void cacheAlarmsWatchEveryNode() {
        Map<String, RecordedResource> alarms = alarmsOf("cache");
        assertThat(alarms).containsOnlyKeys("cache-alarm-cpu-1", "cache-alarm-memory-1", "cache-alarm-cpu-2", "cache-alarm-memory-2");
        assertThat(map(alarms.get("cache-alarm-cpu-2").input("dimensions"))).isEqualTo(Map.of("CacheClusterId", "fleet-scaled-002"));
        assertThat(alarms.get("cache-alarm-memory-1").plainInput("metricName")).isEqualTo("DatabaseMemoryUsagePercentage");
        assertThat(alarms.get("cache-alarm-cpu-1").plainInput("metricName")).isEqualTo("EngineCPUUtilization");
    }

    // ---- load balancer ------------------------------------------------------------------------------------------

    @Test
    void albIsPublicInThePublicSubnetsBehindItsGroup() {
        RecordedResource alb = r.one(ALB);
        assertThat(RecordedResource.unwrapInputs(alb)).containsEntry("name", "fleet-scaled")
                .containsEntry("loadBalancerType", "application").containsEntry("internal", false)
                .containsEntry("ipAddressType", "ipv4").containsEntry("dropInvalidHeaderFields", true)
                .containsEntry("idleTimeout", 60L);
        assertThat(alb.strings("subnets")).isEqualTo(list(r.outputs().get("publicSubnetIds")));
        assertThat(alb.strings("securityGroups")).containsExactly(out("lbSecurityGroupId"));
        RecordedResource sg = named(r, SG, "lb-sg");
        assertThat(list(sg.input("ingress"))).extracting(o -> List.of(map(o).get("fromPort"), map(o).get("cidrBlocks")))
                .containsExactly(List.of(80L, List.of("0.0.0.0/0")), List.of(443L, List.of("0.0.0.0/0")),
                        List.of(38000L, List.of("0.0.0.0/0")));
        assertThat(list(sg.input("egress"))).extracting(o -> List.of(map(o).get("fromPort"), map(o).get("cidrBlocks")))
                .containsExactly(List.of(80L, List.of(AwsNetwork.DEFAULT_CIDR)), List.of(38000L, List.of(AwsNetwork.DEFAULT_CIDR)));
        assertThat(out("lbZoneId")).isEqualTo(PlanMocks.ALB_ZONE_ID);
    }

    @Test
    void certificateIsValidatedThroughDnsInTheZone() {
        RecordedResource cert = r.one(CERT);
        assertThat(cert.plainInput("domainName")).isEqualTo(DOMAIN);
        assertThat(cert.plainInput("validationMethod")).isEqualTo("DNS");
        RecordedResource record = named(r, RECORD, "lb-cert-validation");
        assertThat(record.plainInput("zoneId")).isEqualTo(PlanMocks.ZONE_ID);
        assertThat(record.plainInput("type")).isEqualTo("CNAME");
        assertThat(String.valueOf(record.plainInput("name"))).endsWith("." + DOMAIN + ".").startsWith("_0mock");
        assertThat(record.strings("records")).singleElement().satisfies(v -> assertThat(v).endsWith(".acm-validations.aws."));
        RecordedResource validation = r.one(CERT_VALIDATION);
        assertThat(validation.strings("validationRecordFqdns")).containsExactly(String.valueOf(record.plainInput("name")));
        assertThat(validation.dependencies()).contains(cert.urn(), record.urn());
        RecordedResource alias = named(r, RECORD, "lb-alias");
        assertThat(alias.plainInput("name")).isEqualTo(DOMAIN);
        assertThat(alias.plainInput("type")).isEqualTo("A");
        assertThat(list(alias.input("aliases"))).containsExactly(Map.of("name", out("lbDnsName"),
                "zoneId", PlanMocks.ALB_ZONE_ID, "evaluateTargetHealth", true));
    }

    @Test
    void listenersRedirectHttpAndForwardHttpsAndTheWebsocketWithTheValidatedCertificate() {
        Map<Long, RecordedResource> byPort = new java.util.TreeMap<>();
        r.ofType(LISTENER).forEach(l -> byPort.put((Long) l.plainInput("port"), l));
        assertThat(byPort).containsOnlyKeys(80L, 443L, 38000L);
        assertThat(byPort.get(80L).plainInput("protocol")).isEqualTo("HTTP");
        assertThat(list(byPort.get(80L).input("defaultActions"))).containsExactly(Map.of("type", "redirect",
                "redirect", Map.of("protocol", "HTTPS", "port", "443", "statusCode", "HTTP_301")));
        for (long p : List.of(443L, 38000L)) {
            RecordedResource l = byPort.get(p);
            assertThat(l.plainInput("protocol")).isEqualTo("HTTPS");
            assertThat(l.plainInput("sslPolicy")).isEqualTo(AwsLoadBalancer.DEFAULT_SSL_POLICY);
            assertThat(l.plainInput("certificateArn")).isEqualTo(out("certificateArn"));
            assertThat(l.dependencies()).as("waits for the validation").contains(r.one(CERT_VALIDATION).urn());
            String group = p == 443L ? out("webTargetGroupArn") : out("socketTargetGroupArn");
            assertThat(list(l.input("defaultActions"))).containsExactly(Map.of("type", "forward", "targetGroupArn", group));
        }
    }

    @Test
    void targetGroupsCheckHealthAndAreNotSticky() {
        RecordedResource web = named(r, TG, "lb-web");
        RecordedResource ws = named(r, TG, "lb-ws");
        assertThat(web.plainInput("name")).isEqualTo("fleet-scaled-web");
        assertThat(web.plainInput("port")).isEqualTo(80L);
        assertThat(map(web.input("healthCheck"))).containsEntry("path", "/health").containsEntry("matcher", "200")
                .containsEntry("port", "traffic-port").containsEntry("protocol", "HTTP");
        assertThat(ws.plainInput("name")).isEqualTo("fleet-scaled-ws");
        assertThat(ws.plainInput("port")).isEqualTo(38000L);
        assertThat(map(ws.input("healthCheck"))).containsEntry("path", "/health-check");
        for (RecordedResource g : List.of(web, ws)) {
            assertThat(g.plainInput("protocol")).isEqualTo("HTTP");
            assertThat(g.plainInput("targetType")).isEqualTo("instance");
            assertThat(map(g.input("stickiness"))).isEqualTo(Map.of("type", "lb_cookie", "enabled", false));
            assertThat(g.plainInput("vpcId")).isEqualTo(out("vpcId"));
        }
    }

    @Test
    void eachAppHostJoinsBothGroups() {
        Map<String, List<String>> groupsByInstance = new java.util.TreeMap<>();
        for (RecordedResource a : r.ofType(ATTACHMENT)) {
            groupsByInstance.computeIfAbsent(String.valueOf(a.plainInput("targetId")), k -> new java.util.ArrayList<>())
                    .add(String.valueOf(a.plainInput("targetGroupArn")));
            assertThat(a.input("port")).as("each group's own port").isNull();
        }
        assertThat(groupsByInstance).containsOnlyKeys("i-0app1mock", "i-0app2mock");
        groupsByInstance.values().forEach(g -> assertThat(g).containsExactlyInAnyOrder(out("webTargetGroupArn"), out("socketTargetGroupArn")));
    }

    @Test
    void albAlarmsCover5xxUnhealthyHostsAndLatency() {
        Map<String, RecordedResource> alarms = alarmsOf("lb");
        assertThat(alarms).containsOnlyKeys("lb-alarm-elb-5xx", "lb-alarm-target-5xx", "lb-alarm-unhealthy-web",
                "lb-alarm-unhealthy-ws", "lb-alarm-latency");
        String suffix = out("lbArn").substring(out("lbArn").indexOf("loadbalancer/") + "loadbalancer/".length());
        assertThat(map(alarms.get("lb-alarm-elb-5xx").input("dimensions"))).isEqualTo(Map.of("LoadBalancer", suffix));
        assertThat(map(alarms.get("lb-alarm-unhealthy-ws").input("dimensions")))
                .containsEntry("LoadBalancer", suffix)
                .hasEntrySatisfying("TargetGroup", tg -> assertThat((String) tg).startsWith("targetgroup/fleet-scaled-ws/"));
        assertThat(alarms.get("lb-alarm-latency").plainInput("extendedStatistic")).isEqualTo("p95");
        assertThat(alarms.get("lb-alarm-latency").plainInput("threshold")).isEqualTo(2L);
    }

    @Test
    void everyAlarmNotifiesTheTopicOnAlarmAndRecovery() {
        assertThat(r.ofType(ALARM)).hasSize(3 + 4 + 5).allSatisfy(a -> {
            assertThat(a.strings("alarmActions")).as(a.name()).containsExactly(TOPIC_ARN);
            assertThat(a.strings("okActions")).as(a.name()).containsExactly(TOPIC_ARN);
            assertThat(String.valueOf(a.plainInput("alarmDescription"))).isNotBlank();
        });
    }

    @Test
    void everyResourceHangsUnderItsComponentWithThePackageTypeToken() {
        Map<String, String> tokens = Map.of("net", "fleet:index:AwsNetwork", "db", "fleet:index:RdsMysql",
                "cache", "fleet:index:ElastiCacheRedis", "lb", "fleet:index:AwsLoadBalancer",
                "app-1-lb", "fleet:index:AwsTargetAttachment");
        tokens.forEach((name, token) -> {
            RecordedResource comp = named(r, token, name);
            assertThat(ScaledGraphs.children(r, comp)).as(name).isNotEmpty()
                    .allSatisfy(ch -> assertThat(ch.name()).startsWith(name + "-"));
        });
    }

    // ---- secrets and checks -------------------------------------------------------------------------------------

    @Test
    void aBadPasswordOrTokenFailsTheRunWithoutShowingIt() {
        String weak = "short/@";
        assertThat(failureOf(ScaledGraphs.awsConfig().with(Map.of("fleet:rdsPassword", weak), Set.of())))
                .contains("masterPassword must be 8..41 printable ASCII").doesNotContain(weak);
        String shortToken = "tiny-token-x";
        assertThat(failureOf(ScaledGraphs.awsConfig().with(Map.of("fleet:cacheToken", shortToken), Set.of())))
                .contains("authToken must be 16..128 printable ASCII").doesNotContain(shortToken);
        assertThat(RdsMysql.checkPassword("Good-password-1")).isEqualTo("Good-password-1");
        assertThatThrownBy(() -> ElastiCacheRedis.checkToken("tiny")).hasMessageNotContaining("tiny")
                .hasMessageContaining("16..128");
        assertThatThrownBy(() -> RdsMysql.checkPassword("has space in it")).hasMessageNotContaining("has space");
    }

    @Test
    void argsReportEveryProblemAtOnce() {
        assertThatThrownBy(() -> RdsMysqlArgs.builder().identifier("Fleet--x").engineVersion("5.7").allocatedStorage(10)
                .backupRetentionDays(0).masterUsername("rdsadmin").backupWindow("1-2").build())
                .hasMessageContaining("identifier 'Fleet--x'").hasMessageContaining("vpcId is required")
                .hasMessageContaining("masterPassword is required").hasMessageContaining("engineVersion '5.7'")
                .hasMessageContaining("allocatedStorage must be 20..65536, got 10")
                .hasMessageContaining("backupRetentionDays must be 1..35, got 0")
                .hasMessageContaining("masterUsername rdsadmin is reserved")
                .hasMessageContaining("backupWindow '1-2'");
        assertThatThrownBy(() -> ElastiCacheRedisArgs.builder().replicationGroupId("a-very-long-replication-group-identifier-x")
                .engine("memcached").numCacheClusters(1).nodeType("t3.small").build())
                .hasMessageContaining("at most 40").hasMessageContaining("engine 'memcached'")
                .hasMessageContaining("numCacheClusters must be 2..6, got 1").hasMessageContaining("nodeType 't3.small'")
                .hasMessageContaining("authToken is required");
        assertThatThrownBy(() -> AwsLoadBalancerArgs.builder().name("a-name-that-is-far-too-long-for-alb").vpcId(Output.of("v"))
                .vpcCidr(Output.of("c")).publicSubnetIds(Output.of(List.of())).domain("fleet.other.ma").zoneName("example.ma")
                .sslPolicy("TLS12").build())
                .hasMessageContaining("at most 28").hasMessageContaining("not inside zoneName example.ma")
                .hasMessageContaining("sslPolicy 'TLS12'");
        assertThatThrownBy(() -> AwsTargetAttachmentArgs.builder().build())
                .hasMessage("AwsTargetAttachmentArgs: instanceId is required; webTargetGroupArn is required; socketTargetGroupArn is required");
        assertThat(RdsMysqlArgs.builder().identifier("x").engineVersion("8.0.39").vpcId(Output.of("v"))
                .privateSubnetIds(Output.of(List.of())).appSecurityGroupId(Output.of("s")).masterPassword(Output.of("p"))
                .build().parameterFamily()).isEqualTo("mysql8.0");
        assertThat(ElastiCacheRedisArgs.builder().replicationGroupId("x").engine("valkey").vpcId(Output.of("v"))
                .privateSubnetIds(Output.of(List.of())).appSecurityGroupId(Output.of("s")).authToken(Output.of("t"))
                .build().engineVersion()).isEqualTo("8.0");
    }

    @Test
    void aNonSnsAlarmTopicFailsTheRun() {
        PlanRun.Result bad = ScaledGraphs.run(ScaledGraphs.awsConfig(), ctx -> {
            var net = new AwsNetwork("net", AwsNetworkArgs.builder().name("n").availabilityZones(List.of("eu-west-1a", "eu-west-1b")).build(), null);
            new ElastiCacheRedis("cache", ElastiCacheRedisArgs.builder().replicationGroupId("c").vpcId(net.vpcId())
                    .privateSubnetIds(net.privateSubnetIds()).appSecurityGroupId(Output.of("sg-1"))
                    .authToken(ctx.config().requireSecret("cacheToken")).alarmTopicArn(Output.of("oncall@example.ma"))
                    .build(), null);
        });
        assertThat(bad.failed()).isTrue();
        assertThat(bad.errors() + " " + bad.exceptions()).contains("alarmTopicArn 'oncall@example.ma' is not an SNS topic ARN");
    }

    /**
     * What a failed run of the AWS graph reports: the mock engine either records the program's exception in the
     * result or, when it surfaces while serializing a secret input, throws it; both fail {@code pulumi up}.
     */
    static String failureOf(ma.marinemaroc.fleet.config.StackFile config) {
        try {
            PlanRun.Result bad = ScaledGraphs.run(config, ScaledGraphs::awsProgram);
            assertThat(bad.failed()).as("the run fails").isTrue();
            return bad.errors() + " " + bad.exceptions().stream().map(AwsScaledComponentsTest::messages).toList();
        } catch (RuntimeException e) {
            return messages(e);
        }
    }

    static String messages(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable x = t; x != null; x = x.getCause()) sb.append(x.getMessage()).append(" | ");
        return sb.toString();
    }

    private Map<String, RecordedResource> alarmsOf(String component) {
        Map<String, RecordedResource> m = new java.util.TreeMap<>();
        r.ofType(ALARM).stream().filter(a -> a.name().startsWith(component + "-alarm-")).forEach(a -> m.put(a.name(), a));
        return m;
    }
}
