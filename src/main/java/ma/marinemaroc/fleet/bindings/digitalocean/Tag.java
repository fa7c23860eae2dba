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
 * Tag ({@code digitalocean:index/tag:Tag}); id is the tag name. Declaring it lets resources that use the name
 * (Droplet.tags, LoadBalancer.dropletTag, DatabaseFirewall rules of type tag) depend on it.
 */
@ResourceType(type = Tag.TOKEN)
public class Tag extends CustomResource {

    /** Pulumi type token. */
    public static final String TOKEN = "digitalocean:index/tag:Tag";

    /** Properties registered with {@code additionalSecretOutputs}. */
    public static final List<String> SECRET_OUTPUTS =
            List.of();

    @Export(name = "databasesCount", refs = {Integer.class}, tree = "[0]")
    private Output<Integer> databasesCount;

    @Export(name = "dropletsCount", refs = {Integer.class}, tree = "[0]")
    private Output<Integer> dropletsCount;

    @Export(name = "imagesCount", refs = {Integer.class}, tree = "[0]")
    private Output<Integer> imagesCount;

    @Export(name = "name", refs = {String.class}, tree = "[0]")
    private Output<String> name;

    @Export(name = "totalResourceCount", refs = {Integer.class}, tree = "[0]")
    private Output<Integer> totalResourceCount;

    @Export(name = "volumeSnapshotsCount", refs = {Integer.class}, tree = "[0]")
    private Output<Integer> volumeSnapshotsCount;

    @Export(name = "volumesCount", refs = {Integer.class}, tree = "[0]")
    private Output<Integer> volumesCount;

    public Output<Integer> databasesCount() {
        return databasesCount;
    }

    public Output<Integer> dropletsCount() {
        return dropletsCount;
    }

    public Output<Integer> imagesCount() {
        return imagesCount;
    }

    public Output<String> name() {
        return name;
    }

    public Output<Integer> totalResourceCount() {
        return totalResourceCount;
    }

    public Output<Integer> volumeSnapshotsCount() {
        return volumeSnapshotsCount;
    }

    public Output<Integer> volumesCount() {
        return volumesCount;
    }

    public Tag(String name, TagArgs args) {
        this(name, args, null);
    }

    /** Caller options are kept; the plugin version and {@link #SECRET_OUTPUTS} are added. */
    public Tag(String name, TagArgs args, @Nullable CustomResourceOptions options) {
        super(TOKEN, name, Objects.requireNonNull(args, "args"),
                DigitalOceanPlugin.resourceOptions(options, SECRET_OUTPUTS));
    }
}
