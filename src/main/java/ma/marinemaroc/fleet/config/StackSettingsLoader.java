package ma.marinemaroc.fleet.config;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.pulumi.core.Output;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Reads the stack config in one place, validates all of it, and reports every problem at once.
 * Nothing is declared before this returns; on any problem it throws {@link StackConfigException}.
 */
public final class StackSettingsLoader {
    private final ConfigSource src;
    private final String project;
    private final String stack;
    private final List<ConfigProblem> problems = new ArrayList<>();

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
        Cloud cloud = required("cloud").flatMap(v -> check("cloud", v, Cloud.parse(v),
                "'" + v + "' is not a supported cloud; allowed: digitalocean, aws")).orElse(null);

        String region = required("region").orElse(null);
        HostSize size = null;
        String image = null;
        if (cloud != null) {
            if (region != null && !Catalog.regions(cloud).contains(region)) {
                problem("region", "'" + region + "' is not a " + cloudName(cloud) + " region; allowed: "
                        + String.join(", ", Catalog.regions(cloud)));
                region = null;
            }
            size = required("hostSize").flatMap(v -> hostSize(cloud, v)).orElse(null);
            image = optional("image").orElse(Catalog.defaultImage(cloud));
            checkImage(cloud, image);
        } else {
            required("hostSize");
        }

        DnsSettings dns = dns();
        String adminEmail = required("adminEmail").filter(v -> ok("adminEmail", Validators.email(v))).orElse(null);
        SshSettings ssh = ssh();
        ImageTags images = images();
        BackupSettings backup = backup(cloud, region);
        TlsSettings tls = tls();
        String alertEmail = required("alertEmail").filter(v -> ok("alertEmail", Validators.email(v))).orElse(null);
        MonitoringSettings monitoring = monitoring();
        SmtpSettings smtp = smtp(dns);
        String timezone = optional("timezone").orElse("Africa/Casablanca");
        try {
            ZoneId.of(timezone);
        } catch (DateTimeException e) {
            problem("timezone", "'" + timezone + "' is not a time zone ID (e.g. Africa/Casablanca, UTC)");
        }
        String environment = optional("environment").orElse(stack);
        Secrets secrets = secrets(cloud, tls, smtp);

        if (!problems.isEmpty()) throw new StackConfigException(stack, problems);
        return new StackSettings(project, stack, environment, cloud, region, size, image, dns, adminEmail, ssh,
                images, backup, tls, alertEmail, monitoring, smtp, timezone, secrets);
    }

    // ---- sections -------------------------------------------------------------------------------------------

    private void unknownKeys() {
        for (String k : new TreeSet<>(src.keys())) {
            if (k.startsWith(KnownKeys.NS + ":") && !KnownKeys.ALL.contains(k)) {
                problem(k.substring(KnownKeys.NS.length() + 1), "unknown key (misspelt?); known keys: "
                        + String.join(", ", new TreeSet<>(KnownKeys.PLAIN)) + "; secrets: "
                        + String.join(", ", KnownKeys.SECRETS));
            }
        }
    }

    private Optional<HostSize> hostSize(Cloud cloud, String v) {
        Optional<HostSize> s = Catalog.size(cloud, v);
        String supported = String.join(", ", Catalog.supportedSizes(cloud).stream().map(HostSize::slug).toList());
        if (s.isEmpty()) {
            problem("hostSize", "'" + v + "' is not a known " + cloudName(cloud) + " size; supported: " + supported);
            return Optional.empty();
        }
        if (s.get().memoryMib() < Catalog.MIN_MEMORY_MIB) {
            problem("hostSize", "'" + v + "' has " + s.get().memoryMib() + " MiB of memory; the stack needs at least "
                    + Catalog.MIN_MEMORY_MIB + " MiB; supported: " + supported);
            return Optional.empty();
        }
        return s;
    }

    private void checkImage(Cloud cloud, String image) {
        if (cloud == Cloud.DIGITALOCEAN && !image.matches("[a-z0-9][a-z0-9.-]*|\\d+")) {
            problem("image", "'" + image + "' is not a DigitalOcean image slug or ID (e.g. ubuntu-22-04-x64)");
        }
        if (cloud == Cloud.AWS && !image.matches("ami-[0-9a-f]{8,17}|[A-Za-z0-9()\\[\\]./*_ -]{3,128}")) {
            problem("image", "'" + image + "' is neither an AMI ID nor an AMI name filter");
        }
    }

    private DnsSettings dns() {
        String domain = required("domain").filter(v -> ok("domain", Validators.domain(v))).orElse(null);
        String zone = required("dnsZone").filter(v -> ok("dnsZone", Validators.domain(v))).orElse(null);
        int ttl = integer("dnsTtl", 300, 30, 86400);
        if (domain != null && zone != null && !domain.equals(zone) && !domain.endsWith("." + zone)) {
            problem("dnsZone", "'" + zone + "' does not contain the domain '" + domain + "'");
        }
        return new DnsSettings(domain, zone, ttl);
    }

    private SshSettings ssh() {
        List<String> keys = list("sshPublicKeys", true);
        keys.forEach(k -> ok("sshPublicKeys", Validators.sshPublicKey(k)));
        int port = integer("sshPort", 22, 1, 65535);
        if (port == 80 || port == 443) problem("sshPort", port + " is taken by the web server; pick another port");
        List<String> cidrs = list("sshAllowedCidrs", true);
        cidrs.forEach(c -> ok("sshAllowedCidrs", Validators.cidr(c)));
        Optional<String> hostKey = optional("sshHostKey");
        hostKey.ifPresent(k -> ok("sshHostKey", Validators.sshPublicKey(k)));
        return new SshSettings(keys, port, cidrs, hostKey);
    }

    private ImageTags images() {
        JsonObject o = object("images");
        ImageTags d = ImageTags.DEFAULTS;
        return new ImageTags(img(o, "api", d.api()), img(o, "console", d.console()), img(o, "socket", d.socket()),
                img(o, "database", d.database()), img(o, "cache", d.cache()), img(o, "httpd", d.httpd()));
    }

    private String img(JsonObject o, String name, String dflt) {
        String v = nestedString(o, "images", name).orElse(dflt);
        ok("images." + name, Validators.image(v));
        return v;
    }

    private BackupSettings backup(Cloud cloud, String hostRegion) {
        JsonObject o = object("backup");
        String dfltRegion = "eu-central-1".equals(hostRegion) ? "eu-west-1" : "eu-central-1";
        String bucketRegion = nestedString(o, "backup", "bucketRegion").orElse(dfltRegion);
        if (!Catalog.awsRegions().contains(bucketRegion)) {
            problem("backup.bucketRegion", "'" + bucketRegion + "' is not an AWS region; allowed: "
                    + String.join(", ", Catalog.awsRegions()));
        } else if (cloud == Cloud.AWS && bucketRegion.equals(hostRegion)) {
            problem("backup.bucketRegion", "'" + bucketRegion + "' is the host's region; backups must be stored in "
                    + "another region so that a regional outage cannot take both");
        }
        Optional<String> bucketName = nestedString(o, "backup", "bucketName");
        bucketName.ifPresent(b -> ok("backup.bucketName", Validators.bucketName(b)));
        int retention = nestedInt(o, "backup", "retentionDays", 30, 1, 3650);
        String schedule = nestedString(o, "backup", "schedule").orElse("*-*-* 02:00:00");
        ok("backup.schedule", Schedules.check(schedule));
        String drill = nestedString(o, "backup", "drillSchedule").orElse("Sun *-*-* 04:00:00");
        ok("backup.drillSchedule", Schedules.check(drill));
        int localKeep = nestedInt(o, "backup", "localKeep", 3, 1, 100);
        String restoreFrom = nestedString(o, "backup", "restoreFrom").orElse("none");
        if (!restoreFrom.matches("none|latest|[A-Za-z0-9][A-Za-z0-9._-]{0,127}")) {
            problem("backup.restoreFrom", "'" + restoreFrom + "' must be none, latest or a backup name");
        }
        Optional<String> restoreBucket = nestedString(o, "backup", "restoreBucket");
        restoreBucket.ifPresent(b -> ok("backup.restoreBucket", Validators.bucketName(b)));
        if (restoreBucket.isPresent() && "none".equals(restoreFrom)) {
            problem("backup.restoreBucket", "is set but backup.restoreFrom is 'none': set restoreFrom to latest or a backup name");
        }
        return new BackupSettings(bucketRegion, bucketName, retention, schedule, drill, localKeep, restoreFrom,
                restoreBucket);
    }

    private TlsSettings tls() {
        JsonObject o = object("tls");
        String modeText = nestedString(o, "tls", "mode").orElse("letsencrypt");
        TlsSettings.Mode mode = TlsSettings.Mode.parse(modeText).orElseGet(() -> {
            problem("tls.mode", "'" + modeText + "' is not a certificate mode; allowed: letsencrypt, self-signed, provided");
            return TlsSettings.Mode.LETSENCRYPT;
        });
        boolean staging = nestedBool(o, "tls", "acmeStaging", false);
        Optional<String> server = nestedString(o, "tls", "acmeServer");
        server.ifPresent(s -> {
            if (!s.startsWith("https://")) problem("tls.acmeServer", "'" + s + "' must be an https:// ACME directory URL");
        });
        Optional<String> cert = optional("tlsCertificate");
        if (mode == TlsSettings.Mode.PROVIDED && cert.isEmpty()) {
            problem("tlsCertificate", "is required with tls.mode provided: the PEM chain, leaf first "
                    + "(`pulumi config set fleet:tlsCertificate < fullchain.pem`)");
        }
        cert.ifPresent(c -> ok("tlsCertificate", Validators.pem(c, "CERTIFICATE")));
        return new TlsSettings(mode, staging, server, cert);
    }

    private MonitoringSettings monitoring() {
        JsonObject o = object("monitoring");
        List<String> regions = new ArrayList<>();
        if (o != null && o.has("uptimeRegions")) {
            JsonElement e = o.get("uptimeRegions");
            if (!e.isJsonArray()) {
                problem("monitoring.uptimeRegions", "must be a list");
            } else {
                e.getAsJsonArray().forEach(x -> regions.add(x.getAsString()));
            }
        } else {
            regions.addAll(List.of("eu_west", "us_east"));
        }
        Set<String> allowed = Set.of("us_east", "us_west", "eu_west", "se_asia");
        regions.stream().filter(r -> !allowed.contains(r)).forEach(r -> problem("monitoring.uptimeRegions",
                "'" + r + "' is not an uptime region; allowed: eu_west, se_asia, us_east, us_west"));
        return new MonitoringSettings(regions,
                nestedInt(o, "monitoring", "latencyThresholdMs", 1500, 50, 60000),
                nestedInt(o, "monitoring", "cpuPercent", 85, 10, 100),
                nestedInt(o, "monitoring", "memoryPercent", 90, 10, 100),
                nestedInt(o, "monitoring", "diskPercent", 80, 10, 100),
                nestedInt(o, "monitoring", "certExpiryDays", 14, 1, 60),
                nestedInt(o, "monitoring", "logErrorThreshold", 20, 1, 100000),
                nestedInt(o, "monitoring", "logWatchMinutes", 5, 1, 60),
                oneOf(o, "monitoring", "downMinutes", 2, List.of(2, 3, 5, 10, 15, 30, 60)),
                oneOf(o, "monitoring", "healthCheckIntervalSeconds", 30, List.of(10, 30)));
    }

    private SmtpSettings smtp(DnsSettings dns) {
        JsonObject o = object("smtp");
        if (o == null) {
            problem("smtp", "is required: the SMTP relay alerts are sent through, e.g. "
                    + "{\"host\": \"smtp.example.com\", \"port\": 587, \"user\": \"alerts\"}");
            return null;
        }
        String host = nestedString(o, "smtp", "host").orElse(null);
        if (host == null) {
            problem("smtp.host", "is required");
        } else {
            ok("smtp.host", Validators.domain(host).isPresent() && !host.equals("localhost") && !host.matches("[0-9.]+")
                    ? Optional.of("'" + host + "' is not a host name") : Optional.empty());
        }
        int port = nestedInt(o, "smtp", "port", 587, 1, 65535);
        String tlsMode = nestedString(o, "smtp", "tlsMode").orElse(port == 465 ? "smtps" : "starttls");
        if (!Set.of("starttls", "smtps").contains(tlsMode)) {
            problem("smtp.tlsMode", "'" + tlsMode + "' is not allowed; allowed: starttls, smtps (mail leaves the host)");
        }
        String from = nestedString(o, "smtp", "from").orElse(dns.zone() == null ? null : "alerts@" + dns.zone());
        if (from != null) ok("smtp.from", Validators.email(from));
        String user = nestedString(o, "smtp", "user").orElse("");
        if (user.isEmpty()) problem("smtp.user", "is required: alerts authenticate to the relay (password: fleet:smtpPassword, secret)");
        return new SmtpSettings(host, port, tlsMode, from, user);
    }

    private Secrets secrets(Cloud cloud, TlsSettings tls, SmtpSettings smtp) {
        Output<String> root = secret("dbRootPassword", true, Validators::password);
        Output<String> db = secret("dbPassword", true, Validators::password);
        Output<String> redis = secret("redisPassword", true, Validators::password);
        Output<String> appKey = secret("appKey", true, Validators::appKey);
        boolean needsSmtpPassword = smtp != null && !smtp.user().isEmpty();
        Output<String> smtpPassword = secret("smtpPassword", needsSmtpPassword, v -> Optional.empty());
        boolean provided = tls.mode() == TlsSettings.Mode.PROVIDED;
        Output<String> key = secret("tlsPrivateKey", provided, v -> Validators.pem(v, "PRIVATE KEY"));
        if (cloud == Cloud.DIGITALOCEAN && src.get("digitalocean:token").isPresent() && !src.isSecret("digitalocean:token")) {
            problems.add(new ConfigProblem("digitalocean:token",
                    "is stored in plain text; set it with `pulumi config set --secret digitalocean:token`"));
        }
        if (src.get("aws:secretKey").isPresent() && !src.isSecret("aws:secretKey")) {
            problems.add(new ConfigProblem("aws:secretKey",
                    "is stored in plain text; set it with `pulumi config set --secret aws:secretKey`"));
        }
        return new Secrets(root, db, redis, appKey, Optional.ofNullable(smtpPassword), Optional.ofNullable(key));
    }

    // ---- primitives -----------------------------------------------------------------------------------------

    private Output<String> secret(String name, boolean required, Function<String, Optional<String>> check) {
        String key = KnownKeys.key(name);
        Optional<String> v = src.get(key);
        if (v.isEmpty() || v.get().isEmpty()) {
            if (required) problem(name, "is required; set it with `pulumi config set --secret " + key + "`");
            return null;
        }
        if (!src.isSecret(key)) {
            problem(name, "is stored in plain text; set it with `pulumi config set --secret " + key + "`");
            return null;
        }
        // The value itself is never part of a message.
        check.apply(v.get()).ifPresent(msg -> problem(name, "(secret) " + msg));
        return Output.ofSecret(v.get());
    }

    private Optional<String> optional(String name) {
        return src.get(KnownKeys.key(name)).map(String::trim).filter(s -> !s.isEmpty());
    }

    private Optional<String> required(String name) {
        Optional<String> v = optional(name);
        if (v.isEmpty()) problem(name, "is required; set it with `pulumi config set " + KnownKeys.key(name) + " <value>`");
        return v;
    }

    private int integer(String name, int dflt, int min, int max) {
        return wholeNumber(name, optional(name), dflt, min, max);
    }

    /** A whole number in min..max; reports the key and returns the default otherwise (or when unset). */
    private int wholeNumber(String key, Optional<String> v, int dflt, int min, int max) {
        if (v.isEmpty()) return dflt;
        try {
            int n = Integer.parseInt(v.get());
            if (n < min || n > max) {
                problem(key, n + " is out of range; allowed: " + min + ".." + max);
                return dflt;
            }
            return n;
        } catch (NumberFormatException e) {
            problem(key, "'" + v.get() + "' is not a whole number; allowed: " + min + ".." + max);
            return dflt;
        }
    }

    private List<String> list(String name, boolean required) {
        Optional<String> v = optional(name);
        if (v.isEmpty()) {
            if (required) problem(name, "is required: a list, e.g. `pulumi config set --path '" + KnownKeys.key(name) + "[0]' <value>`");
            return List.of();
        }
        try {
            JsonElement e = JsonParser.parseString(v.get());
            if (!e.isJsonArray()) throw new IllegalStateException();
            List<String> out = new ArrayList<>();
            e.getAsJsonArray().forEach(x -> out.add(x.getAsString()));
            if (out.isEmpty() && required) problem(name, "must not be empty");
            return out;
        } catch (RuntimeException ex) {
            problem(name, "must be a list (YAML sequence), got '" + abbreviate(v.get()) + "'");
            return List.of();
        }
    }

    private JsonObject object(String name) {
        Optional<String> v = optional(name);
        if (v.isEmpty()) return null;
        try {
            JsonElement e = JsonParser.parseString(v.get());
            if (!e.isJsonObject()) throw new IllegalStateException();
            JsonObject o = e.getAsJsonObject();
            Set<String> known = KnownKeys.NESTED.get(name);
            for (String k : new TreeSet<>(o.keySet())) {
                if (!known.contains(k)) {
                    problem(name + "." + k, "unknown key (misspelt?); known keys: " + String.join(", ", new TreeSet<>(known)));
                }
            }
            return o;
        } catch (RuntimeException ex) {
            problem(name, "must be an object (YAML mapping) with keys " + String.join(", ", new TreeSet<>(KnownKeys.NESTED.get(name))));
            return null;
        }
    }

    private Optional<String> nestedString(JsonObject o, String parent, String name) {
        if (o == null || !o.has(name) || o.get(name).isJsonNull()) return Optional.empty();
        JsonElement e = o.get(name);
        if (!e.isJsonPrimitive()) {
            problem(parent + "." + name, "must be a single value");
            return Optional.empty();
        }
        String s = e.getAsString().trim();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    private int nestedInt(JsonObject o, String parent, String name, int dflt, int min, int max) {
        return wholeNumber(parent + "." + name, nestedString(o, parent, name), dflt, min, max);
    }

    private int oneOf(JsonObject o, String parent, String name, int dflt, List<Integer> allowed) {
        int v = nestedInt(o, parent, name, dflt, Integer.MIN_VALUE, Integer.MAX_VALUE);
        if (!allowed.contains(v)) {
            problem(parent + "." + name, v + " is not allowed; allowed: "
                    + String.join(", ", allowed.stream().map(String::valueOf).toList()));
            return dflt;
        }
        return v;
    }

    private boolean nestedBool(JsonObject o, String parent, String name, boolean dflt) {
        Optional<String> v = nestedString(o, parent, name);
        if (v.isEmpty()) return dflt;
        if (!v.get().equals("true") && !v.get().equals("false")) {
            problem(parent + "." + name, "'" + v.get() + "' is not a boolean; allowed: true, false");
            return dflt;
        }
        return Boolean.parseBoolean(v.get());
    }

    private <T> Optional<T> check(String name, String value, Optional<T> parsed, String message) {
        if (parsed.isEmpty()) problem(name, message);
        return parsed;
    }

    private boolean ok(String name, Optional<String> error) {
        error.ifPresent(msg -> problem(name, msg));
        return error.isEmpty();
    }

    private void problem(String name, String message) {
        problems.add(new ConfigProblem(KnownKeys.key(name), message));
    }

    private static String cloudName(Cloud c) {
        return c == Cloud.AWS ? "AWS" : "DigitalOcean";
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
