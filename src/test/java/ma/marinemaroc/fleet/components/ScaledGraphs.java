package ma.marinemaroc.fleet.components;

import com.pulumi.Context;
import com.pulumi.aws.Provider;
import com.pulumi.aws.ProviderArgs;
import com.pulumi.aws.ec2.SecurityGroup;
import com.pulumi.aws.ec2.SecurityGroupArgs;
import com.pulumi.aws.ec2.inputs.SecurityGroupEgressArgs;
import com.pulumi.aws.ec2.inputs.SecurityGroupIngressArgs;
import com.pulumi.aws.inputs.ProviderDefaultTagsArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import ma.marinemaroc.fleet.bindings.digitalocean.Firewall;
import ma.marinemaroc.fleet.bindings.digitalocean.FirewallArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.FirewallInboundRuleArgs;
import ma.marinemaroc.fleet.config.StackFile;
import ma.marinemaroc.fleet.plan.PlanRun;
import ma.marinemaroc.fleet.plan.RecordedResource;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The scaled topology's cloud components wired as the program is expected to wire them (network, database, cache,
 * load balancer, app hosts' firewall admitting the web ports only from the load balancer), run in the mock engine
 * with the repository's {@code PlanMocks}. Shared by the component tests and the policy tests; results cached.
 */
public final class ScaledGraphs {
    public static final String PROJECT = "fleet";
    public static final String STACK = "scaled";
    public static final String DOMAIN = "fleet.example.ma";
    public static final String ZONE = "example.ma";
    public static final String APP_TAG = "fleet-scaled-app";
    public static final String ALERT_EMAIL = "oncall@example.ma";
    public static final String TOPIC_ARN = "arn:aws:sns:eu-west-1:123456789012:fleet-scaled-alerts";
    public static final String SSH_CIDR = "196.200.131.0/24";
    public static final List<String> TAGS = List.of("project:" + PROJECT, "stack:" + STACK);
    /** Secret config of the AWS graph (what {@code pulumi config set --secret} would hold). */
    public static final String RDS_PASSWORD = "rds-master-Pa55word-0123";
    public static final String CACHE_TOKEN = "cache-auth-token-0123456789abcdef";

    private static final Map<String, PlanRun.Result> CACHE = new ConcurrentHashMap<>();

    private ScaledGraphs() {
    }

    public static StackFile awsConfig() {
        return new StackFile(Map.of("fleet:rdsPassword", RDS_PASSWORD, "fleet:cacheToken", CACHE_TOKEN),
                Set.of("fleet:rdsPassword", "fleet:cacheToken"));
    }

    public static PlanRun.Result digitalOcean() {
        return CACHE.computeIfAbsent("do", k -> run(new StackFile(Map.of(), Set.of()), ScaledGraphs::digitalOceanProgram));
    }

    public static PlanRun.Result aws() {
        return CACHE.computeIfAbsent("aws", k -> run(awsConfig(), ScaledGraphs::awsProgram));
    }

    public static PlanRun.Result run(StackFile config, Consumer<Context> program) {
        return PlanRun.run(config, PROJECT, STACK, program);
    }

    static void digitalOceanProgram(Context ctx) {
        var net = new DigitalOceanNetwork("net", DigitalOceanNetworkArgs.builder()
                .vpcName("fleet-scaled-fra1").region("fra1").ipRange("10.20.0.0/20").appTag(APP_TAG).build(), null);
        var mysql = new DigitalOceanMysql("mysql", DigitalOceanMysqlArgs.builder()
                .clusterName("fleet-scaled-mysql").region("fra1").vpcId(net.vpcId()).appTag(net.appTag())
                .tags(TAGS).alertEmails(List.of(ALERT_EMAIL)).build(), null);
        var cache = new DigitalOceanValkey("cache", DigitalOceanValkeyArgs.builder()
                .clusterName("fleet-scaled-cache").region("fra1").vpcId(net.vpcId()).appTag(net.appTag())
                .tags(TAGS).alertEmails(List.of(ALERT_EMAIL)).build(), null);
        var lb = new DigitalOceanLoadBalancer("lb", DigitalOceanLoadBalancerArgs.builder()
                .lbName("fleet-scaled").region("fra1").vpcId(net.vpcId()).appTag(net.appTag()).domain(DOMAIN)
                .alertEmails(List.of(ALERT_EMAIL)).build(), null);
        // The app hosts' cloud firewall as the wiring should declare it: web ports only from the load balancer.
        new Firewall("app-firewall", FirewallArgs.builder()
                .name("fleet-scaled-app")
                .tags(net.appTag().applyValue(List::of))
                .inboundRules(
                        FirewallInboundRuleArgs.builder().protocol("tcp").portRange("2222").sourceAddresses(SSH_CIDR).build(),
                        FirewallInboundRuleArgs.builder().protocol("tcp").portRange("80")
                                .sourceLoadBalancerUids(lb.loadBalancerId().applyValue(List::of)).build(),
                        FirewallInboundRuleArgs.builder().protocol("tcp").portRange("38000")
                                .sourceLoadBalancerUids(lb.loadBalancerId().applyValue(List::of)).build())
                .build());
        ctx.export("vpcId", net.vpcId());
        ctx.export("appTag", net.appTag());
        ctx.export("mysqlClusterId", mysql.clusterId());
        ctx.export("mysqlHost", mysql.host());
        ctx.export("mysqlPrivateHost", mysql.privateHost());
        ctx.export("mysqlPort", mysql.port());
        ctx.export("mysqlUser", mysql.user());
        ctx.export("mysqlPassword", mysql.password());
        ctx.export("mysqlDatabases", mysql.databases());
        ctx.export("mysqlAlerts", mysql.alerts());
        ctx.export("cacheClusterId", cache.clusterId());
        ctx.export("cachePrivateHost", cache.privateHost());
        ctx.export("cachePort", cache.port());
        ctx.export("cacheUser", cache.user());
        ctx.export("cachePassword", cache.password());
        ctx.export("cachePrivateUri", cache.privateUri());
        ctx.export("cacheTls", cache.tls());
        ctx.export("lbIp", lb.ip());
        ctx.export("lbId", lb.loadBalancerId());
        ctx.export("lbUrn", lb.loadBalancerUrn());
        ctx.export("lbAlerts", lb.alerts());
    }

    static void awsProgram(Context ctx) {
        var provider = new Provider("aws-eu-west-1", ProviderArgs.builder().region("eu-west-1")
                .defaultTags(ProviderDefaultTagsArgs.builder().tags(Map.of("project", PROJECT, "stack", STACK)).build())
                .build(), CustomResourceOptions.builder().build());
        var inRegion = ComponentResourceOptions.builder().providers(provider).build();
        Output<String> topic = Output.of(TOPIC_ARN);

        var net = new AwsNetwork("net", AwsNetworkArgs.builder().name("fleet-scaled").build(), inRegion);
        var lb = new AwsLoadBalancer("lb", AwsLoadBalancerArgs.builder()
                .name("fleet-scaled").vpcId(net.vpcId()).vpcCidr(net.cidrBlock()).publicSubnetIds(net.publicSubnetIds())
                .domain(DOMAIN).zoneName(ZONE).alarmTopicArn(topic).build(), inRegion);
        // The app hosts' security group as the wiring should declare it: web ports only from the load balancer.
        var appSg = new SecurityGroup("app-sg", SecurityGroupArgs.builder()
                .name("fleet-scaled-app").description("app hosts").vpcId(net.vpcId())
                .ingress(
                        SecurityGroupIngressArgs.builder().description("ssh").protocol("tcp").fromPort(2222).toPort(2222)
                                .cidrBlocks(SSH_CIDR).build(),
                        SecurityGroupIngressArgs.builder().description("web from the ALB").protocol("tcp").fromPort(80)
                                .toPort(80).securityGroups(lb.securityGroupId().applyValue(List::of)).build(),
                        SecurityGroupIngressArgs.builder().description("websocket from the ALB").protocol("tcp")
                                .fromPort(38000).toPort(38000).securityGroups(lb.securityGroupId().applyValue(List::of)).build())
                .egress(SecurityGroupEgressArgs.builder().protocol("-1").fromPort(0).toPort(0).cidrBlocks("0.0.0.0/0").build())
                .build(), CustomResourceOptions.builder().provider(provider).build());
        var db = new RdsMysql("db", RdsMysqlArgs.builder()
                .identifier("fleet-scaled").vpcId(net.vpcId()).privateSubnetIds(net.privateSubnetIds())
                .appSecurityGroupId(appSg.id()).masterPassword(ctx.config().requireSecret("rdsPassword"))
                .alarmTopicArn(topic).build(), inRegion);
        var cache = new ElastiCacheRedis("cache", ElastiCacheRedisArgs.builder()
                .replicationGroupId("fleet-scaled").vpcId(net.vpcId()).privateSubnetIds(net.privateSubnetIds())
                .appSecurityGroupId(appSg.id()).authToken(ctx.config().requireSecret("cacheToken"))
                .alarmTopicArn(topic).build(), inRegion);
        for (String host : List.of("app-1", "app-2")) {
            new AwsTargetAttachment(host + "-lb", AwsTargetAttachmentArgs.builder()
                    .instanceId(Output.of("i-0" + host.replace("-", "") + "mock"))
                    .webTargetGroupArn(lb.webTargetGroupArn()).socketTargetGroupArn(lb.socketTargetGroupArn())
                    .build(), inRegion);
        }
        ctx.export("vpcId", net.vpcId());
        ctx.export("publicSubnetIds", net.publicSubnetIds());
        ctx.export("privateSubnetIds", net.privateSubnetIds());
        ctx.export("availabilityZones", net.availabilityZones());
        ctx.export("dbEndpoint", db.endpoint());
        ctx.export("dbHost", db.host());
        ctx.export("dbPort", db.port());
        ctx.export("dbUser", db.user());
        ctx.export("dbPassword", db.password());
        ctx.export("dbSecurityGroupId", db.securityGroupId());
        ctx.export("dbAlarms", db.alarms());
        ctx.export("cacheHost", cache.host());
        ctx.export("cachePort", cache.port());
        ctx.export("cacheAuthToken", cache.authToken());
        ctx.export("cacheTls", cache.tls());
        ctx.export("cacheAlarms", cache.alarms());
        ctx.export("lbDnsName", lb.dnsName());
        ctx.export("lbZoneId", lb.zoneId());
        ctx.export("lbArn", lb.arn());
        ctx.export("lbSecurityGroupId", lb.securityGroupId());
        ctx.export("webTargetGroupArn", lb.webTargetGroupArn());
        ctx.export("socketTargetGroupArn", lb.socketTargetGroupArn());
        ctx.export("certificateArn", lb.certificateArn());
        ctx.export("lbAlarms", lb.alarms());
    }

    // ---- small readers over a recorded graph ----------------------------------------------------------------------

    /** The one resource of that type and logical name. */
    public static RecordedResource named(PlanRun.Result r, String type, String name) {
        return r.ofType(type).stream().filter(x -> x.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " named " + name + " in " + r.ofType(type).stream().map(RecordedResource::name).toList()));
    }

    /** The component registration of that type and name. */
    public static RecordedResource component(PlanRun.Result r, String type, String name) {
        return named(r, type, name);
    }

    /** Resources whose parent is {@code parent}. */
    public static List<RecordedResource> children(PlanRun.Result r, RecordedResource parent) {
        return r.resources().stream().filter(x -> parent.urn().equals(x.parentUrn())).toList();
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object o) {
        return (Map<String, Object>) RecordedResource.unwrap(o);
    }

    @SuppressWarnings("unchecked")
    public static List<Object> list(Object o) {
        return (List<Object>) RecordedResource.unwrap(o);
    }
}
