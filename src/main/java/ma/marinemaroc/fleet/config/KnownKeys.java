package ma.marinemaroc.fleet.config;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every config key the program reads, so that a misspelt key is reported instead of silently ignored. */
public final class KnownKeys {
    public static final String NS = "fleet";

    public static final List<String> PLAIN = List.of(
            "cloud", "region", "hostSize", "image", "domain", "dnsZone", "dnsTtl", "adminEmail",
            "sshPublicKeys", "sshPort", "sshAllowedCidrs", "sshHostKey", "images", "backup", "tls", "alertEmail",
            "monitoring", "smtp", "timezone", "environment", "tlsCertificate");

    public static final List<String> SECRETS = List.of(
            "dbRootPassword", "dbPassword", "redisPassword", "appKey", "smtpPassword", "tlsPrivateKey");

    /** Nested keys of the object-valued settings. */
    public static final Map<String, Set<String>> NESTED = Map.of(
            "images", Set.of("api", "console", "socket", "database", "cache", "httpd"),
            "backup", Set.of("bucketRegion", "bucketName", "retentionDays", "schedule", "drillSchedule",
                    "localKeep", "restoreFrom", "restoreBucket"),
            "tls", Set.of("mode", "acmeStaging", "acmeServer"),
            "monitoring", Set.of("uptimeRegions", "latencyThresholdMs", "cpuPercent", "memoryPercent",
                    "diskPercent", "certExpiryDays", "logErrorThreshold", "logWatchMinutes", "downMinutes",
                    "healthCheckIntervalSeconds"),
            "smtp", Set.of("host", "port", "tlsMode", "from", "user"));

    public static final Set<String> ALL = all();

    private KnownKeys() {
    }

    public static String key(String name) {
        return NS + ":" + name;
    }

    private static Set<String> all() {
        var s = new java.util.HashSet<String>();
        PLAIN.forEach(k -> s.add(key(k)));
        SECRETS.forEach(k -> s.add(key(k)));
        return Set.copyOf(s);
    }
}
