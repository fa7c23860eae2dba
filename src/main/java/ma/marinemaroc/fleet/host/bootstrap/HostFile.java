package ma.marinemaroc.fleet.host.bootstrap;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A file cloud-init writes on the host ({@code write_files} entry). For NON-SECRET content only: user-data is
 * readable from the cloud metadata service and the provider console; secrets are copied later over SSH.
 *
 * @param path        absolute path, no {@code ..} segment
 * @param content     file text
 * @param permissions octal mode, e.g. {@code "0644"}
 * @param owner       {@code user:group}
 */
public record HostFile(String path, String content, String permissions, String owner) {

    private static final Pattern PATH = Pattern.compile("/[A-Za-z0-9._@+=,/-]+");
    private static final Pattern MODE = Pattern.compile("0?[0-7]{3}");
    private static final Pattern OWNER = Pattern.compile("[a-z_][a-z0-9_-]{0,31}:[a-z_][a-z0-9_-]{0,31}");

    public HostFile {
        Objects.requireNonNull(path, "file path");
        Objects.requireNonNull(content, "content of " + path);
        Objects.requireNonNull(permissions, "permissions of " + path);
        Objects.requireNonNull(owner, "owner of " + path);
        if (!PATH.matcher(path).matches() || path.endsWith("/") || ("/" + path + "/").contains("/../")
                || path.contains("/./") || path.contains("//")) {
            throw new IllegalArgumentException("file path must be absolute and plain (letters, digits, ._@+=,-/; no '..'): '" + path + "'");
        }
        if (!MODE.matcher(permissions).matches()) {
            throw new IllegalArgumentException("permissions of " + path + " must be an octal mode like 0644, got '" + permissions + "'");
        }
        if (permissions.length() == 3) {
            permissions = "0" + permissions;
        }
        if (!OWNER.matcher(owner).matches()) {
            throw new IllegalArgumentException("owner of " + path + " must be 'user:group', got '" + owner + "'");
        }
        if (content.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("content of " + path + " must be text (contains NUL)");
        }
    }

    /** Root-owned file with the given mode. */
    public static HostFile root(String path, String content, String permissions) {
        return new HostFile(path, content, permissions, "root:root");
    }

    /**
     * Whether cloud-init must write this file late ({@code defer: true}, in the final stage). Files owned by anyone
     * but root are deferred because {@code write_files} normally runs before users are created.
     */
    public boolean defer() {
        return !owner.equals("root:root");
    }
}
