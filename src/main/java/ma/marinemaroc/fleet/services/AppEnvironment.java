package ma.marinemaroc.fleet.services;

import com.pulumi.core.Output;
import ma.marinemaroc.fleet.fleetbase.FleetbaseContract;
import ma.marinemaroc.fleet.quote.Dotenv;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The API's environment, in two parts. Non-secret settings are <b>container environment</b>: Laravel's .env loading
 * never overrides a variable already in the process, and the image sets several with ENV (LOG_CHANNEL=stdout,
 * CACHE_DRIVER=null, ...; {@link FleetbaseContract#IMAGE_ENV}), so only container environment beats them. Secrets are
 * the {@code .env} file (none of them is in the image's ENV), root-only on the host, mounted read-only.
 */
public final class AppEnvironment {
    public static final String DB_USER = "fleetbase";
    /** Characters a password may hold to sit inside DATABASE_URL / REDIS_URL unencoded (PHP's parse_url does not
     *  decode percent-escapes, so encoding would change the password). */
    private static final Pattern URL_SAFE = Pattern.compile("[A-Za-z0-9._~!+,=^-]+");

    private AppEnvironment() {
    }

    /**
     * @param domain    the public name
     * @param appName   shown in mails and the console
     * @param smtp      the mail relay (plain settings)
     */
    public record Settings(String domain, String appName, Smtp smtp) {
        public Settings {
            Objects.requireNonNull(domain, "domain");
            Objects.requireNonNull(appName, "appName");
            Objects.requireNonNull(smtp, "smtp");
        }
    }

    /** @param encryption {@code tls} (STARTTLS) or {@code ssl} (implicit TLS), as Laravel names them */
    public record Smtp(String host, int port, String encryption, String user, String from) {
    }

    /** The secrets of the .env file. */
    public record Secrets(Output<String> appKey, Output<String> dbPassword, Output<String> redisPassword,
                          Output<String> smtpPassword) {
    }

    /** Container environment of the API's containers (application, queue, scheduler and the deploy one-shots). */
    public static Map<String, String> containerEnv(Settings s) {
        Map<String, String> m = new LinkedHashMap<>();
        String url = "https://" + s.domain();
        m.put("APP_NAME", s.appName());
        m.put("APP_ENV", "production");
        m.put("APP_DEBUG", "false");
        m.put("APP_URL", url);
        m.put("CONSOLE_HOST", url);
        m.put("FRONTEND_HOSTS", s.domain());
        m.put("SESSION_DOMAIN", s.domain());
        m.put("SESSION_SECURE_COOKIE", "true");
        // sessions and cache in Redis: shared by every worker and by the old and new release during a switch
        m.put("SESSION_DRIVER", "redis");
        m.put("CACHE_DRIVER", "redis");
        m.put("QUEUE_CONNECTION", "redis");
        m.put("BROADCAST_DRIVER", "socketcluster");
        // the socket service's network alias (stable across its releases)
        m.put("SOCKETCLUSTER_HOST", ServiceRole.SOCKET.containerBase());
        m.put("SOCKETCLUSTER_PORT", String.valueOf(FleetbaseContract.SOCKET_CONTAINER_PORT));
        m.put("SOCKETCLUSTER_SECURE", "false");
        m.put("LOG_CHANNEL", "daily");
        m.put("LOG_LEVEL", "warning");
        // uploads on the public disk: URLs https://<domain>/storage/..., served by the API (the edge routes them)
        m.put("FILESYSTEM_DRIVER", "public");
        m.put("MAIL_MAILER", "smtp");
        m.put("MAIL_HOST", s.smtp().host());
        m.put("MAIL_PORT", String.valueOf(s.smtp().port()));
        m.put("MAIL_ENCRYPTION", s.smtp().encryption());
        m.put("MAIL_USERNAME", s.smtp().user());
        m.put("MAIL_FROM_ADDRESS", s.smtp().from());
        m.put("MAIL_FROM_NAME", s.appName());
        m.put("OSRM_HOST", FleetbaseContract.OSRM_HOST);
        m.put("REGISTRY_HOST", "https://registry.fleetbase.io");
        m.put("REGISTRY_PREINSTALLED_EXTENSIONS", "true");
        m.put("OCTANE_SERVER", "frankenphp");
        // the image's php.ini and then ours (memory_limit, upload sizes); the leading ':' keeps the default dir
        m.put("PHP_INI_SCAN_DIR", ":" + FleetbaseContract.PHP_EXTRA_INI_DIR);
        for (var e : m.entrySet()) {
            String v = e.getValue();
            if (v == null || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0 || v.indexOf('\0') >= 0) {
                throw new IllegalArgumentException(e.getKey() + ": a container environment value must be one line");
            }
        }
        return m;
    }

    // ---- the scaled topology: app hosts on managed engines ------------------------------------------------------

    /**
     * What the API's environment needs on an app host of the scaled topology, besides {@link Settings}.
     *
     * @param uploadsRegion      the uploads bucket's region (the S3 client signs for it)
     * @param uploadsEndpoint    S3-compatible endpoint of the bucket (Spaces); empty on AWS
     * @param databaseCaFile     the managed MySQL's CA certificate inside the containers; empty where the cloud does
     *                           not publish one (the connection is then encrypted without checking the server)
     * @param verifyCacheServer  check the managed cache's certificate against the image's public CAs (ElastiCache's
     *                           are public; DigitalOcean's are signed by a CA of the account)
     */
    public record Scaled(String uploadsRegion, Optional<String> uploadsEndpoint, Optional<String> databaseCaFile,
                         boolean verifyCacheServer) {
        public Scaled {
            Objects.requireNonNull(uploadsRegion, "uploadsRegion");
            Objects.requireNonNull(uploadsEndpoint, "uploadsEndpoint");
            Objects.requireNonNull(databaseCaFile, "databaseCaFile");
        }
    }

    /** The system CA bundle of the API image (Debian): PDO needs a CA file to use TLS at all. */
    static final String SYSTEM_CA_BUNDLE = "/etc/ssl/certs/ca-certificates.crt";

    /**
     * Container environment of the API's containers on an app host: the single host's, with the uploads on the s3 disk
     * (private bucket, signed URLs), TLS settings for MySQL (read by {@link LaravelDatabaseConfig} and by the bundled
     * storefront's own connection) and Redis, and no socket address (it differs per host: in the .env file). Values
     * read outside Laravel's config at run time (the AWS SDK's endpoint) must be here: with the config cached, the
     * .env file is not loaded at run time.
     */
    public static Map<String, String> scaledContainerEnv(Settings s, Scaled x) {
        Map<String, String> m = new LinkedHashMap<>(containerEnv(s));
        m.remove("SOCKETCLUSTER_HOST");
        m.remove("SOCKETCLUSTER_PORT");
        // uploads on the s3 disk (api/config/filesystems.php): a private bucket, read through signed temporary URLs
        m.put("FILESYSTEM_DRIVER", "s3");
        m.put("AWS_DEFAULT_REGION", x.uploadsRegion());
        m.put("AWS_USE_PATH_STYLE_ENDPOINT", "false");
        // Fleetbase's s3 disk has no endpoint setting; the AWS SDK reads this one (aws-sdk-php >= 3.281, the image has 3.298)
        x.uploadsEndpoint().ifPresent(e -> m.put("AWS_ENDPOINT_URL_S3", e));
        m.put("MYSQL_ATTR_SSL_CA", x.databaseCaFile().orElse(SYSTEM_CA_BUNDLE));
        m.put("MYSQL_ATTR_SSL_VERIFY_SERVER_CERT", String.valueOf(x.databaseCaFile().isPresent()));
        m.put("FLEET_REDIS_VERIFY_PEER", String.valueOf(x.verifyCacheServer()));
        return m;
    }

    /**
     * The secrets and addresses of the .env file on an app host: known once the managed engines and the hosts exist.
     *
     * @param appKey          Laravel's key
     * @param dbHost          the managed MySQL's private host name
     * @param dbPort          its port
     * @param dbUser          the application's user
     * @param dbPassword      its password (secret)
     * @param cacheHost       the managed cache's host name
     * @param cachePort       its port (TLS)
     * @param cachePassword   its password / AUTH token (secret)
     * @param smtpPassword    the relay's password (secret)
     * @param uploadsBucket   the uploads bucket
     * @param uploadsKeyId    the app's key to it
     * @param uploadsSecret   its secret (secret)
     * @param socketHost      where the API publishes websocket events: the socket container on host 0, host 0's
     *                        private address elsewhere
     * @param socketPort      its port (the container's 8000 on host 0, the edge's relay 38000 elsewhere)
     */
    public record ScaledSecrets(Output<String> appKey, Output<String> dbHost, Output<Integer> dbPort, Output<String> dbUser,
                                Output<String> dbPassword, Output<String> cacheHost, Output<Integer> cachePort,
                                Output<String> cachePassword, Output<String> smtpPassword, Output<String> uploadsBucket,
                                Output<String> uploadsKeyId, Output<String> uploadsSecret, Output<String> socketHost,
                                int socketPort) {
    }

    /** The .env file of an app host (secret). */
    public static Output<String> scaledDotenv(ScaledSecrets x) {
        List<Output<String>> parts = List.of(x.appKey(), x.dbHost(), x.dbPort().applyValue(String::valueOf), x.dbUser(),
                x.dbPassword(), x.cacheHost(), x.cachePort().applyValue(String::valueOf), x.cachePassword(),
                x.smtpPassword(), x.uploadsBucket(), x.uploadsKeyId(), x.uploadsSecret(), x.socketHost());
        return Output.all(parts).applyValue(v -> scaledDotenvText(v.get(0), v.get(1), v.get(2), v.get(3), v.get(4),
                v.get(5), v.get(6), v.get(7), v.get(8), v.get(9), v.get(10), v.get(11), v.get(12), x.socketPort()))
                .asSecret();
    }

    static String scaledDotenvText(String appKey, String dbHost, String dbPort, String dbUser, String dbPassword,
                                   String cacheHost, String cachePort, String cachePassword, String smtpPassword,
                                   String bucket, String keyId, String secret, String socketHost, int socketPort) {
        urlSafe("the managed database's password", dbPassword);
        urlSafe("the managed cache's password", cachePassword);
        Map<String, String> m = new LinkedHashMap<>();
        m.put("APP_KEY", appKey);
        // core-api takes host, user, password and database from the URL and the port from DB_PORT (sandbox:
        // SANDBOX_DB_PORT, storefront: STOREFRONT_DB_PORT, both defaulting to 3306)
        m.put("DATABASE_URL", "mysql://" + dbUser + ":" + dbPassword + "@" + dbHost + ":" + dbPort + "/"
                + FleetbaseContract.DATABASES.get(0).name());
        m.put("DB_PORT", dbPort);
        m.put("SANDBOX_DB_PORT", dbPort);
        m.put("STOREFRONT_DB_PORT", dbPort);
        // rediss: TLS; LaravelDatabaseConfig reads host, port and password from it
        m.put("REDIS_URL", "rediss://:" + cachePassword + "@" + cacheHost + ":" + cachePort + "/0");
        m.put("CACHE_URL", "rediss://:" + cachePassword + "@" + cacheHost + ":" + cachePort + "/1");
        m.put("MAIL_PASSWORD", smtpPassword);
        m.put("AWS_BUCKET", bucket);
        m.put("AWS_ACCESS_KEY_ID", keyId);
        m.put("AWS_SECRET_ACCESS_KEY", secret);
        m.put("SOCKETCLUSTER_HOST", socketHost);
        m.put("SOCKETCLUSTER_PORT", String.valueOf(socketPort));
        return "# Fleetbase API secrets and addresses of an app host. Rendered by the fleet-infra library;\n"
                + "# /etc/fleet/app/app.env (root, 0600), mounted read-only as " + FleetbaseContract.DOTENV + ". Never copy\n"
                + "# this file off the host.\n"
                + Dotenv.lines(m);
    }

    /** The .env file (secret). */
    public static Output<String> dotenv(Secrets sec) {
        return Output.tuple(sec.appKey(), sec.dbPassword(), sec.redisPassword(), sec.smtpPassword())
                .applyValue(t -> dotenvText(t.t1, t.t2, t.t3, t.t4)).asSecret();
    }

    static String dotenvText(String appKey, String dbPassword, String redisPassword, String smtpPassword) {
        urlSafe("fleet:dbPassword", dbPassword);
        urlSafe("fleet:redisPassword", redisPassword);
        Map<String, String> m = new LinkedHashMap<>();
        m.put("APP_KEY", appKey);
        m.put("DATABASE_URL", "mysql://" + DB_USER + ":" + dbPassword + "@" + ServiceRole.DATABASE.containerBase()
                + ":3306/" + FleetbaseContract.DATABASES.get(0).name());
        m.put("REDIS_URL", "redis://:" + redisPassword + "@" + ServiceRole.CACHE.containerBase() + ":6379/0");
        m.put("CACHE_URL", "redis://:" + redisPassword + "@" + ServiceRole.CACHE.containerBase() + ":6379/1");
        m.put("MAIL_PASSWORD", smtpPassword);
        return "# Fleetbase API secrets. Rendered by the fleet-infra library; /etc/fleet/app/app.env (root, 0600),\n"
                + "# mounted read-only as " + FleetbaseContract.DOTENV + ". Settings that are not secret are container\n"
                + "# environment (they must beat the image's ENV). Never copy this file off the host.\n"
                + Dotenv.lines(m);
    }

    private static void urlSafe(String key, String password) {
        if (!URL_SAFE.matcher(password).matches()) {
            throw new IllegalArgumentException(key + " holds a character that cannot sit in a connection URL "
                    + "(allowed: letters, digits and ._~!+,=^-)");
        }
    }
}
