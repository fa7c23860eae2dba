package ma.marinemaroc.fleet.services;

import com.pulumi.core.Output;
import ma.marinemaroc.fleet.fleetbase.FleetbaseContract;
import ma.marinemaroc.fleet.host.RemoteFile;
import ma.marinemaroc.fleet.templates.Templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The services' configuration files, rendered from templates; the ones holding secrets are secret outputs. */
public final class ServiceFiles {
    /** The edge's client_max_body_size and PHP's upload limits (MiB). */
    public static final int UPLOAD_MIB = 600;

    /**
     * @param stack          stack name (file headers)
     * @param sizing         memory budgets
     * @param dbRootPassword secret
     * @param dbPassword     secret (the application user's)
     * @param redisPassword  secret
     * @param dotenv         the API's .env (secret), {@link AppEnvironment#dotenv}
     */
    public record Inputs(String stack, Sizing sizing, Output<String> dbRootPassword, Output<String> dbPassword,
                         Output<String> redisPassword, Output<String> dotenv) {
        public Inputs {
            Objects.requireNonNull(stack, "stack");
            Objects.requireNonNull(sizing, "sizing");
            Objects.requireNonNull(dbRootPassword, "dbRootPassword");
            Objects.requireNonNull(dbPassword, "dbPassword");
            Objects.requireNonNull(redisPassword, "redisPassword");
            Objects.requireNonNull(dotenv, "dotenv");
        }
    }

    private ServiceFiles() {
    }

    /** systemd-tmpfiles entry that recreates the database's socket folder at every boot. */
    public static final String MYSQLD_TMPFILES = "/etc/tmpfiles.d/fleet-mysqld.conf";

    public static List<RemoteFile.Spec> all(Inputs in) {
        Sizing z = in.sizing();
        List<RemoteFile.Spec> files = new ArrayList<>();
        files.add(RemoteFile.Spec.secret(HostPaths.APP_ENV, in.dotenv(), "0600", "root:root"));
        files.add(RemoteFile.Spec.of(HostPaths.TRUSTED_PROXY, trustedProxies(), "0644"));
        files.add(RemoteFile.Spec.of(HostPaths.PHP_INI, phpIni(z), "0644"));
        files.add(RemoteFile.Spec.secret(HostPaths.MYSQL_ROOT_PASSWORD, in.dbRootPassword(), "0400", uid(HostPaths.MYSQL_UID)));
        files.add(RemoteFile.Spec.secret(HostPaths.MYSQL_APP_PASSWORD, in.dbPassword(), "0400", uid(HostPaths.MYSQL_UID)));
        files.add(RemoteFile.Spec.of(HostPaths.MYSQL_CNF, mysqlCnf(z), "0644"));
        files.add(RemoteFile.Spec.of(HostPaths.MYSQL_INIT_SQL, databasesSql(), "0644"));
        // /run is a tmpfs: after a reboot the socket folder must exist, owned by mysqld, before Docker binds it
        // (a missing bind source would be created root-owned and mysqld could not make its socket)
        files.add(RemoteFile.Spec.of(MYSQLD_TMPFILES, "# rendered by ma.marinemaroc.fleet.services.ServiceFiles\n"
                + "d " + HostPaths.MYSQL_SOCKET_DIR + " 0750 " + HostPaths.MYSQL_UID + " " + HostPaths.MYSQL_UID + " -\n", "0644"));
        files.add(RemoteFile.Spec.secret(HostPaths.REDIS_CONF, in.redisPassword().applyValue(pw -> redisConf(in.stack(), z, pw)),
                "0400", uid(HostPaths.REDIS_UID)));
        return files;
    }

    /**
     * The API's files on an app host of the scaled topology: its .env (secret), the trusted proxies, PHP's limits and
     * the database configuration for the managed engines ({@link LaravelDatabaseConfig}); no database or cache files.
     */
    public static List<RemoteFile.Spec> appHost(Sizing sizing, Output<String> dotenv, String appName) {
        Objects.requireNonNull(sizing, "sizing");
        Objects.requireNonNull(dotenv, "dotenv");
        return List.of(
                RemoteFile.Spec.secret(HostPaths.APP_ENV, dotenv, "0600", "root:root"),
                RemoteFile.Spec.of(HostPaths.TRUSTED_PROXY, trustedProxies(), "0644"),
                RemoteFile.Spec.of(HostPaths.PHP_INI, phpIni(sizing), "0644"),
                RemoteFile.Spec.of(AppHostServices.DATABASE_CONFIG, LaravelDatabaseConfig.render(appName), "0644"));
    }

    private static String uid(int uid) {
        return uid + ":" + uid;
    }

    static String redisConf(String stack, Sizing z, String password) {
        return Templates.render("services/redis.conf.mustache", Map.of(
                "stack", stack, "redisPassword", password, "maxMemoryMib", z.redisMaxMemoryMib()));
    }

    static String mysqlCnf(Sizing z) {
        int limit = z.limit(ServiceRole.DATABASE);
        return Templates.render("services/mysql.cnf.mustache", Map.of(
                "hostMib", z.hostMib(), "limitMib", limit, "bufferPoolMib", z.innodbBufferPoolMib(),
                "redoMib", Math.max(256, Math.min(2048, z.innodbBufferPoolMib() / 2)),
                // ~4 MiB per connection outside the buffer pool.
                "maxConnections", Math.max(50, Math.min(300, (limit - z.innodbBufferPoolMib()) / 4))));
    }

    /** Every Fleetbase database and the application user's rights on it (idempotent SQL). */
    public static String databasesSql() {
        List<Map<String, Object>> dbs = FleetbaseContract.DATABASES.stream().map(d -> Map.<String, Object>of(
                "name", d.name(), "purpose", d.purpose(), "source", d.source().toString())).toList();
        return Templates.render("services/databases.sql.mustache", Map.of("databases", dbs, "appUser", AppEnvironment.DB_USER));
    }

    static String trustedProxies() {
        return Templates.render("services/trustedproxy.php.mustache", Map.of(
                "target", FleetbaseContract.TRUSTED_PROXY_CONFIG, "subnet", FleetServices.NETWORK_SUBNET));
    }

    static String phpIni(Sizing z) {
        return Templates.render("services/php.ini.mustache", Map.of(
                "scanDir", ":" + FleetbaseContract.PHP_EXTRA_INI_DIR, "octaneWorkers", z.octaneWorkers(),
                "memoryLimitMib", z.octaneMemoryLimitMib(), "containerMib", z.limit(ServiceRole.APPLICATION),
                "uploadMib", UPLOAD_MIB));
    }
}
