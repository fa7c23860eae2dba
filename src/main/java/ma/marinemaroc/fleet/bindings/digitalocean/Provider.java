package ma.marinemaroc.fleet.bindings.digitalocean;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.ProviderResource;
import java.util.List;
import java.util.Objects;
import javax.annotation.Nullable;

/**
 * Explicit DigitalOcean provider ({@code pulumi:providers:digitalocean}). The token is always sent and stored
 * as a secret (the schema does not mark it secret).
 */
@ResourceType(type = Provider.TOKEN)
public class Provider extends ProviderResource {

    /** Pulumi type token. */
    public static final String TOKEN = "pulumi:providers:digitalocean";

    /** Properties registered with {@code additionalSecretOutputs}. */
    public static final List<String> SECRET_OUTPUTS =
            List.of("token");

    @Export(name = "apiEndpoint", refs = {String.class}, tree = "[0]")
    private Output<String> apiEndpoint;

    @Export(name = "token", refs = {String.class}, tree = "[0]")
    private Output<String> token;

    public Output<String> apiEndpoint() {
        return apiEndpoint;
    }

    /** Always a secret Output. */
    public Output<String> token() {
        return token.asSecret();
    }

    public Provider(String name, ProviderArgs args) {
        this(name, args, null);
    }

    /** Caller options are kept; the plugin version and {@link #SECRET_OUTPUTS} are added. */
    public Provider(String name, ProviderArgs args, @Nullable CustomResourceOptions options) {
        super(DigitalOceanPlugin.NAME, name, Objects.requireNonNull(args, "args"),
                DigitalOceanPlugin.resourceOptions(options, SECRET_OUTPUTS));
    }
}
