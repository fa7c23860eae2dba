package ma.marinemaroc.fleet.components;

import com.pulumi.aws.iam.AccessKey;
import com.pulumi.aws.iam.AccessKeyArgs;
import com.pulumi.aws.iam.User;
import com.pulumi.aws.iam.UserArgs;
import com.pulumi.aws.iam.UserPolicy;
import com.pulumi.aws.iam.UserPolicyArgs;
import com.pulumi.aws.s3.BucketLifecycleConfigurationV2;
import com.pulumi.aws.s3.BucketLifecycleConfigurationV2Args;
import com.pulumi.aws.s3.BucketPolicy;
import com.pulumi.aws.s3.BucketPolicyArgs;
import com.pulumi.aws.s3.BucketV2;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleAbortIncompleteMultipartUploadArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleExpirationArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleFilterArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleNoncurrentVersionExpirationArgs;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import ma.marinemaroc.fleet.backup.BackupEnvFile;
import ma.marinemaroc.fleet.backup.BackupPolicies;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The off-region S3 bucket the host's backups go to, and the IAM user the host writes with.
 *
 * <p>The AWS provider of the bucket's region comes through the component's options ({@code providers(...)}); every
 * child inherits it.
 *
 * <p>Bucket: in another region than the host, private (public access block, ACLs off),
 * versioned, encrypted at rest with SSE-S3 (AES256), TLS-only, and expired by a lifecycle rule after
 * {@code retentionDays} (current objects, then non-current versions the same number of days later; failed
 * multipart uploads after {@value #ABORT_MULTIPART_DAYS} days; leftover delete markers). SSE-S3 rather than
 * SSE-KMS: the threat here is a leaked credential, which KMS would not stop (the writer would need kms:Decrypt to
 * restore), while a KMS key would add cost, a key to guard, and a cross-stack key grant for DR restores.
 *
 * <p>Writer: an IAM user (works from DigitalOcean and EC2 alike) whose inline policy allows only PutObject, GetObject,
 * ListBucket and GetBucketLocation on this bucket (plus read on {@code restoreBucket} for a DR stack); the
 * bucket policy additionally denies it every delete and configuration change. Its access key's secret is a secret
 * output.
 *
 * <p>Protection: the bucket and every resource that guards its contents (public access block, ownership, versioning,
 * encryption, lifecycle, policy) are {@code protect}ed and the bucket has {@code forceDestroy=false}, so
 * {@code pulumi destroy} fails instead of deleting backups ({@code pulumi destroy --exclude-protected} removes the rest
 * of the stack). Deleting a versioning resource would suspend versioning, which is why it is protected too. To really
 * remove the bucket: {@code pulumi state unprotect '<urn>'} for each of them (URNs from {@code pulumi stack --show-urns}),
 * empty the bucket of all object versions and delete markers (console "Empty", or let the lifecycle expire them),
 * then {@code pulumi destroy}. To keep the bucket but drop it from the stack, {@code pulumi state delete '<urn>'}
 * instead.
 */
public class BackupBucket extends ComponentResource {
    public static final String TYPE = Components.type(BackupBucket.class);
    public static final int ABORT_MULTIPART_DAYS = 7;
    public static final String SSE_ALGORITHM = PrivateBucket.SSE_ALGORITHM;

    /** The bucket's name (what the host's backup scripts write to). */
    @Export(name = "bucketName", refs = {String.class}, tree = "[0]")
    private final Output<String> bucketName;
    /** The bucket's ARN (for further policies). */
    @Export(name = "bucketArn", refs = {String.class}, tree = "[0]")
    private final Output<String> bucketArn;
    @Export(name = "region", refs = {String.class}, tree = "[0]")
    private final Output<String> region;
    @Export(name = "accessKeyId", refs = {String.class}, tree = "[0]")
    private final Output<String> accessKeyId;
    @Export(name = "secretAccessKey", refs = {String.class}, tree = "[0]")
    private final Output<String> secretAccessKey;

    private final Output<String> backupEnv;

    public BackupBucket(String name, BackupBucketArgs args, ComponentResourceOptions options) {
        super(TYPE, name, Components.aliased(options, "fleet:backup:BackupBucket"));
        args.validate();
        Optional<String> restoreArn = args.restoreBucket().map(BackupPolicies::bucketArn);

        var privateBucket = PrivateBucket.create(this, name, args.bucketName(), "backups");
        BucketV2 bucket = privateBucket.bucket();
        Output<String> id = bucket.id();
        var lifecycle = new BucketLifecycleConfigurationV2(name + "-lifecycle", BucketLifecycleConfigurationV2Args.builder()
                .bucket(id)
                .rules(lifecycleRules(args.retentionDays()))
                .build(), guarded(privateBucket.last()));

        var user = new User(name + "-writer", UserArgs.builder()
                .name(args.writerUserName())
                .tags(Map.of("purpose", "backup-writer"))
                .build(), plain());
        new UserPolicy(name + "-writer-policy", UserPolicyArgs.builder()
                .user(user.name())
                .name("backup-bucket-access")
                .policy(bucket.arn().applyValue(arn -> BackupPolicies.writerPolicy(arn, restoreArn)))
                .build(), plain());
        var key = new AccessKey(name + "-writer-key", AccessKeyArgs.builder().user(user.name()).build(),
                CustomResourceOptions.builder().parent(this).additionalSecretOutputs("secret").build());
        new BucketPolicy(name + "-policy", BucketPolicyArgs.builder()
                .bucket(id)
                .policy(Output.tuple(bucket.arn(), user.arn())
                        .applyValue(t -> BackupPolicies.bucketPolicy(t.t1, t.t2)))
                .build(), guarded(lifecycle));

        this.bucketName = bucket.bucket();
        this.bucketArn = bucket.arn();
        this.region = Output.of(args.region());
        this.accessKeyId = key.id();
        this.secretAccessKey = key.secret().asSecret();
        this.backupEnv = Output.tuple(accessKeyId, secretAccessKey, bucketName)
                .applyValue(t -> BackupEnvFile.render(BackupEnvFile.variables(t.t1, t.t2, args.region(), t.t3,
                        args.restoreBucket())))
                .asSecret();

        registerOutputs(Map.of(
                "bucketName", bucketName,
                "bucketArn", bucketArn,
                "region", region,
                "accessKeyId", accessKeyId,
                "secretAccessKey", secretAccessKey));
    }

    static List<BucketLifecycleConfigurationV2RuleArgs> lifecycleRules(int retentionDays) {
        var wholeBucket = BucketLifecycleConfigurationV2RuleFilterArgs.builder().build();
        // Days and ExpiredObjectDeleteMarker cannot share one Expiration element, hence two rules.
        var expire = BucketLifecycleConfigurationV2RuleArgs.builder()
                .id("expire-backups")
                .status("Enabled")
                .filter(wholeBucket)
                .expiration(BucketLifecycleConfigurationV2RuleExpirationArgs.builder().days(retentionDays).build())
                .noncurrentVersionExpiration(BucketLifecycleConfigurationV2RuleNoncurrentVersionExpirationArgs.builder()
                        .noncurrentDays(retentionDays).build())
                .abortIncompleteMultipartUpload(BucketLifecycleConfigurationV2RuleAbortIncompleteMultipartUploadArgs
                        .builder().daysAfterInitiation(ABORT_MULTIPART_DAYS).build())
                .build();
        var markers = BucketLifecycleConfigurationV2RuleArgs.builder()
                .id("remove-expired-delete-markers")
                .status("Enabled")
                .filter(wholeBucket)
                .expiration(BucketLifecycleConfigurationV2RuleExpirationArgs.builder().expiredObjectDeleteMarker(true).build())
                .build();
        return List.of(expire, markers);
    }

    /** Options of a resource that guards the backups: protected, after {@code after}. */
    private CustomResourceOptions guarded(Resource... after) {
        return PrivateBucket.guarded(this, after);
    }

    private CustomResourceOptions plain() {
        return CustomResourceOptions.builder().parent(this).build();
    }

    public Output<String> bucketName() {
        return bucketName;
    }

    public Output<String> bucketArn() {
        return bucketArn;
    }

    /** The bucket's AWS region (plain). */
    public Output<String> region() {
        return region;
    }

    /** The writer's access key ID (an identifier, not a secret: it appears in CloudTrail). */
    public Output<String> accessKeyId() {
        return accessKeyId;
    }

    /** The writer's secret access key (secret). */
    public Output<String> secretAccessKey() {
        return secretAccessKey;
    }

    /**
     * The S3 lines of the host's {@code /etc/fleet/backup.env} as one secret: AWS_ACCESS_KEY_ID,
     * AWS_SECRET_ACCESS_KEY, AWS_DEFAULT_REGION, BACKUP_BUCKET and, on a stack restoring another stack's bucket,
     * RESTORE_BUCKET; {@code KEY='value'} lines, each ending in a newline, so more lines can be appended.
     */
    public Output<String> backupEnv() {
        return backupEnv;
    }
}
