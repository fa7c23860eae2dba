package ma.marinemaroc.fleet.monitoring;

import com.pulumi.core.Alias;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import ma.marinemaroc.fleet.bindings.digitalocean.MonitorAlert;
import ma.marinemaroc.fleet.bindings.digitalocean.MonitorAlertAlertsArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.MonitorAlertArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.UptimeAlert;
import ma.marinemaroc.fleet.bindings.digitalocean.UptimeAlertArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.UptimeAlertNotificationArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.UptimeCheck;
import ma.marinemaroc.fleet.bindings.digitalocean.UptimeCheckArgs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Outside-in and host monitoring on DigitalOcean with e-mail alerts ({@link AlertRules}): an uptime check of /health
 * from the configured regions with down, latency and certificate-expiry alerts, and droplet metric alerts for CPU,
 * memory and disk (the droplet runs the metrics agent: {@code monitoring=true}). DigitalOcean e-mails the alert
 * address directly; it must be verified in the team once.
 */
public class DigitalOceanMonitoring extends ComponentResource {
    public static final String TYPE = "fleet:monitoring:DigitalOceanMonitoring";

    /** What is monitored, in words, in a fixed order (uptime, latency, certificate, cpu, memory, disk). */
    @Export(name = "monitored", refs = {List.class, String.class}, tree = "[0,1]")
    private final Output<List<String>> monitored;
    /** Where alerts go: {@code mailto:<address>}. */
    @Export(name = "alertsTo", refs = {List.class, String.class}, tree = "[0,1]")
    private final Output<List<String>> alertsTo;

    /**
     * @param namePrefix names of the checks and alerts ({@code <prefix>-health}, {@code <prefix>-down}, ...)
     * @param rules      thresholds, regions and the alert address
     * @param dropletIds the droplets whose metrics are watched (one alert per metric covers them all)
     */
    public record Args(String namePrefix, AlertRules rules, Output<List<String>> dropletIds) {
        public Args {
            java.util.Objects.requireNonNull(namePrefix, "namePrefix");
            java.util.Objects.requireNonNull(rules, "rules");
            java.util.Objects.requireNonNull(dropletIds, "dropletIds");
        }

        /** One droplet (the single-host topology). */
        public static Args of(String namePrefix, AlertRules rules, Output<String> dropletId) {
            return new Args(namePrefix, rules, java.util.Objects.requireNonNull(dropletId, "dropletId").applyValue(List::of));
        }
    }

    public DigitalOceanMonitoring(String name, Args args, ComponentResourceOptions options) {
        super(TYPE, name, ComponentResourceOptions.merge(options, ComponentResourceOptions.builder()
                .aliases(Alias.builder().type("fleet:monitoring:Monitoring").build()).build()));
        this.monitored = Output.of(declare(name, args.namePrefix(), args.rules(), args.dropletIds(), this));
        this.alertsTo = Output.of(List.of("mailto:" + args.rules().email()));
        registerOutputs(Map.of("monitored", monitored, "alertsTo", alertsTo));
    }

    public Output<List<String>> monitored() {
        return monitored;
    }

    public Output<List<String>> alertsTo() {
        return alertsTo;
    }

    /** Droplet metric types of the DigitalOcean monitoring API. */
    static final Map<String, String> METRIC_TYPES = Map.of(
            "cpu", "v1/insights/droplet/cpu",
            "memory", "v1/insights/droplet/memory_utilization_percent",
            "disk", "v1/insights/droplet/disk_utilization_percent");

    /** Declares the checks and alerts as children of {@code parent}; returns what is monitored, in words. */
    private static List<String> declare(String name, String prefix, AlertRules rules, Output<List<String>> hostIds,
                                        ComponentResource parent) {
        var child = CustomResourceOptions.builder().parent(parent).build();
        List<String> monitored = new ArrayList<>();

        var check = new UptimeCheck(name + "-uptime", UptimeCheckArgs.builder()
                .name(prefix + "-health")
                .type("https")
                .target(rules.healthUrl())
                .regions(rules.probeRegions())
                .enabled(true)
                .build(), child);

        uptimeAlert(name + "-down", prefix + "-down", check, rules, child, b -> b
                .type("down")
                .period(rules.downPeriod()));
        monitored.add("down: " + rules.healthUrl() + " from " + String.join(",", rules.probeRegions())
                + " for " + rules.downPeriod());

        uptimeAlert(name + "-latency", prefix + "-latency", check, rules, child, b -> b
                .type("latency")
                .comparison("greater_than")
                .threshold(rules.latencyMs())
                .period(AlertRules.LATENCY_MINUTES + "m"));
        monitored.add("latency: " + rules.healthUrl() + " > " + rules.latencyMs() + " ms for "
                + AlertRules.LATENCY_MINUTES + "m");

        uptimeAlert(name + "-cert-expiry", prefix + "-cert-expiry", check, rules, child, b -> b
                .type("ssl_expiry")
                .comparison("less_than")
                .threshold(rules.certExpiryDays()));
        monitored.add("certificate: " + rules.domain() + " expires within " + rules.certExpiryDays() + " days");

        for (AlertRules.HostAlert a : rules.hostAlerts()) {
            new MonitorAlert(name + "-" + a.label(), MonitorAlertArgs.builder()
                    .type(METRIC_TYPES.get(a.label()))
                    .compare("GreaterThan")
                    .value((double) a.percent())
                    .window(a.window())
                    .entities(hostIds)
                    .description(prefix + ": " + a.label() + " above " + a.percent() + "% for " + a.window())
                    .enabled(true)
                    .alerts(MonitorAlertAlertsArgs.builder().emails(rules.email()).build())
                    .build(), child);
            monitored.add(rules.describe(a));
        }
        return monitored;
    }

    private static void uptimeAlert(String logicalName, String alertName, UptimeCheck check, AlertRules rules,
                                    CustomResourceOptions options,
                                    java.util.function.UnaryOperator<UptimeAlertArgs.Builder> specifics) {
        var b = UptimeAlertArgs.builder()
                .name(alertName)
                .checkId(check.id())
                .notifications(UptimeAlertNotificationArgs.builder().emails(rules.email()).build());
        new UptimeAlert(logicalName, specifics.apply(b).build(), options);
    }
}
