package ma.marinemaroc.fleet.config;

import com.pulumi.core.Output;

import java.util.Objects;
import java.util.Optional;

/**
 * The settings of a {@code fleet:topology: scaled} stack: how many app hosts, the managed engines' sizes and the
 * private network's range (each defaulted per cloud), and on DigitalOcean the app's key to the uploads bucket.
 *
 * @param appHosts           app hosts behind the load balancer (2..10); host 0 also runs the scheduler, the socket
 *                           server, the database steps and the backups
 * @param databaseSize       DigitalOcean database size slug / RDS instance class of each MySQL node
 * @param cacheSize          DigitalOcean database size slug / ElastiCache node type of each cache node
 * @param networkRange       the VPC's private IPv4 range
 * @param uploadsAccessKeyId DigitalOcean: the Spaces key the app uses for the uploads bucket (secret); AWS: empty
 *                           (the stack makes an IAM user limited to the bucket)
 * @param uploadsSecretKey   its secret
 */
public record ScaledSettings(int appHosts, String databaseSize, String cacheSize, String networkRange,
                             Optional<Output<String>> uploadsAccessKeyId, Optional<Output<String>> uploadsSecretKey) {
    public static final String DO_DATABASE_SIZE = "db-s-2vcpu-4gb";
    public static final String AWS_DATABASE_SIZE = "db.t4g.medium";
    public static final String DO_CACHE_SIZE = "db-s-1vcpu-2gb";
    public static final String AWS_CACHE_SIZE = "cache.t4g.small";
    public static final String DO_NETWORK_RANGE = "10.20.0.0/20";
    public static final String AWS_NETWORK_RANGE = "10.30.0.0/16";
    public static final int MIN_APP_HOSTS = 2;
    public static final int MAX_APP_HOSTS = 10;

    public ScaledSettings {
        if (appHosts < MIN_APP_HOSTS || appHosts > MAX_APP_HOSTS) {
            throw new IllegalArgumentException("appHosts must be " + MIN_APP_HOSTS + ".." + MAX_APP_HOSTS + ", got " + appHosts);
        }
        Objects.requireNonNull(databaseSize, "databaseSize");
        Objects.requireNonNull(cacheSize, "cacheSize");
        Objects.requireNonNull(networkRange, "networkRange");
        Objects.requireNonNull(uploadsAccessKeyId, "uploadsAccessKeyId");
        Objects.requireNonNull(uploadsSecretKey, "uploadsSecretKey");
    }

    public static String defaultDatabaseSize(Cloud cloud) {
        return cloud == Cloud.AWS ? AWS_DATABASE_SIZE : DO_DATABASE_SIZE;
    }

    public static String defaultCacheSize(Cloud cloud) {
        return cloud == Cloud.AWS ? AWS_CACHE_SIZE : DO_CACHE_SIZE;
    }

    public static String defaultNetworkRange(Cloud cloud) {
        return cloud == Cloud.AWS ? AWS_NETWORK_RANGE : DO_NETWORK_RANGE;
    }
}
