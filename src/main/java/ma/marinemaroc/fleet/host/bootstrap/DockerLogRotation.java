package ma.marinemaroc.fleet.host.bootstrap;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * json-file log rotation for every container (daemon-wide default in /etc/docker/daemon.json).
 *
 * @param maxSize size of one log file before rotation, docker syntax: digits + k|m|g (e.g. {@code 20m})
 * @param maxFile number of files kept per container (1..100)
 */
public record DockerLogRotation(String maxSize, int maxFile) {

    private static final Pattern SIZE = Pattern.compile("[1-9][0-9]{0,5}[kmg]");

    public DockerLogRotation {
        Objects.requireNonNull(maxSize, "docker log max-size");
        if (!SIZE.matcher(maxSize).matches()) {
            throw new IllegalArgumentException("docker log max-size must be like 10m / 512k / 1g, got '" + maxSize + "'");
        }
        if (maxFile < 1 || maxFile > 100) {
            throw new IllegalArgumentException("docker log max-file must be 1..100, got " + maxFile);
        }
    }

    /** 20 MiB x 5 files = at most 100 MiB of logs per container. */
    public static DockerLogRotation defaults() {
        return new DockerLogRotation("20m", 5);
    }
}
