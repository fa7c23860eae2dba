package ma.marinemaroc.fleet.monitoring;

import com.pulumi.aws.Provider;
import com.pulumi.aws.cloudwatch.MetricAlarm;
import com.pulumi.aws.cloudwatch.MetricAlarmArgs;
import com.pulumi.aws.route53.HealthCheck;
import com.pulumi.aws.route53.HealthCheckArgs;
import com.pulumi.aws.sns.Topic;
import com.pulumi.aws.sns.TopicArgs;
import com.pulumi.aws.sns.TopicSubscription;
import com.pulumi.aws.sns.TopicSubscriptionArgs;
import com.pulumi.core.Alias;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Outside-in and host monitoring on AWS with e-mail alerts ({@link AlertRules}); the instance needs
 * {@link ma.marinemaroc.fleet.components.HostRole} and {@link CloudWatchAgent}'s files for memory, disk and
 * certificate metrics. SNS sends a subscription confirmation link to the alert address of each topic: confirm it once.
 *
 * <ul>
 *   <li>us-east-1: a Route53 HTTPS health check of /health and alarms on its HealthCheckStatus and TimeToFirstByte.
 *       Route53 publishes health-check metrics only in us-east-1, and an alarm can only notify an SNS topic in its
 *       own region, so there is a topic (with the e-mail subscription) in us-east-1.</li>
 *   <li>The host's region: a second topic + subscription and alarms on CPUUtilization and StatusCheckFailed (EC2),
 *       mem_used_percent and disk_used_percent (CloudWatch agent, see {@link CloudWatchAgent}) and the certificate's
 *       days left, which the host itself publishes (AWS has no check of a certificate that is not in ACM).</li>
 * </ul>
 * When the host is in us-east-1 the host provider and one topic serve both.
 */
public class AwsMonitoring extends ComponentResource {
    public static final String TYPE = "fleet:monitoring:AwsMonitoring";
    static final String HEALTH_CHECK_REGION = "us-east-1";
    static final int HEALTH_CHECK_FAILURES = 3;

    /** What is monitored, in words, in a fixed order. */
    @Export(name = "monitored", refs = {List.class, String.class}, tree = "[0,1]")
    private final Output<List<String>> monitored;
    /** Where alerts go: {@code mailto:<address>}, then the SNS topic ARNs (us-east-1 first). */
    @Export(name = "alertsTo", refs = {List.class, String.class}, tree = "[0,1]")
    private final Output<List<String>> alertsTo;
    /** The alert topic in the host's region: other alarms there (managed database, cache, load balancer) notify it. */
    private final Output<String> hostTopicArn;

    /**
     * @param namePrefix        names of the checks, topics and alarms
     * @param rules             thresholds, interval and the alert address
     * @param instanceIds       the EC2 instances whose metrics are watched; with more than one (the scaled topology)
     *                          each host's alarms are named {@code <prefix>-<metric>-<n>} (n from 0)
     * @param hostRegion        the instances' region
     * @param hostProvider      AWS provider in the host's region
     * @param usEast1           AWS provider in us-east-1 (Route53 health-check metrics live there); the host's
     *                          provider when the host is in us-east-1
     * @param certificateOnHost the site's certificate lives on the host, which publishes its days left (single host);
     *                          false behind a load balancer whose certificate ACM renews
     * @param hostTopicArn      an alert topic in the host's region made by the caller (with its e-mail subscription),
     *                          used instead of making one: a scaled stack's managed services alarm to it before the
     *                          hosts exist; empty: this component makes it
     */
    public record Args(String namePrefix, AlertRules rules, List<Output<String>> instanceIds, String hostRegion,
                       Provider hostProvider, Provider usEast1, boolean certificateOnHost,
                       java.util.Optional<Output<String>> hostTopicArn) {
        public Args {
            java.util.Objects.requireNonNull(namePrefix, "namePrefix");
            java.util.Objects.requireNonNull(rules, "rules");
            instanceIds = List.copyOf(instanceIds);
            if (instanceIds.isEmpty()) throw new IllegalArgumentException("instanceIds: at least one instance");
            java.util.Objects.requireNonNull(hostRegion, "hostRegion");
            java.util.Objects.requireNonNull(hostProvider, "hostProvider");
            java.util.Objects.requireNonNull(usEast1, "usEast1");
            java.util.Objects.requireNonNull(hostTopicArn, "hostTopicArn");
        }

        /** The single host, whose certificate lives on it. */
        public static Args of(String namePrefix, AlertRules rules, Output<String> instanceId, String hostRegion,
                              Provider hostProvider, Provider usEast1) {
            return new Args(namePrefix, rules, List.of(instanceId), hostRegion, hostProvider, usEast1, true,
                    java.util.Optional.empty());
        }
    }

    /** What {@link #declare} created: the descriptions and the alert topics' ARNs (us-east-1 first, the host's last). */
    private record Declared(List<String> monitored, List<Output<String>> topicArns) {
    }

    public AwsMonitoring(String name, Args args, ComponentResourceOptions options) {
        super(TYPE, name, ComponentResourceOptions.merge(options, ComponentResourceOptions.builder()
                .aliases(Alias.builder().type("fleet:monitoring:Monitoring").build()).build()));
        Declared declared = declare(name, args, this);
        this.monitored = Output.of(declared.monitored());
        this.hostTopicArn = declared.topicArns().get(declared.topicArns().size() - 1);
        String mailto = "mailto:" + args.rules().email();
        this.alertsTo = Output.all(declared.topicArns()).applyValue(arns -> {
            List<String> to = new ArrayList<>();
            to.add(mailto);
            to.addAll(arns);
            return List.copyOf(to);
        });
        registerOutputs(Map.of("monitored", monitored, "alertsTo", alertsTo));
    }

    public Output<List<String>> monitored() {
        return monitored;
    }

    public Output<List<String>> alertsTo() {
        return alertsTo;
    }

    /** The alert topic in the host's region (the us-east-1 topic when the host is there). */
    public Output<String> hostTopicArn() {
        return hostTopicArn;
    }

    /** Where a host alert's metric lives: EC2's own CPU metric, or the CloudWatch agent's. */
    private record HostMetric(String namespace, String name, CloudWatchAgent.AgentMetric agentMetric) {
        static HostMetric of(String label) {
            return switch (label) {
                case "cpu" -> new HostMetric("AWS/EC2", "CPUUtilization", null);
                case "memory" -> agent(CloudWatchAgent.MEMORY);
                case "disk" -> agent(CloudWatchAgent.DISK);
                default -> throw new IllegalArgumentException("no AWS metric for host alert '" + label + "'");
            };
        }

        private static HostMetric agent(CloudWatchAgent.AgentMetric m) {
            return new HostMetric(CloudWatchAgent.NAMESPACE, m.name(), m);
        }

        Map<String, String> dimensions(String instanceId) {
            return agentMetric == null ? Map.of(CloudWatchAgent.INSTANCE_ID, instanceId)
                    : CloudWatchAgent.dimensions(agentMetric, instanceId);
        }
    }

    private static Declared declare(String name, Args args, ComponentResource parent) {
        String prefix = args.namePrefix();
        AlertRules rules = args.rules();
        boolean hostInUsEast1 = args.hostRegion().equals(HEALTH_CHECK_REGION);
        var inUsEast1 = CustomResourceOptions.builder().parent(parent).provider(args.usEast1()).build();
        var inHostRegion = CustomResourceOptions.builder().parent(parent).provider(args.hostProvider()).build();

        List<Output<String>> topics = new ArrayList<>();
        Output<String> usEast1Topic = alertTopic(name + "-alerts-" + HEALTH_CHECK_REGION,
                prefix + "-alerts-" + HEALTH_CHECK_REGION, rules, inUsEast1);
        topics.add(usEast1Topic);
        Output<String> hostTopic = usEast1Topic;
        if (args.hostTopicArn().isPresent()) {
            hostTopic = args.hostTopicArn().get();
            topics.add(hostTopic);
        } else if (!hostInUsEast1) {
            hostTopic = alertTopic(name + "-alerts", prefix + "-alerts", rules, inHostRegion);
            topics.add(hostTopic);
        }

        List<String> monitored = new ArrayList<>();
        var check = new HealthCheck(name + "-health-check", HealthCheckArgs.builder()
                .type("HTTPS")
                .fqdn(rules.domain())
                .port(443)
                .resourcePath(AlertRules.HEALTH_PATH)
                .requestInterval(rules.checkIntervalSeconds())
                .failureThreshold(HEALTH_CHECK_FAILURES)
                .measureLatency(true)
                .enableSni(true)
                .tags(Map.of("Name", prefix + "-health"))
                .build(), inUsEast1);
        Output<Map<String, String>> checkDims = check.id().applyValue(id -> Map.of("HealthCheckId", id));

        alarm(name + "-down", usEast1Topic, inUsEast1, MetricAlarmArgs.builder()
                .name(prefix + "-down")
                .alarmDescription(rules.healthUrl() + " is failing Route53 health checks")
                .namespace("AWS/Route53").metricName("HealthCheckStatus").dimensions(checkDims)
                .statistic("Minimum").period(60).evaluationPeriods(rules.downMinutes())
                .comparisonOperator("LessThanThreshold").threshold(1.0)
                .treatMissingData("breaching"));
        monitored.add("down: " + rules.healthUrl() + " (Route53 HTTPS check every " + rules.checkIntervalSeconds()
                + "s, " + HEALTH_CHECK_FAILURES + " failures) for " + rules.downMinutes() + "m");

        alarm(name + "-latency", usEast1Topic, inUsEast1, MetricAlarmArgs.builder()
                .name(prefix + "-latency")
                .alarmDescription(rules.healthUrl() + " time to first byte above " + rules.latencyMs() + " ms")
                .namespace("AWS/Route53").metricName("TimeToFirstByte").dimensions(checkDims)
                .statistic("Average").period(AlertRules.LATENCY_MINUTES * 60).evaluationPeriods(1)
                .comparisonOperator("GreaterThanThreshold").threshold((double) rules.latencyMs())
                .treatMissingData("notBreaching"));
        monitored.add("latency: " + rules.healthUrl() + " > " + rules.latencyMs() + " ms for "
                + AlertRules.LATENCY_MINUTES + "m");

        if (args.certificateOnHost()) alarm(name + "-cert-expiry", hostTopic, inHostRegion, MetricAlarmArgs.builder()
                .name(prefix + "-cert-expiry")
                .alarmDescription("TLS certificate of " + rules.domain() + " expires within " + rules.certExpiryDays()
                        + " days (published by the host's fleet-cert-metric)")
                .namespace(CloudWatchAgent.CERT_NAMESPACE).metricName(CloudWatchAgent.CERT_METRIC)
                .dimensions(Map.of(CloudWatchAgent.CERT_DIMENSION, rules.domain()))
                .statistic("Minimum").period(3600).evaluationPeriods(1)
                .comparisonOperator("LessThanThreshold").threshold((double) rules.certExpiryDays())
                .treatMissingData("missing"));
        if (args.certificateOnHost()) {
            monitored.add("certificate: " + rules.domain() + " expires within " + rules.certExpiryDays()
                    + " days (host publishes " + CloudWatchAgent.CERT_NAMESPACE + "/" + CloudWatchAgent.CERT_METRIC
                    + " every " + CloudWatchAgent.CERT_METRIC_EVERY_MINUTES + "m)");
        }

        boolean several = args.instanceIds().size() > 1;
        for (int i = 0; i < args.instanceIds().size(); i++) {
            Output<String> hostId = args.instanceIds().get(i);
            // one host keeps the names it always had; several get a host number
            String suffix = several ? "-" + i : "";
            for (AlertRules.HostAlert a : rules.hostAlerts()) {
                HostMetric metric = HostMetric.of(a.label());
                alarm(name + "-" + a.label() + suffix, hostTopic, inHostRegion, MetricAlarmArgs.builder()
                        .name(prefix + "-" + a.label() + suffix)
                        .alarmDescription(a.label() + " above " + a.percent() + "% for " + a.minutes() + " minutes"
                                + (several ? " on app host " + i : ""))
                        .namespace(metric.namespace()).metricName(metric.name())
                        .dimensions(hostId.applyValue(metric::dimensions))
                        .statistic("Average").period(300).evaluationPeriods(a.minutes() / 5)
                        .comparisonOperator("GreaterThanThreshold").threshold((double) a.percent())
                        .treatMissingData("missing"));
                monitored.add(rules.describe(a) + (several ? " (app host " + i + ")" : ""));
            }

            alarm(name + "-status-check" + suffix, hostTopic, inHostRegion, MetricAlarmArgs.builder()
                    .name(prefix + "-status-check" + suffix)
                    .alarmDescription("EC2 instance or system status check failing" + (several ? " on app host " + i : ""))
                    .namespace("AWS/EC2").metricName("StatusCheckFailed")
                    .dimensions(hostId.applyValue(id -> Map.of(CloudWatchAgent.INSTANCE_ID, id)))
                    .statistic("Maximum").period(60).evaluationPeriods(2)
                    .comparisonOperator("GreaterThanThreshold").threshold(0.0)
                    .treatMissingData("missing"));
            monitored.add("instance status check failed for 2m" + (several ? " (app host " + i + ")" : ""));
        }
        return new Declared(List.copyOf(monitored), List.copyOf(topics));
    }

    /** An SNS topic with the e-mail subscription of the alert address (confirm it once from the e-mail). */
    public static Output<String> alertTopic(String logicalName, String topicName, AlertRules rules,
                                            CustomResourceOptions options) {
        var topic = new Topic(logicalName, TopicArgs.builder().name(topicName).build(), options);
        // An e-mail subscription stays "pending confirmation" until someone follows the link AWS e-mails.
        new TopicSubscription(logicalName + "-email", TopicSubscriptionArgs.builder()
                .topic(topic.arn())
                .protocol("email")
                .endpoint(rules.email())
                .build(), options);
        return topic.arn();
    }

    /** Alarms notify on entering ALARM and on recovering (OK). */
    private static void alarm(String logicalName, Output<String> topicArn, CustomResourceOptions options,
                              MetricAlarmArgs.Builder args) {
        Output<List<String>> actions = topicArn.applyValue(List::of);
        new MetricAlarm(logicalName, args.alarmActions(actions).okActions(actions).build(), options);
    }
}
