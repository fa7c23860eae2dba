package ma.marinemaroc.fleet.components;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;

import java.util.List;

/** Inputs of {@link RdsMysql}. */
public final class RdsMysqlArgs extends ResourceArgs {
    /**
     * The DB instance identifier: lowercase letters, digits and single hyphens, starting with a letter, at most 63
     * (also names the subnet group, security group and final snapshot). Required. A change replaces the instance: it
     * is protected, so that fails.
     */
    @Import(name = "identifier", required = true)
    private String identifier;
    /** Instance class. Default {@value RdsMysql#DEFAULT_INSTANCE_CLASS} (2 vCPU burstable, 4 GiB; Multi-AZ doubles it). */
    @Import(name = "instanceClass")
    private String instanceClass;
    /**
     * MySQL version, 8.0 or 8.4 (optionally with a minor, e.g. 8.4.5). Default {@value RdsMysql#DEFAULT_ENGINE_VERSION}:
     * RDS moved 8.0 to paid Extended Support on 2026-08-01. Minor versions upgrade automatically.
     */
    @Import(name = "engineVersion")
    private String engineVersion;
    /** Initial gp3 storage, GiB (20..65536). Default 20. */
    @Import(name = "allocatedStorage")
    private Integer allocatedStorage;
    /** Storage autoscaling ceiling, GiB (at least allocatedStorage; 0 turns autoscaling off). Default 100. */
    @Import(name = "maxAllocatedStorage")
    private Integer maxAllocatedStorage;
    /** The VPC ({@link AwsNetwork#vpcId()}). Required. */
    @Import(name = "vpcId", required = true)
    private Output<String> vpcId;
    /** The private subnets, two zones ({@link AwsNetwork#privateSubnetIds()}). Required. */
    @Import(name = "privateSubnetIds", required = true)
    private Output<List<String>> privateSubnetIds;
    /** The app hosts' security group: the only source admitted on 3306. Required. */
    @Import(name = "appSecurityGroupId", required = true)
    private Output<String> appSecurityGroupId;
    /** The master user, also the application's. Default {@value RdsMysql#DEFAULT_USER}. */
    @Import(name = "masterUsername")
    private String masterUsername;
    /** The master password (secret; 8..41 printable ASCII characters, none of / " @ or space). Required. */
    @Import(name = "masterPassword", required = true)
    private Output<String> masterPassword;
    /** Database created with the instance (Fleetbase's deploy creates the others). Default fleetbase. */
    @Import(name = "databaseName")
    private String databaseName;
    /** Days of automated backups and point-in-time recovery (1..35). Default 7. */
    @Import(name = "backupRetentionDays")
    private Integer backupRetentionDays;
    /** Daily backup window, UTC, hh:mm-hh:mm. Default 01:00-02:00. */
    @Import(name = "backupWindow")
    private String backupWindow;
    /** Weekly maintenance window, UTC, ddd:hh:mm-ddd:hh:mm (must not overlap the backup window). Default sun:02:30-sun:03:30. */
    @Import(name = "maintenanceWindow")
    private String maintenanceWindow;
    /** Refuse unencrypted connections ({@code require_secure_transport}). Default true. */
    @Import(name = "requireTls")
    private Boolean requireTls;
    /** SNS topic ARN the CloudWatch alarms notify. Default none: no alarms. */
    @Import(name = "alarmTopicArn")
    private Output<String> alarmTopicArn;

    private RdsMysqlArgs() {
    }

    public String identifier() {
        return identifier;
    }

    public String instanceClass() {
        return instanceClass == null ? RdsMysql.DEFAULT_INSTANCE_CLASS : instanceClass;
    }

    public String engineVersion() {
        return engineVersion == null ? RdsMysql.DEFAULT_ENGINE_VERSION : engineVersion;
    }

    /** The parameter group family of the engine version: {@code mysql8.0} or {@code mysql8.4}. */
    public String parameterFamily() {
        String[] p = engineVersion().split("\\.");
        return "mysql" + p[0] + "." + p[1];
    }

    public int allocatedStorage() {
        return allocatedStorage == null ? 20 : allocatedStorage;
    }

    public int maxAllocatedStorage() {
        return maxAllocatedStorage == null ? 100 : maxAllocatedStorage;
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

    public String masterUsername() {
        return masterUsername == null ? RdsMysql.DEFAULT_USER : masterUsername;
    }

    public Output<String> masterPassword() {
        return masterPassword;
    }

    public String databaseName() {
        return databaseName == null ? "fleetbase" : databaseName;
    }

    public int backupRetentionDays() {
        return backupRetentionDays == null ? 7 : backupRetentionDays;
    }

    public String backupWindow() {
        return backupWindow == null ? "01:00-02:00" : backupWindow;
    }

    public String maintenanceWindow() {
        return maintenanceWindow == null ? "sun:02:30-sun:03:30" : maintenanceWindow;
    }

    public boolean requireTls() {
        return requireTls == null || requireTls;
    }

    public java.util.Optional<Output<String>> alarmTopicArn() {
        return java.util.Optional.ofNullable(alarmTopicArn);
    }

    /** Every problem at once, naming the inputs. */
    public void validate() {
        new ArgsCheck("RdsMysqlArgs")
                .required("identifier", identifier)
                .that(identifier == null || (identifier.matches("[a-z][a-z0-9-]{0,62}") && !identifier.contains("--")
                                && !identifier.endsWith("-")),
                        "identifier '" + identifier + "' must be lowercase letters, digits and single hyphens, start with a letter, at most 63")
                .required("vpcId", vpcId).required("privateSubnetIds", privateSubnetIds)
                .required("appSecurityGroupId", appSecurityGroupId).required("masterPassword", masterPassword)
                .that(instanceClass().startsWith("db."), "instanceClass '" + instanceClass() + "' is not an RDS class (db....)")
                .that(engineVersion().matches("8\\.(0|4)(\\.\\d+)?"), "engineVersion '" + engineVersion() + "' must be MySQL 8.0 or 8.4")
                .range("allocatedStorage", allocatedStorage, 20, 65536)
                .that(maxAllocatedStorage() == 0 || maxAllocatedStorage() >= allocatedStorage(),
                        "maxAllocatedStorage " + maxAllocatedStorage() + " is below allocatedStorage " + allocatedStorage())
                .range("maxAllocatedStorage", maxAllocatedStorage, 0, 65536)
                .that(masterUsername().matches("[A-Za-z][A-Za-z0-9_]{0,31}"), "masterUsername '" + masterUsername() + "' must be a letter then letters, digits, '_' (at most 32)")
                .that(!masterUsername().equalsIgnoreCase("rdsadmin"), "masterUsername rdsadmin is reserved by RDS")
                .that(databaseName().matches("[A-Za-z][A-Za-z0-9_]{0,63}"), "databaseName '" + databaseName() + "' must be a letter then letters, digits, '_' (at most 64)")
                .range("backupRetentionDays", backupRetentionDays, 1, 35)
                .that(backupWindow().matches("([01]\\d|2[0-3]):[0-5]\\d-([01]\\d|2[0-3]):[0-5]\\d"),
                        "backupWindow '" + backupWindow() + "' must be hh:mm-hh:mm (UTC)")
                .that(maintenanceWindow().matches("(mon|tue|wed|thu|fri|sat|sun):([01]\\d|2[0-3]):[0-5]\\d-(mon|tue|wed|thu|fri|sat|sun):([01]\\d|2[0-3]):[0-5]\\d"),
                        "maintenanceWindow '" + maintenanceWindow() + "' must be ddd:hh:mm-ddd:hh:mm (UTC)")
                .done();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final RdsMysqlArgs a = new RdsMysqlArgs();

        private Builder() {
        }

        public Builder identifier(String v) { a.identifier = v; return this; }
        public Builder instanceClass(String v) { a.instanceClass = v; return this; }
        public Builder engineVersion(String v) { a.engineVersion = v; return this; }
        public Builder allocatedStorage(int v) { a.allocatedStorage = v; return this; }
        public Builder maxAllocatedStorage(int v) { a.maxAllocatedStorage = v; return this; }
        public Builder vpcId(Output<String> v) { a.vpcId = v; return this; }
        public Builder privateSubnetIds(Output<List<String>> v) { a.privateSubnetIds = v; return this; }
        public Builder appSecurityGroupId(Output<String> v) { a.appSecurityGroupId = v; return this; }
        public Builder masterUsername(String v) { a.masterUsername = v; return this; }
        /** The password, marked secret here whatever the caller passes. */
        public Builder masterPassword(Output<String> v) { a.masterPassword = v == null ? null : v.asSecret(); return this; }
        public Builder databaseName(String v) { a.databaseName = v; return this; }
        public Builder backupRetentionDays(int v) { a.backupRetentionDays = v; return this; }
        public Builder backupWindow(String v) { a.backupWindow = v; return this; }
        public Builder maintenanceWindow(String v) { a.maintenanceWindow = v; return this; }
        public Builder requireTls(boolean v) { a.requireTls = v; return this; }
        public Builder alarmTopicArn(Output<String> v) { a.alarmTopicArn = v; return this; }

        /** Checks the inputs; see {@link RdsMysqlArgs#validate()}. */
        public RdsMysqlArgs build() {
            a.validate();
            return a;
        }
    }
}
