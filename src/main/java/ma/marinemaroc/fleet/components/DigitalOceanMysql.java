package ma.marinemaroc.fleet.components;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
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
import ma.marinemaroc.fleet.bindings.digitalocean.DatabaseUser;
import ma.marinemaroc.fleet.bindings.digitalocean.DatabaseUserArgs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * DigitalOcean Managed MySQL 8 for a scaled fleet: a cluster with a standby node (automatic failover, daily backups
 * with point-in-time recovery kept by DigitalOcean), in the fleet's VPC, one database per Fleetbase database, the
 * application's user and a firewall admitting only the app hosts' tag.
 *
 * <p>Without a firewall rule a DigitalOcean cluster accepts connections from any address that has the password; the
 * firewall here is the only thing that makes it private, so it is declared with the cluster, never optional. The
 * cluster and its databases are {@code protect}ed: a replacement or {@code pulumi destroy} fails instead of dropping
 * data ({@code pulumi state unprotect <urn>} first, on purpose).
 *
 * <p>Connections must use TLS (DigitalOcean requires it; the port is 25060). The user gets the privileges DigitalOcean
 * gives every new user (those of {@code doadmin}, docs "How to Manage MySQL Users and Databases"), which includes
 * creating the databases Fleetbase's {@code mysql:createdb} expects; they exist already, so that step is a no-op.
 */
public class DigitalOceanMysql extends ComponentResource {
    public static final String TYPE = Components.type(DigitalOceanMysql.class);
    public static final String DEFAULT_SIZE = "db-s-2vcpu-4gb";
    public static final String DEFAULT_USER = "fleetbase";
    public static final String ENGINE_VERSION = "8";

    /** The cluster's id (UUID). */
    @Export(name = "clusterId", refs = {String.class}, tree = "[0]")
    private final Output<String> clusterId;
    /** The cluster's URN (for a DigitalOcean project). */
    @Export(name = "clusterUrn", refs = {String.class}, tree = "[0]")
    private final Output<String> clusterUrn;
    /** Public host name (reachable only from the firewall's sources). */
    @Export(name = "host", refs = {String.class}, tree = "[0]")
    private final Output<String> host;
    /** Host name inside the VPC: what the app hosts connect to. */
    @Export(name = "privateHost", refs = {String.class}, tree = "[0]")
    private final Output<String> privateHost;
    /** TCP port (TLS required). */
    @Export(name = "port", refs = {Integer.class}, tree = "[0]")
    private final Output<Integer> port;
    /** The application's user name. */
    @Export(name = "user", refs = {String.class}, tree = "[0]")
    private final Output<String> user;
    /** The application's password (secret). */
    @Export(name = "password", refs = {String.class}, tree = "[0]")
    private final Output<String> password;
    /** The databases created, in input order. */
    @Export(name = "databases", refs = {List.class, String.class}, tree = "[0,1]")
    private final Output<List<String>> databases;
    /** The alerts declared, in words (empty without alert e-mails). */
    @Export(name = "alerts", refs = {List.class, String.class}, tree = "[0,1]")
    private final Output<List<String>> alerts;

    public DigitalOceanMysql(String name, DigitalOceanMysqlArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        args.validate();
        var child = CustomResourceOptions.builder().parent(this).build();
        var guarded = CustomResourceOptions.builder().parent(this).protect(true).build();

        var cluster = new DatabaseCluster(name + "-cluster", DatabaseClusterArgs.builder()
                .name(args.clusterName())
                .engine("mysql")
                .version(ENGINE_VERSION)
                .size(args.size())
                .region(args.region())
                .nodeCount(args.nodeCount())
                .privateNetworkUuid(args.vpcId())
                .tags(args.tags())
                .maintenanceWindows(DatabaseClusterMaintenanceWindowArgs.builder()
                        .day(args.maintenanceDay()).hour(args.maintenanceHour()).build())
                .storageAutoscale(DatabaseClusterStorageAutoscaleArgs.builder()
                        .enabled(args.storageAutoscale()).thresholdPercent(80).incrementGib(10).build())
                .build(), guarded);
        new DatabaseFirewall(name + "-firewall", DatabaseFirewallArgs.builder()
                .clusterId(cluster.id())
                .rules(DatabaseFirewallRuleArgs.builder().type("tag").value(args.appTag()).build())
                .build(), child);
        new DatabaseMysqlConfig(name + "-config", DatabaseMysqlConfigArgs.builder()
                .clusterId(cluster.id())
                .sqlRequirePrimaryKey(args.requirePrimaryKey())
                .build(), child);
        List<Output<String>> dbNames = new ArrayList<>();
        for (String db : args.databases()) {
            var d = new DatabaseDb(name + "-db-" + db.replace('_', '-'), DatabaseDbArgs.builder()
                    .clusterId(cluster.id()).name(db).build(), guarded);
            dbNames.add(d.name());
        }
        var appUser = new DatabaseUser(name + "-user", DatabaseUserArgs.builder()
                .clusterId(cluster.id())
                .name(args.userName())
                .mysqlAuthPlugin(args.authPlugin())
                .build(), child);

        List<String> watched = args.alertEmails().isEmpty() ? List.of()
                : DigitalOceanAlerts.declare(name, "MySQL " + args.clusterName(), DigitalOceanAlerts.DATABASE,
                        cluster.id(), args.alertEmails(), child);

        this.clusterId = cluster.id();
        this.clusterUrn = cluster.clusterUrn();
        this.host = cluster.host();
        this.privateHost = cluster.privateHost();
        this.port = cluster.port();
        this.user = appUser.name();
        this.password = appUser.password().asSecret();
        this.databases = Output.all(dbNames);
        this.alerts = Output.of(watched);
        registerOutputs(Map.of("clusterId", clusterId, "clusterUrn", clusterUrn, "host", host,
                "privateHost", privateHost, "port", port, "user", user, "password", password,
                "databases", databases, "alerts", alerts));
    }

    public Output<String> clusterId() {
        return clusterId;
    }

    public Output<String> clusterUrn() {
        return clusterUrn;
    }

    public Output<String> host() {
        return host;
    }

    public Output<String> privateHost() {
        return privateHost;
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

    public Output<List<String>> databases() {
        return databases;
    }

    public Output<List<String>> alerts() {
        return alerts;
    }
}
