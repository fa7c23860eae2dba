package ma.marinemaroc.fleet.components;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.pulumi.aws.iam.AccessKey;
import com.pulumi.aws.iam.AccessKeyArgs;
import com.pulumi.aws.iam.User;
import com.pulumi.aws.iam.UserArgs;
import com.pulumi.aws.iam.UserPolicy;
import com.pulumi.aws.iam.UserPolicyArgs;
import com.pulumi.aws.s3.BucketPolicy;
import com.pulumi.aws.s3.BucketPolicyArgs;
import com.pulumi.aws.s3.BucketV2;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;

import java.util.List;
import java.util.Map;

/**
 * The uploads bucket of a scaled fleet on AWS and the IAM user the app signs with. The AWS provider of the app hosts'
 * region comes through the component's options.
 *
 * <p>Bucket: private (public access block, ACLs off), versioned, encrypted (SSE-S3), TLS-only; objects are read through
 * the app's signed temporary URLs (core-api {@code Models/File.php}: {@code temporaryUrl} on the s3 disk). It and its
 * guards are {@code protect}ed and never force-destroyed: the uploads live only here.
 *
 * <p>User: least privilege for Laravel's s3 disk: read, write and delete objects of this bucket, list it; nothing
 * else (no bucket configuration, no other bucket). Its secret is a secret output.
 */
public class S3Uploads extends ComponentResource {
    public static final String TYPE = Components.type(S3Uploads.class);
    /** What the app's user may do on objects of the bucket. */
    public static final List<String> OBJECT_ACTIONS = List.of("s3:GetObject", "s3:PutObject", "s3:DeleteObject");
    /** What it may do on the bucket itself. */
    public static final List<String> BUCKET_ACTIONS = List.of("s3:ListBucket", "s3:GetBucketLocation");

    @Export(name = "bucketName", refs = {String.class}, tree = "[0]")
    private final Output<String> bucketName;
    @Export(name = "region", refs = {String.class}, tree = "[0]")
    private final Output<String> region;
    /** The app user's access key id (an identifier, not a secret). */
    @Export(name = "accessKeyId", refs = {String.class}, tree = "[0]")
    private final Output<String> accessKeyId;
    /** The app user's secret access key (secret). */
    @Export(name = "secretAccessKey", refs = {String.class}, tree = "[0]")
    private final Output<String> secretAccessKey;

    public S3Uploads(String name, S3UploadsArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        args.validate();
        var privateBucket = PrivateBucket.create(this, name, args.bucketName(), "uploads");
        BucketV2 bucket = privateBucket.bucket();
        Output<String> id = bucket.id();
        new BucketPolicy(name + "-policy", BucketPolicyArgs.builder()
                .bucket(id)
                .policy(bucket.arn().applyValue(S3Uploads::bucketPolicy))
                .build(), guarded(privateBucket.last()));

        var child = CustomResourceOptions.builder().parent(this).build();
        var user = new User(name + "-app", UserArgs.builder()
                .name(args.userName())
                .tags(Map.of("purpose", "uploads"))
                .build(), child);
        new UserPolicy(name + "-app-policy", UserPolicyArgs.builder()
                .user(user.name())
                .name("uploads-bucket-access")
                .policy(bucket.arn().applyValue(S3Uploads::appPolicy))
                .build(), child);
        var key = new AccessKey(name + "-app-key", AccessKeyArgs.builder().user(user.name()).build(),
                CustomResourceOptions.builder().parent(this).additionalSecretOutputs("secret").build());

        this.bucketName = bucket.bucket();
        this.region = Output.of(args.region());
        this.accessKeyId = key.id();
        this.secretAccessKey = key.secret().asSecret();
        registerOutputs(Map.of("bucketName", bucketName, "region", region, "accessKeyId", accessKeyId,
                "secretAccessKey", secretAccessKey));
    }

    /** The app user's policy: objects of the bucket (read, write, delete) and listing it. */
    public static String appPolicy(String bucketArn) {
        JsonArray statements = new JsonArray();
        statements.add(statement("ListUploads", "Allow", BUCKET_ACTIONS, List.of(bucketArn)));
        statements.add(statement("ReadWriteUploads", "Allow", OBJECT_ACTIONS, List.of(bucketArn + "/*")));
        return document(statements);
    }

    /** Deny every request without TLS, from anyone. */
    public static String bucketPolicy(String bucketArn) {
        JsonObject tls = statement("DenyInsecureTransport", "Deny", List.of("s3:*"), List.of(bucketArn, bucketArn + "/*"));
        tls.addProperty("Principal", "*");
        JsonObject bool = new JsonObject();
        bool.addProperty("aws:SecureTransport", "false");
        JsonObject condition = new JsonObject();
        condition.add("Bool", bool);
        tls.add("Condition", condition);
        JsonArray statements = new JsonArray();
        statements.add(tls);
        return document(statements);
    }

    private static JsonObject statement(String sid, String effect, List<String> actions, List<String> resources) {
        JsonObject s = new JsonObject();
        s.addProperty("Sid", sid);
        s.addProperty("Effect", effect);
        JsonArray a = new JsonArray();
        actions.forEach(a::add);
        s.add("Action", a);
        JsonArray r = new JsonArray();
        resources.forEach(r::add);
        s.add("Resource", r);
        return s;
    }

    private static String document(JsonArray statements) {
        JsonObject doc = new JsonObject();
        doc.addProperty("Version", "2012-10-17");
        doc.add("Statement", statements);
        return new GsonBuilder().disableHtmlEscaping().create().toJson(doc);
    }

    private CustomResourceOptions guarded(Resource... after) {
        return PrivateBucket.guarded(this, after);
    }

    public Output<String> bucketName() {
        return bucketName;
    }

    public Output<String> region() {
        return region;
    }

    public Output<String> accessKeyId() {
        return accessKeyId;
    }

    /** Secret. */
    public Output<String> secretAccessKey() {
        return secretAccessKey;
    }
}
