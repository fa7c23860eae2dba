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
 * Block storage volume ({@code digitalocean:index/volume:Volume}); id is the volume UUID. Attach it with
 * {@link VolumeAttachment} and not also through Droplet.volumeIds. Not bound: the filesystemType input (deprecated:
 * initialFilesystemType; still an output).
 */
@ResourceType(type = Volume.TOKEN)
public class Volume extends CustomResource {

    /** Pulumi type token. */
    public static final String TOKEN = "digitalocean:index/volume:Volume";

    /** Properties registered with {@code additionalSecretOutputs}. */
    public static final List<String> SECRET_OUTPUTS =
            List.of();

    @Export(name = "description", refs = {String.class}, tree = "[0]")
    private Output<String> description;

    @Export(name = "dropletIds", refs = {List.class, Integer.class}, tree = "[0,1]")
    private Output<List<Integer>> dropletIds;

    @Export(name = "filesystemLabel", refs = {String.class}, tree = "[0]")
    private Output<String> filesystemLabel;

    @Export(name = "filesystemType", refs = {String.class}, tree = "[0]")
    private Output<String> filesystemType;

    @Export(name = "initialFilesystemLabel", refs = {String.class}, tree = "[0]")
    private Output<String> initialFilesystemLabel;

    @Export(name = "initialFilesystemType", refs = {String.class}, tree = "[0]")
    private Output<String> initialFilesystemType;

    @Export(name = "name", refs = {String.class}, tree = "[0]")
    private Output<String> name;

    @Export(name = "region", refs = {String.class}, tree = "[0]")
    private Output<String> region;

    @Export(name = "size", refs = {Integer.class}, tree = "[0]")
    private Output<Integer> size;

    @Export(name = "snapshotId", refs = {String.class}, tree = "[0]")
    private Output<String> snapshotId;

    @Export(name = "tags", refs = {List.class, String.class}, tree = "[0,1]")
    private Output<List<String>> tags;

    @Export(name = "volumeUrn", refs = {String.class}, tree = "[0]")
    private Output<String> volumeUrn;

    public Output<String> description() {
        return description;
    }

    /** Ids of the Droplets the volume is attached to. */
    public Output<List<Integer>> dropletIds() {
        return dropletIds;
    }

    /** Current filesystem label. */
    public Output<String> filesystemLabel() {
        return filesystemLabel;
    }

    /** Current filesystem type. */
    public Output<String> filesystemType() {
        return filesystemType;
    }

    public Output<String> initialFilesystemLabel() {
        return initialFilesystemLabel;
    }

    public Output<String> initialFilesystemType() {
        return initialFilesystemType;
    }

    public Output<String> name() {
        return name;
    }

    public Output<String> region() {
        return region;
    }

    /** Size in GiB. */
    public Output<Integer> size() {
        return size;
    }

    public Output<String> snapshotId() {
        return snapshotId;
    }

    public Output<List<String>> tags() {
        return tags;
    }

    /** Volume URN (for projects). */
    public Output<String> volumeUrn() {
        return volumeUrn;
    }

    public Volume(String name, VolumeArgs args) {
        this(name, args, null);
    }

    /** Caller options are kept; the plugin version and {@link #SECRET_OUTPUTS} are added. */
    public Volume(String name, VolumeArgs args, @Nullable CustomResourceOptions options) {
        super(TOKEN, name, Objects.requireNonNull(args, "args"),
                DigitalOceanPlugin.resourceOptions(options, SECRET_OUTPUTS));
    }
}
