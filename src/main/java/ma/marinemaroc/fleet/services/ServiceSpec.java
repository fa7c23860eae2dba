package ma.marinemaroc.fleet.services;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One container of the platform, as plain typed data: what the {@link Services} component deploys and what the tests
 * and policies inspect. Secrets never appear here: containers read them from files mounted read-only.
 *
 * @param service       the service's name (database, cache, application, queue, scheduler, socket, console, httpd)
 * @param containerName the container's fixed name on the host (fleet-&lt;service&gt;[-n])
 * @param image         pinned image reference
 * @param entrypoint    entrypoint override (empty: the image's)
 * @param command       command override (empty: the image's)
 * @param env           non-secret environment
 * @param mounts        bind mounts and named volumes
 * @param ports         published ports (only httpd has any)
 * @param memoryMib     memory limit
 * @param health        container health check, where the image supports one
 * @param dependsOn     services that must exist first
 */
public record ServiceSpec(String service, String containerName, String image, List<String> entrypoint,
                          List<String> command, Map<String, String> env, List<Mount> mounts, List<Port> ports,
                          int memoryMib, Optional<Health> health, List<String> dependsOn) {
    public ServiceSpec {
        entrypoint = List.copyOf(entrypoint);
        command = List.copyOf(command);
        env = Map.copyOf(env);
        mounts = List.copyOf(mounts);
        ports = List.copyOf(ports);
        dependsOn = List.copyOf(dependsOn);
        if (memoryMib < 32) throw new IllegalArgumentException(service + ": memory limit " + memoryMib + " MiB is too small");
    }

    /** A bind mount of a host path or a named volume. */
    public record Mount(String source, String target, boolean readOnly, boolean namedVolume) {
        public static Mount bind(String hostPath, String target, boolean readOnly) {
            return new Mount(hostPath, target, readOnly, false);
        }

        public static Mount volume(String name, String target) {
            return new Mount(name, target, false, true);
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
