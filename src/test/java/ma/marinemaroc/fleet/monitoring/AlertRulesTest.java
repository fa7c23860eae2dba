package ma.marinemaroc.fleet.monitoring;

import ma.marinemaroc.fleet.Stacks;
import ma.marinemaroc.fleet.config.StackSettingsLoader;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AlertRulesTest {
    static final AlertRules.HostAlert CPU = new AlertRules.HostAlert("cpu", 85, 5);

    static AlertRules rules(String domain, String url, List<String> regions, int latency, int days, String email) {
        return new AlertRules(domain, url, regions, latency, days, CPU, new AlertRules.HostAlert("memory", 90, 10),
                new AlertRules.HostAlert("disk", 80, 10), email);
    }

    @Test
    void fromStackSettings() {
        AlertRules r = ma.marinemaroc.fleet.StackMapping.alertRules(StackSettingsLoader.load(Stacks.file("production").source(), "fleet", "production"));
        assertThat(r.healthUrl()).isEqualTo("https://fleet.marinemaroc.ma/health");
        assertThat(r.probeRegions()).containsExactly("eu_west", "us_east");
        assertThat(r.hostAlerts()).extracting(AlertRules.HostAlert::window).containsExactly("5m", "10m", "10m");
        assertThat(r.email()).isEqualTo("oncall@marinemaroc.ma");
        assertThat(new AlertRules.HostAlert("disk", 80, 60).window()).isEqualTo("1h");
    }

    @Test
    void rejectsValuesTheMonitoringApisWouldRefuse() {
        String d = "fleet.example.ma";
        String u = "https://fleet.example.ma/health";
        List<String> eu = List.of("eu_west");
        assertThatThrownBy(() -> rules(d, u, List.of("mars"), 1500, 14, "a@b.ma")).hasMessageContaining("probe regions");
        assertThatThrownBy(() -> rules(d, u, List.of(), 1500, 14, "a@b.ma")).hasMessageContaining("probe regions");
        assertThatThrownBy(() -> rules(d, "http://fleet.example.ma/health", eu, 1500, 14, "a@b.ma"))
                .hasMessageContaining("healthUrl");
        assertThatThrownBy(() -> rules("Fleet Example", u, eu, 1500, 14, "a@b.ma")).hasMessageContaining("domain");
        assertThatThrownBy(() -> rules(d, u, eu, 0, 14, "a@b.ma")).hasMessageContaining("latency");
        assertThatThrownBy(() -> rules(d, u, eu, 1500, 0, "a@b.ma")).hasMessageContaining("expiry");
        assertThatThrownBy(() -> rules(d, u, eu, 1500, 14, "oncall")).hasMessageContaining("e-mail");
        assertThatThrownBy(() -> new AlertRules.HostAlert("cpu", 101, 5)).hasMessageContaining("1..100");
        assertThatThrownBy(() -> new AlertRules.HostAlert("cpu", 80, 7)).hasMessageContaining("5, 10, 30 or 60");
        assertThat(rules(d, u, eu, 1500, 14, "a@b.ma").domain()).isEqualTo(d);
    }
}
