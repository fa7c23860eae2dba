package ma.marinemaroc.fleet.backup.scripts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Content of {@link BackupScripts#SECRETS_ENV} (install it mode 0600, owner root). The scripts parse
 * it (never source it): {@code KEY='value'} lines; one outer pair of quotes is removed and nothing else
 * is interpreted, so any character but a line break is allowed in a value. Only the names in
 * {@link #VARIABLES} are read. DB_USER and DB_PASSWORD reach the database tools (mysql, mysqldump,
 * mydumper, myloader) only through an option file the scripts write into their private work directory
 * (mode 0600, removed on exit): never on a command line, never in the environment. AWS keys may be
 * omitted where an instance role grants access to the bucket.
 */
public final class BackupSecretsEnv {
    /** The variables the scripts read from the secrets file. */
    public static final List<String> VARIABLES =
            List.of("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "DB_USER", "DB_PASSWORD");

    private BackupSecretsEnv() {
    }

    /**
     * Renders the secrets file.
     *
     * @param awsAccessKeyId     empty to rely on an instance role
     * @param awsSecretAccessKey empty to rely on an instance role
     * @param dbUser             database user of the dumps/restores (root: mydumper takes a global read lock and
     *                           myloader turns off the binary log of its sessions)
     * @param dbPassword         its password
     */
    public static String render(Optional<String> awsAccessKeyId, Optional<String> awsSecretAccessKey,
            String dbUser, String dbPassword) {
        if (awsAccessKeyId.isPresent() != awsSecretAccessKey.isPresent()) {
            throw new IllegalArgumentException("give both AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or neither");
        }
        if (dbUser == null || dbUser.isBlank()) {
            throw new IllegalArgumentException("DB_USER must not be empty");
        }
        Map<String, String> values = new LinkedHashMap<>();
        awsAccessKeyId.ifPresent(v -> values.put("AWS_ACCESS_KEY_ID", v));
        awsSecretAccessKey.ifPresent(v -> values.put("AWS_SECRET_ACCESS_KEY", v));
        values.put("DB_USER", dbUser);
        values.put("DB_PASSWORD", dbPassword == null ? "" : dbPassword);
        StringBuilder out = new StringBuilder("# Secrets of fleet-backup, fleet-restore, fleet-restore-drill (mode 0600)\n");
        values.forEach((k, v) -> {
            if (v.contains("\n") || v.contains("\r") || v.indexOf('\0') >= 0) {
                throw new IllegalArgumentException(k + " must not contain a line break or NUL");
            }
            out.append(k).append("='").append(v).append("'\n");
        });
        return out.toString();
    }
}
