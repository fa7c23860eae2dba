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
 * VPC ({@code digitalocean:index/vpc:Vpc}); id is its UUID (Droplet.vpcUuid, DatabaseCluster.privateNetworkUuid,
 * LoadBalancer.vpcUuid).
 */
@ResourceType(type = Vpc.TOKEN)
public class Vpc extends CustomResource {

    /** Pulumi type token. */
    public static final String TOKEN = "digitalocean:index/vpc:Vpc";

    /** Properties registered with {@code additionalSecretOutputs}. */
    public static final List<String> SECRET_OUTPUTS =
            List.of();

    @Export(name = "createdAt", refs = {String.class}, tree = "[0]")
    private Output<String> createdAt;

    @Export(name = "default", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> default_;

    @Export(name = "description", refs = {String.class}, tree = "[0]")
    private Output<String> description;

    @Export(name = "ipRange", refs = {String.class}, tree = "[0]")
    private Output<String> ipRange;

    @Export(name = "name", refs = {String.class}, tree = "[0]")
    private Output<String> name;

    @Export(name = "region", refs = {String.class}, tree = "[0]")
    private Output<String> region;

    @Export(name = "vpcUrn", refs = {String.class}, tree = "[0]")
    private Output<String> vpcUrn;

    public Output<String> createdAt() {
        return createdAt;
    }

    /** Whether this is the region's default VPC. */
    public Output<Boolean> default_() {
        return default_;
    }

    public Output<String> description() {
        return description;
    }

    public Output<String> ipRange() {
        return ipRange;
    }

    public Output<String> name() {
        return name;
    }

    public Output<String> region() {
        return region;
    }

    /** VPC URN (for projects). */
    public Output<String> vpcUrn() {
        return vpcUrn;
    }

    public Vpc(String name, VpcArgs args) {
        this(name, args, null);
    }

    /** Caller options are kept; the plugin version and {@link #SECRET_OUTPUTS} are added. */
    public Vpc(String name, VpcArgs args, @Nullable CustomResourceOptions options) {
        super(TOKEN, name, Objects.requireNonNull(args, "args"),
                DigitalOceanPlugin.resourceOptions(options, SECRET_OUTPUTS));
    }
}
