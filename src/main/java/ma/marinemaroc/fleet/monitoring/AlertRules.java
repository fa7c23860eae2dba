package ma.marinemaroc.fleet.monitoring;


import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the platform alerts on, derived from the stack settings; both clouds implement the same rules.
 *
 * @param domain         the site's FQDN (uptime check, certificate)
 * @param healthUrl      the URL probed from outside: https://domain/health
 * @param probeRegions   DigitalOcean uptime probe regions (AWS probes from Route53's default checker regions)
 * @param latencyMs      alert when /health answers slower than this
 * @param certExpiryDays alert when the served certificate expires within this many days
 * @param cpu            host CPU alert
 * @param memory         host memory alert
 * @param disk           host root-disk alert
 * @param email          where every alert goes
 */
public record AlertRules(String domain, String healthUrl, List<String> probeRegions, int latencyMs,
                         int certExpiryDays, HostAlert cpu, HostAlert memory, HostAlert disk, String email,
                         int downMinutes, int checkIntervalSeconds) {

    /** Outage periods DigitalOcean's uptime alerts accept (minutes); CloudWatch uses as many 1-minute periods. */
    public static final List<Integer> DOWN_PERIODS = List.of(2, 3, 5, 10, 15, 30, 60);
    /** Request intervals Route53 health checks accept (seconds). */
    public static final List<Integer> CHECK_INTERVALS = List.of(10, 30);

    /** With the default outage period ({@value #DOWN_MINUTES} min) and check interval (30 s). */
    public AlertRules(String domain, String healthUrl, List<String> probeRegions, int latencyMs, int certExpiryDays,
                      HostAlert cpu, HostAlert memory, HostAlert disk, String email) {
        this(domain, healthUrl, probeRegions, latencyMs, certExpiryDays, cpu, memory, disk, email, DOWN_MINUTES, 30);
    }

    /** DigitalOcean period notation of the outage period: 2m … 30m, 1h. */
    public String downPeriod() {
        return downMinutes == 60 ? "1h" : downMinutes + "m";
    }

    /** Default minutes of a sustained outage before an alert (DigitalOcean "down" period, CloudWatch n x 1 min). */
    public static final int DOWN_MINUTES = 2;
    /** Minutes over which latency is averaged. */
    public static final int LATENCY_MINUTES = 5;
    /** The path the uptime checks probe (Fleetbase API health route). */
    public static final String HEALTH_PATH = "/health";

    private static final Pattern DOMAIN = Pattern.compile("(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s'\"\\\\]+@[^@\\s'\"\\\\]+\\.[^@\\s'\"\\\\]+");
    private static final Set<String> REGIONS = Set.of("us_east", "us_west", "eu_west", "se_asia");

    /**
     * A threshold on a host metric.
     *
     * @param label   short name used in alert names and descriptions (cpu, memory, disk)
     * @param percent alert above this utilisation
     * @param minutes sustained for this long: one of 5, 10, 30, 60 (the windows DigitalOcean accepts)
     */
    public record HostAlert(String label, int percent, int minutes) {
        public HostAlert {
            Objects.requireNonNull(label, "label");
            if (percent < 1 || percent > 100) {
                throw new IllegalArgumentException(label + " threshold must be 1..100 percent, got " + percent);
            }
            if (!List.of(5, 10, 30, 60).contains(minutes)) {
                throw new IllegalArgumentException(label + " window must be 5, 10, 30 or 60 minutes, got " + minutes);
            }
        }

        /** DigitalOcean window notation: 5m, 10m, 30m, 1h. */
        public String window() {
            return minutes == 60 ? "1h" : minutes + "m";
        }
    }

    public AlertRules {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(healthUrl, "healthUrl");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(cpu, "cpu");
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(disk, "disk");
        probeRegions = List.copyOf(Objects.requireNonNull(probeRegions, "probeRegions"));
        if (!DOMAIN.matcher(domain).matches()) {
            throw new IllegalArgumentException("domain must be a lowercase FQDN, got '" + domain + "'");
        }
        if (!healthUrl.equals("https://" + domain + HEALTH_PATH)) {
            throw new IllegalArgumentException("healthUrl must be https://" + domain + HEALTH_PATH + ", got '" + healthUrl + "'");
        }
        if (probeRegions.isEmpty() || !REGIONS.containsAll(probeRegions)) {
            throw new IllegalArgumentException("probe regions must be a non-empty subset of " + REGIONS + ", got " + probeRegions);
        }
        if (latencyMs < 1) {
            throw new IllegalArgumentException("latency threshold must be positive, got " + latencyMs);
        }
        if (certExpiryDays < 1) {
            throw new IllegalArgumentException("certificate expiry threshold must be at least 1 day, got " + certExpiryDays);
        }
        if (!DOWN_PERIODS.contains(downMinutes)) {
            throw new IllegalArgumentException("outage period must be one of " + DOWN_PERIODS + " minutes, got " + downMinutes);
        }
        if (!CHECK_INTERVALS.contains(checkIntervalSeconds)) {
            throw new IllegalArgumentException("health-check interval must be 10 or 30 s, got " + checkIntervalSeconds);
        }
        if (!EMAIL.matcher(email).matches()) {
            throw new IllegalArgumentException("alert e-mail must be a plain address, got '" + email + "'");
        }
    }

    public List<HostAlert> hostAlerts() {
        return List.of(cpu, memory, disk);
    }

    /** The rules in words, for the "monitored" output; cloud-specific lines are added by each cloud. */
    String describe(HostAlert a) {
        String what = a.label().equals("disk") ? "disk / used" : a.label();
        return what + " > " + a.percent() + "% for " + a.minutes() + "m";
    }
}
