package ma.marinemaroc.fleet.backup;

import ma.marinemaroc.fleet.config.Validators;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Deterministic names of the backup bucket and its writer. S3 bucket names are global across all AWS accounts, so
 * the default name carries a short hash of project/stack; it is stable across runs (a new name would mean a new,
 * empty bucket).
 */
public final class BucketNaming {
    static final int MAX_BUCKET = 63;
    static final int MAX_IAM_USER = 64;
    private static final int HASH_CHARS = 8;
    private static final Pattern NOT_BUCKET_CHAR = Pattern.compile("[^a-z0-9-]+");
    private static final Pattern DASHES = Pattern.compile("-{2,}");
    private static final Pattern IAM_USER = Pattern.compile("[A-Za-z0-9+=,.@_-]{1,64}");
    /** Prefixes S3 reserves (a bucket name may not start with them). */
    private static final List<String> RESERVED_PREFIXES = List.of("xn--", "sthree-", "amzn-s3-demo-");

    private BucketNaming() {
    }

    /**
     * {@code <project>-<stack>-backups-<8 hex of sha256(project/stack)>}, lowercased; characters S3 does not allow
     * (and dots, which break TLS on virtual-hosted URLs) become '-'; the readable part is shortened to fit 63.
     */
    public static String defaultBucketName(String project, String stack) {
        requireNonBlank(project, "project");
        requireNonBlank(stack, "stack");
        String suffix = "-backups-" + shortHash(project + "/" + stack);
        String base = sanitize(project + "-" + stack);
        if (base.isEmpty() || RESERVED_PREFIXES.stream().anyMatch(base::startsWith)) base = sanitize("fleet-" + base);
        base = trimDashes(base.substring(0, Math.min(base.length(), MAX_BUCKET - suffix.length())));
        String name = base + suffix;
        Validators.bucketName(name).ifPresent(msg -> {
            throw new IllegalStateException("derived bucket name is invalid: " + msg);
        });
        return name;
    }

    /** {@code <prefix>-backup-writer}; a prefix too long for IAM's 64 characters is shortened and hashed. */
    public static String writerUserName(String prefix) {
        requireNonBlank(prefix, "prefix");
        String suffix = "-backup-writer";
        String name = prefix + suffix;
        if (name.length() > MAX_IAM_USER) {
            String hashed = "-" + shortHash(prefix) + suffix;
            name = prefix.substring(0, MAX_IAM_USER - hashed.length()) + hashed;
        }
        if (!IAM_USER.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + name + "' is not a valid IAM user name (letters, digits and +=,.@_-)");
        }
        return name;
    }

    static String shortHash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, HASH_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sanitize(String s) {
        String lower = NOT_BUCKET_CHAR.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("-");
        return trimDashes(DASHES.matcher(lower).replaceAll("-"));
    }

    private static String trimDashes(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && s.charAt(a) == '-') a++;
        while (b > a && s.charAt(b - 1) == '-') b--;
        return s.substring(a, b);
    }

    private static void requireNonBlank(String v, String what) {
        if (v == null || v.isBlank()) throw new IllegalArgumentException(what + " must not be empty");
    }
}
