package ma.marinemaroc.fleet.components;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import ma.marinemaroc.fleet.bindings.digitalocean.SpacesBucket;
import ma.marinemaroc.fleet.bindings.digitalocean.SpacesBucketArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.SpacesBucketVersioningArgs;

import java.util.Map;

/**
 * The uploads bucket of a scaled fleet on DigitalOcean: a Spaces bucket in the app hosts' region, private (objects are
 * read through the app's signed temporary URLs: core-api {@code Models/File.php} asks the s3 disk for
 * {@code temporaryUrl}), versioned (an overwritten or deleted upload keeps its earlier versions), never
 * force-destroyed and {@code protect}ed: the uploads live only here.
 *
 * <p>The provider creates it with the Spaces key of its own config ({@code digitalocean:spacesAccessId} /
 * {@code spacesSecretKey}). The app uses another key, limited to this bucket, that the operator creates
 * ({@code doctl spaces keys create ... --grants 'bucket=<name>;permission=readwrite'}): the provider version bound here
 * has no resource for Spaces keys. Fleetbase's s3 disk has no endpoint setting ({@code api/config/filesystems.php});
 * the AWS SDK of its image (3.298) takes the endpoint from {@code AWS_ENDPOINT_URL_S3} (aws-sdk-php#2737), which
 * {@link #endpoint()} gives.
 */
public class SpacesUploads extends ComponentResource {
    public static final String TYPE = Components.type(SpacesUploads.class);

    /** The bucket's name. */
    @Export(name = "bucketName", refs = {String.class}, tree = "[0]")
    private final Output<String> bucketName;
    /** The bucket's region (DigitalOcean slug, also the signing region). */
    @Export(name = "region", refs = {String.class}, tree = "[0]")
    private final Output<String> region;
    /** The S3 endpoint of the region: {@code https://<region>.digitaloceanspaces.com}. */
    @Export(name = "endpoint", refs = {String.class}, tree = "[0]")
    private final Output<String> endpoint;
    /** The bucket's URN (for a DigitalOcean project). */
    @Export(name = "bucketUrn", refs = {String.class}, tree = "[0]")
    private final Output<String> bucketUrn;

    public SpacesUploads(String name, SpacesUploadsArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        args.validate();
        var bucket = new SpacesBucket(name + "-bucket", SpacesBucketArgs.builder()
                .name(args.bucketName())
                .region(args.region())
                .acl("private")
                .forceDestroy(false)
                .versioning(SpacesBucketVersioningArgs.builder().enabled(true).build())
                .build(), CustomResourceOptions.builder().parent(this).protect(true).build());
        this.bucketName = bucket.name();
        this.region = Output.of(args.region());
        this.endpoint = Output.of(endpointOf(args.region()));
        this.bucketUrn = bucket.bucketUrn();
        registerOutputs(Map.of("bucketName", bucketName, "region", region, "endpoint", endpoint, "bucketUrn", bucketUrn));
    }

    /** The S3 endpoint of a Spaces region. */
    public static String endpointOf(String region) {
        return "https://" + region + ".digitaloceanspaces.com";
    }

    public Output<String> bucketName() {
        return bucketName;
    }

    public Output<String> region() {
        return region;
    }

    public Output<String> endpoint() {
        return endpoint;
    }

    public Output<String> bucketUrn() {
        return bucketUrn;
    }
}
