package ma.marinemaroc.fleet.components;

import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;

/** Inputs of {@link S3Uploads}. */
public final class S3UploadsArgs extends ResourceArgs {
    /**
     * The bucket's name (S3 rules: 3..63 of a-z, 0-9, '.', '-'). Required. A change replaces the bucket: it is
     * protected, so that fails.
     */
    @Import(name = "bucketName", required = true)
    private String bucketName;
    /** The bucket's region, the app hosts' (the provider's region: it comes through the options). Required. */
    @Import(name = "region", required = true)
    private String region;
    /** The IAM user the app signs with (letters, digits, {@code +=,.@_-}, at most 64). Required. */
    @Import(name = "userName", required = true)
    private String userName;

    private S3UploadsArgs() {
    }

    public String bucketName() {
        return bucketName;
    }

    public String region() {
        return region;
    }

    public String userName() {
        return userName;
    }

    /** Every problem at once, naming the inputs. */
    public void validate() {
        new ArgsCheck("S3UploadsArgs")
                .required("bucketName", bucketName).required("region", region).required("userName", userName)
                .that(bucketName == null || (bucketName.matches("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]") && !bucketName.contains("..")),
                        "bucketName '" + bucketName + "' is not an S3 bucket name")
                .that(userName == null || userName.matches("[A-Za-z0-9+=,.@_-]{1,64}"),
                        "userName '" + userName + "' is not an IAM user name")
                .done();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final S3UploadsArgs a = new S3UploadsArgs();

        private Builder() {
        }

        public Builder bucketName(String v) { a.bucketName = v; return this; }
        public Builder region(String v) { a.region = v; return this; }
        public Builder userName(String v) { a.userName = v; return this; }

        /** Checks the inputs; see {@link S3UploadsArgs#validate()}. */
        public S3UploadsArgs build() {
            a.validate();
            return a;
        }
    }
}
