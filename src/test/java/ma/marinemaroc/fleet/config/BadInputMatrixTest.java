package ma.marinemaroc.fleet.config;

import ma.marinemaroc.fleet.Stacks;
import ma.marinemaroc.fleet.plan.PlanRun;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invalid configurations, each run through the real program in the mock engine: each must fail before any resource
 * is declared, with a message naming the offending key.
 */
class BadInputMatrixTest {
    private static final String NONE = "<remove>";

    static Stream<Arguments> cases() {
        List<Arguments> c = new ArrayList<>();
        // stack, key to change, new value (NONE = remove), secret?, key the error must name, text it must contain
        c.add(of("production", "fleet:cloud", "gcp", false, "fleet:cloud", "allowed: digitalocean, aws"));
        c.add(of("production", "fleet:cloud", NONE, false, "fleet:cloud", "is required"));
        c.add(of("production", "fleet:region", "fra9", false, "fleet:region", "not a DigitalOcean region"));
        c.add(of("production", "fleet:region", "eu-west-1", false, "fleet:region", "not a DigitalOcean region"));
        c.add(of("staging", "fleet:region", "fra1", false, "fleet:region", "not a AWS region"));
        c.add(of("production", "fleet:region", NONE, false, "fleet:region", "is required"));
        c.add(of("production", "fleet:hostSize", "s-1vcpu-2gb", false, "fleet:hostSize", "needs at least 4096 MiB"));
        c.add(of("production", "fleet:hostSize", "t3.large", false, "fleet:hostSize", "not a known DigitalOcean size"));
        c.add(of("staging", "fleet:hostSize", "t3.small", false, "fleet:hostSize", "needs at least 4096 MiB"));
        c.add(of("production", "fleet:hostSize", NONE, false, "fleet:hostSize", "is required"));
        c.add(of("production", "fleet:image", "Ubuntu 22.04!", false, "fleet:image", "not a DigitalOcean image"));
        c.add(of("production", "fleet:domain", "fleet_marinemaroc.ma", false, "fleet:domain", "not a valid domain"));
        c.add(of("production", "fleet:domain", "localhost", false, "fleet:domain", "not a fully qualified"));
        c.add(of("production", "fleet:domain", "other.example.com", false, "fleet:dnsZone", "does not contain the domain"));
        c.add(of("production", "fleet:dnsZone", NONE, false, "fleet:dnsZone", "is required"));
        c.add(of("production", "fleet:dnsTtl", "5", false, "fleet:dnsTtl", "out of range"));
        c.add(of("production", "fleet:dnsTtl", "five", false, "fleet:dnsTtl", "not a whole number"));
        c.add(of("production", "fleet:adminEmail", "platform-at-marinemaroc", false, "fleet:adminEmail", "not an e-mail"));
        c.add(of("production", "fleet:alertEmail", NONE, false, "fleet:alertEmail", "is required"));
        c.add(of("production", "fleet:sshPort", "80", false, "fleet:sshPort", "taken by the web server"));
        c.add(of("production", "fleet:sshPort", "70000", false, "fleet:sshPort", "out of range"));
        c.add(of("production", "fleet:sshPublicKeys", "[]", false, "fleet:sshPublicKeys", "must not be empty"));
        c.add(of("production", "fleet:sshPublicKeys", "[\"ssh-rsa notbase64!!\"]", false, "fleet:sshPublicKeys", "not valid base64"));
        c.add(of("production", "fleet:sshPublicKeys", "[\"ssh-dss AAAAB3NzaC1kc3M=\"]", false, "fleet:sshPublicKeys", "not an OpenSSH public key"));
        // A well-formed but weak key: refused here, not later while the host's user-data renders.
        c.add(of("production", "fleet:sshPublicKeys", "[\"ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQDhJdbQkxM4fqcqnLCO/SpUSCpYPLinFkuLWbXUWNpQ4JH4oSsN/W9Y00vL9xpyrRstEt6cx6xFpE8iQS98NLEQzmgJhTw2bVfZNSflWuyPGEfk0EkyPGLmqR2CaGePoVdkw+r50MMhWIiljNsrb2w7ru+nNfg+7g/zO22APCHtIw==\"]", false, "fleet:sshPublicKeys", "1024 bits; at least 2048"));
        c.add(of("production", "fleet:sshPublicKeys", "ssh-ed25519 AAAA", false, "fleet:sshPublicKeys", "must be a list"));
        c.add(of("production", "fleet:sshAllowedCidrs", "[\"10.0.0.0/33\"]", false, "fleet:sshAllowedCidrs", "prefix > 32"));
        c.add(of("production", "fleet:sshAllowedCidrs", "[\"300.1.1.0/24\"]", false, "fleet:sshAllowedCidrs", "octet > 255"));
        c.add(of("production", "fleet:sshAllowedCidrs", "[\"196.200.131.7/24\"]", false, "fleet:sshAllowedCidrs", "host bits set"));
        c.add(of("production", "fleet:sshAllowedCidrs", "[\"office\"]", false, "fleet:sshAllowedCidrs", "is not a CIDR"));
        c.add(of("production", "fleet:sshAllowedCidrs", NONE, false, "fleet:sshAllowedCidrs", "is required"));
        c.add(of("production", "fleet:images", "{\"api\": \"fleetbase/fleetbase-api:latest\"}", false, "fleet:images.api", "uses 'latest'"));
        c.add(of("production", "fleet:images", "{\"database\": \"mysql\"}", false, "fleet:images.database", "has no tag"));
        c.add(of("production", "fleet:images", "{\"proxy\": \"nginx:1.27\"}", false, "fleet:images.proxy", "unknown key"));
        c.add(of("production", "fleet:backup", "{\"retentionDays\": 0}", false, "fleet:backup.retentionDays", "out of range"));
        c.add(of("production", "fleet:backup", "{\"retentionDays\": \"a month\"}", false, "fleet:backup.retentionDays", "not a whole number"));
        c.add(of("production", "fleet:backup", "{\"schedule\": \"every night\"}", false, "fleet:backup.schedule", "not a supported systemd OnCalendar"));
        c.add(of("production", "fleet:backup", "{\"schedule\": \"*-*-* 25:00:00\"}", false, "fleet:backup.schedule", "out of range"));
        c.add(of("production", "fleet:backup", "{\"drillSchedule\": \"Someday *-*-* 04:00\"}", false, "fleet:backup.drillSchedule", "unknown weekday"));
        c.add(of("production", "fleet:backup", "{\"bucketRegion\": \"fra1\"}", false, "fleet:backup.bucketRegion", "not an AWS region"));
        c.add(of("staging", "fleet:backup", "{\"bucketRegion\": \"eu-west-1\"}", false, "fleet:backup.bucketRegion", "the host's region"));
        c.add(of("production", "fleet:backup", "{\"bucketName\": \"Fleet_Backups\"}", false, "fleet:backup.bucketName", "not a valid S3 bucket name"));
        c.add(of("production", "fleet:backup", "{\"restoreFrom\": \"../etc/passwd\"}", false, "fleet:backup.restoreFrom", "must be none, latest"));
        c.add(of("production", "fleet:backup", "{\"restoreBucket\": \"other-bucket\"}", false, "fleet:backup.restoreBucket", "restoreFrom is 'none'"));
        c.add(of("production", "fleet:backup", "{\"localKeep\": 0}", false, "fleet:backup.localKeep", "out of range"));
        c.add(of("production", "fleet:backup", "[30]", false, "fleet:backup", "must be an object"));
        c.add(of("production", "fleet:tls", "{\"mode\": \"acme\"}", false, "fleet:tls.mode", "allowed: letsencrypt, self-signed, provided"));
        c.add(of("production", "fleet:tls", "{\"mode\": \"provided\"}", false, "fleet:tlsCertificate", "is required"));
        c.add(of("production", "fleet:tls", "{\"acmeStaging\": \"yes\"}", false, "fleet:tls.acmeStaging", "not a boolean"));
        c.add(of("production", "fleet:tls", "{\"acmeServer\": \"http://acme.example/dir\"}", false, "fleet:tls.acmeServer", "https://"));
        c.add(of("production", "fleet:monitoring", "{\"cpuPercent\": 150}", false, "fleet:monitoring.cpuPercent", "out of range"));
        c.add(of("production", "fleet:monitoring", "{\"uptimeRegions\": [\"mars\"]}", false, "fleet:monitoring.uptimeRegions", "not an uptime region"));
        c.add(of("production", "fleet:monitoring", "{\"downMinutes\": 4}", false, "fleet:monitoring.downMinutes", "allowed: 2, 3, 5"));
        c.add(of("staging", "fleet:monitoring", "{\"healthCheckIntervalSeconds\": 60}", false, "fleet:monitoring.healthCheckIntervalSeconds", "allowed: 10, 30"));
        c.add(of("production", "fleet:smtp", NONE, false, "fleet:smtp", "is required"));
        c.add(of("production", "fleet:smtp", "{\"host\": \"smtp.example.com\", \"tlsMode\": \"none\"}", false, "fleet:smtp.tlsMode", "not allowed"));
        c.add(of("production", "fleet:smtp", "{\"host\": \"smtp.example.com\"}", false, "fleet:smtp.user", "is required"));
        c.add(of("production", "fleet:smtp", "{\"host\": \"smtp.example.com\", \"user\": \"u\", \"port\": 0}", false, "fleet:smtp.port", "out of range"));
        c.add(of("production", "fleet:timezone", "Morocco/Rabat", false, "fleet:timezone", "not a time zone"));
        c.add(of("production", "fleet:regoin", "fra1", false, "fleet:regoin", "unknown key"));
        c.add(of("production", "fleet:dbPassword", NONE, false, "fleet:dbPassword", "is required"));
        c.add(of("production", "fleet:dbRootPassword", "plain-text-password-0001", false, "fleet:dbRootPassword", "stored in plain text"));
        c.add(of("production", "fleet:redisPassword", "tiny-pw", true, "fleet:redisPassword", "too short"));
        c.add(of("production", "fleet:redisPassword", "has space in it 0123456789", true, "fleet:redisPassword", "need quoting"));
        c.add(of("production", "fleet:appKey", "base64:dG9vc2hvcnQ=", true, "fleet:appKey", "32 bytes"));
        c.add(of("production", "fleet:appKey", "not-a-laravel-key", true, "fleet:appKey", "base64:"));
        c.add(of("production", "fleet:smtpPassword", NONE, false, "fleet:smtpPassword", "is required"));
        c.add(of("production", "digitalocean:token", "dop_v1_plaintext", false, "digitalocean:token", "plain text"));
        return c.stream();
    }

    private static Arguments of(String stack, String key, String value, boolean secret, String errorKey, String text) {
        return Arguments.of(stack, key, value, secret, errorKey, text);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}={2} -> {4}")
    @MethodSource("cases")
    void failsBeforeAnyResourceWithTheKeyNamed(String stack, String key, String value, boolean secret, String errorKey,
                                               String text) {
        StackFile f = Stacks.file(stack);
        f = NONE.equals(value) ? f.without(key) : f.without(key).with(Map.of(key, value), secret ? Set.of(key) : Set.of());
        // The loader names the key...
        StackFile bad = f;
        StackConfigException e = org.junit.jupiter.api.Assertions.assertThrows(StackConfigException.class,
                () -> StackSettingsLoader.load(bad.source(), "fleet", stack));
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.key()).isEqualTo(errorKey);
            assertThat(p.message()).contains(text);
        });
        if (secret) assertThat(e.getMessage()).doesNotContain(value);
        // ...and the real program, in the engine, declares nothing before failing.
        PlanRun.Result r = Stacks.run(stack, f);
        assertThat(r.failed()).isTrue();
        assertThat(r.resources()).allMatch(res -> res.type().equals("pulumi:pulumi:Stack"));
        assertThat(String.join("\n", r.errors()) + r.exceptions()).contains(errorKey);
    }

    @org.junit.jupiter.api.Test
    void theMatrixIsLargeAndDistinct() {
        List<Arguments> all = cases().toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(40);
        Map<String, Integer> seen = new HashMap<>();
        for (Arguments a : all) {
            Object[] x = a.get();
            seen.merge(x[0] + "|" + x[1] + "|" + x[2], 1, Integer::sum);
        }
        assertThat(seen.values()).allMatch(n -> n == 1);
    }
}
