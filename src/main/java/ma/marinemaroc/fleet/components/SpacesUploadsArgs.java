package ma.marinemaroc.fleet.components;

import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;

/** Inputs of {@link SpacesUploads}. */
public final class SpacesUploadsArgs extends ResourceArgs {
    /**
     * The bucket's name: 3..63 of a-z, 0-9, '-', starting and ending with a letter or digit, unique in the region.
     * Required. A change replaces the bucket: it is protected, so that fails.
     */
    @Import(name = "bucketName", required = true)
    private String bucketName;
    /** DigitalOcean region slug with Spaces, the app hosts' (e.g. fra1). Required. */
    @Import(name = "region", required = true)
    private String region;

    private SpacesUploadsArgs() {
    }

    public String bucketName() {
        return bucketName;
    }

    public String region() {
        return region;
    }

    /** Every problem at once, naming the inputs. */
    public void validate() {
        new ArgsCheck("SpacesUploadsArgs")
                .required("bucketName", bucketName).required("region", region)
                .that(bucketName == null || bucketName.matches("[a-z0-9][a-z0-9-]{1,61}[a-z0-9]"),
                        "bucketName '" + bucketName + "' must be 3..63 of a-z, 0-9, '-', starting and ending with a letter or digit")
                .that(region == null || region.matches("[a-z]{3}[0-9]"), "region '" + region + "' is not a DigitalOcean region slug")
                .done();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final SpacesUploadsArgs a = new SpacesUploadsArgs();

        private Builder() {
        }

        public Builder bucketName(String v) { a.bucketName = v; return this; }
        public Builder region(String v) { a.region = v; return this; }

        /** Checks the inputs; see {@link SpacesUploadsArgs#validate()}. */
        public SpacesUploadsArgs build() {
            a.validate();
            return a;
        }
    }
}
