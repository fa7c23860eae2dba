package ma.marinemaroc.fleet.plan;

import ma.marinemaroc.fleet.Stacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The offline plan of every stack file is committed under src/test/resources/plans/, so that a pull request shows the
 * plan's change next to the code's. Regenerate after a deliberate change:
 * {@code mvn test -Dtest=PlanGoldenTest -Dgolden.update=true}.
 */
class PlanGoldenTest {
    static final Path DIR = Path.of("src/test/resources/plans");

    /** Every stack file of the repository (both topologies). */
    static java.util.stream.Stream<String> stacks() {
        return Stacks.FILES.keySet().stream().sorted();
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("stacks")
    void planMatchesTheCommittedPlan(String stack) throws Exception {
        PlanRun.Result r = Stacks.run(stack);
        assertThat(r.failed()).as("%s %s", r.errors(), r.exceptions()).isFalse();
        String text = PlanPrinter.print(stack, r);
        Path golden = DIR.resolve(stack + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(DIR);
            Files.writeString(golden, text);
        }
        assertThat(text).isEqualTo(Files.readString(golden));
    }

    @Test
    void theSameConfigGivesTheSameText() {
        String a = PlanPrinter.print("production", PlanRun.run(Stacks.file("production"), "fleet", "production",
                ma.marinemaroc.fleet.FleetStack::program));
        String b = PlanPrinter.print("production", PlanRun.run(Stacks.file("production"), "fleet", "production",
                ma.marinemaroc.fleet.FleetStack::program));
        assertThat(a).isEqualTo(b);
    }

    @Test
    void planCommandListsTheHostFirewallReservedIpAndDnsAndWritesFiles(@org.junit.jupiter.api.io.TempDir Path out) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = PlanCommand.run(new PrintWriter(o), new PrintWriter(e), "--stack", "production", "--placeholder-secrets",
                "--out", out.toString());
        assertThat(code).as(e.toString()).isZero();
        assertThat(o.toString()).contains("digitalocean:index/droplet:Droplet", "digitalocean:index/firewall:Firewall",
                "digitalocean:index/reservedIp:ReservedIp", "digitalocean:index/dnsRecord:DnsRecord");
        assertThat(out.resolve("plan.txt")).exists();
        assertThat(out.resolve("host/etc/fleet/nginx/conf.d/fleet.conf")).exists();
        assertThat(out.resolve("secret/etc/fleet/app/app.env")).exists();
        assertThat(out.resolve("host/etc/fleet/app/app.env")).doesNotExist();
    }

    @Test
    void planCommandListsEc2EquivalentsForAnAwsStack(@org.junit.jupiter.api.io.TempDir Path out) {
        StringWriter o = new StringWriter();
        int code = PlanCommand.run(new PrintWriter(o), new PrintWriter(new StringWriter()), "--stack", "staging",
                "--config-file", "stacks/Pulumi.staging.yaml", "--placeholder-secrets", "--out", out.toString());
        assertThat(code).isZero();
        assertThat(o.toString()).contains("aws:ec2/instance:Instance", "aws:ec2/securityGroup:SecurityGroup",
                "aws:ec2/eip:Eip", "aws:route53/record:Record").doesNotContain("digitalocean:index/droplet");
    }

    @Test
    void planCommandFailsWithEveryConfigProblem(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path bad = dir.resolve("Pulumi.bad.yaml");
        Files.writeString(bad, Files.readString(Path.of("Pulumi.production.yaml"))
                .replace("fleet:region: fra1", "fleet:region: fra9")
                .replace("fleet:hostSize: s-4vcpu-8gb", "fleet:hostSize: s-1vcpu-1gb")
                .replace("fleet:domain: fleet.marinemaroc.ma", "fleet:domain: fleet_marinemaroc")
                .replace("fleet:sshPort: 2222", "fleet:sshPort: 443")
                .replace("retentionDays: 30", "retentionDays: 0"));
        StringWriter e = new StringWriter();
        int code = PlanCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(e), "--stack", "production",
                "--config-file", bad.toString(), "--placeholder-secrets", "--out", dir.resolve("out").toString());
        assertThat(code).isEqualTo(2);
        assertThat(e.toString()).contains("has 5 problems", "fleet:region", "fleet:hostSize", "fleet:domain",
                "fleet:sshPort", "fleet:backup.retentionDays");
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
