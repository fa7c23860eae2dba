package ma.marinemaroc.fleet.services;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One container of the platform, as plain typed data: what the {@link Services} component deploys and what the tests
 * and policies inspect. Secrets never appear here: containers read them from files mounted read-only.
 *
 * @param role        which service this is (update behaviour, memory share)
 * @param name        the container's name (stateful services) or name prefix (release-named services, which get
 *                    {@code -<release>} appended), e.g. {@code fleet-queue-2}
 * @param image       pinned image reference
 * @param entrypoint  entrypoint override (empty: the image's)
 * @param command     command override (empty: the image's)
 * @param env         non-secret container environment (beats the image's ENV and the app's .env)
 * @param mounts      host folders or files bound into the container
 * @param ports       published ports (only httpd has any)
 * @param memoryMib   memory limit
 * @param health      container health check, where the image supports one
 * @param dependsOn   services that must run (and pass their gate) first
 * @param stopSeconds grace period between SIGTERM and SIGKILL when the container is stopped
 */
public record ServiceSpec(ServiceRole role, String name, String image, List<String> entrypoint,
                          List<String> command, Map<String, String> env, List<Mount> mounts, List<Port> ports,
                          int memoryMib, Optional<Health> health, List<ServiceRole> dependsOn, int stopSeconds) {
    public ServiceSpec {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(image, "image");
        entrypoint = List.copyOf(entrypoint);
        command = List.copyOf(command);
        env = Map.copyOf(env);
        mounts = List.copyOf(mounts);
        ports = List.copyOf(ports);
        dependsOn = List.copyOf(dependsOn);
        if (memoryMib < 32) throw new IllegalArgumentException(name + ": memory limit " + memoryMib + " MiB is too small");
        if (stopSeconds < 1 || stopSeconds > 3600) throw new IllegalArgumentException(name + ": stop timeout " + stopSeconds + " s");
        if (role.update() != ServiceRole.Update.STATEFUL && !ports.isEmpty()) {
            throw new IllegalArgumentException(name + ": a release-named service cannot publish ports (two releases run side by side)");
        }
    }

    /** A host path bound into the container. */
    public record Mount(String source, String target, boolean readOnly) {
        public static Mount ro(String hostPath, String target) {
            return new Mount(hostPath, target, true);
        }

        public static Mount rw(String hostPath, String target) {
            return new Mount(hostPath, target, false);
        }
    }

    /** A port published on the host. */
    public record Port(int internal, int external, String hostIp) {
    }

    /** A Docker health check ({@code CMD}/{@code CMD-SHELL} form). */
    public record Health(List<String> test, String interval, String timeout, int retries, String startPeriod) {
        public Health {
            test = List.copyOf(test);
        }
    }
}
