package ma.marinemaroc.fleet.components;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;

import java.util.List;
import java.util.Optional;

/** Inputs of {@link ElastiCacheRedis}. */
public final class ElastiCacheRedisArgs extends ResourceArgs {
    /**
     * The replication group's id: lowercase letters, digits and single hyphens, starting with a letter, at most 40
     * (also names its subnet group, security group and final snapshot). Required. A change replaces the group: it is
     * protected, so that fails.
     */
    @Import(name = "replicationGroupId", required = true)
    private String replicationGroupId;
    /** redis or valkey (same protocol; valkey's nodes are listed about 20% cheaper). Default redis. */
    @Import(name = "engine")
    private String engine;
    /** Engine version. Default 7.1 for redis, 8.0 for valkey. */
    @Import(name = "engineVersion")
    private String engineVersion;
    /** Node type. Default {@value ElastiCacheRedis#DEFAULT_NODE_TYPE}. */
    @Import(name = "nodeType")
    private String nodeType;
    /** Nodes: a primary and its replicas, spread over the subnets' zones (2..6; failover needs 2). Default 2. */
    @Import(name = "numCacheClusters")
    private Integer numCacheClusters;
    /** The VPC ({@link AwsNetwork#vpcId()}). Required. */
    @Import(name = "vpcId", required = true)
    private Output<String> vpcId;
    /** The private subnets, two zones ({@link AwsNetwork#privateSubnetIds()}). Required. */
    @Import(name = "privateSubnetIds", required = true)
    private Output<List<String>> privateSubnetIds;
    /** The app hosts' security group: the only source admitted on 6379. Required. */
    @Import(name = "appSecurityGroupId", required = true)
    private Output<String> appSecurityGroupId;
    /** The AUTH token (secret; 16..128 printable ASCII characters, none of / " @ or space). Required. */
    @Import(name = "authToken", required = true)
    private Output<String> authToken;
    /** Days a daily snapshot is kept (0 = none, ..35). Default 1. */
    @Import(name = "snapshotRetentionDays")
    private Integer snapshotRetentionDays;
    /** Daily snapshot window, UTC, hh:mm-hh:mm. Default 01:00-02:00. */
    @Import(name = "snapshotWindow")
    private String snapshotWindow;
    /** Weekly maintenance window, UTC, ddd:hh:mm-ddd:hh:mm. Default sun:02:30-sun:03:30. */
    @Import(name = "maintenanceWindow")
    private String maintenanceWindow;
    /** SNS topic ARN the CloudWatch alarms notify. Default none: no alarms. */
    @Import(name = "alarmTopicArn")
    private Output<String> alarmTopicArn;

    private ElastiCacheRedisArgs() {
    }

    public String replicationGroupId() {
        return replicationGroupId;
    }

    public String engine() {
        return engine == null ? "redis" : engine;
    }

    public String engineVersion() {
        if (engineVersion != null) return engineVersion;
        return "valkey".equals(engine()) ? "8.0" : "7.1";
    }

    public String nodeType() {
        return nodeType == null ? ElastiCacheRedis.DEFAULT_NODE_TYPE : nodeType;
    }

    public int numCacheClusters() {
        return numCacheClusters == null ? 2 : numCacheClusters;
    }

    public Output<String> vpcId() {
        return vpcId;
    }

    public Output<List<String>> privateSubnetIds() {
        return privateSubnetIds;
    }

    public Output<String> appSecurityGroupId() {
        return appSecurityGroupId;
    }

    public Output<String> authToken() {
        return authToken;
    }

    public int snapshotRetentionDays() {
        return snapshotRetentionDays == null ? 1 : snapshotRetentionDays;
    }

    public String snapshotWindow() {
        return snapshotWindow == null ? "01:00-02:00" : snapshotWindow;
    }

    public String maintenanceWindow() {
        return maintenanceWindow == null ? "sun:02:30-sun:03:30" : maintenanceWindow;
    }

    public Optional<Output<String>> alarmTopicArn() {
        return Optional.ofNullable(alarmTopicArn);
    }

    /** Every problem at once, naming the inputs. */
    public void validate() {
        String id = replicationGroupId;
        new ArgsCheck("ElastiCacheRedisArgs")
                .required("replicationGroupId", id)
                .that(id == null || (id.matches("[a-z][a-z0-9-]{0,39}") && !id.contains("--") && !id.endsWith("-")),
                        "replicationGroupId '" + id + "' must be lowercase letters, digits and single hyphens, start with a letter, at most 40")
                .required("vpcId", vpcId).required("privateSubnetIds", privateSubnetIds)
                .required("appSecurityGroupId", appSecurityGroupId).required("authToken", authToken)
                .that("redis".equals(engine()) || "valkey".equals(engine()), "engine '" + engine() + "' must be redis or valkey")
                .that(engineVersion().matches("\\d+\\.\\d+"), "engineVersion '" + engineVersion() + "' must be major.minor, e.g. 7.1")
                .that(nodeType().startsWith("cache."), "nodeType '" + nodeType() + "' is not an ElastiCache node type (cache....)")
                .range("numCacheClusters", numCacheClusters, 2, 6)
                .range("snapshotRetentionDays", snapshotRetentionDays, 0, 35)
                .that(snapshotWindow().matches("([01]\\d|2[0-3]):[0-5]\\d-([01]\\d|2[0-3]):[0-5]\\d"),
                        "snapshotWindow '" + snapshotWindow() + "' must be hh:mm-hh:mm (UTC)")
                .that(maintenanceWindow().matches("(mon|tue|wed|thu|fri|sat|sun):([01]\\d|2[0-3]):[0-5]\\d-(mon|tue|wed|thu|fri|sat|sun):([01]\\d|2[0-3]):[0-5]\\d"),
                        "maintenanceWindow '" + maintenanceWindow() + "' must be ddd:hh:mm-ddd:hh:mm (UTC)")
                .done();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final ElastiCacheRedisArgs a = new ElastiCacheRedisArgs();

        private Builder() {
        }

        public Builder replicationGroupId(String v) { a.replicationGroupId = v; return this; }
        public Builder engine(String v) { a.engine = v; return this; }
        public Builder engineVersion(String v) { a.engineVersion = v; return this; }
        public Builder nodeType(String v) { a.nodeType = v; return this; }
        public Builder numCacheClusters(int v) { a.numCacheClusters = v; return this; }
        public Builder vpcId(Output<String> v) { a.vpcId = v; return this; }
        public Builder privateSubnetIds(Output<List<String>> v) { a.privateSubnetIds = v; return this; }
        public Builder appSecurityGroupId(Output<String> v) { a.appSecurityGroupId = v; return this; }
        /** The token, marked secret here whatever the caller passes. */
        public Builder authToken(Output<String> v) { a.authToken = v == null ? null : v.asSecret(); return this; }
        public Builder snapshotRetentionDays(int v) { a.snapshotRetentionDays = v; return this; }
        public Builder snapshotWindow(String v) { a.snapshotWindow = v; return this; }
        public Builder maintenanceWindow(String v) { a.maintenanceWindow = v; return this; }
        public Builder alarmTopicArn(Output<String> v) { a.alarmTopicArn = v; return this; }

        /** Checks the inputs; see {@link ElastiCacheRedisArgs#validate()}. */
        public ElastiCacheRedisArgs build() {
            a.validate();
            return a;
        }
    }
}
