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
 * A user of a {@link DatabaseCluster} ({@code digitalocean:index/databaseUser:DatabaseUser}); DigitalOcean generates
 * its password (a secret output). Not bound: settings (Kafka and OpenSearch ACLs).
 */
@ResourceType(type = DatabaseUser.TOKEN)
public class DatabaseUser extends CustomResource {

    /** Pulumi type token. */
    public static final String TOKEN = "digitalocean:index/databaseUser:DatabaseUser";

    /** Properties registered with {@code additionalSecretOutputs}. */
    public static final List<String> SECRET_OUTPUTS =
            List.of("accessCert", "accessKey", "password");

    @Export(name = "accessCert", refs = {String.class}, tree = "[0]")
    private Output<String> accessCert;

    @Export(name = "accessKey", refs = {String.class}, tree = "[0]")
    private Output<String> accessKey;

    @Export(name = "clusterId", refs = {String.class}, tree = "[0]")
    private Output<String> clusterId;

    @Export(name = "mysqlAuthPlugin", refs = {String.class}, tree = "[0]")
    private Output<String> mysqlAuthPlugin;

    @Export(name = "name", refs = {String.class}, tree = "[0]")
    private Output<String> name;

    @Export(name = "password", refs = {String.class}, tree = "[0]")
    private Output<String> password;

    @Export(name = "role", refs = {String.class}, tree = "[0]")
    private Output<String> role;

    /** Kafka only: TLS client certificate. Always a secret Output. */
    public Output<String> accessCert() {
        return accessCert.asSecret();
    }

    /** Kafka only: TLS client key. Always a secret Output. */
    public Output<String> accessKey() {
        return accessKey.asSecret();
    }

    public Output<String> clusterId() {
        return clusterId;
    }

    public Output<String> mysqlAuthPlugin() {
        return mysqlAuthPlugin;
    }

    public Output<String> name() {
        return name;
    }

    /** Generated password. Always a secret Output. */
    public Output<String> password() {
        return password.asSecret();
    }

    /** {@code primary} or {@code normal}. */
    public Output<String> role() {
        return role;
    }

    public DatabaseUser(String name, DatabaseUserArgs args) {
        this(name, args, null);
    }

    /** Caller options are kept; the plugin version and {@link #SECRET_OUTPUTS} are added. */
    public DatabaseUser(String name, DatabaseUserArgs args, @Nullable CustomResourceOptions options) {
        super(TOKEN, name, Objects.requireNonNull(args, "args"),
                DigitalOceanPlugin.resourceOptions(options, SECRET_OUTPUTS));
    }
}
