package ma.marinemaroc.fleet.components;

import com.pulumi.aws.s3.BucketOwnershipControls;
import com.pulumi.aws.s3.BucketOwnershipControlsArgs;
import com.pulumi.aws.s3.BucketPublicAccessBlock;
import com.pulumi.aws.s3.BucketPublicAccessBlockArgs;
import com.pulumi.aws.s3.BucketServerSideEncryptionConfigurationV2;
import com.pulumi.aws.s3.BucketServerSideEncryptionConfigurationV2Args;
import com.pulumi.aws.s3.BucketV2;
import com.pulumi.aws.s3.BucketV2Args;
import com.pulumi.aws.s3.BucketVersioningV2;
import com.pulumi.aws.s3.BucketVersioningV2Args;
import com.pulumi.aws.s3.inputs.BucketOwnershipControlsRuleArgs;
import com.pulumi.aws.s3.inputs.BucketServerSideEncryptionConfigurationV2RuleApplyServerSideEncryptionByDefaultArgs;
import com.pulumi.aws.s3.inputs.BucketServerSideEncryptionConfigurationV2RuleArgs;
import com.pulumi.aws.s3.inputs.BucketVersioningV2VersioningConfigurationArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import java.util.Map;

/**
 * The private bucket that {@link S3Uploads} and {@link BackupBucket} both keep their data in: public access blocked,
 * ACLs off (bucket owner enforced), versioned, encrypted at rest (SSE-S3), never force-destroyed, and every one of
 * these resources {@code protect}ed (deleting the versioning resource would suspend versioning). The resources are
 * children of the owning component, named {@code <name>-bucket}, {@code -public-access}, {@code -ownership},
 * {@code -versioning} and {@code -encryption}.
 *
 * <p>S3 rejects concurrent changes of one bucket's configuration ({@code OperationAborted}), so the configuration
 * resources are chained, and the owner chains what it adds (lifecycle, policy) after {@link #last()}.
 *
 * @param bucket the bucket
 * @param last the last configuration resource of the chain (encryption): what the owner's next configuration
 *     change depends on
 */
record PrivateBucket(BucketV2 bucket, Resource last) {
    static final String SSE_ALGORITHM = "AES256";

    /** Creates the bucket {@code bucketName} tagged {@code purpose=<purpose>} and its guards, under {@code owner}. */
    static PrivateBucket create(ComponentResource owner, String name, String bucketName, String purpose) {
        var bucket = new BucketV2(name + "-bucket", BucketV2Args.builder()
                .bucket(bucketName)
                .forceDestroy(false)
                .tags(Map.of("purpose", purpose))
                .build(), guarded(owner));
        Output<String> id = bucket.id();
        var publicAccess = new BucketPublicAccessBlock(name + "-public-access", BucketPublicAccessBlockArgs.builder()
                .bucket(id).blockPublicAcls(true).blockPublicPolicy(true).ignorePublicAcls(true)
                .restrictPublicBuckets(true).build(), guarded(owner));
        var ownership = new BucketOwnershipControls(name + "-ownership", BucketOwnershipControlsArgs.builder()
                .bucket(id)
                .rule(BucketOwnershipControlsRuleArgs.builder().objectOwnership("BucketOwnerEnforced").build())
                .build(), guarded(owner, publicAccess));
        var versioning = new BucketVersioningV2(name + "-versioning", BucketVersioningV2Args.builder()
                .bucket(id)
                .versioningConfiguration(BucketVersioningV2VersioningConfigurationArgs.builder().status("Enabled").build())
                .build(), guarded(owner, ownership));
        var encryption = new BucketServerSideEncryptionConfigurationV2(name + "-encryption",
                BucketServerSideEncryptionConfigurationV2Args.builder()
                        .bucket(id)
                        .rules(BucketServerSideEncryptionConfigurationV2RuleArgs.builder()
                                .applyServerSideEncryptionByDefault(
                                        BucketServerSideEncryptionConfigurationV2RuleApplyServerSideEncryptionByDefaultArgs
                                                .builder().sseAlgorithm(SSE_ALGORITHM).build())
                                .build())
                        .build(), guarded(owner, versioning));
        return new PrivateBucket(bucket, encryption);
    }

    /** A protected child of {@code owner} that waits for {@code after} (one dependsOn call: it replaces the list). */
    static CustomResourceOptions guarded(ComponentResource owner, Resource... after) {
        return CustomResourceOptions.builder().parent(owner).protect(true).dependsOn(after).build();
    }
}
