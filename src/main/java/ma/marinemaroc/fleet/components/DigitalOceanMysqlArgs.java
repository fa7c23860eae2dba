package ma.marinemaroc.fleet.components;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import ma.marinemaroc.fleet.fleetbase.FleetbaseContract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Inputs of {@link DigitalOceanMysql}. */
public final class DigitalOceanMysqlArgs extends ResourceArgs {
    /** The cluster's name (one DNS label, unique in the account). Required. A change replaces the cluster: it is protected, so that fails. */
    @Import(name = "clusterName", required = true)
    private String clusterName;
    /** DigitalOcean region slug, the app hosts' (e.g. fra1). Required. */
    @Import(name = "region", required = true)
    private String region;
    /** Node size slug. Default {@value DigitalOceanMysql#DEFAULT_SIZE} (2 vCPU, 4 GiB; a standby needs at least 2 GiB). A change resizes in place. */
    @Import(name = "size")
    private String size;
    /** Nodes: the primary plus one or two standbys that take over automatically. Default 2, allowed 2..3. */
    @Import(name = "nodeCount")
    private Integer nodeCount;
    /** The VPC the cluster joins ({@link DigitalOceanNetwork#vpcId()}). Required. */
    @Import(name = "vpcId", required = true)
    private Output<String> vpcId;
    /** The app hosts' tag ({@link DigitalOceanNetwork#appTag()}): the only source the cluster's firewall admits. Required. */
    @Import(name = "appTag", required = true)
    private Output<String> appTag;
    /** Tags on the cluster (metadata; include the project and stack tags). Default none. */
    @Import(name = "tags")
    private List<String> tags;
    /** Databases to create. Default Fleetbase's: {@link FleetbaseContract#DATABASES}. */
    @Import(name = "databases")
    private List<String> databases;
    /** The application's user. Default {@value DigitalOceanMysql#DEFAULT_USER}. */
    @Import(name = "userName")
    private String userName;
    /** The user's authentication plugin: caching_sha2_password or mysql_native_password. Default caching_sha2_password. */
    @Import(name = "authPlugin")
    private String authPlugin;
    /**
     * MySQL's {@code sql_require_primary_key}. DigitalOcean turns it on; Laravel's own migrations (and restores of
     * dumps taken from the single host) create tables without a primary key, which then fail. Default false.
     */
    @Import(name = "requirePrimaryKey")
    private Boolean requirePrimaryKey;
    /** Weekly maintenance day (monday..sunday). Default sunday. */
    @Import(name = "maintenanceDay")
    private String maintenanceDay;
    /** Maintenance start, HH:MM UTC. Default 02:00. */
    @Import(name = "maintenanceHour")
    private String maintenanceHour;
    /** Grow the disk automatically at 80% use, 10 GiB at a time. Default true. */
    @Import(name = "storageAutoscale")
    private Boolean storageAutoscale;
    /** Where CPU, memory and disk alerts are e-mailed. Default none: no alerts. */
    @Import(name = "alertEmails")
    private List<String> alertEmails;

    private DigitalOceanMysqlArgs() {
    }

    public String clusterName() {
        return clusterName;
    }

    public String region() {
        return region;
    }

    public String size() {
        return size == null ? DigitalOceanMysql.DEFAULT_SIZE : size;
    }

    public int nodeCount() {
        return nodeCount == null ? 2 : nodeCount;
    }

    public Output<String> vpcId() {
        return vpcId;
    }

    public Output<String> appTag() {
        return appTag;
    }

    public List<String> tags() {
        return tags == null ? List.of() : List.copyOf(tags);
    }

    public List<String> databases() {
        return databases == null ? FleetbaseContract.databaseNames() : List.copyOf(databases);
    }

    public String userName() {
        return userName == null ? DigitalOceanMysql.DEFAULT_USER : userName;
    }

    public String authPlugin() {
        return authPlugin == null ? "caching_sha2_password" : authPlugin;
    }

    public boolean requirePrimaryKey() {
        return requirePrimaryKey != null && requirePrimaryKey;
    }

    public String maintenanceDay() {
        return maintenanceDay == null ? "sunday" : maintenanceDay;
    }

    public String maintenanceHour() {
        return maintenanceHour == null ? "02:00" : maintenanceHour;
    }

    public boolean storageAutoscale() {
        return storageAutoscale == null || storageAutoscale;
    }

    public List<String> alertEmails() {
        return alertEmails == null ? List.of() : List.copyOf(alertEmails);
    }

    /** Every problem at once, naming the inputs. */
    public void validate() {
        ArgsCheck c = new ArgsCheck("DigitalOceanMysqlArgs")
                .required("clusterName", clusterName).dnsLabel("clusterName", clusterName)
                .required("region", region).required("vpcId", vpcId).required("appTag", appTag)
                .that(size().startsWith("db-"), "size '" + size() + "' is not a database size slug (db-...)")
                .range("nodeCount", nodeCount, 2, 3)
                .that(!databases().isEmpty(), "databases must not be empty")
                .that(new HashSet<>(databases()).size() == databases().size(), "databases " + databases() + " repeat a name")
                .that(userName().matches("[a-z][a-z0-9_]{0,31}"), "userName '" + userName() + "' must be a-z, 0-9, '_' (at most 32, starting with a letter)")
                .that(!userName().equals("doadmin"), "userName doadmin is the cluster's administrator")
                .that(Set.of("caching_sha2_password", "mysql_native_password").contains(authPlugin()),
                        "authPlugin '" + authPlugin() + "' must be caching_sha2_password or mysql_native_password")
                .that(Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday").contains(maintenanceDay()),
                        "maintenanceDay '" + maintenanceDay() + "' must be a day name (monday..sunday)")
                .that(maintenanceHour().matches("([01]\\d|2[0-3]):[0-5]\\d"), "maintenanceHour '" + maintenanceHour() + "' must be HH:MM");
        for (String db : databases()) {
            c.that(db != null && db.matches("[A-Za-z0-9_]{1,64}"), "database name '" + db + "' must be letters, digits, '_' (at most 64)");
        }
        DigitalOceanAlerts.checkEmails(c, "alertEmails", alertEmails);
        c.done();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final DigitalOceanMysqlArgs a = new DigitalOceanMysqlArgs();

        private Builder() {
        }

        public Builder clusterName(String v) { a.clusterName = v; return this; }
        public Builder region(String v) { a.region = v; return this; }
        public Builder size(String v) { a.size = v; return this; }
        public Builder nodeCount(int v) { a.nodeCount = v; return this; }
        public Builder vpcId(Output<String> v) { a.vpcId = v; return this; }
        public Builder appTag(Output<String> v) { a.appTag = v; return this; }
        public Builder tags(List<String> v) { a.tags = List.copyOf(v); return this; }
        public Builder databases(List<String> v) { a.databases = List.copyOf(v); return this; }
        public Builder userName(String v) { a.userName = v; return this; }
        public Builder authPlugin(String v) { a.authPlugin = v; return this; }
        public Builder requirePrimaryKey(boolean v) { a.requirePrimaryKey = v; return this; }
        public Builder maintenanceDay(String v) { a.maintenanceDay = v; return this; }
        public Builder maintenanceHour(String v) { a.maintenanceHour = v; return this; }
        public Builder storageAutoscale(boolean v) { a.storageAutoscale = v; return this; }
        public Builder alertEmails(List<String> v) { a.alertEmails = List.copyOf(v); return this; }

        /** Checks the inputs; see {@link DigitalOceanMysqlArgs#validate()}. */
        public DigitalOceanMysqlArgs build() {
            a.validate();
            return a;
        }
    }
}
