package ma.marinemaroc.fleet.components;

import com.pulumi.aws.cloudwatch.MetricAlarmArgs;
import com.pulumi.aws.ec2.SecurityGroup;
import com.pulumi.aws.ec2.SecurityGroupArgs;
import com.pulumi.aws.ec2.inputs.SecurityGroupIngressArgs;
import com.pulumi.aws.elasticache.ReplicationGroup;
import com.pulumi.aws.elasticache.ReplicationGroupArgs;
import com.pulumi.aws.elasticache.SubnetGroup;
import com.pulumi.aws.elasticache.SubnetGroupArgs;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;

import java.util.List;
import java.util.Map;

/**
 * Amazon ElastiCache (Redis OSS or Valkey) for a scaled fleet's cache, sessions and queue: a replication group of a
 * primary and a replica in two zones with automatic failover and Multi-AZ, encrypted at rest and in transit (TLS
 * required), AUTH token, in the private subnets, reachable only on 6379 from the app hosts' security group. Daily
 * snapshots and a final snapshot on deletion; {@code protect}ed like the database (a replaced group loses every
 * queued job and session). The AWS provider comes through the component's options.
 *
 * <p>Eviction stays at the engine's default parameter group ({@code volatile-lru}): the cache and the queue share the
 * group, cache entries carry a TTL and are evicted under memory pressure, queued jobs carry none and never are.
 * Clients connect to the primary endpoint (it follows a failover) with TLS and the token.
 */
public class ElastiCacheRedis extends ComponentResource {
    public static final String TYPE = Components.type(ElastiCacheRedis.class);
    public static final String DEFAULT_NODE_TYPE = "cache.t4g.small";
    public static final int PORT = 6379;

    /** The primary's DNS name (follows a failover): where clients write. */
    @Export(name = "host", refs = {String.class}, tree = "[0]")
    private final Output<String> host;
    /** The replicas' DNS name (reads only). */
    @Export(name = "readerHost", refs = {String.class}, tree = "[0]")
    private final Output<String> readerHost;
    @Export(name = "port", refs = {Integer.class}, tree = "[0]")
    private final Output<Integer> port;
    /** The AUTH token (secret). */
    @Export(name = "authToken", refs = {String.class}, tree = "[0]")
    private final Output<String> authToken;
    /** Clients must use TLS (always true). */
    @Export(name = "tls", refs = {Boolean.class}, tree = "[0]")
    private final Output<Boolean> tls;
    /** The group's security group (admits only the app hosts' group on 6379). */
    @Export(name = "securityGroupId", refs = {String.class}, tree = "[0]")
    private final Output<String> securityGroupId;
    /** The alarms declared, in words (empty without an alarm topic). */
    @Export(name = "alarms", refs = {List.class, String.class}, tree = "[0,1]")
    private final Output<List<String>> alarms;

    public ElastiCacheRedis(String name, ElastiCacheRedisArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        args.validate();
        var child = CustomResourceOptions.builder().parent(this).build();
        String id = args.replicationGroupId();

        var sg = new SecurityGroup(name + "-sg", SecurityGroupArgs.builder()
                .name(id + "-cache")
                .description(args.engine() + " " + id + ": only from the app hosts")
                .vpcId(args.vpcId())
                .ingress(SecurityGroupIngressArgs.builder()
                        .description(args.engine() + " from the app hosts")
                        .protocol("tcp").fromPort(PORT).toPort(PORT)
                        .securityGroups(args.appSecurityGroupId().applyValue(List::of))
                        .build())
                .tags(Map.of("Name", id + "-cache"))
                .build(), child);
        var subnets = new SubnetGroup(name + "-subnets", SubnetGroupArgs.builder()
                .name(id + "-private")
                .description("Private subnets of " + id)
                .subnetIds(args.privateSubnetIds())
                .build(), child);
        Output<String> token = args.authToken().applyValue(ElastiCacheRedis::checkToken).asSecret();
        var group = new ReplicationGroup(name + "-group", ReplicationGroupArgs.builder()
                .replicationGroupId(id)
                .description("Fleet cache and queue " + id)
                .engine(args.engine())
                .engineVersion(args.engineVersion())
                .nodeType(args.nodeType())
                .numCacheClusters(args.numCacheClusters())
                .automaticFailoverEnabled(true)
                .multiAzEnabled(true)
                .port(PORT)
                .subnetGroupName(subnets.name())
                .securityGroupIds(sg.id().applyValue(List::of))
                .atRestEncryptionEnabled(true)
                .transitEncryptionEnabled(true)
                .transitEncryptionMode("required")
                .authToken(token)
                .snapshotRetentionLimit(args.snapshotRetentionDays())
                .snapshotWindow(args.snapshotWindow())
                .maintenanceWindow(args.maintenanceWindow())
                .finalSnapshotIdentifier(id + "-final")
                .autoMinorVersionUpgrade(true)
                .applyImmediately(false)
                .tags(Map.of("Name", id))
                .build(), CustomResourceOptions.builder().parent(this).protect(true)
                .additionalSecretOutputs("authToken").build());

        List<String> declared = args.alarmTopicArn().map(topic -> alarms(name, id, args, topic, child)).orElse(List.of());

        this.host = group.primaryEndpointAddress();
        this.readerHost = group.readerEndpointAddress();
        this.port = Output.of(PORT);
        this.authToken = token;
        this.tls = Output.of(true);
        this.securityGroupId = sg.id();
        this.alarms = Output.of(declared);
        registerOutputs(Map.of("host", host, "readerHost", readerHost, "port", port, "authToken", authToken,
                "tls", tls, "securityGroupId", securityGroupId, "alarms", alarms));
    }

    /** ElastiCache's rule for AUTH tokens; the message never contains the token. */
    static String checkToken(String t) {
        if (t == null || t.length() < 16 || t.length() > 128 || !t.chars().allMatch(c -> c > 32 && c < 127)
                || t.chars().anyMatch(c -> c == '/' || c == '"' || c == '@')) {
            throw new IllegalArgumentException("ElastiCacheRedisArgs: authToken must be 16..128 printable ASCII "
                    + "characters, none of / \" @ or space");
        }
        return t;
    }

    /** Per node ({@code <id>-001}, ...): the engine thread's CPU and the memory used of maxmemory. */
    private List<String> alarms(String name, String id, ElastiCacheRedisArgs args, Output<String> topic,
                                CustomResourceOptions child) {
        var alarms = new CloudWatchAlarms(name, topic, child);
        for (int i = 1; i <= args.numCacheClusters(); i++) {
            String node = String.format("%s-%03d", id, i);
            Map<String, String> dims = Map.of("CacheClusterId", node);
            alarms.add("cpu-" + i, "ElastiCache " + node + ": engine CPU above 80% for 10 minutes", MetricAlarmArgs.builder()
                            .name(node + "-engine-cpu").namespace("AWS/ElastiCache").metricName("EngineCPUUtilization")
                            .dimensions(dims).statistic("Average").period(300).evaluationPeriods(2)
                            .comparisonOperator("GreaterThanThreshold").threshold(80.0).treatMissingData("missing"))
                    .add("memory-" + i, "ElastiCache " + node + ": memory above 80% of maxmemory for 10 minutes",
                            MetricAlarmArgs.builder()
                                    .name(node + "-memory").namespace("AWS/ElastiCache")
                                    .metricName("DatabaseMemoryUsagePercentage").dimensions(dims)
                                    .statistic("Average").period(300).evaluationPeriods(2)
                                    .comparisonOperator("GreaterThanThreshold").threshold(80.0)
                                    .treatMissingData("missing"));
        }
        return alarms.declared();
    }

    public Output<String> host() {
        return host;
    }

    public Output<String> readerHost() {
        return readerHost;
    }

    public Output<Integer> port() {
        return port;
    }

    /** Secret. */
    public Output<String> authToken() {
        return authToken;
    }

    public Output<Boolean> tls() {
        return tls;
    }

    public Output<String> securityGroupId() {
        return securityGroupId;
    }

    public Output<List<String>> alarms() {
        return alarms;
    }
}
