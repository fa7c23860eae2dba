package ma.marinemaroc.fleet.config;

import ma.marinemaroc.fleet.config.ConfigKey.Choice;
import ma.marinemaroc.fleet.config.ConfigKey.Credential;
import ma.marinemaroc.fleet.config.ConfigKey.Flag;
import ma.marinemaroc.fleet.config.ConfigKey.Spec;
import ma.marinemaroc.fleet.config.ConfigKey.Text;
import ma.marinemaroc.fleet.config.ConfigKey.TextList;
import ma.marinemaroc.fleet.config.ConfigKey.Whole;
import ma.marinemaroc.fleet.config.ConfigKey.WholeOneOf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The one registry of stack config keys: name, secret or not, type/default/range and documentation. The loader
 * ({@link StackSettingsLoader}) reads every value through its entry and reports keys that are not here; README's
 * configuration table is checked against {@link #readmeTable()} by a test.
 *
 * <p>Adding a key: one entry below (in the order README lists it) plus its parsing in the loader.
 */
public final class ConfigKeys {
    public static final String NS = "fleet";
    private static final List<ConfigKey> ALL = new ArrayList<>();

    // ---- host ---------------------------------------------------------------------------------------------------
    public static final ConfigKey CLOUD = add("cloud", new Choice(null, List.of("digitalocean", "aws")), null, null,
            "the cloud the host runs on");
    public static final ConfigKey REGION = add("region", new Text(true), null,
            "DigitalOcean: " + codes(Catalog.regions(Cloud.DIGITALOCEAN)) + "; AWS: " + codes(Catalog.regions(Cloud.AWS)),
            "the host's region");
    public static final ConfigKey HOST_SIZE = add("hostSize", new Text(true), null,
            "a size with ≥ " + Catalog.MIN_MEMORY_MIB + " MiB: DigitalOcean " + codes(Catalog.supportedSizes(Cloud.DIGITALOCEAN)
                    .stream().map(HostSize::slug).toList()) + "; AWS " + codes(Catalog.supportedSizes(Cloud.AWS)
                    .stream().map(HostSize::slug).toList()),
            "droplet size / EC2 instance type (see [Sizing](#sizing))");
    public static final ConfigKey IMAGE = add("image", new Text(false),
            "`" + Catalog.DEFAULT_DO_IMAGE + "` (DigitalOcean), `" + Catalog.DEFAULT_AWS_IMAGE + "` (AWS)",
            "DigitalOcean: image slug or numeric ID; AWS: AMI ID (`ami-` + 8 or 17 hex digits) or AMI name filter "
                    + "(owner Canonical); an image of the other cloud is refused",
            "host image (Ubuntu 22.04)");
    public static final ConfigKey DATA_VOLUME_GB = add("dataVolumeGb", new Whole(0, Catalog.MIN_DATA_VOLUME_GB, 16384),
            "10 GiB per GiB of the host's memory, at least " + Catalog.MIN_DATA_VOLUME_GB,
            Catalog.MIN_DATA_VOLUME_GB + "…16384; only ever larger than before (a volume grows in place, never shrinks)",
            "size of the data volume (database, Redis, uploads, local backups, certificates, logs)");
    public static final ConfigKey AVAILABILITY_ZONE = add("availabilityZone", new Text(false), "`<region>a`",
            "AWS only: a zone of `region`, e.g. `eu-west-1b`", "where the instance and its data volume live");
    public static final ConfigKey TIMEZONE = add("timezone", new Text(false), "`Africa/Casablanca`",
            "IANA zone name (`Europe/Paris`, `UTC`); not an offset such as `+01:00`", "host time zone (timers run in it)");
    public static final ConfigKey ENVIRONMENT = add("environment", new Text(false), "the stack name",
            "1–32 of `a-z0-9-`, starting with a letter or digit", "environment label");

    // ---- topology -----------------------------------------------------------------------------------------------
    public static final ConfigKey TOPOLOGY = add("topology", new Choice("single", List.of("single", "scaled")), null, null,
            "`single`: one host holds everything; `scaled`: `appHosts` behind the cloud's load balancer on managed "
                    + "MySQL and Redis/Valkey (see [Scale-out](#scale-out-the-scaled-topology))");
    public static final ConfigKey APP_HOSTS = add("appHosts", new Whole(2, 2, 10), null, "2…10; `scaled` only",
            "app hosts of a `scaled` stack, each of size `hostSize`");
    public static final ConfigKey MANAGED_DATABASE_SIZE = add("managed.databaseSize", new Text(false),
            "`" + ScaledSettings.DO_DATABASE_SIZE + "` (DigitalOcean), `" + ScaledSettings.AWS_DATABASE_SIZE + "` (AWS)",
            "DigitalOcean database size slug (`db-…`); AWS RDS instance class (`db.…`); `scaled` only",
            "size of each managed MySQL node (the primary and its standby)");
    public static final ConfigKey MANAGED_CACHE_SIZE = add("managed.cacheSize", new Text(false),
            "`" + ScaledSettings.DO_CACHE_SIZE + "` (DigitalOcean), `" + ScaledSettings.AWS_CACHE_SIZE + "` (AWS)",
            "DigitalOcean database size slug (`db-…`); AWS ElastiCache node type (`cache.…`); `scaled` only",
            "size of each managed Valkey / Redis node (the primary and its replica)");
    public static final ConfigKey MANAGED_NETWORK_RANGE = add("managed.networkRange", new Text(false),
            "`" + ScaledSettings.DO_NETWORK_RANGE + "` (DigitalOcean), `" + ScaledSettings.AWS_NETWORK_RANGE + "` (AWS)",
            "a private IPv4 CIDR (10/8, 172.16/12, 192.168/16): /16…/24 on AWS (four subnets), /16…/28 on "
                    + "DigitalOcean; overlapping no other VPC of the account; `scaled` only",
            "the fleet's private network (VPC); trusted for client addresses at the edge");

    // ---- DNS ----------------------------------------------------------------------------------------------------
    public static final ConfigKey DOMAIN = add("domain", new Text(true), null,
            "lower-case DNS name (RFC 1123): labels of `a-z0-9-`, a top-level domain of letters; not an IP address, "
                    + "no empty labels", "the name the platform is served on");
    public static final ConfigKey DNS_ZONE = add("dnsZone", new Text(true), null, "a DNS name that contains `domain`",
            "the zone holding the record: a DigitalOcean domain / Route53 hosted zone (must exist)");
    public static final ConfigKey DNS_TTL = add("dnsTtl", new Whole(300, 30, 86400), null, null,
            "record TTL in seconds (short for DR cut-over)");
    public static final ConfigKey ADMIN_EMAIL = add("adminEmail", new Text(true), null, Validators.EMAIL_RULE,
            "ACME account contact");
    public static final ConfigKey ALERT_EMAIL = add("alertEmail", new Text(true), null, Validators.EMAIL_RULE,
            "where alerts go");

    // ---- SSH ----------------------------------------------------------------------------------------------------
    public static final ConfigKey SSH_PUBLIC_KEYS = add("sshPublicKeys", new TextList(true, List.of()), null,
            "list of ≥ 1 OpenSSH public key: ed25519, ecdsa, rsa ≥ 2048 bits", "keys of the platform team (user `deploy`)");
    public static final ConfigKey SSH_PORT = add("sshPort", new Whole(22, 1, 65535), null, "1…65535, not 80 or 443",
            "the host's SSH port");
    public static final ConfigKey SSH_ALLOWED_CIDRS = add("sshAllowedCidrs", new TextList(true, List.of()), null,
            "list of ≥ 1 IPv4/IPv6 CIDR, canonical, no host bits; `0.0.0.0/0`, `::/0` and prefixes shorter than /"
                    + Validators.IPV4_WIDE_PREFIX + " (IPv4) or /" + Validators.IPV6_WIDE_PREFIX
                    + " (IPv6) need `sshAllowAnywhere`", "who may reach SSH through the cloud firewall");
    public static final ConfigKey SSH_ALLOW_ANYWHERE = add("sshAllowAnywhere", new Flag(false), null, null,
            "explicit opt-in to SSH from anywhere");
    public static final ConfigKey SSH_HOST_KEY = add("sshHostKey", new Text(false), null, "an OpenSSH public key",
            "extra host-key pin (the generated host key is always pinned)");

    // ---- container images -----------------------------------------------------------------------------------------
    public static final ConfigKey IMAGES_API = image("api", ImageTags.DEFAULTS.api(), "the API, queue workers and scheduler");
    public static final ConfigKey IMAGES_CONSOLE = image("console", ImageTags.DEFAULTS.console(), "the console");
    public static final ConfigKey IMAGES_SOCKET = image("socket", ImageTags.DEFAULTS.socket(), "the websocket server");
    public static final ConfigKey IMAGES_DATABASE = image("database", ImageTags.DEFAULTS.database(), "MySQL");
    public static final ConfigKey IMAGES_CACHE = image("cache", ImageTags.DEFAULTS.cache(), "Redis");
    public static final ConfigKey IMAGES_HTTPD = image("httpd", ImageTags.DEFAULTS.httpd(), "NGINX");

    // ---- backups ------------------------------------------------------------------------------------------------
    public static final ConfigKey BACKUP_BUCKET_REGION = add("backup.bucketRegion", new Text(false),
            "`" + Catalog.DEFAULT_BUCKET_REGION + "`; `" + Catalog.FALLBACK_BUCKET_REGION + "` for a host in "
                    + Catalog.location(Catalog.DEFAULT_BUCKET_REGION).orElseThrow(),
            "an AWS region in another city than the host (DigitalOcean `fra1` and AWS `eu-central-1` are both Frankfurt)",
            "region of the off-site backup bucket");
    public static final ConfigKey BACKUP_BUCKET_NAME = add("backup.bucketName", new Text(false),
            "`<project>-<stack>-backups-<hash>`", Validators.BUCKET_RULE, "the backup bucket");
    public static final ConfigKey BACKUP_RETENTION_DAYS = add("backup.retentionDays", new Whole(30, 1, 3650), null, null,
            "days a backup is kept (bucket lifecycle, non-current versions too)");
    public static final ConfigKey BACKUP_SCHEDULE = add("backup.schedule", new Text(false), "`*-*-* 02:00:00`",
            Schedules.RULE, "when backups run (`*-*-* 00/1:00:00` = hourly)");
    public static final ConfigKey BACKUP_DRILL_SCHEDULE = add("backup.drillSchedule", new Text(false),
            "`Sun *-*-* 04:00:00`", Schedules.RULE, "when the restore drill runs");
    public static final ConfigKey BACKUP_LOCAL_KEEP = add("backup.localKeep", new Whole(3, 1, 100), null, null,
            "backup sets kept on the host");
    public static final ConfigKey BACKUP_RESTORE_FROM = add("backup.restoreFrom", new Text(false), "`none`",
            "`none`, `latest` or a backup name (`A-Za-z0-9._-`, ≤ 128)", "backup restored on first boot (DR)");
    public static final ConfigKey BACKUP_RESTORE_BUCKET = add("backup.restoreBucket", new Text(false),
            "this stack's bucket", "an S3 bucket name; needs `restoreFrom`", "the bucket `restoreFrom` reads (DR)");

    // ---- TLS ----------------------------------------------------------------------------------------------------
    public static final ConfigKey TLS_MODE = add("tls.mode", new Choice("letsencrypt",
            List.of("letsencrypt", "self-signed", "provided")), null, null, "how the certificate is obtained");
    public static final ConfigKey TLS_ACME_STAGING = add("tls.acmeStaging", new Flag(false), null, null,
            "Let's Encrypt's staging endpoint");
    public static final ConfigKey TLS_ACME_SERVER = add("tls.acmeServer", new Text(false), null, Validators.ACME_URL_RULE,
            "another ACME directory (instead of `acmeStaging`)");
    public static final ConfigKey TLS_CERTIFICATE = add("tlsCertificate", new Text(false), null,
            "PEM chain, leaf first, each certificate signed by the next, valid now, the leaf naming `domain`",
            "`provided` mode: the certificate chain (public: plain config)");

    // ---- monitoring ---------------------------------------------------------------------------------------------
    public static final ConfigKey MONITORING_UPTIME_REGIONS = add("monitoring.uptimeRegions",
            new TextList(false, List.of("eu_west", "us_east")), null,
            "list of ≥ 1 of " + codes(Catalog.UPTIME_REGIONS), "DigitalOcean uptime probe regions");
    public static final ConfigKey MONITORING_LATENCY_THRESHOLD_MS = add("monitoring.latencyThresholdMs",
            new Whole(1500, 50, 60000), null, null, "alert when `/health` is slower (ms)");
    public static final ConfigKey MONITORING_CPU_PERCENT = add("monitoring.cpuPercent", new Whole(85, 10, 100), null,
            null, "CPU alert threshold (%)");
    public static final ConfigKey MONITORING_MEMORY_PERCENT = add("monitoring.memoryPercent", new Whole(90, 10, 100),
            null, null, "memory alert threshold (%)");
    public static final ConfigKey MONITORING_DISK_PERCENT = add("monitoring.diskPercent", new Whole(80, 10, 100), null,
            null, "disk alert threshold (%)");
    public static final ConfigKey MONITORING_CERT_EXPIRY_DAYS = add("monitoring.certExpiryDays", new Whole(14, 1, 60),
            null, null, "alert when the certificate expires within (days)");
    public static final ConfigKey MONITORING_LOG_ERROR_THRESHOLD = add("monitoring.logErrorThreshold",
            new Whole(20, 1, 100000), null, null, "error log lines per interval that raise an alert");
    public static final ConfigKey MONITORING_LOG_WATCH_MINUTES = add("monitoring.logWatchMinutes", new Whole(5, 1, 60),
            null, null, "log-watch interval (minutes)");
    public static final ConfigKey MONITORING_DOWN_MINUTES = add("monitoring.downMinutes",
            new WholeOneOf(2, List.of(2, 3, 5, 10, 15, 30, 60)), null, null, "minutes down before the outage alert");
    public static final ConfigKey MONITORING_HEALTH_CHECK_INTERVAL_SECONDS = add("monitoring.healthCheckIntervalSeconds",
            new WholeOneOf(30, List.of(10, 30)), null, null, "Route53 health-check interval (AWS)");

    // ---- mail ---------------------------------------------------------------------------------------------------
    public static final ConfigKey SMTP_HOST = add("smtp.host", new Text(true), null, Validators.SMTP_HOST_RULE,
            "the relay for alerts and application mail");
    public static final ConfigKey SMTP_PORT = add("smtp.port", new Whole(587, 1, 65535), null, null, "relay port");
    public static final ConfigKey SMTP_TLS_MODE = add("smtp.tlsMode", new Choice("starttls", List.of("starttls", "smtps")),
            "`starttls` (`smtps` on port 465)", null, "TLS to the relay (mail leaves the host)");
    public static final ConfigKey SMTP_FROM = add("smtp.from", new Text(false), "`alerts@<dnsZone>`",
            Validators.EMAIL_RULE, "sender of alerts and application mail");
    public static final ConfigKey SMTP_USER = add("smtp.user", new Text(true), null, Validators.SMTP_USER_RULE,
            "relay user (password: `smtpPassword`)");

    // ---- secrets (pulumi config set --secret) -------------------------------------------------------------------
    public static final ConfigKey DB_ROOT_PASSWORD = secret("dbRootPassword", true, Validators.PASSWORD_RULE,
            "MySQL root password");
    public static final ConfigKey DB_PASSWORD = secret("dbPassword", true, Validators.PASSWORD_RULE,
            "MySQL password of the application");
    public static final ConfigKey REDIS_PASSWORD = secret("redisPassword", true, Validators.PASSWORD_RULE,
            "Redis password");
    public static final ConfigKey APP_KEY = secret("appKey", true,
            "`base64:` + 32 bytes in base64 (`php artisan key:generate --show`)", "Laravel `APP_KEY`");
    public static final ConfigKey SMTP_PASSWORD = secret("smtpPassword", false, Validators.ENV_VALUE_RULE,
            "relay password (required with `smtp.user`)");
    public static final ConfigKey TLS_PRIVATE_KEY = secret("tlsPrivateKey", false,
            "unencrypted PEM private key (PKCS#8, RSA ≥ 2048 bits or EC) matching `tlsCertificate`",
            "`provided` mode: the certificate's key");
    public static final ConfigKey UPLOADS_ACCESS_KEY_ID = secret("uploadsAccessKeyId", false,
            "a Spaces access key limited to the uploads bucket; `scaled` DigitalOcean stacks only (required there)",
            "the app's key to the uploads bucket (see [Scale-out](#scale-out-the-scaled-topology))");
    public static final ConfigKey UPLOADS_SECRET_KEY = secret("uploadsSecretKey", false,
            "its secret; `scaled` DigitalOcean stacks only (required there)", "the secret of `uploadsAccessKeyId`");

    // ---- provider credentials -------------------------------------------------------------------------------------
    public static final ConfigKey DIGITALOCEAN_TOKEN = credential("digitalocean:token", true, Cloud.DIGITALOCEAN,
            "DigitalOcean API token (or `DIGITALOCEAN_TOKEN`)");
    public static final ConfigKey DIGITALOCEAN_SPACES_ACCESS_ID = credential("digitalocean:spacesAccessId", false,
            Cloud.DIGITALOCEAN, "Spaces access key the program creates the uploads bucket with (`scaled` stacks; or "
                    + "`SPACES_ACCESS_KEY_ID`)");
    public static final ConfigKey DIGITALOCEAN_SPACES_SECRET_KEY = credential("digitalocean:spacesSecretKey", true,
            Cloud.DIGITALOCEAN, "its secret (or `SPACES_SECRET_ACCESS_KEY`)");
    public static final ConfigKey AWS_SECRET_KEY = credential("aws:secretKey", true, null,
            "AWS secret access key (or the AWS environment)");
    public static final ConfigKey AWS_TOKEN = credential("aws:token", true, null, "AWS session token");

    private ConfigKeys() {
    }

    /** Every key, in README's order. */
    public static List<ConfigKey> all() {
        return Collections.unmodifiableList(ALL);
    }

    public static Optional<ConfigKey> byKey(String key) {
        return ALL.stream().filter(k -> k.key().equals(key)).findFirst();
    }

    /** The keys a stack file can hold at the top level ({@code fleet:backup} for the nested backup keys). */
    public static Set<String> topLevelKeys() {
        return ALL.stream().map(ConfigKey::topLevelKey).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Names of the keys nested under a top-level object key ({@code fleet:backup} → retentionDays, ...). */
    public static Set<String> children(String topLevelKey) {
        return ALL.stream().filter(k -> k.nested() && k.topLevelKey().equals(topLevelKey)).map(ConfigKey::child)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Whether a top-level key holds an object of nested keys. */
    public static boolean isObject(String topLevelKey) {
        return !children(topLevelKey).isEmpty();
    }

    /** README's configuration table, generated from the registry (a test compares README with it). */
    public static String readmeTable() {
        StringBuilder b = new StringBuilder("| key | default | allowed | meaning |\n|---|---|---|---|\n");
        for (ConfigKey k : ALL) {
            b.append("| `").append(k.displayName()).append('`').append(k.secret() ? " (secret)" : "")
                    .append(" | ").append(k.defaultText()).append(" | ").append(k.allowed())
                    .append(" | ").append(k.meaning()).append(" |\n");
        }
        return b.toString();
    }

    // ---- entries --------------------------------------------------------------------------------------------------

    private static ConfigKey add(String name, Spec spec, String defaultText, String allowed, String meaning) {
        return register(new ConfigKey(NS + ":" + name, false, spec,
                defaultText != null ? defaultText : ConfigKey.defaultOf(spec),
                allowed != null ? allowed : ConfigKey.allowedOf(spec), meaning));
    }

    private static ConfigKey image(String name, String dflt, String what) {
        return add("images." + name, new Text(false), "`" + dflt + "`",
                "`repo:tag` or `repo@sha256:<digest>`; never `latest`", "container image of " + what);
    }

    private static ConfigKey secret(String name, boolean required, String allowed, String meaning) {
        return register(new ConfigKey(NS + ":" + name, true, new Text(required), ConfigKey.NONE, allowed, meaning));
    }

    private static ConfigKey credential(String key, boolean secret, Cloud onlyOn, String meaning) {
        String allowed = (onlyOn == null ? "" : cloudName(onlyOn) + " stacks only; ")
                + (secret ? "set with `--secret`" : "plain");
        return register(new ConfigKey(key, secret, new Credential(onlyOn), ConfigKey.NONE, allowed, meaning));
    }

    private static ConfigKey register(ConfigKey k) {
        if (ALL.stream().anyMatch(x -> x.key().equals(k.key()))) throw new IllegalStateException("duplicate " + k.key());
        ALL.add(k);
        return k;
    }

    static String cloudName(Cloud c) {
        return c == Cloud.AWS ? "AWS" : "DigitalOcean";
    }

    private static String codes(List<String> values) {
        return values.stream().map(v -> "`" + v + "`").collect(Collectors.joining(", "));
    }
}
