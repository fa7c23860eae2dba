package ma.marinemaroc.fleet.host.bootstrap;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Docker's apt repository for the host. The repository signing key is embedded in the user-data (resource
 * {@code templates/host/docker-archive-keyring.asc}, fingerprint {@link #KEY_FINGERPRINT}, checked by a test) and
 * scoped to this repository only with {@code signed-by}.
 *
 * @param codename Ubuntu release codename, e.g. {@code jammy}
 * @param arch     Debian architecture of the host: {@code amd64} or {@code arm64}
 */
public record DockerApt(String codename, String arch) {

    public static final String REPO_URL = "https://download.docker.com/linux/ubuntu";
    /** Fingerprint of Docker's release signing key (published by Docker in its install instructions). */
    public static final String KEY_FINGERPRINT = "9DC858229FC7DD38854AE2D88D81803C0EBFCD88";
    public static final String DEFAULT_CODENAME = "jammy";
    public static final String DEFAULT_ARCH = "amd64";

    private static final Set<String> ARCHES = Set.of("amd64", "arm64");
    private static final Pattern CODENAME = Pattern.compile("[a-z]{3,20}");

    public DockerApt {
        Objects.requireNonNull(codename, "docker apt codename");
        Objects.requireNonNull(arch, "docker apt arch");
        if (!CODENAME.matcher(codename).matches()) {
            throw new IllegalArgumentException("Ubuntu codename must be a lowercase word like 'jammy', got '" + codename + "'");
        }
        if (!ARCHES.contains(arch)) {
            throw new IllegalArgumentException("docker apt arch must be amd64 or arm64, got '" + arch + "'");
        }
    }

    public static DockerApt defaults() {
        return new DockerApt(DEFAULT_CODENAME, DEFAULT_ARCH);
    }

    /** The sources.list line; {@code $KEY_FILE} is replaced by cloud-init with the path of the dearmored key. */
    public String sourceLine() {
        return "deb [arch=" + arch + " signed-by=$KEY_FILE] " + REPO_URL + " " + codename + " stable";
    }
}
