package ma.marinemaroc.fleet.components;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import ma.marinemaroc.fleet.bindings.digitalocean.DatabaseCluster;
import ma.marinemaroc.fleet.bindings.digitalocean.DatabaseClusterArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.DatabaseFirewall;
import ma.marinemaroc.fleet.bindings.digitalocean.DatabaseFirewallArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.DatabaseFirewallRuleArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.DatabaseValkeyConfig;
import ma.marinemaroc.fleet.bindings.digitalocean.DatabaseValkeyConfigArgs;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * DigitalOcean Managed Caching (Valkey 8) for a scaled fleet's cache, sessions and queue: a cluster with a standby
 * node, in the fleet's VPC, a firewall admitting only the app hosts' tag, TLS required ({@code ssl}), and RDB
 * persistence so queued jobs survive a node restart. Protected like the database: a replaced cluster would lose
 * every queued job and session.
 *
 * <p>Clients authenticate as {@code default} with the cluster's password and must speak TLS ({@code rediss://},
 * port 25061).
 */
public class DigitalOceanValkey extends ComponentResource {
    public static final String TYPE = Components.type(DigitalOceanValkey.class);
    public static final String DEFAULT_SIZE = "db-s-1vcpu-2gb";
    public static final String ENGINE_VERSION = "8";
    static final Set<String> EVICTION_POLICIES = Set.of("noeviction", "allkeys_lru", "allkeys_random", "volatile_lru",
            "volatile_random", "volatile_ttl");

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
    /** TCP port (TLS only). */
    @Export(name = "port", refs = {Integer.class}, tree = "[0]")
    private final Output<Integer> port;
    /** The user clients authenticate as. */
    @Export(name = "user", refs = {String.class}, tree = "[0]")
    private final Output<String> user;
    /** The password (secret). */
    @Export(name = "password", refs = {String.class}, tree = "[0]")
    private final Output<String> password;
    /** {@code rediss://} URL on the private host, with the password (secret). */
    @Export(name = "privateUri", refs = {String.class}, tree = "[0]")
    private final Output<String> privateUri;
    /** Clients must use TLS (always true). */
    @Export(name = "tls", refs = {Boolean.class}, tree = "[0]")
    private final Output<Boolean> tls;
    /** The alerts declared, in words (empty without alert e-mails). */
    @Export(name = "alerts", refs = {List.class, String.class}, tree = "[0,1]")
    private final Output<List<String>> alerts;

    public DigitalOceanValkey(String name, DigitalOceanValkeyArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        args.validate();
        var child = CustomResourceOptions.builder().parent(this).build();
        var cluster = new DatabaseCluster(name + "-cluster", DatabaseClusterArgs.builder()
                .name(args.clusterName())
                .engine("valkey")
                .version(ENGINE_VERSION)
                .size(args.size())
                .region(args.region())
                .nodeCount(args.nodeCount())
                .privateNetworkUuid(args.vpcId())
                .tags(args.tags())
                .evictionPolicy(args.evictionPolicy())
                .build(), CustomResourceOptions.builder().parent(this).protect(true).build());
        new DatabaseFirewall(name + "-firewall", DatabaseFirewallArgs.builder()
                .clusterId(cluster.id())
                .rules(DatabaseFirewallRuleArgs.builder().type("tag").value(args.appTag()).build())
                .build(), child);
        new DatabaseValkeyConfig(name + "-config", DatabaseValkeyConfigArgs.builder()
                .clusterId(cluster.id())
                .ssl(true)
                .persistence("rdb")
                .valkeyMaxmemoryPolicy(args.evictionPolicy())
                .build(), child);
        List<String> watched = args.alertEmails().isEmpty() ? List.of()
                : DigitalOceanAlerts.declare(name, "Valkey " + args.clusterName(), DigitalOceanAlerts.DATABASE,
                        cluster.id(), args.alertEmails(), child);

        this.clusterId = cluster.id();
        this.clusterUrn = cluster.clusterUrn();
        this.host = cluster.host();
        this.privateHost = cluster.privateHost();
        this.port = cluster.port();
        this.user = cluster.user();
        this.password = cluster.password().asSecret();
        this.privateUri = cluster.privateUri().asSecret();
        this.tls = Output.of(true);
        this.alerts = Output.of(watched);
        registerOutputs(Map.of("clusterId", clusterId, "clusterUrn", clusterUrn, "host", host,
                "privateHost", privateHost, "port", port, "user", user, "password", password,
                "privateUri", privateUri, "tls", tls, "alerts", alerts));
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

    /** Secret. */
    public Output<String> privateUri() {
        return privateUri;
    }

    public Output<Boolean> tls() {
        return tls;
    }

    public Output<List<String>> alerts() {
        return alerts;
    }
}
