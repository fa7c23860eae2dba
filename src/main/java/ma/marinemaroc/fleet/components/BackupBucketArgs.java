package ma.marinemaroc.fleet.components;

import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;

import java.util.Optional;

/** Inputs of {@link BackupBucket}. */
public final class BackupBucketArgs extends ResourceArgs {
    /** The bucket's name (globally unique). Required. A change replaces the bucket: it is protected, so that fails. */
    @Import(name = "bucketName", required = true)
    private String bucketName;
    /** The bucket's AWS region (the provider's; reported in outputs and the host's env file). Required. */
    @Import(name = "region", required = true)
    private String region;
    /** Days a backup set is kept (non-current versions as long again). Default 30. */
    @Import(name = "retentionDays")
    private Integer retentionDays;
    /** Name of the IAM user the host writes with. Required. */
    @Import(name = "writerUserName", required = true)
    private String writerUserName;
    /** DR: another stack's bucket the writer may also read (restore on first boot). Default none. */
    @Import(name = "restoreBucket")
    private String restoreBucket;

    private BackupBucketArgs() {
    }

    public String bucketName() {
        return bucketName;
    }

    public String region() {
        return region;
    }

    public int retentionDays() {
        return retentionDays == null ? 30 : retentionDays;
    }

    public String writerUserName() {
        return writerUserName;
    }

    public Optional<String> restoreBucket() {
        return Optional.ofNullable(restoreBucket).filter(b -> !b.isBlank());
    }

    public void validate() {
        new ArgsCheck("BackupBucketArgs").required("bucketName", bucketName).required("region", region)
                .required("writerUserName", writerUserName).range("retentionDays", retentionDays, 1, 3650)
                .that(bucketName == null || bucketName.matches("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]"),
                        "bucketName '" + bucketName + "' is not an S3 bucket name")
                .done();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final BackupBucketArgs a = new BackupBucketArgs();

        private Builder() {
        }

        public Builder bucketName(String v) { a.bucketName = v; return this; }
        public Builder region(String v) { a.region = v; return this; }
        public Builder retentionDays(int v) { a.retentionDays = v; return this; }
        public Builder writerUserName(String v) { a.writerUserName = v; return this; }
        public Builder restoreBucket(String v) { a.restoreBucket = v; return this; }

        public BackupBucketArgs build() {
            a.validate();
            return a;
        }
    }
}
