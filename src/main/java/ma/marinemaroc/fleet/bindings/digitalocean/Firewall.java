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
 * DigitalOcean cloud firewall ({@code digitalocean:index/firewall:Firewall}). Rules are inline lists.
 * Not bound as outputs: inboundRules, outboundRules, pendingChanges (object types).
 */
@ResourceType(type = Firewall.TOKEN)
public class Firewall extends CustomResource {

    /** Pulumi type token. */
    public static final String TOKEN = "digitalocean:index/firewall:Firewall";

    /** Properties registered with {@code additionalSecretOutputs}. */
    public static final List<String> SECRET_OUTPUTS =
            List.of();

    @Export(name = "createdAt", refs = {String.class}, tree = "[0]")
    private Output<String> createdAt;

    @Export(name = "dropletIds", refs = {List.class, Integer.class}, tree = "[0,1]")
    private Output<List<Integer>> dropletIds;

    @Export(name = "name", refs = {String.class}, tree = "[0]")
    private Output<String> name;

    @Export(name = "status", refs = {String.class}, tree = "[0]")
    private Output<String> status;

    @Export(name = "tags", refs = {List.class, String.class}, tree = "[0,1]")
    private Output<List<String>> tags;

    public Output<String> createdAt() {
        return createdAt;
    }

    public Output<List<Integer>> dropletIds() {
        return dropletIds;
    }

    public Output<String> name() {
        return name;
    }

    /** waiting, succeeded or failed. */
    public Output<String> status() {
        return status;
    }

    public Output<List<String>> tags() {
        return tags;
    }

    public Firewall(String name, FirewallArgs args) {
        this(name, args, null);
    }

    /** Caller options are kept; the plugin version and {@link #SECRET_OUTPUTS} are added. */
    public Firewall(String name, FirewallArgs args, @Nullable CustomResourceOptions options) {
        super(TOKEN, name, Objects.requireNonNull(args, "args"),
                DigitalOceanPlugin.resourceOptions(options, SECRET_OUTPUTS));
    }
}
