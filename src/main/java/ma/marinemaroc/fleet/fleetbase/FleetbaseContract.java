package ma.marinemaroc.fleet.fleetbase;

import java.util.List;

/**
 * What the published Fleetbase images expect from the deployment around them, in one place, each fact with the
 * upstream file it comes from (Fleetbase v0.7.55: repositories fleetbase/fleetbase, fleetbase/core-api,
 * fleetbase/ember-core, fleetbase/storefront). The edge (routes, the websocket listener, the CSP), the services
 * (paths, environment, health checks) and the deploy step (databases, artisan sequence) are rendered from it, so
 * a fact changes here and everywhere at once. Where the seed plan disagrees (its nginx {@code location /api}), these
 * facts win: the platform must work for its users.
 */
public final class FleetbaseContract {
    private FleetbaseContract() {
    }

    /** A fact and where upstream it comes from. */
    public record Source(String repository, String path) {
        @Override
        public String toString() {
            return repository + ":" + path;
        }
    }

    // ---- routes (core-api src/routes.php, config/fleetbase.php) -------------------------------------------------

    /** The API's route families as the edge must forward them (no {@code /api} prefix: API_PREFIX is unset). */
    public record RouteFamily(String prefix, String purpose, Source source) {
    }

    public static final Source ROUTES = new Source("fleetbase/core-api", "src/routes.php");

    /**
     * Path prefixes served by the API. The console calls {@code /int/v1/...} on its own origin (its API host is
     * baked empty, namespace {@code int/v1}); driver apps and integrations call {@code /v1/...}; uploaded files on the
     * public disk are served under {@code /storage/...} (core-api {@code src/Models/File.php} builds those URLs).
     */
    public static final List<RouteFamily> API_ROUTES = List.of(
            new RouteFamily("/int/", "console's internal API (INTERNAL_API_PREFIX 'int', version v1)", ROUTES),
            new RouteFamily("/v1/", "public API (driver apps, integrations)",
                    new Source("fleetbase/fleetops", "server/src/routes.php")),
            new RouteFamily("/storage/", "uploaded files on the public disk",
                    new Source("fleetbase/core-api", "src/Models/File.php")));

    /** The API image's health route (the seed's uptime monitor asks {@code /api/health}, which the edge maps here). */
    public static final String HEALTH_PATH = "/health";
    /** Kept for the seed plan's uptime monitor: the edge answers it from {@link #HEALTH_PATH}. */
    public static final String SEED_HEALTH_PATH = "/api/health";

    // ---- ports -----------------------------------------------------------------------------------------------

    /** Octane (FrankenPHP) in the API image (docker/Dockerfile: {@code octane:frankenphp --port=8000}). */
    public static final int API_PORT = 8000;
    /** The console image serves its build on 4200 (console/Dockerfile). */
    public static final int CONSOLE_PORT = 4200;
    /** SocketCluster listens on SOCKETCLUSTER_PORT, 8000 in the container (docker-compose.yml). */
    public static final int SOCKET_CONTAINER_PORT = 8000;
    /**
     * The port the published console opens its websocket on: {@code wss://<page host>:38000/socketcluster/}
     * (console/environments/.env.production: SOCKETCLUSTER_PORT 38000, secure, path /socketcluster/, host empty;
     * runtime config is disabled in the production build, so this cannot be changed by configuration).
     */
    public static final int SOCKET_PUBLIC_PORT = 38000;
    public static final String SOCKET_PATH = "/socketcluster/";
    public static final String SOCKET_HEALTH_PATH = "/health-check";
    public static final Source CONSOLE_ENV = new Source("fleetbase/fleetbase", "console/environments/.env.production");
    /** The console calls this OSRM host from the browser for routing (console config OSRM_HOST default). */
    public static final String OSRM_HOST = "https://router.project-osrm.org";

    // ---- the API image (docker/Dockerfile) ----------------------------------------------------------------------

    public static final Source API_DOCKERFILE = new Source("fleetbase/fleetbase", "docker/Dockerfile");
    public static final String API_DIR = "/fleetbase/api";
    public static final String API_ENTRYPOINT = "docker-php-entrypoint";
    /**
     * Persisted part of {@code storage/}: only {@code storage/app} (upstream compose mounts that alone). Mounting a
     * folder over the whole {@code storage/} hides {@code framework/{cache,sessions,views}} and breaks every request.
     */
    public static final String STORAGE_APP = API_DIR + "/storage/app";
    /** Laravel's log folder (LOG_CHANNEL=daily writes laravel-YYYY-MM-DD.log here). */
    public static final String STORAGE_LOGS = API_DIR + "/storage/logs";
    /** Laravel reads {@code .env} from the application's base path. */
    public static final String DOTENV = API_DIR + "/.env";
    /** Laravel 10's TrustProxies middleware falls back to {@code config('trustedproxy.proxies')}. */
    public static final String TRUSTED_PROXY_CONFIG = API_DIR + "/config/trustedproxy.php";
    public static final Source TRUST_PROXIES = new Source("laravel/framework",
            "src/Illuminate/Http/Middleware/TrustProxies.php (10.x: setTrustedProxyIpAddresses)");
    /** php.ini sets memory_limit 600M; an extra scan dir (PHP_INI_SCAN_DIR with a leading ':') overrides it. */
    public static final String PHP_INI_DEFAULT_LIMIT = "600M";
    public static final String PHP_EXTRA_INI_DIR = "/usr/local/etc/php/fleet.d";

    /**
     * Variables the image sets with ENV. Laravel's .env loading never overrides a variable already present in the
     * process environment, so each of these must be set as container environment when the deployment wants
     * another value (upstream compose does the same for CACHE_DRIVER and LOG_CHANNEL).
     */
    public static final List<String> IMAGE_ENV = List.of("LOG_CHANNEL", "CACHE_DRIVER", "BROADCAST_DRIVER",
            "QUEUE_CONNECTION", "APP_ENV", "OCTANE_SERVER");

    // ---- databases -------------------------------------------------------------------------------------------

    /** A schema the platform uses, and what creates it. */
    public record Database(String name, String purpose, Source source) {
    }

    public static final List<Database> DATABASES = List.of(
            new Database("fleetbase", "core, fleet-ops and IAM tables",
                    new Source("fleetbase/core-api", "src/Console/Commands/CreateDatabase.php (connection mysql)")),
            new Database("fleetbase_sandbox", "sandbox (test-mode) copy of the schema",
                    new Source("fleetbase/core-api", "src/Console/Commands/CreateDatabase.php (connection sandbox)")),
            new Database("fleetbase_storefront", "the bundled storefront extension",
                    new Source("fleetbase/storefront", "server/config/database.connections.php")));

    public static List<String> databaseNames() {
        return DATABASES.stream().map(Database::name).toList();
    }

    // ---- deploy sequence (api/deploy.sh, plus the caches and registry of the installer) -------------------------

    public static final Source DEPLOY_SCRIPT = new Source("fleetbase/fleetbase", "api/deploy.sh");

    /**
     * Artisan commands that change the database, in upstream's order; each is idempotent (CREATE DATABASE IF NOT
     * EXISTS, pending migrations only, seeders that check before they insert). They run once per new API image, in
     * a one-shot container of that image, before the new release takes traffic.
     */
    public static final List<List<String>> DATABASE_STEPS = List.of(
            List.of("mysql:createdb"),
            List.of("migrate", "--force"),
            List.of("sandbox:migrate", "--force"),
            List.of("fleetbase:seed"),
            List.of("fleetbase:create-permissions"),
            List.of("registry:init"),
            List.of("schedule-monitor:sync"));

    /**
     * Per-container start-up: the configuration and route caches are files inside each container, built from that
     * container's own environment; the public disk link lets Octane serve {@code /storage/...}.
     */
    public static final List<List<String>> CONTAINER_START_STEPS = List.of(
            List.of("storage:link"),
            List.of("config:cache"),
            List.of("route:cache"));

    /** After a new release runs: workers finish their job and exit; the container restarts them on the new code. */
    public static final List<String> QUEUE_RESTART = List.of("queue:restart");

    /** Queue health (core-api src/Console/Commands/QueueStatusCommand.php): exit 0 when the queue backend answers. */
    public static final List<String> QUEUE_STATUS = List.of("queue:status");

    // ---- SocketCluster (socketcluster/socketcluster:v17.4.0) ------------------------------------------------------

    /** Allowed websocket origins: {@code SOCKETCLUSTER_OPTIONS='{"origins":"https://<domain>:*"}'}. */
    public static String socketOptions(String domain) {
        return "{\"origins\":\"https://" + domain + ":*\"}";
    }
}
