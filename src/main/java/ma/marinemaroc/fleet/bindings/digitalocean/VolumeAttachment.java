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
 * Attaches a {@link Volume} to a {@link Droplet} ({@code digitalocean:index/volumeAttachment:VolumeAttachment}). The
 * volume appears as {@code /dev/disk/by-id/scsi-0DO_Volume_<volume name>}.
 */
@ResourceType(type = VolumeAttachment.TOKEN)
public class VolumeAttachment extends CustomResource {

    /** Pulumi type token. */
    public static final String TOKEN = "digitalocean:index/volumeAttachment:VolumeAttachment";

    /** Properties registered with {@code additionalSecretOutputs}. */
    public static final List<String> SECRET_OUTPUTS =
            List.of();

    @Export(name = "dropletId", refs = {Integer.class}, tree = "[0]")
    private Output<Integer> dropletId;

    @Export(name = "volumeId", refs = {String.class}, tree = "[0]")
    private Output<String> volumeId;

    public Output<Integer> dropletId() {
        return dropletId;
    }

    public Output<String> volumeId() {
        return volumeId;
    }

    public VolumeAttachment(String name, VolumeAttachmentArgs args) {
        this(name, args, null);
    }

    /** Caller options are kept; the plugin version and {@link #SECRET_OUTPUTS} are added. */
    public VolumeAttachment(String name, VolumeAttachmentArgs args, @Nullable CustomResourceOptions options) {
        super(TOKEN, name, Objects.requireNonNull(args, "args"),
                DigitalOceanPlugin.resourceOptions(options, SECRET_OUTPUTS));
    }
}
