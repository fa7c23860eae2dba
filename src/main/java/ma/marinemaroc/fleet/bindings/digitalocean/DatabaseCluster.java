package ma.marinemaroc.fleet.bindings.digitalocean;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import java.util.List;
import java.util.Objects;
import javax.annotation.Nullable;

/**
 * Managed database cluster ({@code digitalocean:index/databaseCluster:DatabaseCluster}): MySQL, PostgreSQL, Valkey,
 * MongoDB, Kafka or OpenSearch; id is the cluster UUID (clusterId of DatabaseDb, DatabaseUser, DatabaseFirewall,
 * DatabaseReplica and the *Config resources). nodeCount 2 is a primary with one standby node that takes over on failure
 * (standbys take no reads: use a DatabaseReplica for that).
 *
 * <p>The password and the URIs are secret outputs, registered with additionalSecretOutputs and returned as secret
 * Outputs. Not bound as outputs: backupRestore, maintenanceWindows, storageAutoscale (object types).
 */
@ResourceType(type = DatabaseCluster.TOKEN)
public class DatabaseCluster extends CustomResource {

    /** Pulumi type token. */
    public static final String TOKEN = "digitalocean:index/databaseCluster:DatabaseCluster";

    /** Properties registered with {@code additionalSecretOutputs}. */
    public static final List<String> SECRET_OUTPUTS =
            List.of("password", "privateUri", "uiPassword", "uiUri", "uri");

    @Export(name = "clusterUrn", refs = {String.class}, tree = "[0]")
    private Output<String> clusterUrn;

    @Export(name = "database", refs = {String.class}, tree = "[0]")
    private Output<String> database;

    @Export(name = "engine", refs = {String.class}, tree = "[0]")
    private Output<String> engine;

    @Export(name = "evictionPolicy", refs = {String.class}, tree = "[0]")
    private Output<String> evictionPolicy;

    @Export(name = "host", refs = {String.class}, tree = "[0]")
    private Output<String> host;

    @Export(name = "metricsEndpoints", refs = {List.class, String.class}, tree = "[0,1]")
    private Output<List<String>> metricsEndpoints;

    @Export(name = "name", refs = {String.class}, tree = "[0]")
    private Output<String> name;

    @Export(name = "nodeCount", refs = {Integer.class}, tree = "[0]")
    private Output<Integer> nodeCount;

    @Export(name = "password", refs = {String.class}, tree = "[0]")
    private Output<String> password;

    @Export(name = "port", refs = {Integer.class}, tree = "[0]")
    private Output<Integer> port;

    @Export(name = "privateHost", refs = {String.class}, tree = "[0]")
    private Output<String> privateHost;

    @Export(name = "privateNetworkUuid", refs = {String.class}, tree = "[0]")
    private Output<String> privateNetworkUuid;

    @Export(name = "privateUri", refs = {String.class}, tree = "[0]")
    private Output<String> privateUri;

    @Export(name = "projectId", refs = {String.class}, tree = "[0]")
    private Output<String> projectId;

    @Export(name = "region", refs = {String.class}, tree = "[0]")
    private Output<String> region;

    @Export(name = "size", refs = {String.class}, tree = "[0]")
    private Output<String> size;

    @Export(name = "sqlMode", refs = {String.class}, tree = "[0]")
    private Output<String> sqlMode;

    @Export(name = "storageSizeMib", refs = {String.class}, tree = "[0]")
    private Output<String> storageSizeMib;

    @Export(name = "tags", refs = {List.class, String.class}, tree = "[0,1]")
    private Output<List<String>> tags;

    @Export(name = "uiDatabase", refs = {String.class}, tree = "[0]")
    private Output<String> uiDatabase;

    @Export(name = "uiHost", refs = {String.class}, tree = "[0]")
    private Output<String> uiHost;

    @Export(name = "uiPassword", refs = {String.class}, tree = "[0]")
    private Output<String> uiPassword;

    @Export(name = "uiPort", refs = {Integer.class}, tree = "[0]")
    private Output<Integer> uiPort;

    @Export(name = "uiUri", refs = {String.class}, tree = "[0]")
    private Output<String> uiUri;

    @Export(name = "uiUser", refs = {String.class}, tree = "[0]")
    private Output<String> uiUser;

    @Export(name = "uri", refs = {String.class}, tree = "[0]")
    private Output<String> uri;

    @Export(name = "user", refs = {String.class}, tree = "[0]")
    private Output<String> user;

    @Export(name = "version", refs = {String.class}, tree = "[0]")
    private Output<String> version;

    /** Cluster URN (for projects). */
    public Output<String> clusterUrn() {
        return clusterUrn;
    }

    /** Name of the default database. */
    public Output<String> database() {
        return database;
    }

    public Output<String> engine() {
        return engine;
    }

    public Output<String> evictionPolicy() {
        return evictionPolicy;
    }

    /** Public hostname. */
    public Output<String> host() {
        return host;
    }

    /** Prometheus-compatible metrics endpoints. */
    public Output<List<String>> metricsEndpoints() {
        return metricsEndpoints;
    }

    public Output<String> name() {
        return name;
    }

    public Output<Integer> nodeCount() {
        return nodeCount;
    }

    /** Password of the default user. Always a secret Output. */
    public Output<String> password() {
        return password.asSecret();
    }

    /** Port the database listens on. */
    public Output<Integer> port() {
        return port;
    }

    /** Hostname reachable only from the same account and region (VPC). */
    public Output<String> privateHost() {
        return privateHost;
    }

    public Output<String> privateNetworkUuid() {
        return privateNetworkUuid;
    }

    /** Connection URI with the private host and the default user's password. Always a secret Output. */
    public Output<String> privateUri() {
        return privateUri.asSecret();
    }

    public Output<String> projectId() {
        return projectId;
    }

    public Output<String> region() {
        return region;
    }

    public Output<String> size() {
        return size;
    }

    public Output<String> sqlMode() {
        return sqlMode;
    }

    public Output<String> storageSizeMib() {
        return storageSizeMib;
    }

    public Output<List<String>> tags() {
        return tags;
    }

    /** OpenSearch dashboard database. */
    public Output<String> uiDatabase() {
        return uiDatabase;
    }

    /** OpenSearch dashboard host. */
    public Output<String> uiHost() {
        return uiHost;
    }

    /** OpenSearch dashboard password. Always a secret Output. */
    public Output<String> uiPassword() {
        return uiPassword.asSecret();
    }

    /** OpenSearch dashboard port. */
    public Output<Integer> uiPort() {
        return uiPort;
    }

    /** OpenSearch dashboard URI. Always a secret Output. */
    public Output<String> uiUri() {
        return uiUri.asSecret();
    }

    /** OpenSearch dashboard user. */
    public Output<String> uiUser() {
        return uiUser;
    }

    /** Connection URI with the public host and the default user's password. Always a secret Output. */
    public Output<String> uri() {
        return uri.asSecret();
    }

    /** Default user (e.g. {@code doadmin}). */
    public Output<String> user() {
        return user;
    }

    public Output<String> version() {
        return version;
    }

    public DatabaseCluster(String name, DatabaseClusterArgs args) {
        this(name, args, null);
    }

    /** Caller options are kept; the plugin version and {@link #SECRET_OUTPUTS} are added. */
    public DatabaseCluster(String name, DatabaseClusterArgs args, @Nullable CustomResourceOptions options) {
        super(TOKEN, name, Objects.requireNonNull(args, "args"),
                DigitalOceanPlugin.resourceOptions(options, SECRET_OUTPUTS));
    }
}
