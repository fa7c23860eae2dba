package ma.marinemaroc.fleet.services;

import ma.marinemaroc.fleet.config.ImageTags;
import ma.marinemaroc.fleet.fleetbase.FleetbaseContract;
import ma.marinemaroc.fleet.quote.Shell;
import ma.marinemaroc.fleet.services.ServiceSpec.Health;
import ma.marinemaroc.fleet.services.ServiceSpec.Mount;
import ma.marinemaroc.fleet.services.ServiceSpec.Port;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Fleetbase services as typed definitions, rendered from {@link FleetbaseContract} (ports, paths, health,
 * start-up steps) and the host's {@link Sizing}. Only httpd publishes ports: 80 and 443 for the site, 38000 for the
 * console's websocket.
 */
public final class FleetServices {
    public static final String NETWORK = "fleet";
    /** Fixed subnet of the private network: the API trusts forwarded headers only from it (the edge lives there). */
    public static final String NETWORK_SUBNET = "172.30.0.0/24";
    public static final String NGINX_CONF = HostPaths.NGINX_DIR + "/nginx.conf";
    public static final List<ServiceRole> ORDER = List.of(ServiceRole.values());

    /**
     * What the specs depend on.
     *
     * @param images   pinned images
     * @param domain   the site's name (socket origins)
     * @param vcpus    host CPUs (socket workers)
     * @param sizing   memory budgets and worker counts
     * @param appEnv   the API's non-secret container environment ({@link AppEnvironment#containerEnv})
     */
    public record Inputs(ImageTags images, String domain, int vcpus, Sizing sizing, Map<String, String> appEnv) {
        public Inputs {
            Objects.requireNonNull(images, "images");
            Objects.requireNonNull(domain, "domain");
            Objects.requireNonNull(sizing, "sizing");
            appEnv = Map.copyOf(appEnv);
            if (vcpus < 1) throw new IllegalArgumentException("vcpus must be >= 1");
        }
    }

    private FleetServices() {
    }

    /** The fixed name (stateful) or name prefix (release-named) of a service's container. */
    public static String container(ServiceRole role) {
        return role.containerBase();
    }

    public static List<ServiceSpec> specs(Inputs in) {
        List<ServiceSpec> out = new ArrayList<>();
        ImageTags img = in.images();
        Sizing z = in.sizing();

        out.add(new ServiceSpec(ServiceRole.DATABASE, container(ServiceRole.DATABASE), img.database(), List.of(),
                List.of("--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci"),
                ordered("MYSQL_DATABASE", FleetbaseContract.DATABASES.get(0).name(), "MYSQL_USER", AppEnvironment.DB_USER,
                        "MYSQL_ROOT_PASSWORD_FILE", "/run/fleet/secrets/root-password",
                        "MYSQL_PASSWORD_FILE", "/run/fleet/secrets/app-password", "TZ", "UTC"),
                List.of(Mount.rw(HostPaths.MYSQL_DATA, "/var/lib/mysql"),
                        Mount.ro(HostPaths.MYSQL_SECRETS, "/run/fleet/secrets"),
                        Mount.ro(HostPaths.MYSQL_CONF_DIR, "/etc/mysql/conf.d"),
                        Mount.ro(HostPaths.MYSQL_INITDB, "/docker-entrypoint-initdb.d"),
                        Mount.rw(HostPaths.MYSQL_SOCKET_DIR, "/var/run/mysqld")),
                List.of(), z.limit(ServiceRole.DATABASE),
                Optional.of(new Health(List.of("CMD", "mysqladmin", "ping", "-h", "127.0.0.1", "--silent"),
                        "10s", "5s", 6, "60s")),
                List.of(), 120));

        out.add(new ServiceSpec(ServiceRole.CACHE, container(ServiceRole.CACHE), img.cache(), List.of(),
                List.of("redis-server", "/usr/local/etc/redis/redis.conf"), Map.of(),
                List.of(Mount.rw(HostPaths.REDIS_DATA, "/data"),
                        Mount.ro(HostPaths.REDIS_DIR, "/usr/local/etc/redis")),
                List.of(), z.limit(ServiceRole.CACHE),
                // NOAUTH also proves the server answers; the health check needs no password.
                Optional.of(new Health(List.of("CMD-SHELL", "redis-cli -h 127.0.0.1 ping | grep -qE 'PONG|NOAUTH'"),
                        "10s", "5s", 5, "10s")),
                List.of(), 60));

        int socketWorkers = Math.max(1, Math.min(4, in.vcpus()));
        out.add(new ServiceSpec(ServiceRole.SOCKET, container(ServiceRole.SOCKET), img.socket(), List.of(), List.of(),
                ordered("SOCKETCLUSTER_WORKERS", String.valueOf(socketWorkers),
                        "SOCKETCLUSTER_BROKERS", String.valueOf(socketWorkers),
                        "SOCKETCLUSTER_PORT", String.valueOf(FleetbaseContract.SOCKET_CONTAINER_PORT),
                        "SOCKETCLUSTER_OPTIONS", FleetbaseContract.socketOptions(in.domain())),
                List.of(), List.of(), z.limit(ServiceRole.SOCKET),
                Optional.of(new Health(List.of("CMD-SHELL", "node -e \"require('http').get('http://127.0.0.1:"
                        + FleetbaseContract.SOCKET_CONTAINER_PORT + FleetbaseContract.SOCKET_HEALTH_PATH + "',"
                        + " r => process.exit(r.statusCode === 200 ? 0 : 1)).on('error', () => process.exit(1))\""),
                        "15s", "5s", 4, "20s")),
                List.of(), 30));

        List<Mount> apiMounts = apiMounts();
        String octane = Shell.command("php", "artisan", "octane:frankenphp", "--host=0.0.0.0",
                "--port=" + FleetbaseContract.API_PORT, "--workers=" + z.octaneWorkers(), "--max-requests=250");
        out.add(new ServiceSpec(ServiceRole.APPLICATION, container(ServiceRole.APPLICATION), img.api(),
                List.of(FleetbaseContract.API_ENTRYPOINT), startThen(octane), in.appEnv(), apiMounts, List.of(),
                z.limit(ServiceRole.APPLICATION),
                Optional.of(new Health(List.of("CMD-SHELL", "curl -fsS -o /dev/null http://127.0.0.1:"
                        + FleetbaseContract.API_PORT + FleetbaseContract.HEALTH_PATH + " || exit 1"),
                        "15s", "5s", 4, "60s")),
                List.of(ServiceRole.DATABASE, ServiceRole.CACHE, ServiceRole.SOCKET), 60));

        String memory = "memory_limit=" + z.phpMemoryLimitMib() + "M";
        for (int i = 1; i <= z.queueWorkers(); i++) {
            String work = Shell.command("php", "-d", memory, "artisan", "queue:work", "--sleep=3", "--tries=3",
                    "--max-time=3600", "--memory=" + (z.phpMemoryLimitMib() - 16));
            List<String> status = new ArrayList<>(List.of("CMD", "php", "artisan"));
            status.addAll(FleetbaseContract.QUEUE_STATUS);
            out.add(new ServiceSpec(ServiceRole.QUEUE, container(ServiceRole.QUEUE) + "-" + i, img.api(),
                    List.of(FleetbaseContract.API_ENTRYPOINT), configThen(work), in.appEnv(), apiMounts, List.of(),
                    z.queueContainerMib(),
                    Optional.of(new Health(status, "60s", "20s", 3, "60s")),
                    // a job gets the grace period to finish when its container is replaced (SIGTERM is graceful)
                    List.of(ServiceRole.DATABASE, ServiceRole.CACHE), 120));
        }

        out.add(new ServiceSpec(ServiceRole.SCHEDULER, container(ServiceRole.SCHEDULER), img.api(),
                List.of(FleetbaseContract.API_ENTRYPOINT),
                configThen(Shell.command("php", "-d", memory, "artisan", "schedule:work")), in.appEnv(), apiMounts,
                List.of(), z.limit(ServiceRole.SCHEDULER), Optional.empty(),
                List.of(ServiceRole.DATABASE, ServiceRole.CACHE), 60));

        out.add(new ServiceSpec(ServiceRole.CONSOLE, container(ServiceRole.CONSOLE), img.console(), List.of(), List.of(),
                Map.of(), List.of(), List.of(), z.limit(ServiceRole.CONSOLE),
                Optional.of(new Health(List.of("CMD-SHELL", "wget -q -O /dev/null http://127.0.0.1:"
                        + FleetbaseContract.CONSOLE_PORT + "/ || exit 1"), "30s", "5s", 3, "10s")),
                List.of(), 30));

        out.add(new ServiceSpec(ServiceRole.HTTPD, container(ServiceRole.HTTPD), img.httpd(), List.of(),
                List.of("nginx", "-c", NGINX_CONF, "-g", "daemon off;"), Map.of(),
                List.of(Mount.ro(HostPaths.NGINX_DIR, HostPaths.NGINX_DIR),
                        Mount.ro(HostPaths.LETSENCRYPT, HostPaths.LETSENCRYPT),
                        Mount.ro(HostPaths.OWN_TLS, HostPaths.OWN_TLS),
                        Mount.ro(HostPaths.ACME_WEBROOT, HostPaths.ACME_WEBROOT),
                        Mount.rw(HostPaths.NGINX_LOGS, "/var/log/nginx")),
                publish(80, 443, FleetbaseContract.SOCKET_PUBLIC_PORT),
                z.limit(ServiceRole.HTTPD),
                // End to end through TLS to the API's health route (busybox wget does not verify the certificate).
                Optional.of(new Health(List.of("CMD-SHELL", "wget -q -O /dev/null https://127.0.0.1"
                        + FleetbaseContract.HEALTH_PATH + " || exit 1"), "30s", "5s", 3, "10s")),
                List.of(ServiceRole.APPLICATION, ServiceRole.SOCKET, ServiceRole.CONSOLE), 30));
        return out;
    }

    /** Host folders the API image's containers bind (also used by the one-shot deploy container). */
    public static List<Mount> apiMounts() {
        return List.of(
                Mount.ro(HostPaths.APP_ENV, FleetbaseContract.DOTENV),
                Mount.ro(HostPaths.TRUSTED_PROXY, FleetbaseContract.TRUSTED_PROXY_CONFIG),
                Mount.ro(HostPaths.PHP_INI_DIR, FleetbaseContract.PHP_EXTRA_INI_DIR),
                Mount.rw(HostPaths.STORAGE_APP, FleetbaseContract.STORAGE_APP),
                Mount.rw(HostPaths.API_LOGS, FleetbaseContract.STORAGE_LOGS));
    }

    /** {@code sh -c "<per-container start steps> && exec <main>"}: caches built from this container's own env. */
    static List<String> startThen(String main) {
        List<String> steps = new ArrayList<>();
        for (List<String> step : FleetbaseContract.CONTAINER_START_STEPS) steps.add(artisan(step));
        steps.add("exec " + main);
        return List.of("sh", "-c", String.join(" && ", steps));
    }

    /** Workers need the config cache only (no routes, no public disk link). */
    static List<String> configThen(String main) {
        return List.of("sh", "-c", artisan(List.of("config:cache")) + " && exec " + main);
    }

    static String artisan(List<String> args) {
        List<String> argv = new ArrayList<>(List.of("php", "artisan"));
        argv.addAll(args);
        return Shell.command(argv);
    }

    private static List<Port> publish(int... ports) {
        List<Port> out = new ArrayList<>();
        for (String ip : List.of("0.0.0.0", "::")) {
            for (int p : ports) out.add(new Port(p, p, ip));
        }
        return out;
    }

    private static Map<String, String> ordered(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return m;
    }
}
