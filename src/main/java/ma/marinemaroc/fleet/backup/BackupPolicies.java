package ma.marinemaroc.fleet.backup;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import java.util.List;
import java.util.Optional;

/**
 * The two policy documents of the backup bucket, as JSON.
 * <ul>
 *   <li>{@link #writerPolicy}: the host's identity policy. Only what backup, restore and the restore drill do:
 *   write and read objects, list the bucket. No delete of any kind, so a stolen host key cannot destroy backups
 *   (overwrites only add versions, kept for the retention period). Aborting a failed multipart upload is not
 *   granted either: the lifecycle rule cleans those up.</li>
 *   <li>{@link #bucketPolicy}: deny plain-HTTP requests from anyone, and deny the writer every delete and every
 *   change of the bucket's configuration, even if someone later widens its identity policy.</li>
 * </ul>
 */
public final class BackupPolicies {
    public static final String VERSION = "2012-10-17";
    /** Bucket-level actions the writer gets on its bucket (and the restore bucket). */
    public static final List<String> WRITER_BUCKET_ACTIONS = List.of("s3:ListBucket", "s3:GetBucketLocation");
    /** Object-level actions the writer gets on its bucket. */
    public static final List<String> WRITER_OBJECT_ACTIONS = List.of("s3:PutObject", "s3:GetObject");
    /** Object-level actions the writer gets on the restore bucket (read only). */
    public static final List<String> RESTORE_OBJECT_ACTIONS = List.of("s3:GetObject");
    /** What the bucket policy denies the writer outright. */
    public static final List<String> WRITER_DENIED_ACTIONS = List.of(
            "s3:Delete*",
            "s3:PutLifecycleConfiguration",
            "s3:PutBucket*",
            "s3:PutEncryptionConfiguration",
            "s3:PutReplicationConfiguration",
            "s3:PutObjectAcl",
            "s3:PutObjectVersionAcl",
            "s3:PutObjectRetention",
            "s3:PutObjectLegalHold",
            "s3:BypassGovernanceRetention");

    private BackupPolicies() {
    }

    /** The ARN of a bucket in the commercial AWS partition (the only one the catalog's regions belong to). */
    public static String bucketArn(String bucketName) {
        return "arn:aws:s3:::" + bucketName;
    }

    public static String writerPolicy(String bucketArn, Optional<String> restoreBucketArn) {
        JsonArray statements = new JsonArray();
        statements.add(allow("ListBackupBucket", WRITER_BUCKET_ACTIONS, List.of(bucketArn)));
        statements.add(allow("ReadWriteBackupObjects", WRITER_OBJECT_ACTIONS, List.of(bucketArn + "/*")));
        restoreBucketArn.ifPresent(r -> {
            statements.add(allow("ListRestoreBucket", WRITER_BUCKET_ACTIONS, List.of(r)));
            statements.add(allow("ReadRestoreObjects", RESTORE_OBJECT_ACTIONS, List.of(r + "/*")));
        });
        return document(statements);
    }

    public static String bucketPolicy(String bucketArn, String writerArn) {
        List<String> both = List.of(bucketArn, bucketArn + "/*");
        JsonArray statements = new JsonArray();

        JsonObject tls = statement("DenyInsecureTransport", "Deny", List.of("s3:*"), both);
        tls.addProperty("Principal", "*");
        JsonObject bool = new JsonObject();
        bool.addProperty("aws:SecureTransport", "false");
        JsonObject condition = new JsonObject();
        condition.add("Bool", bool);
        tls.add("Condition", condition);
        statements.add(tls);

        JsonObject writer = statement("DenyWriterDeleteAndReconfigure", "Deny", WRITER_DENIED_ACTIONS, both);
        JsonObject principal = new JsonObject();
        principal.addProperty("AWS", writerArn);
        writer.add("Principal", principal);
        statements.add(writer);
        return document(statements);
    }

    private static JsonObject allow(String sid, List<String> actions, List<String> resources) {
        return statement(sid, "Allow", actions, resources);
    }

    private static JsonObject statement(String sid, String effect, List<String> actions, List<String> resources) {
        JsonObject s = new JsonObject();
        s.addProperty("Sid", sid);
        s.addProperty("Effect", effect);
        s.add("Action", array(actions));
        s.add("Resource", array(resources));
        return s;
    }

    private static JsonArray array(List<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }

    private static String document(JsonArray statements) {
        JsonObject doc = new JsonObject();
        doc.addProperty("Version", VERSION);
        doc.add("Statement", statements);
        return new GsonBuilder().disableHtmlEscaping().create().toJson(doc);
    }
}
