package ma.marinemaroc.fleet.services;

import ma.marinemaroc.fleet.fleetbase.FleetbaseContract;
import ma.marinemaroc.fleet.services.ServiceSpec.Health;
import ma.marinemaroc.fleet.services.ServiceSpec.Mount;
import ma.marinemaroc.fleet.services.ServiceSpec.Port;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The containers of an app host of the scaled topology, derived from the single host's ({@link FleetServices}): the
 * database and the cache are managed services, so neither runs here; the scheduler (two would run each job twice) and
 * the socket server (the console's websockets must all meet in one SocketCluster) run on host 0 only; the edge takes
 * plain HTTP on 80 and the websocket relay on 38000 from the load balancer, which terminates TLS (no 443, no
 * certificate folders).
 *
 * <p>The API's containers also bind {@link #DATABASE_CONFIG} over Laravel's {@code config/database.php} (TLS to the
 * managed MySQL and Redis, see {@link LaravelDatabaseConfig}) and the folder of the database's CA.
 *
 * <p>If host 0 is lost, the other hosts keep serving the API and the console; the scheduler and live updates stop until
 * host 0 is back ({@code pulumi up} replaces it) or {@code fleet:appHosts} is lowered so that another host becomes
 * host 0 (the relays follow on the same {@code up}).
 */
public final class AppHostServices {
    /** Laravel's database configuration for the managed engines (root 0644: it holds no secret; they come from env). */
    public static final String DATABASE_CONFIG = HostPaths.APP_DIR + "/database.php";
    /** Where Laravel reads it. */
    public static final String DATABASE_CONFIG_IN_CONTAINER = FleetbaseContract.API_DIR + "/config/database.php";
    /** The managed database's CA certificate folder on the host (filled by a step where the cloud publishes one). */
    public static final String CA_DIR = HostPaths.APP_DIR + "/ca";
    /** ... and in the API's containers. */
    public static final String CA_DIR_IN_CONTAINER = "/etc/fleet-ca";
    /** The edge's health check of itself: plain HTTP on the host, whatever the Host header. */
    static final String HTTPD_HEALTH = "wget -q -O /dev/null http://127.0.0.1" + FleetbaseContract.HEALTH_PATH + " || exit 1";

    private static final int NOMINAL_MIB = 32;

    private AppHostServices() {
    }

    /** The roles an app host runs: host 0 everything but the data stores, the others neither scheduler nor socket. */
    public static Set<ServiceRole> roles(int hostIndex) {
        return hostIndex == 0
                ? Set.of(ServiceRole.SOCKET, ServiceRole.APPLICATION, ServiceRole.QUEUE, ServiceRole.SCHEDULER,
                ServiceRole.CONSOLE, ServiceRole.HTTPD)
                : Set.of(ServiceRole.APPLICATION, ServiceRole.QUEUE, ServiceRole.CONSOLE, ServiceRole.HTTPD);
    }

    /** The specs of app host {@code hostIndex} (0-based), in start order. */
    public static List<ServiceSpec> specs(FleetServices.Inputs in, int hostIndex) {
        if (hostIndex < 0) throw new IllegalArgumentException("hostIndex must be >= 0, got " + hostIndex);
        Set<ServiceRole> here = roles(hostIndex);
        // the single host's specs are derived with a nominal limit for the data stores, whose specs are dropped
        Sizing z = in.sizing();
        java.util.Map<ServiceRole, Integer> limits = new java.util.EnumMap<>(z.containerLimitsMib());
        for (ServiceRole managed : List.of(ServiceRole.DATABASE, ServiceRole.CACHE)) limits.put(managed, NOMINAL_MIB);
        var derived = new FleetServices.Inputs(in.images(), in.domain(), in.vcpus(), new Sizing(z.hostMib(), z.hostReserveMib(),
                limits, z.innodbBufferPoolMib(), z.redisMaxMemoryMib(), z.octaneWorkers(), z.octaneMemoryLimitMib(),
                z.queueWorkers(), z.phpMemoryLimitMib()), in.appEnv());
        List<ServiceSpec> out = new ArrayList<>();
        for (ServiceSpec s : FleetServices.specs(derived)) {
            if (!here.contains(s.role())) continue;
            List<ServiceRole> deps = s.dependsOn().stream().filter(here::contains).toList();
            if (s.role().runsApi()) {
                List<Mount> mounts = new ArrayList<>(s.mounts());
                mounts.addAll(apiExtraMounts());
                out.add(new ServiceSpec(s.role(), s.name(), s.image(), s.entrypoint(), s.command(), s.env(), mounts,
                        s.ports(), s.memoryMib(), s.health(), deps, s.stopSeconds()));
            } else if (s.role() == ServiceRole.HTTPD) {
                Health h = s.health().orElseThrow();
                out.add(new ServiceSpec(s.role(), s.name(), s.image(), s.entrypoint(), s.command(), s.env(),
                        List.of(Mount.ro(HostPaths.NGINX_DIR, HostPaths.NGINX_DIR), Mount.rw(HostPaths.NGINX_LOGS, "/var/log/nginx")),
                        publish(80, FleetbaseContract.SOCKET_PUBLIC_PORT), s.memoryMib(),
                        java.util.Optional.of(new Health(List.of("CMD-SHELL", HTTPD_HEALTH), h.interval(), h.timeout(),
                                h.retries(), h.startPeriod())),
                        deps, s.stopSeconds()));
            } else {
                out.add(new ServiceSpec(s.role(), s.name(), s.image(), s.entrypoint(), s.command(), s.env(), s.mounts(),
                        s.ports(), s.memoryMib(), s.health(), deps, s.stopSeconds()));
            }
        }
        return out;
    }

    /** What the API's containers bind besides the single host's mounts (also the one-shot deploy container). */
    public static List<Mount> apiExtraMounts() {
        return List.of(Mount.ro(DATABASE_CONFIG, DATABASE_CONFIG_IN_CONTAINER), Mount.ro(CA_DIR, CA_DIR_IN_CONTAINER));
    }

    private static List<Port> publish(int... ports) {
        List<Port> out = new ArrayList<>();
        for (String ip : List.of("0.0.0.0", "::")) {
            for (int p : ports) out.add(new Port(p, p, ip));
        }
        return out;
    }
}
