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
 * Trusted sources of a {@link DatabaseCluster} ({@code digitalocean:index/databaseFirewall:DatabaseFirewall}): once it
 * exists, only the listed sources can connect. One per cluster. Not bound as output: rules (object type).
 */
@ResourceType(type = DatabaseFirewall.TOKEN)
public class DatabaseFirewall extends CustomResource {

    /** Pulumi type token. */
    public static final String TOKEN = "digitalocean:index/databaseFirewall:DatabaseFirewall";

    /** Properties registered with {@code additionalSecretOutputs}. */
    public static final List<String> SECRET_OUTPUTS =
            List.of();

    @Export(name = "clusterId", refs = {String.class}, tree = "[0]")
    private Output<String> clusterId;

    public Output<String> clusterId() {
        return clusterId;
    }

    public DatabaseFirewall(String name, DatabaseFirewallArgs args) {
        this(name, args, null);
    }

    /** Caller options are kept; the plugin version and {@link #SECRET_OUTPUTS} are added. */
    public DatabaseFirewall(String name, DatabaseFirewallArgs args, @Nullable CustomResourceOptions options) {
        super(TOKEN, name, Objects.requireNonNull(args, "args"),
                DigitalOceanPlugin.resourceOptions(options, SECRET_OUTPUTS));
    }
}
