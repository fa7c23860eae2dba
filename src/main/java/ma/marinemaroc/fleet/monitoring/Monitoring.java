package ma.marinemaroc.fleet.monitoring;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import ma.marinemaroc.fleet.Providers;
import ma.marinemaroc.fleet.config.Cloud;
import ma.marinemaroc.fleet.config.StackSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Outside-in and host monitoring with e-mail alerts, on the stack's cloud ({@link AlertRules}): /health down and slow,
 * the served certificate close to expiry, CPU, memory and root disk above their thresholds (and, on AWS, failing EC2
 * status checks). DigitalOcean: uptime check + uptime alerts + droplet metric alerts ({@link DigitalOceanMonitoring}).
 * AWS: Route53 health check, CloudWatch alarms and SNS e-mail topics ({@link AwsMonitoring}); the instance needs
 * {@link CloudWatchAgentRole} and {@link CloudWatchAgent}'s files for memory, disk and certificate metrics.
 *
 * <p>Alert e-mail addresses must be confirmed once: DigitalOcean needs them verified in the team, and SNS sends a
 * subscription confirmation link to each topic's subscriber.
 */
public class Monitoring extends ComponentResource {
    public static final String TYPE = "fleet:monitoring:Monitoring";

    /** What is monitored, in words, in a fixed order (uptime, latency, certificate, cpu, memory, disk, ...). */
    @Export(name = "monitored", refs = {List.class, String.class}, tree = "[0,1]")
    private final Output<List<String>> monitored;
    /** Where alerts go: {@code mailto:<address>}, then the SNS topic ARNs (AWS; us-east-1 first). */
    @Export(name = "alertsTo", refs = {List.class, String.class}, tree = "[0,1]")
    private final Output<List<String>> alertsTo;

    /** @param hostId the droplet ID (DigitalOcean) or EC2 instance ID (AWS) whose metrics are watched */
    public Monitoring(String name, StackSettings s, Providers providers, Output<String> hostId,
                      ComponentResourceOptions options) {
        super(TYPE, name, options);
        Objects.requireNonNull(hostId, "hostId");
        AlertRules rules = AlertRules.from(s);
        String mailto = "mailto:" + rules.email();
        if (s.cloud() == Cloud.DIGITALOCEAN) {
            this.monitored = Output.of(DigitalOceanMonitoring.declare(name, s.prefix(), rules, hostId, this));
            this.alertsTo = Output.of(List.of(mailto));
        } else {
            var declared = AwsMonitoring.declare(name, s, rules, providers, hostId, this);
            this.monitored = Output.of(declared.monitored());
            this.alertsTo = Output.all(declared.topicArns()).applyValue(arns -> {
                List<String> to = new ArrayList<>();
                to.add(mailto);
                to.addAll(arns);
                return List.copyOf(to);
            });
        }
        registerOutputs(Map.of("monitored", monitored, "alertsTo", alertsTo));
    }

    public Output<List<String>> monitored() {
        return monitored;
    }

    public Output<List<String>> alertsTo() {
        return alertsTo;
    }
}
