package ma.marinemaroc.fleet.services;

import com.pulumi.core.Output;
import ma.marinemaroc.fleet.fleetbase.FleetbaseContract;
import ma.marinemaroc.fleet.quote.Dotenv;

import java.util.LinkedHashMap;
import java.util.Map;
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
