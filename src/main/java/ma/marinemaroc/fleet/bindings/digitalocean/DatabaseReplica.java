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
 * Read-only replica of a {@link DatabaseCluster} ({@code digitalocean:index/databaseReplica:DatabaseReplica}), possibly
 * in another region; id combines the cluster id and the replica name, uuid is the replica's own UUID. The password and
 * the URIs are secret outputs as on the cluster.
 */
@ResourceType(type = DatabaseReplica.TOKEN)
public class DatabaseReplica extends CustomResource {

    /** Pulumi type token. */
    public static final String TOKEN = "digitalocean:index/databaseReplica:DatabaseReplica";

    /** Properties registered with {@code additionalSecretOutputs}. */
    public static final List<String> SECRET_OUTPUTS =
            List.of("password", "privateUri", "uri");

    @Export(name = "clusterId", refs = {String.class}, tree = "[0]")
    private Output<String> clusterId;

    @Export(name = "database", refs = {String.class}, tree = "[0]")
    private Output<String> database;

    @Export(name = "host", refs = {String.class}, tree = "[0]")
    private Output<String> host;

    @Export(name = "name", refs = {String.class}, tree = "[0]")
    private Output<String> name;

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

    @Export(name = "region", refs = {String.class}, tree = "[0]")
    private Output<String> region;

    @Export(name = "size", refs = {String.class}, tree = "[0]")
    private Output<String> size;

    @Export(name = "storageSizeMib", refs = {String.class}, tree = "[0]")
    private Output<String> storageSizeMib;

    @Export(name = "tags", refs = {List.class, String.class}, tree = "[0,1]")
    private Output<List<String>> tags;

    @Export(name = "uri", refs = {String.class}, tree = "[0]")
    private Output<String> uri;

    @Export(name = "user", refs = {String.class}, tree = "[0]")
    private Output<String> user;

    @Export(name = "uuid", refs = {String.class}, tree = "[0]")
    private Output<String> uuid;

    public Output<String> clusterId() {
        return clusterId;
    }

    /** Name of the default database. */
    public Output<String> database() {
        return database;
    }

    /** Public hostname. */
    public Output<String> host() {
        return host;
    }

    public Output<String> name() {
        return name;
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

    public Output<String> region() {
        return region;
    }

    public Output<String> size() {
        return size;
    }

    public Output<String> storageSizeMib() {
        return storageSizeMib;
    }

    public Output<List<String>> tags() {
        return tags;
    }

    /** Connection URI with the public host and the default user's password. Always a secret Output. */
    public Output<String> uri() {
        return uri.asSecret();
    }

    /** Default user (e.g. {@code doadmin}). */
    public Output<String> user() {
        return user;
    }

    /** Replica UUID. */
    public Output<String> uuid() {
        return uuid;
    }

    public DatabaseReplica(String name, DatabaseReplicaArgs args) {
        this(name, args, null);
    }

    /** Caller options are kept; the plugin version and {@link #SECRET_OUTPUTS} are added. */
    public DatabaseReplica(String name, DatabaseReplicaArgs args, @Nullable CustomResourceOptions options) {
        super(TOKEN, name, Objects.requireNonNull(args, "args"),
                DigitalOceanPlugin.resourceOptions(options, SECRET_OUTPUTS));
    }
}
