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
 * A database (schema) in a {@link DatabaseCluster} ({@code digitalocean:index/databaseDb:DatabaseDb}).
 */
@ResourceType(type = DatabaseDb.TOKEN)
public class DatabaseDb extends CustomResource {

    /** Pulumi type token. */
    public static final String TOKEN = "digitalocean:index/databaseDb:DatabaseDb";

    /** Properties registered with {@code additionalSecretOutputs}. */
    public static final List<String> SECRET_OUTPUTS =
            List.of();

    @Export(name = "clusterId", refs = {String.class}, tree = "[0]")
    private Output<String> clusterId;

    @Export(name = "name", refs = {String.class}, tree = "[0]")
    private Output<String> name;

    public Output<String> clusterId() {
        return clusterId;
    }

    public Output<String> name() {
        return name;
    }

    public DatabaseDb(String name, DatabaseDbArgs args) {
        this(name, args, null);
    }

    /** Caller options are kept; the plugin version and {@link #SECRET_OUTPUTS} are added. */
    public DatabaseDb(String name, DatabaseDbArgs args, @Nullable CustomResourceOptions options) {
        super(TOKEN, name, Objects.requireNonNull(args, "args"),
                DigitalOceanPlugin.resourceOptions(options, SECRET_OUTPUTS));
    }
}
