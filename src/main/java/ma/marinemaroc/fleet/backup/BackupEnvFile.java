package ma.marinemaroc.fleet.backup;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The S3 part of the host's {@code /etc/fleet/backup.env} (mode 0600): {@code KEY='value'} lines, the format the
 * backup scripts parse without sourcing (one outer pair of quotes removed, nothing interpreted). Values may hold
 * any character but a line break or NUL.
 */
public final class BackupEnvFile {
    private static final Pattern NAME = Pattern.compile("[A-Z_][A-Z0-9_]*");

    private BackupEnvFile() {
    }

    /** The S3 variables, in file order; RESTORE_BUCKET only when another bucket is restored from. */
    public static Map<String, String> variables(String accessKeyId, String secretAccessKey, String region,
                                                String bucket, Optional<String> restoreBucket) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("AWS_ACCESS_KEY_ID", accessKeyId);
        v.put("AWS_SECRET_ACCESS_KEY", secretAccessKey);
        v.put("AWS_DEFAULT_REGION", region);
        v.put("BACKUP_BUCKET", bucket);
        restoreBucket.ifPresent(b -> v.put("RESTORE_BUCKET", b));
        return v;
    }

    /** Renders the lines, each ending in a newline (so more lines can be appended). Never echoes a value. */
    public static String render(Map<String, String> variables) {
        StringBuilder out = new StringBuilder();
        variables.forEach((k, v) -> {
            if (!NAME.matcher(k).matches()) throw new IllegalArgumentException("'" + k + "' is not a variable name");
            if (v == null || v.isEmpty()) throw new IllegalArgumentException(k + " must not be empty");
            if (v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0 || v.indexOf('\0') >= 0) {
                throw new IllegalArgumentException(k + " must not contain a line break or NUL");
            }
            out.append(k).append("='").append(v).append("'\n");
        });
        return out.toString();
    }
}
