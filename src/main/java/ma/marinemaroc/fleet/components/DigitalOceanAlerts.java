package ma.marinemaroc.fleet.components;

import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import ma.marinemaroc.fleet.bindings.digitalocean.MonitorAlert;
import ma.marinemaroc.fleet.bindings.digitalocean.MonitorAlertAlertsArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.MonitorAlertArgs;

import ma.marinemaroc.fleet.config.Validators;

import java.util.ArrayList;
import java.util.List;

/**
 * DigitalOcean metric alert policies for managed databases and load balancers (not a component: the components
 * that own those resources declare their alerts through it, as their own children).
 *
 * <p>Types are the monitoring API's (godo {@code monitoring.go} constants, accepted by terraform-provider-digitalocean
 * {@code digitalocean/monitoring/resource_monitor_alert.go}); their entities are the cluster UUID ({@code v1/dbaas/...})
 * or the load balancer id ({@code v1/insights/lbaas/...}). Only percentage metrics are used: the API reference does not
 * document the unit of the load balancer's response-time alerts nor the value of {@code droplet_health}, so those are
 * left out (the outside-in uptime check on {@code /health} covers latency and total outage).
 */
final class DigitalOceanAlerts {
    /** One alert: API type, threshold (GreaterThan), window, words. */
    record Rule(String label, String type, double percent, String window, String what) {
    }

    static final String WINDOW = "10m";

    /** Managed database clusters (MySQL and Valkey): CPU, memory and disk averaged across the cluster's nodes. */
    static final List<Rule> DATABASE = List.of(
            new Rule("cpu", "v1/dbaas/alerts/cpu_alerts", 80, WINDOW, "CPU"),
            new Rule("memory", "v1/dbaas/alerts/memory_utilization_alerts", 90, WINDOW, "memory"),
            new Rule("disk", "v1/dbaas/alerts/disk_utilization_alerts", 80, WINDOW, "disk"));

    /** Load balancers: its own CPU and connection capacity, and the share of 5xx answers (over 5 minutes). */
    static final List<Rule> LOAD_BALANCER = List.of(
            new Rule("cpu", "v1/insights/lbaas/avg_cpu_utilization_percent", 80, WINDOW, "CPU"),
            new Rule("connections", "v1/insights/lbaas/connection_utilization_percent", 80, WINDOW, "connection capacity"),
            new Rule("5xx", "v1/insights/lbaas/increase_in_http_error_rate_percentage_5xx", 5, "5m", "5xx responses"));

    private DigitalOceanAlerts() {
    }

    /** Declares one alert per rule on {@code entity}, e-mailing {@code emails}; returns what is watched, in words. */
    static List<String> declare(String name, String subject, List<Rule> rules, Output<String> entity,
                                List<String> emails, CustomResourceOptions options) {
        List<String> watched = new ArrayList<>();
        for (Rule r : rules) {
            String text = subject + ": " + r.what() + " above " + fmt(r.percent()) + "% for " + r.window();
            new MonitorAlert(name + "-alert-" + r.label(), MonitorAlertArgs.builder()
                    .type(r.type())
                    .compare("GreaterThan")
                    .value(r.percent())
                    .window(r.window())
                    .entities(entity.applyValue(List::of))
                    .description(text)
                    .enabled(true)
                    .alerts(MonitorAlertAlertsArgs.builder().emails(emails).build())
                    .build(), options);
            watched.add(text);
        }
        return watched;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    /** Checks alert e-mail addresses with the stack config's own rule ({@link Validators#email}). */
    static void checkEmails(ArgsCheck c, String input, List<String> emails) {
        if (emails == null) return;
        for (int i = 0; i < emails.size(); i++) {
            String e = emails.get(i);
            if (e == null) c.that(false, input + "[" + i + "] is empty");
            else Validators.email(e).ifPresent(problem -> c.that(false, input + ": " + problem));
        }
    }
}
