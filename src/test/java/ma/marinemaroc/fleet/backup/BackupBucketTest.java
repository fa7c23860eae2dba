package ma.marinemaroc.fleet.backup;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.pulumi.Context;
import ma.marinemaroc.fleet.Providers;
import ma.marinemaroc.fleet.StackMapping;
import ma.marinemaroc.fleet.components.BackupBucket;
import ma.marinemaroc.fleet.Stacks;
import ma.marinemaroc.fleet.backup.IamEval.Decision;
import ma.marinemaroc.fleet.backup.IamEval.Request;
import ma.marinemaroc.fleet.config.ConfigSource;
import ma.marinemaroc.fleet.config.StackFile;
import ma.marinemaroc.fleet.config.StackSettings;
import ma.marinemaroc.fleet.config.StackSettingsLoader;
import ma.marinemaroc.fleet.config.Validators;
import ma.marinemaroc.fleet.plan.PlanRun;
import ma.marinemaroc.fleet.plan.RecordedResource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The backup bucket component run through Pulumi's mock engine with the repository's stack files. */
class BackupBucketTest {
    static final String BUCKET = "aws:s3/bucketV2:BucketV2";
    static final String PUBLIC_ACCESS = "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock";
    static final String OWNERSHIP = "aws:s3/bucketOwnershipControls:BucketOwnershipControls";
    static final String VERSIONING = "aws:s3/bucketVersioningV2:BucketVersioningV2";
    static final String ENCRYPTION = "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2";
    static final String LIFECYCLE = "aws:s3/bucketLifecycleConfigurationV2:BucketLifecycleConfigurationV2";
    static final String POLICY = "aws:s3/bucketPolicy:BucketPolicy";
    static final String USER = "aws:iam/user:User";
    static final String USER_POLICY = "aws:iam/userPolicy:UserPolicy";
    static final String ACCESS_KEY = "aws:iam/accessKey:AccessKey";
    static final String MOCK_SECRET = "mock-secret-access-key";

    /** A stack's plan with only the backup component, plus the settings the component was given. */
    record Plan(PlanRun.Result result, StackSettings settings) {
        RecordedResource one(String type) {
            return result.one(type);
        }

        String bucketArn() {
            return String.valueOf(RecordedResource.unwrap(result.outputs().get("bucketArn")));
        }

        String writerArn() {
            return "arn:aws:iam::123456789012:user/" + one(USER).plainInput("name");
        }

        String writerPolicy() {
            return String.valueOf(one(USER_POLICY).plainInput("policy"));
        }

        String bucketPolicy() {
            return String.valueOf(one(POLICY).plainInput("policy"));
        }

        RecordedResource component() {
            return result.resources().stream().filter(r -> r.type().equals(BackupBucket.TYPE)).findFirst().orElseThrow();
        }

        List<RecordedResource> children() {
            String urn = component().urn();
            return result.resources().stream().filter(r -> r.parentUrn().equals(urn)).toList();
        }
    }

    static Consumer<Context> program() {
        return ctx -> {
            StackSettings s = StackSettingsLoader.load(ConfigSource.fromDeployment(), ctx.projectName(), ctx.stackName());
            var b = new BackupBucket("backup", StackMapping.backupBucket(s), new Providers(s).inBackupRegion());
            ctx.export("bucketName", b.bucketName());
            ctx.export("bucketArn", b.bucketArn());
            ctx.export("region", b.region());
            ctx.export("accessKeyId", b.accessKeyId());
            ctx.export("secretAccessKey", b.secretAccessKey());
            ctx.export("backupEnv", b.backupEnv());
        };
    }

    static Plan plan(String stack) {
        return plan(stack, Stacks.file(stack));
    }

    static Plan plan(String stack, StackFile file) {
        PlanRun.Result r = PlanRun.run(file, "fleet", stack, program());
        assertThat(r.failed()).as("errors: %s %s", r.errors(), r.exceptions()).isFalse();
        return new Plan(r, StackSettingsLoader.load(file.source(), "fleet", stack));
    }

    static StackFile withRetention(String stack, int days) {
        StackFile f = Stacks.file(stack);
        JsonObject backup = JsonParser.parseString(f.values().get("fleet:backup")).getAsJsonObject();
        backup.addProperty("retentionDays", days);
        return f.with(Map.of("fleet:backup", backup.toString()), Set.of());
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(Object o) {
        return (List<Map<String, Object>>) o;
    }

    // ---- bucket ---------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"production", "staging", "dr"})
    void bucketLivesInTheConfiguredRegionAwayFromTheHost(String stack) {
        Plan p = plan(stack);
        String region = p.settings().backup().bucketRegion();
        assertThat(region).isNotEqualTo(p.settings().region());

        RecordedResource provider = p.result().resources().stream()
                .filter(r -> r.type().equals("pulumi:providers:aws") && p.one(BUCKET).provider().startsWith(r.urn() + "::"))
                .findFirst().orElseThrow(() -> new AssertionError("the bucket's provider is not registered"));
        assertThat(provider.plainInput("region")).isEqualTo(region);
        assertThat(p.result().outputs().get("region")).isEqualTo(region);
        assertThat(p.one(BUCKET).plainInput("forceDestroy")).isEqualTo(false);
    }

    @Test
    void stagingAndProductionDifferInBothRegions() {
        // staging is on AWS: its host region is an AWS region too, and the bucket must still be elsewhere
        Plan staging = plan("staging");
        assertThat(staging.settings().region()).isEqualTo("eu-west-1");
        assertThat(staging.one(BUCKET).provider()).contains("::aws-eu-central-1::");
        assertThat(plan("production").one(BUCKET).provider()).contains("::aws-eu-west-1::");
    }

    @Test
    void bucketNameIsTheConfiguredOneElseDerivedFromProjectAndStack() {
        Plan production = plan("production");
        assertThat(production.one(BUCKET).plainInput("bucket")).isEqualTo("marinemaroc-fleet-production-backups");
        assertThat(production.result().outputs().get("bucketName")).isEqualTo("marinemaroc-fleet-production-backups");
        assertThat(production.bucketArn()).isEqualTo("arn:aws:s3:::marinemaroc-fleet-production-backups");

        Plan staging = plan("staging");
        String name = String.valueOf(staging.one(BUCKET).plainInput("bucket"));
        assertThat(name).matches("fleet-staging-backups-[0-9a-f]{8}")
                .isEqualTo(BucketNaming.defaultBucketName("fleet", "staging"));
        assertThat(Validators.bucketName(name)).isEmpty();
    }

    @Test
    void bucketIsPrivateWithAclsOff() {
        Plan p = plan("production");
        RecordedResource pab = p.one(PUBLIC_ACCESS);
        for (String k : List.of("blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets")) {
            assertThat(pab.plainInput(k)).as(k).isEqualTo(true);
        }
        assertThat(pab.plainInput("bucket")).isEqualTo("marinemaroc-fleet-production-backups");
        assertThat(map(p.one(OWNERSHIP).plainInput("rule"))).containsEntry("objectOwnership", "BucketOwnerEnforced");
    }

    @Test
    void bucketIsVersionedAndEncrypted() {
        Plan p = plan("production");
        assertThat(map(p.one(VERSIONING).plainInput("versioningConfiguration"))).containsEntry("status", "Enabled");
        List<Map<String, Object>> rules = maps(p.one(ENCRYPTION).plainInput("rules"));
        assertThat(rules).hasSize(1);
        assertThat(map(rules.get(0).get("applyServerSideEncryptionByDefault"))).containsEntry("sseAlgorithm", "AES256");
    }

    @ParameterizedTest
    @ValueSource(strings = {"production", "staging"})
    void lifecycleExpiresBackupsAfterTheRetentionPeriod(String stack) {
        Plan p = plan(stack);
        int days = p.settings().backup().retentionDays();
        List<Map<String, Object>> rules = maps(p.one(LIFECYCLE).plainInput("rules"));
        assertThat(rules).allSatisfy(r -> {
            assertThat(r.get("status")).isEqualTo("Enabled");
            assertThat(map(r.get("filter"))).as("whole bucket: no prefix, tag or size filter").isEmpty();
            Map<String, Object> exp = map(r.get("expiration"));
            if (exp != null && exp.containsKey("expiredObjectDeleteMarker")) {
                assertThat(exp).as("S3 rejects ExpiredObjectDeleteMarker with Days or Date")
                        .doesNotContainKeys("days", "date");
            }
        });
        Map<String, Object> expire = rules.stream().filter(r -> map(r.get("expiration")).containsKey("days"))
                .findFirst().orElseThrow();
        assertThat(map(expire.get("expiration")).get("days")).isEqualTo((long) days);
        assertThat(map(expire.get("noncurrentVersionExpiration")).get("noncurrentDays")).isEqualTo((long) days);
        assertThat(map(expire.get("abortIncompleteMultipartUpload")).get("daysAfterInitiation")).isEqualTo(7L);
        assertThat(rules).anySatisfy(r ->
                assertThat(map(r.get("expiration"))).containsEntry("expiredObjectDeleteMarker", true));
        assertThat(rules).extracting(r -> r.get("id")).doesNotHaveDuplicates();
    }

    @Test
    void changingRetentionChangesOnlyTheLifecycle() {
        Map<String, Map<String, Object>> before = inputsByName(plan("staging", withRetention("staging", 7)));
        Plan longer = plan("staging", withRetention("staging", 45));
        Map<String, Map<String, Object>> after = inputsByName(longer);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        Set<String> changed = new TreeSet<>();
        before.forEach((name, inputs) -> {
            if (!inputs.equals(after.get(name))) changed.add(name);
        });
        assertThat(changed).containsExactly("backup-lifecycle");
        Map<String, Object> expire = maps(longer.one(LIFECYCLE).plainInput("rules")).get(0);
        assertThat(map(expire.get("expiration")).get("days")).isEqualTo(45L);
        assertThat(map(expire.get("noncurrentVersionExpiration")).get("noncurrentDays")).isEqualTo(45L);
    }

    private static Map<String, Map<String, Object>> inputsByName(Plan p) {
        Map<String, Map<String, Object>> m = new HashMap<>();
        p.result().resources().forEach(r -> m.put(r.name(), r.inputs()));
        return m;
    }

    @Test
    void bucketAndEverythingGuardingItAreProtected() {
        Map<String, Boolean> flags = new java.util.HashMap<>();
        PlanRun.run(Stacks.file("production"), "fleet", "production", program()).resources()
                .forEach(r -> flags.put(r.name(), r.protect()));
        assertThat(flags).containsEntry("backup-bucket", true);
        for (String guard : List.of("backup-public-access", "backup-ownership", "backup-versioning",
                "backup-encryption", "backup-lifecycle", "backup-policy")) {
            assertThat(flags).as(guard).containsEntry(guard, true);
        }
        // credentials are rotated by replacing them, which protection would block
        assertThat(flags).containsEntry("backup-writer-key", false).containsEntry("backup-writer", false);
    }

    // ---- policies -------------------------------------------------------------------------------------------

    @Test
    void bucketPolicyDeniesPlainHttpToEveryone() {
        Plan p = plan("production");
        List<JsonObject> st = IamEval.statements(p.bucketPolicy());
        JsonObject tls = st.stream().filter(s -> s.getAsJsonObject("Condition") != null).findFirst().orElseThrow();
        assertThat(tls.get("Effect").getAsString()).isEqualTo("Deny");
        assertThat(tls.get("Principal").getAsString()).isEqualTo("*");
        assertThat(IamEval.strings(tls.get("Action"))).containsExactly("s3:*");
        assertThat(IamEval.strings(tls.get("Resource"))).containsExactlyInAnyOrder(p.bucketArn(), p.bucketArn() + "/*");
        assertThat(tls.getAsJsonObject("Condition").getAsJsonObject("Bool").get("aws:SecureTransport").getAsString())
                .isEqualTo("false");

        String anyone = "arn:aws:iam::123456789012:user/admin";
        String admin = allowAllIdentityPolicy();
        assertThat(IamEval.evaluate(admin, p.bucketPolicy(), new Request(anyone, "s3:GetObject", p.bucketArn() + "/x", false)))
                .isEqualTo(Decision.EXPLICIT_DENY);
        assertThat(IamEval.evaluate(admin, p.bucketPolicy(), new Request(anyone, "s3:GetObject", p.bucketArn() + "/x", true)))
                .isEqualTo(Decision.ALLOW);
        assertThat(IamEval.evaluate(p.writerPolicy(), p.bucketPolicy(),
                new Request(p.writerArn(), "s3:PutObject", p.bucketArn() + "/fleet-x/db.sql.zst", false)))
                .isEqualTo(Decision.EXPLICIT_DENY);
    }

    @Test
    void bucketPolicyGrantsNothingAndDeniesTheWriterDeletesAndReconfiguration() {
        Plan p = plan("production");
        assertThat(IamEval.statements(p.bucketPolicy())).allSatisfy(s ->
                assertThat(s.get("Effect").getAsString()).isEqualTo("Deny"));
        JsonObject writer = IamEval.statements(p.bucketPolicy()).stream()
                .filter(s -> s.get("Principal").isJsonObject()).findFirst().orElseThrow();
        assertThat(IamEval.strings(writer.getAsJsonObject("Principal").get("AWS"))).containsExactly(p.writerArn());

        // even with an identity policy widened to s3:* the bucket policy keeps the backups
        for (String policy : List.of(p.writerPolicy(), allowAllIdentityPolicy())) {
            for (String action : List.of("s3:DeleteObject", "s3:DeleteObjectVersion", "s3:PutLifecycleConfiguration",
                    "s3:PutBucketVersioning", "s3:PutBucketPolicy", "s3:DeleteBucketPolicy", "s3:DeleteBucket",
                    "s3:PutBucketPublicAccessBlock", "s3:PutEncryptionConfiguration", "s3:BypassGovernanceRetention")) {
                String resource = action.contains("Object") ? p.bucketArn() + "/fleet-x/db.sql.zst" : p.bucketArn();
                assertThat(IamEval.evaluate(policy, p.bucketPolicy(), Request.tls(p.writerArn(), action, resource)))
                        .as(action).isEqualTo(Decision.EXPLICIT_DENY);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"production", "staging"})
    void writerMayOnlyPutGetAndListItsBucket(String stack) {
        Plan p = plan(stack);
        List<JsonObject> st = IamEval.statements(p.writerPolicy());
        Set<String> actions = new TreeSet<>();
        Set<String> resources = new TreeSet<>();
        for (JsonObject s : st) {
            assertThat(s.get("Effect").getAsString()).isEqualTo("Allow");
            actions.addAll(IamEval.strings(s.get("Action")));
            resources.addAll(IamEval.strings(s.get("Resource")));
        }
        assertThat(actions).containsExactlyInAnyOrder("s3:PutObject", "s3:GetObject", "s3:ListBucket", "s3:GetBucketLocation");
        assertThat(resources).containsExactlyInAnyOrder(p.bucketArn(), p.bucketArn() + "/*");
        assertThat(p.one(USER).plainInput("name")).isEqualTo("fleet-" + stack + "-backup-writer");

        String obj = p.bucketArn() + "/fleet-20261125T020000Z/fleet.sql.zst";
        String w = p.writerArn();
        assertThat(eval(p, Request.tls(w, "s3:PutObject", obj))).isEqualTo(Decision.ALLOW);
        assertThat(eval(p, Request.tls(w, "s3:GetObject", obj))).isEqualTo(Decision.ALLOW);
        assertThat(eval(p, Request.tls(w, "s3:ListBucket", p.bucketArn()))).isEqualTo(Decision.ALLOW);
        assertThat(eval(p, Request.tls(w, "s3:GetBucketLocation", p.bucketArn()))).isEqualTo(Decision.ALLOW);
        assertThat(eval(p, Request.tls(w, "s3:GetObjectVersion", obj))).isEqualTo(Decision.IMPLICIT_DENY);
        assertThat(eval(p, Request.tls(w, "s3:PutObject", "arn:aws:s3:::someone-elses-bucket/x")))
                .isEqualTo(Decision.IMPLICIT_DENY);
        assertThat(eval(p, Request.tls(w, "s3:ListBucket", "arn:aws:s3:::someone-elses-bucket")))
                .isEqualTo(Decision.IMPLICIT_DENY);
    }

    @Test
    void drStackMayReadButNotWriteTheRestoreBucket() {
        Plan dr = plan("dr");
        String restore = "arn:aws:s3:::marinemaroc-fleet-production-backups";
        String w = dr.writerArn();
        assertThat(eval(dr, Request.tls(w, "s3:GetObject", restore + "/fleet-20261125T020000Z/fleet.sql.zst")))
                .isEqualTo(Decision.ALLOW);
        assertThat(eval(dr, Request.tls(w, "s3:ListBucket", restore))).isEqualTo(Decision.ALLOW);
        assertThat(eval(dr, Request.tls(w, "s3:PutObject", restore + "/x"))).isEqualTo(Decision.IMPLICIT_DENY);
        assertThat(eval(dr, Request.tls(w, "s3:DeleteObject", restore + "/x"))).isEqualTo(Decision.IMPLICIT_DENY);
        // and its own bucket as usual
        assertThat(eval(dr, Request.tls(w, "s3:PutObject", dr.bucketArn() + "/x"))).isEqualTo(Decision.ALLOW);

        assertThat(dr.settings().backup().restoreBucket()).contains("marinemaroc-fleet-production-backups");
        assertThat(eval(plan("production"), Request.tls(plan("production").writerArn(), "s3:GetObject", restore + "-other/x")))
                .isEqualTo(Decision.IMPLICIT_DENY);
    }

    private static Decision eval(Plan p, Request r) {
        return IamEval.evaluate(p.writerPolicy(), p.bucketPolicy(), r);
    }

    private static String allowAllIdentityPolicy() {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"}]}";
    }

    // ---- credentials and outputs ----------------------------------------------------------------------------

    @Test
    void secretAccessKeyIsSecretAndNeverAPlainInput() {
        Plan p = plan("production");
        assertThat(p.one(ACCESS_KEY).additionalSecretOutputs()).contains("secret");
        Object secret = p.result().outputs().get("secretAccessKey");
        assertThat(secret).isInstanceOf(RecordedResource.Secret.class);
        assertThat(RecordedResource.unwrap(secret)).isEqualTo(MOCK_SECRET);
        assertThat(p.result().outputs().get("backupEnv")).isInstanceOf(RecordedResource.Secret.class);
        assertThat(p.result().outputs().get("accessKeyId")).asString().startsWith("AKIAMOCK");

        List<String> leaks = new ArrayList<>();
        for (RecordedResource r : p.result().resources()) {
            r.inputs().forEach((k, v) -> collectPlain(v, r.name() + "." + k, leaks));
        }
        p.result().outputs().forEach((k, v) -> collectPlain(v, "output " + k, leaks));
        assertThat(leaks).as("places the secret access key appears unmarked").isEmpty();
    }

    private static void collectPlain(Object v, String where, List<String> leaks) {
        if (v instanceof RecordedResource.Secret) return;
        if (v instanceof String s && s.contains(MOCK_SECRET)) leaks.add(where);
        if (v instanceof Map<?, ?> m) m.forEach((k, x) -> collectPlain(x, where + "." + k, leaks));
        if (v instanceof List<?> l) l.forEach(x -> collectPlain(x, where + "[]", leaks));
    }

    @Test
    void backupEnvHasTheS3Variables() {
        Plan production = plan("production");
        Map<String, String> env = parseEnv(production);
        assertThat(env).containsExactly(
                Map.entry("AWS_ACCESS_KEY_ID", String.valueOf(production.result().outputs().get("accessKeyId"))),
                Map.entry("AWS_SECRET_ACCESS_KEY", MOCK_SECRET),
                Map.entry("AWS_DEFAULT_REGION", "eu-west-1"),
                Map.entry("BACKUP_BUCKET", "marinemaroc-fleet-production-backups"));

        Map<String, String> dr = parseEnv(plan("dr"));
        assertThat(dr).containsEntry("RESTORE_BUCKET", "marinemaroc-fleet-production-backups")
                .containsEntry("AWS_DEFAULT_REGION", "eu-west-1");
        assertThat(dr.get("BACKUP_BUCKET")).matches("fleet-dr-backups-[0-9a-f]{8}");
    }

    private static Map<String, String> parseEnv(Plan p) {
        String text = String.valueOf(RecordedResource.unwrap(p.result().outputs().get("backupEnv")));
        assertThat(text).endsWith("\n");
        Map<String, String> env = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            assertThat(line).matches("[A-Z_]+='[^'\\n]*'");
            int eq = line.indexOf('=');
            assertThat(env.put(line.substring(0, eq), line.substring(eq + 2, line.length() - 1))).as("duplicate").isNull();
        }
        return env;
    }

    @ParameterizedTest
    @ValueSource(strings = {"production", "staging", "dr"})
    void everyChildIsParentedToTheComponentAndUsesTheBackupProvider(String stack) {
        Plan p = plan(stack);
        String provider = "::aws-" + p.settings().backup().bucketRegion() + "::";
        assertThat(p.children()).extracting(RecordedResource::type).containsExactlyInAnyOrder(
                BUCKET, PUBLIC_ACCESS, OWNERSHIP, VERSIONING, ENCRYPTION, LIFECYCLE, POLICY, USER, USER_POLICY, ACCESS_KEY);
        assertThat(p.children()).allSatisfy(r -> assertThat(r.provider()).as(r.name()).contains(provider));
        // nothing else but the component, its children and the providers was registered
        long others = p.result().resources().stream().filter(r -> !r.type().startsWith("pulumi:")
                && !r.type().equals(BackupBucket.TYPE) && !r.parentUrn().equals(p.component().urn())).count();
        assertThat(others).isZero();
        // the bucket's configuration targets this bucket
        String bucket = String.valueOf(p.one(BUCKET).plainInput("bucket"));
        for (String t : List.of(PUBLIC_ACCESS, OWNERSHIP, VERSIONING, ENCRYPTION, LIFECYCLE, POLICY)) {
            assertThat(p.one(t).plainInput("bucket")).as(t).isEqualTo(bucket);
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    @Nested
    class Naming {
        @Test
        void defaultNameIsDeterministicAndPerStack() {
            assertThat(BucketNaming.defaultBucketName("fleet", "staging"))
                    .isEqualTo(BucketNaming.defaultBucketName("fleet", "staging"))
                    .isNotEqualTo(BucketNaming.defaultBucketName("fleet", "staging2"))
                    .isNotEqualTo(BucketNaming.defaultBucketName("fleet2", "staging"));
            // project/stack is hashed as a whole: "a-b"/"c" and "a"/"b-c" read alike but must not collide
            assertThat(BucketNaming.defaultBucketName("a-b", "c")).isNotEqualTo(BucketNaming.defaultBucketName("a", "b-c"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"Fleet_Infra", "my.project", "xn--fleet", "___", "a",
                "a-very-long-project-name-that-goes-on-and-on-and-on-and-on-forever"})
        void defaultNameIsAValidBucketNameWhateverTheProject(String project) {
            String name = BucketNaming.defaultBucketName(project, "Prod_EU");
            assertThat(Validators.bucketName(name)).as(name).isEmpty();
            assertThat(name).hasSizeLessThanOrEqualTo(63).doesNotContain(".", "--").doesNotStartWith("xn--")
                    .matches(".*-backups-[0-9a-f]{8}");
        }

        @Test
        void writerNameFitsIam() {
            assertThat(BucketNaming.writerUserName("fleet-production")).isEqualTo("fleet-production-backup-writer");
            String longPrefix = "p".repeat(60) + "-stack";
            String name = BucketNaming.writerUserName(longPrefix);
            assertThat(name).hasSize(64).endsWith("-backup-writer");
            assertThat(name).isNotEqualTo(BucketNaming.writerUserName("p".repeat(60) + "-stacK"));
            assertThatThrownBy(() -> BucketNaming.writerUserName("bad prefix"))
                    .hasMessageContaining("not a valid IAM user name");
        }
    }

    @Nested
    class EnvFile {
        @Test
        void rendersQuotedLinesAndRejectsLineBreaks() {
            String text = BackupEnvFile.render(BackupEnvFile.variables("AKIA1", "s3cr/et+x", "eu-west-1", "b1",
                    Optional.empty()));
            assertThat(text).isEqualTo("AWS_ACCESS_KEY_ID='AKIA1'\nAWS_SECRET_ACCESS_KEY='s3cr/et+x'\n"
                    + "AWS_DEFAULT_REGION='eu-west-1'\nBACKUP_BUCKET='b1'\n");
            assertThatThrownBy(() -> BackupEnvFile.render(Map.of("AWS_SECRET_ACCESS_KEY", "a\nEVIL=1")))
                    .hasMessageContaining("line break")
                    .hasMessageNotContaining("EVIL");
            assertThatThrownBy(() -> BackupEnvFile.render(Map.of("BACKUP_BUCKET", "")))
                    .hasMessageContaining("must not be empty");
        }
    }
}
