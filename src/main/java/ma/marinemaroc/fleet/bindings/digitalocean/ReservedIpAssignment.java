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
 * Assigns a {@link ReservedIp} to a Droplet ({@code digitalocean:index/reservedIpAssignment:ReservedIpAssignment}).
 */
@ResourceType(type = ReservedIpAssignment.TOKEN)
public class ReservedIpAssignment extends CustomResource {

    /** Pulumi type token. */
    public static final String TOKEN = "digitalocean:index/reservedIpAssignment:ReservedIpAssignment";

    /** Properties registered with {@code additionalSecretOutputs}. */
    public static final List<String> SECRET_OUTPUTS =
            List.of();

    @Export(name = "dropletId", refs = {Integer.class}, tree = "[0]")
    private Output<Integer> dropletId;

    @Export(name = "ipAddress", refs = {String.class}, tree = "[0]")
    private Output<String> ipAddress;

    public Output<Integer> dropletId() {
        return dropletId;
    }

    public Output<String> ipAddress() {
        return ipAddress;
    }

    public ReservedIpAssignment(String name, ReservedIpAssignmentArgs args) {
        this(name, args, null);
    }

    /** Caller options are kept; the plugin version and {@link #SECRET_OUTPUTS} are added. */
    public ReservedIpAssignment(String name, ReservedIpAssignmentArgs args, @Nullable CustomResourceOptions options) {
        super(TOKEN, name, Objects.requireNonNull(args, "args"),
                DigitalOceanPlugin.resourceOptions(options, SECRET_OUTPUTS));
    }
}
