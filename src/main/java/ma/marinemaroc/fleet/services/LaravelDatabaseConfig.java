package ma.marinemaroc.fleet.services;

import ma.marinemaroc.fleet.templates.Templates;

import java.util.Locale;
import java.util.Map;

/**
 * The API's {@code config/database.php} on an app host of the scaled topology ({@link AppHostServices#DATABASE_CONFIG}):
 * the managed MySQL over TLS (core-api's connections carry no TLS option) and the managed Redis-compatible cache over
 * TLS (phpredis, scheme {@code tls}). It holds no secret and no address: both come from the environment
 * ({@link AppEnvironment#scaledContainerEnv}, {@link AppEnvironment#scaledDotenv}).
 */
public final class LaravelDatabaseConfig {
    private LaravelDatabaseConfig() {
    }

    /**
     * @param appName the application's name (the Redis key prefix, as the image's own config derives it:
     *                {@code Str::slug(APP_NAME, '_') . '_database_'})
     */
    public static String render(String appName) {
        return Templates.render("services/database.php.mustache", Map.of(
                "target", AppHostServices.DATABASE_CONFIG_IN_CONTAINER,
                "systemCaBundle", AppEnvironment.SYSTEM_CA_BUNDLE,
                "redisPrefix", redisPrefix(appName)));
    }

    /** {@code Marine Maroc Fleet} → {@code marine_maroc_fleet_database_}. */
    static String redisPrefix(String appName) {
        String slug = appName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        return slug + "_database_";
    }
}
