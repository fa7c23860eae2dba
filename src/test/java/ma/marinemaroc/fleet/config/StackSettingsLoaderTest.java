package ma.marinemaroc.fleet.config;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StackSettingsLoaderTest {
    static StackFile production() throws Exception {
        return StackFile.read(Path.of("Pulumi.production.yaml")).withPlaceholderSecrets();
    }

    static StackSettings load(StackFile f) {
        return StackSettingsLoader.load(f.source(), "fleet", "production");
    }

    @Test
    void productionFileLoadsWithTypedValues() throws Exception {
        StackSettings s = load(production());
        assertThat(s.cloud()).isEqualTo(Cloud.DIGITALOCEAN);
        assertThat(s.region()).isEqualTo("fra1");
        assertThat(s.hostSize().memoryMib()).isEqualTo(8192);
        assertThat(s.dns().recordName()).isEqualTo("fleet");
        assertThat(s.ssh().port()).isEqualTo(2222);
        assertThat(s.ssh().allowedCidrs()).containsExactly("196.200.131.0/24");
        assertThat(s.backup().retentionDays()).isEqualTo(30);
        assertThat(s.backup().schedule()).isEqualTo("*-*-* 00/1:00:00");
        assertThat(s.tls().mode()).isEqualTo(TlsSettings.Mode.LETSENCRYPT);
        assertThat(s.smtp().port()).isEqualTo(587);
        assertThat(s.images().api()).isEqualTo("fleetbase/fleetbase-api:v0.7.55");
    }

    @Test
    void everyStackFileInTheRepositoryIsValid() throws Exception {
        for (String f : new String[]{"stacks/Pulumi.staging.yaml", "stacks/Pulumi.dr.yaml"}) {
            StackSettings s = StackSettingsLoader.load(StackFile.read(Path.of(f)).withPlaceholderSecrets().source(), "fleet", "x");
            assertThat(s.dns().domain()).isNotBlank();
        }
    }

    @Test
    void fiveMistakesAreReportedTogetherEachNamingItsKey() throws Exception {
        StackFile bad = production().with(Map.of(
                "fleet:region", "fra9",
                "fleet:hostSize", "s-1vcpu-1gb",
                "fleet:domain", "not a domain",
                "fleet:sshAllowedCidrs", "[\"10.0.0.0/33\"]",
                "fleet:backup", "{\"retentionDays\": 0}"), Set.of());
        assertThatThrownBy(() -> load(bad))
                .isInstanceOf(StackConfigException.class)
                .satisfies(e -> {
                    StackConfigException ex = (StackConfigException) e;
                    assertThat(ex.problems()).extracting(ConfigProblem::key).containsExactlyInAnyOrder(
                            "fleet:region", "fleet:hostSize", "fleet:domain", "fleet:sshAllowedCidrs",
                            "fleet:backup.retentionDays");
                    assertThat(ex.getMessage()).contains("has 5 problems")
                            .contains("fleet:region: 'fra9' is not a DigitalOcean region; allowed: fra1")
                            .contains("fleet:hostSize: 's-1vcpu-1gb' has 1024 MiB")
                            .contains("fleet:backup.retentionDays: 0 is out of range; allowed: 1..3650");
                });
    }

    @Test
    void secretsMustBeSecretAndAreNeverEchoed() throws Exception {
        StackFile plain = production().without("fleet:dbPassword")
                .with(Map.of("fleet:dbPassword", "plain-text-password-123"), Set.of());
        assertThatThrownBy(() -> load(plain)).hasMessageContaining(
                "fleet:dbPassword: is stored in plain text; set it with `pulumi config set --secret fleet:dbPassword`");
        StackFile weak = production().with(Map.of("fleet:redisPassword", "short'pw"), Set.of("fleet:redisPassword"));
        assertThatThrownBy(() -> load(weak))
                .hasMessageContaining("fleet:redisPassword: (secret) is too short")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("short'pw"));
    }

    @Test
    void secretsAreHeldAsSecretOutputs() throws Exception {
        StackSettings s = load(production());
        var data = com.pulumi.test.internal.PulumiTestInternal.extractOutputData(s.secrets().dbPassword());
        assertThat(data.isSecret()).isTrue();
    }
}
