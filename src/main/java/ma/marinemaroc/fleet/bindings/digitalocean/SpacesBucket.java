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
 * Spaces bucket ({@code digitalocean:index/spacesBucket:SpacesBucket}); id is its name. The provider manages it
 * through the S3 API with the Spaces key of its config ({@code digitalocean:spacesAccessId},
 * {@code digitalocean:spacesSecretKey}). Not bound: corsRules (deprecated in the schema) and lifecycleRules.
 */
@ResourceType(type = SpacesBucket.TOKEN)
public class SpacesBucket extends CustomResource {

    /** Pulumi type token. */
    public static final String TOKEN = "digitalocean:index/spacesBucket:SpacesBucket";

    /** Properties registered with {@code additionalSecretOutputs}. */
    public static final List<String> SECRET_OUTPUTS =
            List.of();

    @Export(name = "acl", refs = {String.class}, tree = "[0]")
    private Output<String> acl;

    @Export(name = "bucketDomainName", refs = {String.class}, tree = "[0]")
    private Output<String> bucketDomainName;

    @Export(name = "bucketUrn", refs = {String.class}, tree = "[0]")
    private Output<String> bucketUrn;

    @Export(name = "endpoint", refs = {String.class}, tree = "[0]")
    private Output<String> endpoint;

    @Export(name = "name", refs = {String.class}, tree = "[0]")
    private Output<String> name;

    @Export(name = "region", refs = {String.class}, tree = "[0]")
    private Output<String> region;

    /** {@code private} or {@code public-read}. */
    public Output<String> acl() {
        return acl;
    }

    /** The bucket's own host name, e.g. {@code bucket.fra1.digitaloceanspaces.com}. */
    public Output<String> bucketDomainName() {
        return bucketDomainName;
    }

    /** Bucket URN (for projects). */
    public Output<String> bucketUrn() {
        return bucketUrn;
    }

    /** The region's Spaces host without the bucket, e.g. {@code fra1.digitaloceanspaces.com}. */
    public Output<String> endpoint() {
        return endpoint;
    }

    public Output<String> name() {
        return name;
    }

    public Output<String> region() {
        return region;
    }

    public SpacesBucket(String name, SpacesBucketArgs args) {
        this(name, args, null);
    }

    /** Caller options are kept; the plugin version and {@link #SECRET_OUTPUTS} are added. */
    public SpacesBucket(String name, SpacesBucketArgs args, @Nullable CustomResourceOptions options) {
        super(TOKEN, name, Objects.requireNonNull(args, "args"),
                DigitalOceanPlugin.resourceOptions(options, SECRET_OUTPUTS));
    }
}
