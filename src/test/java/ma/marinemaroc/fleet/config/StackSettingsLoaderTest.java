package ma.marinemaroc.fleet.config;

import ma.marinemaroc.fleet.Stacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;
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
        assertThat(s.backup().bucketRegion()).isEqualTo("eu-west-1");
        assertThat(s.tls().mode()).isEqualTo(TlsSettings.Mode.LETSENCRYPT);
        assertThat(s.smtp().port()).isEqualTo(587);
        assertThat(s.smtp().tlsMode()).isEqualTo("starttls");
        assertThat(s.images().api()).isEqualTo("fleetbase/fleetbase-api:v0.7.55");
        assertThat(s.timezone()).isEqualTo("Africa/Casablanca");
        assertThat(s.environment()).isEqualTo("production");
    }

    @ParameterizedTest
    @ValueSource(strings = {"production", "staging", "dr"})
    void everyStackFileInTheRepositoryIsValid(String stack) {
        StackSettings s = StackSettingsLoader.load(Stacks.file(stack).source(), "fleet", stack);
        assertThat(s.dns().domain()).isNotBlank();
        assertThat(Catalog.sameCity(s.backup().bucketRegion(), s.region())).isFalse();
    }

    @Test
    void fiveMistakesAreReportedTogetherEachWithItsPathAndTheFile() throws Exception {
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
                    assertThat(ex.problems()).extracting(ConfigProblem::key).containsExactly(
                            "fleet:region", "fleet:hostSize", "fleet:domain", "fleet:sshAllowedCidrs[0]",
                            "fleet:backup.retentionDays");
                    assertThat(ex.getMessage()).startsWith("stack config of 'production' has 5 problems (nothing was created):\n")
                            .contains("\nPulumi.production.yaml: config.fleet:region: 'fra9' is not a DigitalOcean region; use one of: fra1")
                            .contains("\nPulumi.production.yaml: config.fleet:hostSize: 's-1vcpu-1gb' has 1024 MiB")
                            .contains("\nPulumi.production.yaml: config.fleet:backup.retentionDays: '0' is out of range; use 1…3650");
                    assertThat(ex.lines()).hasSize(5).allMatch(l -> l.startsWith("Pulumi.production.yaml: config.fleet:"));
                });
    }

    @Test
    void inARealRunTheMessagesNameTheStackInsteadOfAFile() throws Exception {
        StackFile f = production();
        ConfigSource engineLike = ConfigSource.of(f.with(Map.of("fleet:dnsTtl", "5"), Set.of()).values(), f.secretKeys());
        assertThatThrownBy(() -> StackSettingsLoader.load(engineLike, "fleet", "production"))
                .hasMessageContaining("\nstack 'production': config.fleet:dnsTtl: '5' is out of range; use 30…86400");
    }

    @Test
    void secretsMustBeSecretAndAreNeverEchoed() throws Exception {
        StackFile plain = production().without("fleet:dbPassword")
                .with(Map.of("fleet:dbPassword", "plain-text-password-123"), Set.of());
        assertThatThrownBy(() -> load(plain)).hasMessageContaining(
                "config.fleet:dbPassword: is stored in plain text; set it with `pulumi config set --secret fleet:dbPassword <value>`")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("plain-text-password-123"));
        StackFile weak = production().with(Map.of("fleet:redisPassword", "short'pw"), Set.of("fleet:redisPassword"));
        assertThatThrownBy(() -> load(weak))
                .hasMessageContaining("config.fleet:redisPassword: (secret) is too short")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("short'pw"));
    }

    @Test
    void secretsAreHeldAsSecretOutputs() throws Exception {
        StackSettings s = load(production());
        var data = com.pulumi.test.internal.PulumiTestInternal.extractOutputData(s.secrets().dbPassword());
        assertThat(data.isSecret()).isTrue();
    }

    @Test
    void sshFromAnywhereIsAcceptedOnlyWithTheExplicitOptIn() throws Exception {
        StackFile open = production().with(Map.of("fleet:sshAllowedCidrs", "[\"0.0.0.0/0\", \"::/0\"]"), Set.of());
        assertThatThrownBy(() -> load(open)).isInstanceOf(StackConfigException.class);
        for (String yes : List.of("true", "True", "TRUE")) {
            StackSettings s = load(open.with(Map.of("fleet:sshAllowAnywhere", yes), Set.of()));
            assertThat(s.ssh().allowedCidrs()).containsExactly("0.0.0.0/0", "::/0");
        }
    }

    @Test
    void aCredentialOfTheStacksOwnCloudIsAcceptedAsASecret() throws Exception {
        StackSettings s = load(production().with(Map.of("digitalocean:token", "dop_v1_x", "aws:secretKey", "x"),
                Set.of("digitalocean:token", "aws:secretKey")));
        assertThat(s.cloud()).isEqualTo(Cloud.DIGITALOCEAN);
    }

    /** The default off-site region honours the other-city rule for every host region the stack supports. */
    @ParameterizedTest
    @EnumSource(Cloud.class)
    void theDefaultBucketRegionIsInAnotherCityForEveryHostRegion(Cloud cloud) throws Exception {
        for (String region : Catalog.regions(cloud)) {
            assertThat(Catalog.location(region)).as(region).isPresent();
            String bucket = Catalog.defaultBucketRegion(region);
            assertThat(Catalog.awsRegions()).contains(bucket);
            assertThat(Catalog.location(bucket).orElseThrow()).as(region + " -> " + bucket)
                    .isNotEqualTo(Catalog.location(region).orElseThrow());
        }
        // and the loader applies it when the stack sets none
        String stack = cloud == Cloud.AWS ? "staging" : "production";
        StackFile f = Stacks.file(stack).without("fleet:backup");
        for (String region : List.of(cloud == Cloud.AWS ? "eu-central-1" : "fra1", cloud == Cloud.AWS ? "eu-west-1" : "ams3")) {
            StackSettings s = StackSettingsLoader.load(f.with(Map.of("fleet:region", region), Set.of()).source(), "fleet", stack);
            assertThat(s.backup().bucketRegion()).isEqualTo(Catalog.defaultBucketRegion(region));
        }
    }

    @Test
    void sameCityPairsAreKnown() {
        assertThat(Catalog.sameCity("fra1", "eu-central-1")).isTrue();
        assertThat(Catalog.sameCity("lon1", "eu-west-2")).isTrue();
        assertThat(Catalog.sameCity("sgp1", "ap-southeast-1")).isTrue();
        assertThat(Catalog.sameCity("sfo3", "us-west-1")).isTrue();
        assertThat(Catalog.sameCity("syd1", "ap-southeast-2")).isTrue();
        assertThat(Catalog.sameCity("ams3", "eu-central-1")).isFalse();
        assertThat(Catalog.sameCity("nyc3", "us-east-1")).isFalse();
    }

    @Test
    void everyCatalogRegionHasALocation() {
        for (Cloud c : Cloud.values()) {
            assertThat(Catalog.regions(c)).allSatisfy(r -> assertThat(Catalog.location(r)).as(r).isPresent());
        }
    }
}
