package ma.marinemaroc.fleet.config;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.internal.bind.TypeAdapters;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.pulumi.core.Output;
import ma.marinemaroc.fleet.config.ConfigKey.Choice;
import ma.marinemaroc.fleet.config.ConfigKey.Credential;
import ma.marinemaroc.fleet.config.ConfigKey.Flag;
import ma.marinemaroc.fleet.config.ConfigKey.TextList;
import ma.marinemaroc.fleet.config.ConfigKey.Whole;
import ma.marinemaroc.fleet.config.ConfigKey.WholeOneOf;

import java.io.IOException;
import java.io.StringReader;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import static ma.marinemaroc.fleet.config.ConfigKeys.*;
import static ma.marinemaroc.fleet.config.Shown.q;

/**
 * Reads the stack config in one place, validates all of it, and reports every problem at once: the one validation
 * pass that runs before any resource is declared, in {@code pulumi preview}/{@code up} (through
 * {@code FleetStack.program}) and in the offline plan alike. Every value is read through its {@link ConfigKeys} entry
 * and checked to the grammar of the program that will consume it ({@link Validators}, {@link Schedules},
 * {@link TlsMaterial}). On any problem it throws {@link StackConfigException}.
 */
public final class StackSettingsLoader {
    private final ConfigSource src;
    private final String project;
    private final String stack;
    private final List<ConfigProblem> problems = new ArrayList<>();
    private final Map<String, Optional<JsonObject>> objects = new HashMap<>();

    private StackSettingsLoader(ConfigSource src, String project, String stack) {
        this.src = src;
        this.project = project;
        this.stack = stack;
    }

    public static StackSettings load(ConfigSource src, String project, String stack) {
        return new StackSettingsLoader(src, project, stack).load();
    }

    private StackSettings load() {
        unknownKeys();
        Cloud cloud = choice(CLOUD).flatMap(Cloud::parse).orElse(null);
        String region = text(REGION).orElse(null);
        if (cloud != null && region != null && !Catalog.regions(cloud).contains(region)) {
            Cloud other = cloud == Cloud.AWS ? Cloud.DIGITALOCEAN : Cloud.AWS;
            problem(REGION, q(region) + " is not a" + (cloud == Cloud.AWS ? "n " : " ") + cloudName(cloud) + " region"
                    + (Catalog.regions(other).contains(region) ? " (it is a" + (other == Cloud.AWS ? "n " : " ")
                    + cloudName(other) + " region)" : "") + "; use one of: " + String.join(", ", Catalog.regions(cloud)));
            region = null;
        }
        boolean scaledTopology = choice(TOPOLOGY).map("scaled"::equals).orElse(false);
        Optional<String> sizeText = text(HOST_SIZE);
        HostSize size = cloud == null ? null : sizeText.flatMap(v -> hostSize(cloud, v)).orElse(null);
        String image = null;
        if (cloud != null) {
            image = text(IMAGE).orElse(Catalog.defaultImage(cloud));
            ok(IMAGE, Validators.hostImage(cloud, image));
        }
        int dataVolumeGb = text(DATA_VOLUME_GB).isPresent() ? whole(DATA_VOLUME_GB)
                : size == null ? Catalog.MIN_DATA_VOLUME_GB : Catalog.defaultDataVolumeGb(size);
        Optional<String> zone = scaledTopology ? scaledHasNoZone(cloud) : availabilityZone(cloud, region);
        if (scaledTopology) scaledHasNoDataVolume();
        String timezone = text(TIMEZONE).orElse("Africa/Casablanca");
        ok(TIMEZONE, Validators.timezone(timezone));
        String environment = text(ENVIRONMENT).filter(v -> ok(ENVIRONMENT, Validators.environment(v))).orElse(stack);

        DnsSettings dns = dns();
        String adminEmail = text(ADMIN_EMAIL).filter(v -> ok(ADMIN_EMAIL, Validators.email(v))).orElse(null);
        String alertEmail = text(ALERT_EMAIL).filter(v -> ok(ALERT_EMAIL, Validators.email(v))).orElse(null);
        SshSettings ssh = ssh();
        ImageTags images = images();
        BackupSettings backup = backup(region);
        TlsSettings tls = tls(dns.domain());
        if (scaledTopology) scaledTls(tls);
        MonitoringSettings monitoring = monitoring();
        SmtpSettings smtp = smtp(dns);
        Secrets secrets = secrets(cloud, tls, smtp, dns.domain(), scaledTopology);
        Optional<ScaledSettings> scaled = scaled(cloud, scaledTopology);

        if (!problems.isEmpty()) {
            throw new StackConfigException(src.origin().orElse("stack '" + stack + "'"), stack, problems);
        }
        return new StackSettings(project, stack, environment, cloud, region, size, image, dataVolumeGb, zone, dns, adminEmail, ssh,
                images, backup, tls, alertEmail, monitoring, smtp, timezone, secrets, scaled);
    }

    // ---- sections -------------------------------------------------------------------------------------------

    private void unknownKeys() {
        Set<String> known = ConfigKeys.topLevelKeys();
        for (String k : new TreeSet<>(src.keys())) {
            if (k.startsWith(NS + ":") && !known.contains(k)) {
                Optional<String> close = known.stream().filter(x -> x.startsWith(NS + ":") && close(x, k)).findFirst();
                problems.add(new ConfigProblem(k, "unknown key" + close.map(c -> "; did you mean " + c + "?").orElse(
                        " (misspelt?); known keys: " + known.stream().filter(x -> x.startsWith(NS + ":"))
                                .map(x -> x.substring(NS.length() + 1)).collect(Collectors.joining(", ")))));
            }
        }
    }

    /** AWS: the zone of the instance and its volume, default {@code <region>a}; DigitalOcean has none. */
    private Optional<String> availabilityZone(Cloud cloud, String region) {
        Optional<String> v = text(AVAILABILITY_ZONE);
        if (cloud == Cloud.DIGITALOCEAN) {
            v.ifPresent(z -> problem(AVAILABILITY_ZONE, "is an AWS setting; a DigitalOcean volume lives in the droplet's "
                    + "region (" + REGION.key() + "); remove it"));
            return Optional.empty();
        }
        if (cloud != Cloud.AWS || region == null) return Optional.empty();
        String zone = v.orElse(region + "a");
        if (!zone.matches(java.util.regex.Pattern.quote(region) + "[a-z]")) {
            problem(AVAILABILITY_ZONE, q(zone) + " is not a zone of " + region + "; use " + region + " and one letter, e.g. "
                    + region + "a");
            return Optional.empty();
        }
        return Optional.of(zone);
    }

    private Optional<HostSize> hostSize(Cloud cloud, String v) {
        Optional<HostSize> s = Catalog.size(cloud, v);
        String supported = String.join(", ", Catalog.supportedSizes(cloud).stream().map(HostSize::slug).toList());
        if (s.isEmpty()) {
            problem(HOST_SIZE, q(v) + " is not a known " + cloudName(cloud) + " size; use one of: " + supported);
            return Optional.empty();
        }
        if (s.get().memoryMib() < Catalog.MIN_MEMORY_MIB) {
            problem(HOST_SIZE, q(v) + " has " + s.get().memoryMib() + " MiB of memory; the stack needs at least "
                    + Catalog.MIN_MEMORY_MIB + " MiB; use one of: " + supported);
            return Optional.empty();
        }
        return s;
    }

    private DnsSettings dns() {
        String domain = text(DOMAIN).filter(v -> ok(DOMAIN, Validators.domain(v))).orElse(null);
        String zone = text(DNS_ZONE).filter(v -> ok(DNS_ZONE, Validators.domain(v))).orElse(null);
        int ttl = whole(DNS_TTL);
        if (domain != null && zone != null && !domain.equals(zone) && !domain.endsWith("." + zone)) {
            problem(DNS_ZONE, q(zone) + " does not contain the domain " + q(domain)
                    + "; use the zone the domain is in, e.g. " + domain.substring(domain.indexOf('.') + 1));
        }
        return new DnsSettings(domain, zone, ttl);
    }

    private SshSettings ssh() {
        List<String> keys = list(SSH_PUBLIC_KEYS);
        for (int i = 0; i < keys.size(); i++) ok(SSH_PUBLIC_KEYS, i, Validators.sshPublicKey(keys.get(i)));
        int port = whole(SSH_PORT);
        if (port == 80 || port == 443) {
            problem(SSH_PORT, q(String.valueOf(port)) + " is the web server's port; use another, e.g. 2222");
        }
        List<String> cidrs = list(SSH_ALLOWED_CIDRS);
        boolean anywhere = flag(SSH_ALLOW_ANYWHERE);
        for (int i = 0; i < cidrs.size(); i++) {
            String c = cidrs.get(i);
            if (ok(SSH_ALLOWED_CIDRS, i, Validators.cidr(c)) && Validators.wide(c) && !anywhere) {
                problems.add(new ConfigProblem(SSH_ALLOWED_CIDRS.key() + "[" + i + "]", q(c) + " opens SSH to "
                        + (c.endsWith("/0") ? "the whole internet" : "a large part of the internet")
                        + "; list your office or VPN networks, or set " + SSH_ALLOW_ANYWHERE.key()
                        + ": true to allow it explicitly"));
            }
        }
        Optional<String> hostKey = text(SSH_HOST_KEY);
        hostKey.ifPresent(k -> ok(SSH_HOST_KEY, Validators.sshPublicKey(k)));
        return new SshSettings(keys, port, cidrs, hostKey);
    }

    private ImageTags images() {
        ImageTags d = ImageTags.DEFAULTS;
        return new ImageTags(img(IMAGES_API, d.api()), img(IMAGES_CONSOLE, d.console()), img(IMAGES_SOCKET, d.socket()),
                img(IMAGES_DATABASE, d.database()), img(IMAGES_CACHE, d.cache()), img(IMAGES_HTTPD, d.httpd()));
    }

    private String img(ConfigKey k, String dflt) {
        String v = text(k).orElse(dflt);
        ok(k, Validators.image(v));
        return v;
    }

    private BackupSettings backup(String hostRegion) {
        String bucketRegion = text(BACKUP_BUCKET_REGION).orElse(Catalog.defaultBucketRegion(hostRegion));
        if (!Catalog.awsRegions().contains(bucketRegion)) {
            problem(BACKUP_BUCKET_REGION, q(bucketRegion) + " is not an AWS region (the bucket is on S3)"
                    + (Catalog.regions(Cloud.DIGITALOCEAN).contains(bucketRegion) ? "; it is a DigitalOcean region" : "")
                    + "; use one of: " + String.join(", ", Catalog.awsRegions()));
        } else if (hostRegion != null && Catalog.sameCity(bucketRegion, hostRegion)) {
            problem(BACKUP_BUCKET_REGION, q(bucketRegion) + " is in " + Catalog.location(bucketRegion).orElse("the same place")
                    + ", the same city as the host's region " + hostRegion + "; the off-site copy must survive the loss "
                    + "of that city; use a region elsewhere, e.g. " + Catalog.defaultBucketRegion(hostRegion));
        }
        Optional<String> bucketName = text(BACKUP_BUCKET_NAME);
        bucketName.ifPresent(b -> ok(BACKUP_BUCKET_NAME, Validators.bucketName(b)));
        int retention = whole(BACKUP_RETENTION_DAYS);
        String schedule = text(BACKUP_SCHEDULE).orElse("*-*-* 02:00:00");
        ok(BACKUP_SCHEDULE, Schedules.check(schedule));
        String drill = text(BACKUP_DRILL_SCHEDULE).orElse("Sun *-*-* 04:00:00");
        ok(BACKUP_DRILL_SCHEDULE, Schedules.check(drill));
        int localKeep = whole(BACKUP_LOCAL_KEEP);
        String restoreFrom = text(BACKUP_RESTORE_FROM).orElse("none");
        ok(BACKUP_RESTORE_FROM, Validators.restoreFrom(restoreFrom));
        Optional<String> restoreBucket = text(BACKUP_RESTORE_BUCKET);
        restoreBucket.ifPresent(b -> ok(BACKUP_RESTORE_BUCKET, Validators.bucketName(b)));
        if (restoreBucket.isPresent() && "none".equals(restoreFrom)) {
            problem(BACKUP_RESTORE_BUCKET, "is set but " + BACKUP_RESTORE_FROM.key() + " is 'none'; set restoreFrom to "
                    + "latest or a backup name, or remove restoreBucket");
        }
        return new BackupSettings(bucketRegion, bucketName, retention, schedule, drill, localKeep, restoreFrom,
                restoreBucket);
    }

    private TlsSettings tls(String domain) {
        TlsSettings.Mode mode = choice(TLS_MODE).flatMap(TlsSettings.Mode::parse).orElse(TlsSettings.Mode.LETSENCRYPT);
        boolean staging = flag(TLS_ACME_STAGING);
        Optional<String> server = text(TLS_ACME_SERVER).filter(s -> ok(TLS_ACME_SERVER, Validators.acmeServer(s)));
        if (server.isPresent() && staging) {
            problem(TLS_ACME_SERVER, "is set together with " + TLS_ACME_STAGING.key() + ": true; set only one "
                    + "(acmeServer names the directory to use)");
        }
        Optional<String> cert = text(TLS_CERTIFICATE);
        if (mode == TlsSettings.Mode.PROVIDED && cert.isEmpty()) {
            problem(TLS_CERTIFICATE, "is required with tls.mode provided: the PEM chain, leaf first "
                    + "(`pulumi config set fleet:tlsCertificate < fullchain.pem`)");
        }
        if (mode != TlsSettings.Mode.PROVIDED && cert.isPresent()) {
            problem(TLS_CERTIFICATE, "is set but tls.mode is " + mode.key() + ", which ignores it; set "
                    + TLS_MODE.key() + " to provided, or remove the certificate");
        }
        if (mode == TlsSettings.Mode.PROVIDED && cert.isPresent()) {
            leafChain = TlsMaterial.chain(cert.get(), domain, Instant.now());
            leafChain.problems().forEach(p -> problem(TLS_CERTIFICATE, p));
        }
        return new TlsSettings(mode, staging, server, cert);
    }

    private TlsMaterial.Chain leafChain;

    private MonitoringSettings monitoring() {
        List<String> regions = list(MONITORING_UPTIME_REGIONS);
        for (int i = 0; i < regions.size(); i++) {
            String r = regions.get(i);
            if (!Catalog.UPTIME_REGIONS.contains(r)) {
                problems.add(new ConfigProblem(MONITORING_UPTIME_REGIONS.key() + "[" + i + "]", q(r)
                        + " is not a DigitalOcean uptime region; use one of: " + String.join(", ", Catalog.UPTIME_REGIONS)));
            }
        }
        return new MonitoringSettings(regions, whole(MONITORING_LATENCY_THRESHOLD_MS), whole(MONITORING_CPU_PERCENT),
                whole(MONITORING_MEMORY_PERCENT), whole(MONITORING_DISK_PERCENT), whole(MONITORING_CERT_EXPIRY_DAYS),
                whole(MONITORING_LOG_ERROR_THRESHOLD), whole(MONITORING_LOG_WATCH_MINUTES),
                whole(MONITORING_DOWN_MINUTES), whole(MONITORING_HEALTH_CHECK_INTERVAL_SECONDS));
    }

    private SmtpSettings smtp(DnsSettings dns) {
        String smtpKey = SMTP_HOST.topLevelKey();
        if (src.get(smtpKey).map(String::isBlank).orElse(true)) {
            problems.add(new ConfigProblem(smtpKey, "is required: the relay alerts and application mail go through; set "
                    + "it with `pulumi config set --path '" + SMTP_HOST.key() + "' smtp.example.com` and `pulumi config "
                    + "set --path '" + SMTP_USER.key() + "' <user>`"));
            return null;
        }
        String host = text(SMTP_HOST).filter(v -> ok(SMTP_HOST, Validators.smtpHost(v))).orElse(null);
        int port = whole(SMTP_PORT);
        String tlsMode = text(SMTP_TLS_MODE).isPresent() ? choice(SMTP_TLS_MODE).orElse("starttls")
                : port == 465 ? "smtps" : "starttls";
        String from = text(SMTP_FROM).orElse(dns.zone() == null ? null : "alerts@" + dns.zone());
        if (from != null) ok(SMTP_FROM, Validators.email(from));
        String user = text(SMTP_USER).filter(v -> ok(SMTP_USER, Validators.smtpUser(v))).orElse("");
        return new SmtpSettings(host, port, tlsMode, from, user);
    }

    private Secrets secrets(Cloud cloud, TlsSettings tls, SmtpSettings smtp, String domain, boolean scaled) {
        Output<String> root;
        Output<String> db;
        Output<String> redis;
        if (!scaled) {
            root = secret(DB_ROOT_PASSWORD, true, Validators::password);
            db = secret(DB_PASSWORD, true, Validators::password);
            redis = secret(REDIS_PASSWORD, true, Validators::password);
        } else {
            // The managed engines' administrators are the cloud's; DigitalOcean also generates the app user's and the
            // cache's passwords. A secret nothing reads only widens what a leak exposes.
            notOnScaled(DB_ROOT_PASSWORD, "a scaled stack has no database container: the managed engine's "
                    + "administrator belongs to the cloud");
            boolean aws = cloud == Cloud.AWS;
            if (aws || cloud == null) {
                db = secret(DB_PASSWORD, true, v -> Validators.password(v).or(() -> maxLength(v, RDS_PASSWORD_MAX,
                        "RDS takes at most " + RDS_PASSWORD_MAX + " characters for MySQL's master password")));
                redis = secret(REDIS_PASSWORD, true, v -> Validators.password(v).or(() -> maxLength(v, ELASTICACHE_TOKEN_MAX,
                        "ElastiCache takes an AUTH token of at most " + ELASTICACHE_TOKEN_MAX + " characters")));
            } else {
                notOnScaled(DB_PASSWORD, "DigitalOcean generates the managed database user's password");
                notOnScaled(REDIS_PASSWORD, "DigitalOcean generates the managed Valkey cluster's password");
                db = null;
                redis = null;
            }
            root = null;
        }
        Output<String> appKey = secret(APP_KEY, true, Validators::appKey);
        boolean needsSmtpPassword = smtp != null && !smtp.user().isEmpty();
        Output<String> smtpPassword = secret(SMTP_PASSWORD, needsSmtpPassword, Validators::smtpPassword);
        boolean provided = tls.mode() == TlsSettings.Mode.PROVIDED;
        Optional<X509Certificate> leaf = leafChain == null ? Optional.empty() : leafChain.leaf();
        Output<String> key = secret(TLS_PRIVATE_KEY, provided, v -> TlsMaterial.keyProblem(v, leaf));
        for (ConfigKey k : ConfigKeys.all()) {
            if (!(k.spec() instanceof Credential c) || src.get(k.key()).isEmpty()) continue;
            if (c.cloud() != null && cloud != null && c.cloud() != cloud) {
                problems.add(new ConfigProblem(k.key(), "is set, but this stack runs on " + cloudName(cloud)
                        + ": a credential for a cloud the stack does not use only widens what a leak exposes; remove it "
                        + "with `pulumi config rm " + k.key() + "`"));
            } else if (k.secret() && !src.isSecret(k.key())) {
                problems.add(new ConfigProblem(k.key(), "is stored in plain text; set it with `pulumi config set "
                        + "--secret " + k.key() + " <value>`"));
            }
        }
        return new Secrets(root, db, redis, appKey, Optional.ofNullable(smtpPassword), Optional.ofNullable(key));
    }

    // ---- the scaled topology ----------------------------------------------------------------------------------

    /** RDS for MySQL: master password of 8..41 printable characters (CreateDBInstance, MasterUserPassword). */
    static final int RDS_PASSWORD_MAX = 41;
    /** ElastiCache AUTH token: 16..128 printable characters (CreateReplicationGroup, AuthToken). */
    static final int ELASTICACHE_TOKEN_MAX = 128;

    private static Optional<String> maxLength(String v, int max, String why) {
        return v.length() <= max ? Optional.empty() : Optional.of("is too long (" + v.length() + " characters); " + why
                + "; use " + max + " or fewer of " + Validators.PASSWORD_RULE.replace("`", "").replace("≥ 16 of ", ""));
    }

    /** A key a scaled stack does not read: reported when set, with why and how to remove it. */
    private void notOnScaled(ConfigKey k, String why) {
        if (src.get(k.key()).filter(v -> !v.isBlank()).isEmpty()) return;
        problem(k, "is set, but " + why + "; remove it with `pulumi config rm " + (k.nested() ? "--path '" + k.key()
                + "'" : k.key()) + "`");
    }

    private Optional<String> scaledHasNoZone(Cloud cloud) {
        if (text(AVAILABILITY_ZONE).isPresent()) {
            problem(AVAILABILITY_ZONE, "is set, but a scaled stack spreads its hosts, database and cache over two zones "
                    + "of the region by itself; remove it with `pulumi config rm " + AVAILABILITY_ZONE.key() + "`");
        }
        return Optional.empty();
    }

    private void scaledHasNoDataVolume() {
        if (text(DATA_VOLUME_GB).isPresent()) {
            problem(DATA_VOLUME_GB, "is set, but the app hosts of a scaled stack keep no state (the database, cache "
                    + "and uploads are managed services); remove it with `pulumi config rm " + DATA_VOLUME_GB.key() + "`");
        }
        if (text(IMAGES_CACHE).isPresent()) {
            problem(IMAGES_CACHE, "is set, but a scaled stack runs no Redis container (the cache is a managed "
                    + "service); remove it with `pulumi config rm --path '" + IMAGES_CACHE.key() + "'`");
        }
    }

    /** The load balancer terminates TLS with a certificate the cloud issues and renews. */
    private void scaledTls(TlsSettings tls) {
        String why = "the load balancer of a scaled stack terminates TLS with a certificate the cloud issues and renews "
                + "(DigitalOcean's Let's Encrypt certificate / ACM)";
        if (tls.mode() != TlsSettings.Mode.LETSENCRYPT) {
            problem(TLS_MODE, q(tls.mode().key()) + " is not available: " + why + "; remove it or use letsencrypt");
        }
        if (tls.acmeStaging()) problem(TLS_ACME_STAGING, "is true, but " + why + "; remove it");
        if (tls.acmeServer().isPresent()) problem(TLS_ACME_SERVER, "is set, but " + why + "; remove it");
    }

    /** The scaled topology's own keys: read on a scaled stack, refused on a single one. */
    private Optional<ScaledSettings> scaled(Cloud cloud, boolean scaled) {
        List<ConfigKey> own = List.of(APP_HOSTS, MANAGED_DATABASE_SIZE, MANAGED_CACHE_SIZE, MANAGED_NETWORK_RANGE);
        if (!scaled) {
            for (ConfigKey k : own) {
                if (element(k).isPresent()) {
                    problem(k, "is a setting of the scaled topology, but " + TOPOLOGY.key() + " is single; remove it, "
                            + "or set " + TOPOLOGY.key() + ": scaled");
                }
            }
            for (ConfigKey k : List.of(UPLOADS_ACCESS_KEY_ID, UPLOADS_SECRET_KEY)) {
                notOnScaled(k, "only a scaled DigitalOcean stack keeps its uploads in Spaces (a single host keeps them on "
                        + "its data volume)");
            }
            return Optional.empty();
        }
        int appHosts = whole(APP_HOSTS);
        if (cloud == null) return Optional.empty();
        boolean aws = cloud == Cloud.AWS;
        String database = text(MANAGED_DATABASE_SIZE).orElse(ScaledSettings.defaultDatabaseSize(cloud));
        if (!database.matches(aws ? "db\\.[a-z0-9]+\\.[a-z0-9]+" : "db-[a-z0-9]+(-[a-z0-9]+)+")) {
            problem(MANAGED_DATABASE_SIZE, q(database) + " is not " + (aws ? "an RDS instance class" : "a DigitalOcean "
                    + "database size slug") + "; use e.g. " + ScaledSettings.defaultDatabaseSize(cloud));
        }
        String cache = text(MANAGED_CACHE_SIZE).orElse(ScaledSettings.defaultCacheSize(cloud));
        if (!cache.matches(aws ? "cache\\.[a-z0-9]+\\.[a-z0-9]+" : "db-[a-z0-9]+(-[a-z0-9]+)+")) {
            problem(MANAGED_CACHE_SIZE, q(cache) + " is not " + (aws ? "an ElastiCache node type" : "a DigitalOcean "
                    + "database size slug") + "; use e.g. " + ScaledSettings.defaultCacheSize(cloud));
        }
        String range = text(MANAGED_NETWORK_RANGE).orElse(ScaledSettings.defaultNetworkRange(cloud));
        networkRange(range, aws ? 24 : 28).ifPresent(msg -> problem(MANAGED_NETWORK_RANGE, msg));
        Optional<Output<String>> keyId = Optional.empty();
        Optional<Output<String>> secretKey = Optional.empty();
        if (aws) {
            for (ConfigKey k : List.of(UPLOADS_ACCESS_KEY_ID, UPLOADS_SECRET_KEY)) {
                notOnScaled(k, "on AWS the stack makes the uploads bucket's IAM user itself");
            }
        } else {
            keyId = Optional.ofNullable(secret(UPLOADS_ACCESS_KEY_ID, true, Validators::envValueProblem));
            secretKey = Optional.ofNullable(secret(UPLOADS_SECRET_KEY, true, Validators::envValueProblem));
        }
        return Optional.of(new ScaledSettings(appHosts, database, cache, range, keyId, secretKey));
    }

    /** A VPC range: a private IPv4 network of /16 to {@code longest}. */
    static Optional<String> networkRange(String v, int longest) {
        if (v.contains(":")) return Optional.of(q(v) + " is an IPv6 prefix; use a private IPv4 network such as 10.20.0.0/16");
        Optional<String> bad = Validators.cidr(v);
        if (bad.isPresent()) return bad;
        String[] parts = v.split("/");
        int prefix = Integer.parseInt(parts[1]);
        String[] o = parts[0].split("\\.");
        int a = Integer.parseInt(o[0]);
        int b = Integer.parseInt(o[1]);
        boolean rfc1918 = a == 10 || (a == 172 && b >= 16 && b <= 31) || (a == 192 && b == 168);
        if (!rfc1918) {
            return Optional.of(q(v) + " is not a private range; use a network inside 10.0.0.0/8, 172.16.0.0/12 or "
                    + "192.168.0.0/16");
        }
        if (prefix < 16 || prefix > longest) {
            return Optional.of(q(v) + " is a /" + prefix + "; the cloud takes /16 to /" + longest + " here");
        }
        return Optional.empty();
    }

    // ---- reading values through the registry ----------------------------------------------------------------

    private Output<String> secret(ConfigKey k, boolean required, Function<String, Optional<String>> check) {
        Optional<String> v = src.get(k.key());
        if (v.isEmpty() || v.get().isEmpty()) {
            if (required) problem(k, "is required; set it with `pulumi config set --secret " + k.key() + " <value>`");
            return null;
        }
        if (!src.isSecret(k.key())) {
            problem(k, "is stored in plain text; set it with `pulumi config set --secret " + k.key() + " <value>`");
            return null;
        }
        // The value itself is never part of a message.
        check.apply(v.get()).ifPresent(msg -> problem(k, "(secret) " + msg));
        return Output.ofSecret(v.get());
    }

    /** The raw element of a key: a top-level value parsed when it is JSON, or a nested object's member. */
    private Optional<JsonElement> element(ConfigKey k) {
        if (k.nested()) {
            Optional<JsonObject> o = object(k.topLevelKey());
            if (o.isEmpty() || !o.get().has(k.child()) || o.get().get(k.child()).isJsonNull()) return Optional.empty();
            return Optional.of(o.get().get(k.child()));
        }
        Optional<String> raw = src.get(k.key()).filter(s -> !s.isBlank());
        if (raw.isEmpty()) return Optional.empty();
        String t = raw.get().trim();
        if (t.startsWith("[") || t.startsWith("{")) {
            Optional<JsonElement> json = strictJson(t);
            if (json.isPresent()) return json;
        }
        return Optional.of(new com.google.gson.JsonPrimitive(raw.get()));
    }

    /** A single value; reports a list or mapping in its place, and a required key that is missing. */
    private Optional<String> text(ConfigKey k) {
        Optional<JsonElement> e = element(k);
        if (e.isPresent() && !e.get().isJsonPrimitive()) {
            problem(k, "is a " + kind(e.get()) + "; use a single value: " + k.allowed());
            return Optional.empty();
        }
        Optional<String> v = e.map(JsonElement::getAsString).map(String::strip).filter(s -> !s.isEmpty());
        if (v.isEmpty() && k.required()) problem(k, requiredMessage(k));
        return v;
    }

    private String requiredMessage(ConfigKey k) {
        String path = k.nested() ? "--path '" + k.key() + "'" : k.key();
        return "is required; set it with `pulumi config set " + path + " <value>` (" + k.allowed() + ")";
    }

    /** A whole number in the key's range (or set): no sign but '-', no leading zero, no fraction. */
    private int whole(ConfigKey k) {
        int dflt = k.spec() instanceof Whole w ? w.dflt() : ((WholeOneOf) k.spec()).dflt();
        Optional<String> v = text(k);
        if (v.isEmpty()) return dflt;
        String s = v.get();
        if (!s.matches("-?(0|[1-9][0-9]{0,8})")) {
            problem(k, s.matches("[-+]?0[0-9]+")
                    ? q(s) + " has a leading zero (YAML 1.1 reads it as octal); write it without the zero"
                    : q(s) + " is not a whole number; use " + k.allowed());
            return dflt;
        }
        int n = Integer.parseInt(s);
        if (k.spec() instanceof Whole w && (n < w.min() || n > w.max())) {
            problem(k, q(s) + " is out of range; use " + k.allowed());
            return dflt;
        }
        if (k.spec() instanceof WholeOneOf w && !w.allowed().contains(n)) {
            problem(k, q(s) + " is not a value the provider accepts; use one of: " + k.allowed());
            return dflt;
        }
        return n;
    }

    /** {@code true} or {@code false} (YAML 1.2 core spellings); {@code yes}/{@code no} are text in YAML 1.2. */
    private boolean flag(ConfigKey k) {
        boolean dflt = ((Flag) k.spec()).dflt();
        Optional<String> v = text(k);
        if (v.isEmpty()) return dflt;
        switch (v.get()) {
            case "true", "True", "TRUE":
                return true;
            case "false", "False", "FALSE":
                return false;
            default:
                boolean yaml11 = Set.of("yes", "no", "on", "off", "y", "n").contains(v.get().toLowerCase(Locale.ROOT));
                problem(k, q(v.get()) + " is not a boolean" + (yaml11 ? " (YAML 1.2 reads yes/no/on/off as text)" : "")
                        + "; use true or false");
                return dflt;
        }
    }

    /** One of the key's words; the default when unset (a required choice reports its absence). */
    private Optional<String> choice(ConfigKey k) {
        Choice c = (Choice) k.spec();
        Optional<String> v = text(k);
        if (v.isEmpty()) return Optional.ofNullable(c.dflt());
        if (!c.allowed().contains(v.get())) {
            problem(k, q(v.get()) + " is not supported; use one of: " + String.join(", ", c.allowed()));
            return Optional.ofNullable(c.dflt());
        }
        return v;
    }

    /** A list of single values, each checked to be one; an empty list, a map or a null in it is reported. */
    private List<String> list(ConfigKey k) {
        TextList spec = (TextList) k.spec();
        Optional<JsonElement> e = element(k);
        String example = "e.g. `pulumi config set --path '" + k.key() + "[0]' <value>`";
        if (e.isEmpty()) {
            if (spec.required()) problem(k, "is required: a list with at least one item (" + k.allowed() + "), " + example);
            return spec.dflt();
        }
        if (!e.get().isJsonArray()) {
            problem(k, "is a " + kind(e.get()) + (e.get().isJsonPrimitive() ? " (" + q(e.get().getAsString()) + ")" : "")
                    + "; use a list (YAML sequence), " + example);
            return spec.required() ? List.of() : spec.dflt();
        }
        List<String> out = new ArrayList<>();
        var items = e.get().getAsJsonArray();
        if (items.isEmpty()) {
            problem(k, "is an empty list; at least one item is needed (" + k.allowed() + ")");
            return List.of();
        }
        for (int i = 0; i < items.size(); i++) {
            JsonElement x = items.get(i);
            if (x.isJsonPrimitive() && !x.getAsString().isBlank()) {
                out.add(x.getAsString().strip());
            } else {
                problems.add(new ConfigProblem(k.key() + "[" + i + "]", "is " + (x.isJsonNull() || x.isJsonPrimitive()
                        ? "empty" : "a " + kind(x)) + "; each item is a single value (" + k.allowed() + ")"));
            }
        }
        return out;
    }

    /** A top-level object (e.g. {@code fleet:backup}); unknown members are reported. Empty when unset or invalid. */
    private Optional<JsonObject> object(String topKey) {
        return objects.computeIfAbsent(topKey, key -> {
            Optional<String> raw = src.get(key).filter(s -> !s.isBlank());
            if (raw.isEmpty()) return Optional.empty();
            Set<String> known = ConfigKeys.children(key);
            Optional<JsonElement> e = strictJson(raw.get().trim());
            if (e.isEmpty() || !e.get().isJsonObject()) {
                problems.add(new ConfigProblem(key, "is " + (e.isEmpty() ? "a single value (" + q(raw.get()) + ")"
                        : "a " + kind(e.get())) + "; use a mapping with the keys " + String.join(", ", known)));
                return Optional.empty();
            }
            JsonObject o = e.get().getAsJsonObject();
            for (String member : new TreeSet<>(o.keySet())) {
                if (!known.contains(member)) {
                    Optional<String> close = known.stream().filter(x -> close(x, member)).findFirst();
                    problems.add(new ConfigProblem(key + "." + member, "unknown key" + close.map(c -> "; did you mean "
                            + key + "." + c + "?").orElse(" (misspelt?); known keys under " + key + ": "
                            + String.join(", ", known))));
                }
            }
            return Optional.of(o);
        });
    }

    private static Optional<JsonElement> strictJson(String s) {
        try (JsonReader r = new JsonReader(new StringReader(s))) {
            r.setLenient(false);
            JsonElement e = TypeAdapters.JSON_ELEMENT.read(r);
            return r.peek() == JsonToken.END_DOCUMENT ? Optional.of(e) : Optional.empty();
        } catch (IOException | JsonParseException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    private static String kind(JsonElement e) {
        if (e.isJsonObject()) return "mapping";
        if (e.isJsonArray()) return "list";
        if (e.isJsonNull()) return "null";
        return "single value";
    }

    private boolean ok(ConfigKey k, Optional<String> error) {
        error.ifPresent(msg -> problem(k, msg));
        return error.isEmpty();
    }

    private boolean ok(ConfigKey k, int index, Optional<String> error) {
        error.ifPresent(msg -> problems.add(new ConfigProblem(k.key() + "[" + index + "]", msg)));
        return error.isEmpty();
    }

    private void problem(ConfigKey k, String message) {
        problems.add(new ConfigProblem(k.key(), message));
    }

    private static String cloudName(Cloud c) {
        return ConfigKeys.cloudName(c);
    }

    /** Whether a misspelt key is close to a known one: one edit or swap apart (two for long names). */
    static boolean close(String known, String given) {
        int d = distance(known, given);
        return d <= (known.length() >= 12 ? 2 : 1);
    }

    /** Edit distance counting a swap of neighbours as one edit (optimal string alignment), case-insensitive. */
    static int distance(String a, String b) {
        a = a.toLowerCase(Locale.ROOT);
        b = b.toLowerCase(Locale.ROOT);
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
