package ma.marinemaroc.fleet.services;

import ma.marinemaroc.fleet.config.StackSettings;
import ma.marinemaroc.fleet.services.ServiceSpec.Health;
import ma.marinemaroc.fleet.services.ServiceSpec.Mount;
import ma.marinemaroc.fleet.services.ServiceSpec.Port;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Fleetbase services as typed definitions. Facts from the upstream images (fleetbase v0.7.x): the API image works
 * in /fleetbase/api, serves with Octane/FrankenPHP on 8000 and reads Laravel's .env there; SocketCluster listens on
 * 8000; the console serves the Ember build on 4200. Only httpd publishes ports.
 */
public final class FleetServices {
    public static final String NETWORK = "fleet";
    public static final String API_DIR = "/fleetbase/api";
    public static final List<String> ORDER = List.of(
            "database", "cache", "socket", "application", "queue", "scheduler", "console", "httpd");

    private FleetServices() {
    }

    public static String container(String service) {
        return "fleet-" + service;
    }

    public static List<ServiceSpec> specs(StackSettings s, Sizing z) {
        List<ServiceSpec> out = new ArrayList<>();
        var img = s.images();
        String php = "docker-php-entrypoint";
        List<Mount> apiMounts = List.of(
                Mount.bind(HostPaths.APP_ENV, API_DIR + "/.env", true),
                Mount.bind(HostPaths.STORAGE, API_DIR + "/storage", false));

        out.add(new ServiceSpec("database", container("database"), img.database(), List.of(),
                List.of("--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci"),
                ordered("MYSQL_DATABASE", "fleetbase", "MYSQL_USER", "fleetbase",
                        "MYSQL_ROOT_PASSWORD_FILE", "/run/fleet/root-password",
                        "MYSQL_PASSWORD_FILE", "/run/fleet/app-password", "TZ", "UTC"),
                List.of(Mount.volume("fleet-database-data", "/var/lib/mysql"),
                        Mount.bind(HostPaths.MYSQL_ROOT_PASSWORD, "/run/fleet/root-password", true),
                        Mount.bind(HostPaths.MYSQL_APP_PASSWORD, "/run/fleet/app-password", true),
                        Mount.bind(HostPaths.MYSQL_CNF, "/etc/mysql/conf.d/fleet.cnf", true),
                        Mount.bind(HostPaths.MYSQL_INITDB, "/docker-entrypoint-initdb.d", true)),
                List.of(), z.limit("database"),
                Optional.of(new Health(List.of("CMD", "mysqladmin", "ping", "-h", "127.0.0.1", "--silent"),
                        "10s", "5s", 6, "60s")),
                List.of()));

        out.add(new ServiceSpec("cache", container("cache"), img.cache(), List.of(),
                List.of("redis-server", "/usr/local/etc/redis/redis.conf"), Map.of(),
                List.of(Mount.volume("fleet-cache-data", "/data"),
                        Mount.bind(HostPaths.REDIS_CONF, "/usr/local/etc/redis/redis.conf", true)),
                List.of(), z.limit("cache"),
                // NOAUTH also proves the server answers; the health check needs no password.
                Optional.of(new Health(List.of("CMD-SHELL", "redis-cli -h 127.0.0.1 ping | grep -qE 'PONG|NOAUTH'"),
                        "10s", "5s", 5, "10s")),
                List.of()));

        int socketWorkers = Math.max(1, Math.min(4, s.hostSize().vcpus()));
        out.add(new ServiceSpec("socket", container("socket"), img.socket(), List.of(), List.of(),
                ordered("SOCKETCLUSTER_WORKERS", String.valueOf(socketWorkers),
                        "SOCKETCLUSTER_BROKERS", String.valueOf(socketWorkers), "SOCKETCLUSTER_PORT", "8000"),
                List.of(), List.of(), z.limit("socket"),
                Optional.of(new Health(List.of("CMD-SHELL", "node -e \"require('http').get('http://127.0.0.1:8000/health-check',"
                        + " r => process.exit(r.statusCode === 200 ? 0 : 1)).on('error', () => process.exit(1))\""),
                        "15s", "5s", 4, "20s")),
                List.of()));

        out.add(new ServiceSpec("application", container("application"), img.api(), List.of(php),
                List.of("php", "artisan", "octane:frankenphp", "--host=0.0.0.0", "--port=8000",
                        "--workers=" + z.octaneWorkers(), "--max-requests=250"),
                Map.of("PHP_MEMORY_LIMIT", z.phpMemoryLimitMib() + "M"), apiMounts, List.of(),
                z.limit("application"),
                Optional.of(new Health(List.of("CMD-SHELL", "curl -fsS -o /dev/null http://127.0.0.1:8000/health || exit 1"),
                        "15s", "5s", 4, "60s")),
                List.of("database", "cache", "socket")));

        int perQueue = z.limit("queue") / z.queueWorkers();
        for (int i = 1; i <= z.queueWorkers(); i++) {
            out.add(new ServiceSpec("queue", container("queue") + "-" + i, img.api(), List.of(php),
                    List.of("php", "-d", "memory_limit=" + z.phpMemoryLimitMib() + "M", "artisan", "queue:work",
                            "--sleep=3", "--tries=3", "--max-time=3600", "--memory=" + (z.phpMemoryLimitMib() - 16)),
                    Map.of(), apiMounts, List.of(), perQueue, Optional.empty(),
                    List.of("database", "cache")));
        }

        out.add(new ServiceSpec("scheduler", container("scheduler"), img.api(), List.of(php),
                List.of("php", "artisan", "schedule:work"), Map.of(), apiMounts, List.of(), z.limit("scheduler"),
                Optional.empty(), List.of("database", "cache")));

        String domain = s.dns().domain();
        out.add(new ServiceSpec("console", container("console"), img.console(), List.of(), List.of(),
                ordered("API_HOST", "https://" + domain, "SOCKETCLUSTER_HOST", domain, "SOCKETCLUSTER_PORT", "443",
                        "SOCKETCLUSTER_SECURE", "true", "SOCKETCLUSTER_PATH", "/socketcluster/"),
                List.of(Mount.bind(HostPaths.CONSOLE_CONFIG, "/usr/share/nginx/html/fleetbase.config.json", true)),
                List.of(), z.limit("console"),
                Optional.of(new Health(List.of("CMD-SHELL", "wget -q -O /dev/null http://127.0.0.1:4200/ || exit 1"),
                        "30s", "5s", 3, "10s")),
                List.of()));

        out.add(new ServiceSpec("httpd", container("httpd"), img.httpd(), List.of(), List.of(), Map.of(),
                List.of(Mount.bind(HostPaths.NGINX_DIR + "/nginx.conf", "/etc/nginx/nginx.conf", true),
                        Mount.bind(HostPaths.NGINX_DIR + "/conf.d", "/etc/nginx/conf.d", true),
                        Mount.bind(HostPaths.LETSENCRYPT, "/etc/letsencrypt", true),
                        Mount.bind(HostPaths.OWN_TLS, HostPaths.OWN_TLS, true),
                        Mount.bind(HostPaths.ACME_WEBROOT, "/var/www/certbot", true),
                        Mount.bind(HostPaths.NGINX_LOGS, "/var/log/nginx", false)),
                List.of(new Port(80, 80, "0.0.0.0"), new Port(443, 443, "0.0.0.0"),
                        new Port(80, 80, "::"), new Port(443, 443, "::")),
                z.limit("httpd"),
                // End to end through TLS to the API's health route (busybox wget does not verify the certificate).
                Optional.of(new Health(List.of("CMD-SHELL", "wget -q -O /dev/null https://127.0.0.1/health || exit 1"),
                        "30s", "5s", 3, "10s")),
                List.of("application", "socket", "console")));
        return out;
    }

    private static Map<String, String> ordered(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return m;
    }
}
