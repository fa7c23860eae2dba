package ma.marinemaroc.fleet.components;

import com.pulumi.aws.cloudwatch.MetricAlarmArgs;
import com.pulumi.aws.ec2.SecurityGroup;
import com.pulumi.aws.ec2.SecurityGroupArgs;
import com.pulumi.aws.ec2.inputs.SecurityGroupIngressArgs;
import com.pulumi.aws.rds.Instance;
import com.pulumi.aws.rds.InstanceArgs;
import com.pulumi.aws.rds.ParameterGroup;
import com.pulumi.aws.rds.ParameterGroupArgs;
import com.pulumi.aws.rds.SubnetGroup;
import com.pulumi.aws.rds.SubnetGroupArgs;
import com.pulumi.aws.rds.inputs.ParameterGroupParameterArgs;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;

import java.util.List;
import java.util.Map;

/**
 * Amazon RDS for MySQL 8 for a scaled fleet: a Multi-AZ instance (a synchronous standby in the second zone takes over
 * automatically), encrypted storage (gp3, AWS-managed KMS key), automated backups with point-in-time recovery for
 * {@code backupRetentionDays}, deletion protection, a final snapshot on deletion, in the private subnets, reachable
 * only on 3306 from the app hosts' security group, never publicly accessible. The AWS provider comes through the
 * component's options.
 *
 * <p>Parameters: utf8mb4 with {@code utf8mb4_unicode_ci} (Laravel's defaults) and, unless {@code requireTls=false},
 * {@code require_secure_transport} so an unencrypted client is refused rather than silently in clear text. The
 * parameter group is auto-named so that an engine major change can create the new family's group before the old
 * one goes.
 *
 * <p>Protection twice over: {@code deletionProtection} at AWS (no console or API delete) and {@code protect} in
 * Pulumi (no replacement or destroy). To retire it: {@code pulumi state unprotect <urn>}, set deletion protection off
 * in a reviewed change, then destroy; the final snapshot {@code <identifier>-final} remains.
 *
 * <p>The master user is the application's user: there is no SQL provider here to create a narrower one, and
 * Fleetbase's deploy ({@code mysql:createdb}) must be able to create its other databases. The password is a secret
 * input (e.g. {@code pulumi config set --secret}), not generated, so it can be rotated on purpose.
 */
public class RdsMysql extends ComponentResource {
    public static final String TYPE = Components.type(RdsMysql.class);
    public static final String DEFAULT_INSTANCE_CLASS = "db.t4g.medium";
    public static final String DEFAULT_ENGINE_VERSION = "8.4";
    public static final String DEFAULT_USER = "fleetbase";
    public static final int PORT = 3306;

    /** {@code host:port}. */
    @Export(name = "endpoint", refs = {String.class}, tree = "[0]")
    private final Output<String> endpoint;
    /** The instance's DNS name (follows a failover). */
    @Export(name = "host", refs = {String.class}, tree = "[0]")
    private final Output<String> host;
    @Export(name = "port", refs = {Integer.class}, tree = "[0]")
    private final Output<Integer> port;
    @Export(name = "user", refs = {String.class}, tree = "[0]")
    private final Output<String> user;
    /** The master password (secret). */
    @Export(name = "password", refs = {String.class}, tree = "[0]")
    private final Output<String> password;
    @Export(name = "databaseName", refs = {String.class}, tree = "[0]")
    private final Output<String> databaseName;
    @Export(name = "arn", refs = {String.class}, tree = "[0]")
    private final Output<String> arn;
    /** The instance's security group (admits only the app hosts' group on 3306). */
    @Export(name = "securityGroupId", refs = {String.class}, tree = "[0]")
    private final Output<String> securityGroupId;
    /** The alarms declared, in words (empty without an alarm topic). */
    @Export(name = "alarms", refs = {List.class, String.class}, tree = "[0,1]")
    private final Output<List<String>> alarms;

    public RdsMysql(String name, RdsMysqlArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        args.validate();
        var child = CustomResourceOptions.builder().parent(this).build();
        String id = args.identifier();

        var sg = new SecurityGroup(name + "-sg", SecurityGroupArgs.builder()
                .name(id + "-mysql")
                .description("MySQL " + id + ": only from the app hosts")
                .vpcId(args.vpcId())
                .ingress(SecurityGroupIngressArgs.builder()
                        .description("MySQL from the app hosts")
                        .protocol("tcp").fromPort(PORT).toPort(PORT)
                        .securityGroups(args.appSecurityGroupId().applyValue(List::of))
                        .build())
                .tags(Map.of("Name", id + "-mysql"))
                .build(), child);
        var subnets = new SubnetGroup(name + "-subnets", SubnetGroupArgs.builder()
                .name(id + "-private")
                .description("Private subnets of " + id)
                .subnetIds(args.privateSubnetIds())
                .tags(Map.of("Name", id + "-private"))
                .build(), child);
        var params = new ParameterGroup(name + "-params", ParameterGroupArgs.builder()
                .family(args.parameterFamily())
                .description("Fleetbase on MySQL: utf8mb4" + (args.requireTls() ? ", TLS only" : ""))
                .parameters(parameters(args.requireTls()))
                .build(), child);
        Output<String> password = args.masterPassword().applyValue(RdsMysql::checkPassword).asSecret();
        var db = new Instance(name + "-instance", InstanceArgs.builder()
                .identifier(id)
                .engine("mysql")
                .engineVersion(args.engineVersion())
                .instanceClass(args.instanceClass())
                .allocatedStorage(args.allocatedStorage())
                .maxAllocatedStorage(args.maxAllocatedStorage())
                .storageType("gp3")
                .storageEncrypted(true)
                .multiAz(true)
                .publiclyAccessible(false)
                .dbSubnetGroupName(subnets.name())
                .vpcSecurityGroupIds(sg.id().applyValue(List::of))
                .parameterGroupName(params.name())
                .port(PORT)
                .username(args.masterUsername())
                .password(password)
                .dbName(args.databaseName())
                .backupRetentionPeriod(args.backupRetentionDays())
                .backupWindow(args.backupWindow())
                .maintenanceWindow(args.maintenanceWindow())
                .copyTagsToSnapshot(true)
                .deletionProtection(true)
                .skipFinalSnapshot(false)
                .finalSnapshotIdentifier(id + "-final")
                .deleteAutomatedBackups(false)
                .autoMinorVersionUpgrade(true)
                .allowMajorVersionUpgrade(false)
                .applyImmediately(false)
                .tags(Map.of("Name", id))
                .build(), CustomResourceOptions.builder().parent(this).protect(true).build());

        List<String> declared = args.alarmTopicArn().map(topic -> alarms(name, id, args, topic, child)).orElse(List.of());

        this.host = db.address();
        this.port = db.port();
        this.endpoint = Output.tuple(db.address(), db.port()).applyValue(t -> t.t1 + ":" + t.t2);
        this.user = db.username();
        this.password = password;
        this.databaseName = Output.of(args.databaseName());
        this.arn = db.arn();
        this.securityGroupId = sg.id();
        this.alarms = Output.of(declared);
        registerOutputs(Map.of("endpoint", endpoint, "host", host, "port", port, "user", user, "password",
                this.password, "databaseName", databaseName, "arn", arn, "securityGroupId", securityGroupId,
                "alarms", alarms));
    }

    static List<ParameterGroupParameterArgs> parameters(boolean requireTls) {
        return List.of(
                ParameterGroupParameterArgs.builder().name("character_set_server").value("utf8mb4").build(),
                ParameterGroupParameterArgs.builder().name("collation_server").value("utf8mb4_unicode_ci").build(),
                ParameterGroupParameterArgs.builder().name("require_secure_transport").value(requireTls ? "1" : "0").build());
    }

    /** RDS's rule for MySQL master passwords; the message never contains the password. */
    static String checkPassword(String p) {
        if (p == null || p.length() < 8 || p.length() > 41 || !p.chars().allMatch(c -> c > 32 && c < 127)
                || p.chars().anyMatch(c -> c == '/' || c == '"' || c == '@')) {
            throw new IllegalArgumentException("RdsMysqlArgs: masterPassword must be 8..41 printable ASCII characters, "
                    + "none of / \" @ or space");
        }
        return p;
    }

    /**
     * CPU, free storage and freeable memory. No replica-lag alarm: a Multi-AZ instance's standby is synchronous and
     * not readable, so there is no replica and no ReplicaLag metric; add one with a read replica.
     */
    private List<String> alarms(String name, String id, RdsMysqlArgs args, Output<String> topic, CustomResourceOptions child) {
        Map<String, String> dims = Map.of("DBInstanceIdentifier", id);
        long lowStorageBytes = Math.max(2L << 30, (long) args.allocatedStorage() * (1L << 30) / 10);
        return new CloudWatchAlarms(name, topic, child)
                .add("cpu", "RDS " + id + ": CPU above 80% for 10 minutes", MetricAlarmArgs.builder()
                        .name(id + "-cpu").namespace("AWS/RDS").metricName("CPUUtilization").dimensions(dims)
                        .statistic("Average").period(300).evaluationPeriods(2)
                        .comparisonOperator("GreaterThanThreshold").threshold(80.0).treatMissingData("missing"))
                .add("free-storage", "RDS " + id + ": free storage below " + (lowStorageBytes >> 30) + " GiB",
                        MetricAlarmArgs.builder()
                                .name(id + "-free-storage").namespace("AWS/RDS").metricName("FreeStorageSpace")
                                .dimensions(dims).statistic("Minimum").period(300).evaluationPeriods(1)
                                .comparisonOperator("LessThanThreshold").threshold((double) lowStorageBytes)
                                .treatMissingData("missing"))
                .add("free-memory", "RDS " + id + ": freeable memory below 256 MiB for 10 minutes",
                        MetricAlarmArgs.builder()
                                .name(id + "-free-memory").namespace("AWS/RDS").metricName("FreeableMemory")
                                .dimensions(dims).statistic("Average").period(300).evaluationPeriods(2)
                                .comparisonOperator("LessThanThreshold").threshold((double) (256L << 20))
                                .treatMissingData("missing"))
                .declared();
    }

    public Output<String> endpoint() {
        return endpoint;
    }

    public Output<String> host() {
        return host;
    }

    public Output<Integer> port() {
        return port;
    }

    public Output<String> user() {
        return user;
    }

    /** Secret. */
    public Output<String> password() {
        return password;
    }

    public Output<String> databaseName() {
        return databaseName;
    }

    public Output<String> arn() {
        return arn;
    }

    public Output<String> securityGroupId() {
        return securityGroupId;
    }

    public Output<List<String>> alarms() {
        return alarms;
    }
}
