package ma.marinemaroc.fleet.monitoring;

import ma.marinemaroc.fleet.Stacks;
import ma.marinemaroc.fleet.plan.PlanRun;
import ma.marinemaroc.fleet.plan.RecordedResource;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The outage period and the health-check interval come from config on both clouds. */
class MonitoringConfigTest {
    static RecordedResource named(PlanRun.Result r, String name) {
        return r.resources().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void digitalOceanDownAlertUsesTheConfiguredPeriod() {
        PlanRun.Result dflt = Stacks.run("production");
        PlanRun.Result slow = Stacks.runWith("production", Map.of("fleet:monitoring", "{\"downMinutes\": 10}"), Set.of());
        assertThat(slow.failed()).isFalse();
        assertThat(dflt.ofType("digitalocean:index/uptimeAlert:UptimeAlert"))
                .anyMatch(a -> "down".equals(a.plainInput("type")) && "2m".equals(a.plainInput("period")));
        assertThat(slow.ofType("digitalocean:index/uptimeAlert:UptimeAlert"))
                .anyMatch(a -> "down".equals(a.plainInput("type")) && "10m".equals(a.plainInput("period")));
    }

    @Test
    void awsHealthCheckAndDownAlarmFollowTheConfig() {
        PlanRun.Result r = Stacks.runWith("staging",
                Map.of("fleet:monitoring", "{\"downMinutes\": 5, \"healthCheckIntervalSeconds\": 10}"), Set.of());
        assertThat(r.failed()).as("%s %s", r.errors(), r.exceptions()).isFalse();
        RecordedResource hc = r.one("aws:route53/healthCheck:HealthCheck");
        assertThat(hc.plainInput("requestInterval")).isEqualTo(10L);
        assertThat(r.ofType("aws:cloudwatch/metricAlarm:MetricAlarm"))
                .anyMatch(a -> "HealthCheckStatus".equals(a.plainInput("metricName"))
                        && Long.valueOf(5).equals(a.plainInput("evaluationPeriods")));
        RecordedResource dfltHc = Stacks.run("staging").one("aws:route53/healthCheck:HealthCheck");
        assertThat(dfltHc.plainInput("requestInterval")).isEqualTo(30L);
    }
}
