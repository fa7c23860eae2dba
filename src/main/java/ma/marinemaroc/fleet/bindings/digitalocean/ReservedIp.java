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
 * Reserved (static) public IPv4 ({@code digitalocean:index/reservedIp:ReservedIp}); id is the address.
 */
@ResourceType(type = ReservedIp.TOKEN)
public class ReservedIp extends CustomResource {

    /** Pulumi type token. */
    public static final String TOKEN = "digitalocean:index/reservedIp:ReservedIp";

    /** Properties registered with {@code additionalSecretOutputs}. */
    public static final List<String> SECRET_OUTPUTS =
            List.of();

    @Export(name = "dropletId", refs = {Integer.class}, tree = "[0]")
    private Output<Integer> dropletId;

    @Export(name = "ipAddress", refs = {String.class}, tree = "[0]")
    private Output<String> ipAddress;

    @Export(name = "region", refs = {String.class}, tree = "[0]")
    private Output<String> region;

    @Export(name = "reservedIpUrn", refs = {String.class}, tree = "[0]")
    private Output<String> reservedIpUrn;

    public Output<Integer> dropletId() {
        return dropletId;
    }

    /** The reserved IPv4 address. */
    public Output<String> ipAddress() {
        return ipAddress;
    }

    public Output<String> region() {
        return region;
    }

    /** URN for projects. */
    public Output<String> reservedIpUrn() {
        return reservedIpUrn;
    }

    public ReservedIp(String name, ReservedIpArgs args) {
        this(name, args, null);
    }

    /** Caller options are kept; the plugin version and {@link #SECRET_OUTPUTS} are added. */
    public ReservedIp(String name, ReservedIpArgs args, @Nullable CustomResourceOptions options) {
        super(TOKEN, name, Objects.requireNonNull(args, "args"),
                DigitalOceanPlugin.resourceOptions(options, SECRET_OUTPUTS));
    }
}
