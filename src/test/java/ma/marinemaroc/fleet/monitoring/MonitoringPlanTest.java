package ma.marinemaroc.fleet.monitoring;

import com.google.gson.JsonParser;
import ma.marinemaroc.fleet.components.HostRole;
import ma.marinemaroc.fleet.plan.PlanRun;
import ma.marinemaroc.fleet.plan.RecordedResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The monitoring components in the mock engine, with the repository's stack files, on both clouds. */
class MonitoringPlanTest {
    static final String UPTIME_CHECK = "digitalocean:index/uptimeCheck:UptimeCheck";
    static final String UPTIME_ALERT = "digitalocean:index/uptimeAlert:UptimeAlert";
    static final String MONITOR_ALERT = "digitalocean:index/monitorAlert:MonitorAlert";
    static final String ALARM = "aws:cloudwatch/metricAlarm:MetricAlarm";
    static final String TOPIC = "aws:sns/topic:Topic";
    static final String SUBSCRIPTION = "aws:sns/topicSubscription:TopicSubscription";
    static final String HEALTH_CHECK = "aws:route53/healthCheck:HealthCheck";

    static PlanRun.Result production;
    static PlanRun.Result staging;

    @BeforeAll
    static void plan() {
        production = MonitoringPlans.plan("production");
        staging = MonitoringPlans.plan("staging");
        for (PlanRun.Result r : List.of(production, staging)) {
            assertThat(r.failed()).as("errors: %s %s", r.errors(), r.exceptions()).isFalse();
        }
    }

    // ---- DigitalOcean (production: fleet.marinemaroc.ma, thresholds from Pulumi.production.yaml) --------------

    @Test
    void digitalOceanUptimeCheckProbesHealthFromTheConfiguredRegions() {
        RecordedResource check = production.one(UPTIME_CHECK);
        assertThat(check.plainInput("type")).isEqualTo("https");
        assertThat(check.plainInput("target")).isEqualTo("https://fleet.marinemaroc.ma/health");
        assertThat(check.strings("regions")).containsExactly("eu_west", "us_east");
        assertThat(check.plainInput("enabled")).isEqualTo(true);
        assertThat(check.version()).isEqualTo("4.76.0");
    }

    @Test
    void digitalOceanUptimeAlertsAreDownLatencyAndCertificateToTheAlertEmail() {
        String checkId = "monitoring-uptime-id";
        Map<String, RecordedResource> alerts = production.ofType(UPTIME_ALERT).stream()
                .collect(Collectors.toMap(a -> String.valueOf(a.plainInput("type")), a -> a));
        assertThat(alerts).containsOnlyKeys("down", "latency", "ssl_expiry");

        assertThat(alerts.get("down").plainInput("period")).isEqualTo("2m");
        assertThat(alerts.get("latency").plainInput("comparison")).isEqualTo("greater_than");
        assertThat(alerts.get("latency").plainInput("threshold")).isEqualTo(1500L);
        assertThat(alerts.get("latency").plainInput("period")).isEqualTo("5m");
        assertThat(alerts.get("ssl_expiry").plainInput("comparison")).isEqualTo("less_than");
        assertThat(alerts.get("ssl_expiry").plainInput("threshold")).isEqualTo(14L);
        for (RecordedResource a : alerts.values()) {
            assertThat(a.plainInput("checkId")).as(a.name()).isEqualTo(checkId);
            assertThat(a.plainInput("notifications")).as(a.name())
                    .isEqualTo(List.of(Map.of("emails", List.of("oncall@marinemaroc.ma"))));
            assertThat(a.plainInput("period")).as("%s period is one DigitalOcean accepts", a.name())
                    .isIn(null, "2m", "3m", "5m", "10m", "15m", "30m", "1h");
        }
    }

    @Test
    void digitalOceanDropletAlertsWatchTheHostWithConfiguredThresholds() {
        Map<String, RecordedResource> alerts = production.ofType(MONITOR_ALERT).stream()
                .collect(Collectors.toMap(a -> String.valueOf(a.plainInput("type")), a -> a));
        assertThat(alerts).containsOnlyKeys("v1/insights/droplet/cpu",
                "v1/insights/droplet/memory_utilization_percent", "v1/insights/droplet/disk_utilization_percent");
        assertThat(num(alerts.get("v1/insights/droplet/cpu").plainInput("value"))).isEqualTo(85.0);
        assertThat(alerts.get("v1/insights/droplet/cpu").plainInput("window")).isEqualTo("5m");
        assertThat(num(alerts.get("v1/insights/droplet/memory_utilization_percent").plainInput("value"))).isEqualTo(90.0);
        assertThat(alerts.get("v1/insights/droplet/memory_utilization_percent").plainInput("window")).isEqualTo("10m");
        assertThat(num(alerts.get("v1/insights/droplet/disk_utilization_percent").plainInput("value"))).isEqualTo(80.0);
        assertThat(alerts.get("v1/insights/droplet/disk_utilization_percent").plainInput("window")).isEqualTo("10m");
        for (RecordedResource a : alerts.values()) {
            assertThat(a.plainInput("compare")).isEqualTo("GreaterThan");
            assertThat(a.strings("entities")).as("entities are the droplet id as a string")
                    .containsExactly(MonitoringPlans.DROPLET_ID);
            assertThat(a.plainInput("alerts")).isEqualTo(Map.of("emails", List.of("oncall@marinemaroc.ma")));
            assertThat(String.valueOf(a.plainInput("description"))).startsWith("fleet-production: ");
        }
    }

    @Test
    void digitalOceanThresholdsFollowTheStackConfig() {
        PlanRun.Result r = MonitoringPlans.plan("production", Map.of("fleet:monitoring",
                "{\"uptimeRegions\":[\"se_asia\"],\"latencyThresholdMs\":700,\"cpuPercent\":70,"
                        + "\"memoryPercent\":75,\"diskPercent\":60,\"certExpiryDays\":21}"));
        assertThat(r.failed()).as("errors: %s %s", r.errors(), r.exceptions()).isFalse();
        assertThat(r.one(UPTIME_CHECK).strings("regions")).containsExactly("se_asia");
        Map<String, Object> thresholds = r.ofType(UPTIME_ALERT).stream().filter(a -> a.plainInput("threshold") != null)
                .collect(Collectors.toMap(a -> String.valueOf(a.plainInput("type")), a -> a.plainInput("threshold")));
        assertThat(thresholds).isEqualTo(Map.of("latency", 700L, "ssl_expiry", 21L));
        assertThat(r.ofType(MONITOR_ALERT)).extracting(a -> num(a.plainInput("value")))
                .containsExactlyInAnyOrder(70.0, 75.0, 60.0);
    }

    @Test
    void digitalOceanStackCreatesNothingOnAws() {
        assertThat(production.resources()).noneMatch(r -> r.type().startsWith("aws:") && r.custom()
                && !r.type().startsWith("pulumi:providers:"));
        assertThat(production.ofType(ALARM)).isEmpty();
        assertThat(production.ofType(TOPIC)).isEmpty();
    }

    // ---- AWS (staging: staging.fleet.marinemaroc.ma in eu-west-1, default thresholds) ----------------------------

    @Test
    void awsHealthCheckProbesHttpsHealthAndLivesWithItsAlarmsInUsEast1() {
        RecordedResource hc = staging.one(HEALTH_CHECK);
        assertThat(hc.plainInput("type")).isEqualTo("HTTPS");
        assertThat(hc.plainInput("fqdn")).isEqualTo("staging.fleet.marinemaroc.ma");
        assertThat(hc.plainInput("resourcePath")).isEqualTo("/health");
        assertThat(hc.plainInput("port")).isEqualTo(443L);
        assertThat(hc.plainInput("requestInterval")).isEqualTo(30L);
        assertThat(hc.plainInput("failureThreshold")).isEqualTo(3L);
        assertThat(hc.plainInput("measureLatency")).isEqualTo(true);
        assertThat(hc.plainInput("enableSni")).isEqualTo(true);
        assertThat(hc.provider()).contains("::aws-us-east-1::");

        RecordedResource down = alarm(staging, "fleet-staging-down");
        assertThat(down.plainInput("namespace")).isEqualTo("AWS/Route53");
        assertThat(down.plainInput("metricName")).isEqualTo("HealthCheckStatus");
        assertThat(down.plainInput("comparisonOperator")).isEqualTo("LessThanThreshold");
        assertThat(num(down.plainInput("threshold"))).isEqualTo(1.0);
        assertThat(down.plainInput("statistic")).isEqualTo("Minimum");
        assertThat(down.plainInput("treatMissingData")).isEqualTo("breaching");
        assertThat(down.plainInput("dimensions")).isEqualTo(Map.of("HealthCheckId", healthCheckId()));
        assertThat(down.provider()).contains("::aws-us-east-1::");

        RecordedResource latency = alarm(staging, "fleet-staging-latency");
        assertThat(latency.plainInput("metricName")).isEqualTo("TimeToFirstByte");
        assertThat(num(latency.plainInput("threshold"))).isEqualTo(1500.0);
        assertThat(latency.plainInput("comparisonOperator")).isEqualTo("GreaterThanThreshold");
        assertThat(latency.plainInput("dimensions")).isEqualTo(Map.of("HealthCheckId", healthCheckId()));
        assertThat(latency.provider()).contains("::aws-us-east-1::");

        RecordedResource provider = staging.resources().stream()
                .filter(r -> r.type().equals("pulumi:providers:aws") && r.name().equals("aws-us-east-1"))
                .findFirst().orElseThrow();
        assertThat(provider.plainInput("region")).isEqualTo("us-east-1");
        assertThat(defaultTags(provider)).as("same default tags as the stack's providers")
                .isEqualTo(defaultTags(staging.resources().stream()
                        .filter(r -> r.type().equals("pulumi:providers:aws") && r.name().equals("aws-eu-west-1"))
                        .findFirst().orElseThrow()))
                .containsEntry("stack", "staging").containsEntry("project", "fleet");
    }

    @Test
    void awsUsEast1AlarmsNotifyTheUsEast1TopicAndHostAlarmsTheHostRegionTopic() {
        RecordedResource usTopic = topic("fleet-staging-alerts-us-east-1");
        RecordedResource hostTopic = topic("fleet-staging-alerts");
        assertThat(usTopic.provider()).contains("::aws-us-east-1::");
        assertThat(hostTopic.provider()).contains("::aws-eu-west-1::");
        String usArn = "arn:aws:sns:us-east-1:123456789012:monitoring-alerts-us-east-1";
        String hostArn = "arn:aws:sns:us-east-1:123456789012:monitoring-alerts"; // the mock's ARN pattern

        List<RecordedResource> subs = staging.ofType(SUBSCRIPTION);
        assertThat(subs).hasSize(2).allSatisfy(sub -> {
            assertThat(sub.plainInput("protocol")).isEqualTo("email");
            assertThat(sub.plainInput("endpoint")).isEqualTo("platform@marinemaroc.ma");
        });
        assertThat(subs).extracting(sub -> sub.plainInput("topic")).containsExactlyInAnyOrder(usArn, hostArn);
        assertThat(subs).allSatisfy(sub -> assertThat(sub.provider()).contains(
                usArn.equals(sub.plainInput("topic")) ? "::aws-us-east-1::" : "::aws-eu-west-1::"));

        for (RecordedResource a : staging.ofType(ALARM)) {
            boolean route53 = "AWS/Route53".equals(a.plainInput("namespace"));
            String want = route53 ? usArn : hostArn;
            assertThat(a.plainInput("alarmActions")).as(a.name()).isEqualTo(List.of(want));
            assertThat(a.plainInput("okActions")).as(a.name()).isEqualTo(List.of(want));
            assertThat(a.provider()).as(a.name())
                    .contains(route53 ? "::aws-us-east-1::" : "::aws-eu-west-1::");
        }
        assertThat(RecordedResource.unwrap(staging.outputs().get("alertsTo")))
                .isEqualTo(List.of("mailto:platform@marinemaroc.ma", usArn, hostArn));
    }

    @Test
    void awsHostAlarmsWatchTheInstanceWithConfiguredThresholds() {
        Map<String, Object> expected = Map.of(
                "fleet-staging-cpu", List.of("AWS/EC2", "CPUUtilization", 85.0, 1L),
                "fleet-staging-memory", List.of("CWAgent", "mem_used_percent", 90.0, 2L),
                "fleet-staging-disk", List.of("CWAgent", "disk_used_percent", 80.0, 2L));
        expected.forEach((name, v) -> {
            List<?> want = (List<?>) v;
            RecordedResource a = alarm(staging, name);
            assertThat(List.of(a.plainInput("namespace"), a.plainInput("metricName"), num(a.plainInput("threshold")),
                    a.plainInput("evaluationPeriods"))).as(name).isEqualTo(want);
            assertThat(a.plainInput("comparisonOperator")).isEqualTo("GreaterThanThreshold");
            assertThat(a.plainInput("period")).isEqualTo(300L);
            assertThat(a.plainInput("statistic")).isEqualTo("Average");
        });
        assertThat(alarm(staging, "fleet-staging-cpu").plainInput("dimensions"))
                .isEqualTo(Map.of("InstanceId", MonitoringPlans.INSTANCE_ID));
        assertThat(alarm(staging, "fleet-staging-memory").plainInput("dimensions"))
                .isEqualTo(Map.of("InstanceId", MonitoringPlans.INSTANCE_ID));
        assertThat(alarm(staging, "fleet-staging-disk").plainInput("dimensions"))
                .isEqualTo(Map.of("InstanceId", MonitoringPlans.INSTANCE_ID, "path", "/"));

        RecordedResource status = alarm(staging, "fleet-staging-status-check");
        assertThat(status.plainInput("metricName")).isEqualTo("StatusCheckFailed");
        assertThat(status.plainInput("namespace")).isEqualTo("AWS/EC2");
        assertThat(status.plainInput("dimensions")).isEqualTo(Map.of("InstanceId", MonitoringPlans.INSTANCE_ID));
        assertThat(status.plainInput("comparisonOperator")).isEqualTo("GreaterThanThreshold");
        assertThat(num(status.plainInput("threshold"))).isEqualTo(0.0);

        RecordedResource cert = alarm(staging, "fleet-staging-cert-expiry");
        assertThat(cert.plainInput("namespace")).isEqualTo(CloudWatchAgent.CERT_NAMESPACE);
        assertThat(cert.plainInput("metricName")).isEqualTo(CloudWatchAgent.CERT_METRIC);
        assertThat(cert.plainInput("dimensions")).isEqualTo(Map.of("Domain", "staging.fleet.marinemaroc.ma"));
        assertThat(cert.plainInput("comparisonOperator")).isEqualTo("LessThanThreshold");
        assertThat(num(cert.plainInput("threshold"))).isEqualTo(14.0);

        assertThat(staging.ofType(ALARM)).extracting(a -> a.plainInput("name")).containsExactlyInAnyOrder(
                "fleet-staging-down", "fleet-staging-latency", "fleet-staging-cert-expiry", "fleet-staging-cpu",
                "fleet-staging-memory", "fleet-staging-disk", "fleet-staging-status-check");
    }

    @Test
    void awsStackCreatesNothingOnDigitalOcean() {
        assertThat(staging.resources()).noneMatch(r -> r.type().startsWith("digitalocean:"));
    }

    @Test
    void awsHostInUsEast1UsesTheHostProviderAndOneTopic() {
        PlanRun.Result r = MonitoringPlans.plan("staging", Map.of("fleet:region", "us-east-1"));
        assertThat(r.failed()).as("errors: %s %s", r.errors(), r.exceptions()).isFalse();
        assertThat(r.resources().stream().filter(x -> x.type().equals("pulumi:providers:aws")
                && "us-east-1".equals(x.plainInput("region")))).as("the host's provider serves us-east-1 too").hasSize(1);
        assertThat(r.ofType(TOPIC)).hasSize(1);
        assertThat(r.ofType(SUBSCRIPTION)).hasSize(1);
        assertThat(r.ofType(ALARM)).hasSize(7).allSatisfy(a -> assertThat(a.provider()).contains("::aws-us-east-1::"));
        assertThat((List<?>) RecordedResource.unwrap(r.outputs().get("alertsTo"))).hasSize(2);
    }

    @Test
    void awsInstanceRoleHasTheCloudWatchAgentPolicyAndAnEc2OnlyTrustPolicy() {
        RecordedResource role = staging.one("aws:iam/role:Role");
        var trust = JsonParser.parseString(String.valueOf(role.plainInput("assumeRolePolicy"))).getAsJsonObject();
        var statement = trust.getAsJsonArray("Statement");
        assertThat(statement).hasSize(1);
        var st = statement.get(0).getAsJsonObject();
        assertThat(st.get("Effect").getAsString()).isEqualTo("Allow");
        assertThat(st.get("Action").getAsString()).isEqualTo("sts:AssumeRole");
        assertThat(st.getAsJsonObject("Principal").get("Service").getAsString()).isEqualTo("ec2.amazonaws.com");

        RecordedResource attachment = staging.one("aws:iam/rolePolicyAttachment:RolePolicyAttachment");
        assertThat(attachment.plainInput("policyArn"))
                .isEqualTo("arn:aws:iam::aws:policy/CloudWatchAgentServerPolicy");
        assertThat(attachment.plainInput("role")).isEqualTo(role.plainInput("name"));
        RecordedResource profile = staging.one("aws:iam/instanceProfile:InstanceProfile");
        assertThat(profile.plainInput("role")).isEqualTo(role.plainInput("name"));
        assertThat(staging.outputs().get("instanceProfileName")).isEqualTo(profile.plainInput("name"));
        assertThat(role.provider()).contains("::aws-eu-west-1::");
    }

    // ---- both ----------------------------------------------------------------------------------------------------

    @Test
    void everyMonitoringResourceIsParentedToItsComponent() {
        for (PlanRun.Result r : List.of(production, staging)) {
            Map<String, String> componentUrns = r.resources().stream().filter(RecordedResource::isComponent)
                    .filter(c -> c.type().startsWith("fleet:monitoring:"))
                    .collect(Collectors.toMap(RecordedResource::type, RecordedResource::urn));
            for (RecordedResource res : r.resources()) {
                if (!res.custom() || res.name().startsWith("aws-")) continue; // the stack's own providers
                String want = res.type().startsWith("aws:iam/") ? hostRoleUrn(r)
                        : componentUrns.get(r == production ? DigitalOceanMonitoring.TYPE : AwsMonitoring.TYPE);
                assertThat(res.parentUrn()).as("%s %s", res.type(), res.name()).isEqualTo(want);
            }
        }
    }

    @Test
    void monitoredOutputListsEveryRuleDeterministically() {
        assertThat(RecordedResource.unwrap(production.outputs().get("monitored"))).isEqualTo(List.of(
                "down: https://fleet.marinemaroc.ma/health from eu_west,us_east for 2m",
                "latency: https://fleet.marinemaroc.ma/health > 1500 ms for 5m",
                "certificate: fleet.marinemaroc.ma expires within 14 days",
                "cpu > 85% for 5m",
                "memory > 90% for 10m",
                "disk / used > 80% for 10m"));
        assertThat(RecordedResource.unwrap(production.outputs().get("alertsTo")))
                .isEqualTo(List.of("mailto:oncall@marinemaroc.ma"));
        assertThat(RecordedResource.unwrap(staging.outputs().get("monitored"))).isEqualTo(List.of(
                "down: https://staging.fleet.marinemaroc.ma/health (Route53 HTTPS check every 30s, 3 failures) for 2m",
                "latency: https://staging.fleet.marinemaroc.ma/health > 1500 ms for 5m",
                "certificate: staging.fleet.marinemaroc.ma expires within 14 days (host publishes "
                        + "Fleet/CertificateDaysLeft every 15m)",
                "cpu > 85% for 5m",
                "memory > 90% for 10m",
                "disk / used > 80% for 10m",
                "instance status check failed for 2m"));
        PlanRun.Result again = MonitoringPlans.plan("staging");
        assertThat(again.outputs()).isEqualTo(staging.outputs());
    }

    /** Whole-number doubles come back from the engine as longs. */
    private static double num(Object v) {
        return ((Number) v).doubleValue();
    }

    private static String healthCheckId() {
        return "hc-" + Math.abs("monitoring-health-check".hashCode()); // PlanMocks' id for the health check
    }

    private static RecordedResource alarm(PlanRun.Result r, String name) {
        return r.ofType(ALARM).stream().filter(a -> name.equals(a.plainInput("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no alarm " + name));
    }

    private static RecordedResource topic(String name) {
        return staging.ofType(TOPIC).stream().filter(t -> name.equals(t.plainInput("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no topic " + name));
    }

    /** Provider inputs reach the engine JSON-encoded when they are objects. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> defaultTags(RecordedResource provider) {
        Object v = provider.plainInput("defaultTags");
        Map<?, ?> m = v instanceof String json ? new com.google.gson.Gson().fromJson(json, Map.class) : (Map<?, ?>) v;
        return (Map<String, Object>) m.get("tags");
    }

    private static String hostRoleUrn(PlanRun.Result r) {
        return r.resources().stream().filter(x -> x.type().equals(HostRole.TYPE)).findFirst().orElseThrow().urn();
    }
}
