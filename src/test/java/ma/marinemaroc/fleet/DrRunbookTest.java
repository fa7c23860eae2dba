package ma.marinemaroc.fleet;

import ma.marinemaroc.fleet.config.StackFile;
import ma.marinemaroc.fleet.plan.PlanRun;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * README's disaster-recovery runbook works as written: every {@code pulumi} command of the section names the DR
 * stack and its config file (a secret set without {@code --config-file} would land in a file {@code up} never
 * reads), every key it sets is one the program reads, and the program builds the DR stack from that file with the
 * secrets the runbook sets.
 */
class DrRunbookTest {
    static final String FILE = "stacks/Pulumi.dr.yaml";

    static List<String> commands() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int from = readme.indexOf("### Disaster recovery runbook");
        int to = readme.indexOf("\n## ", from);
        assertThat(from).as("the runbook section").isPositive();
        String section = readme.substring(from, to);
        return section.lines().map(String::trim).filter(l -> l.startsWith("pulumi ")).toList();
    }

    @Test
    void everyCommandNamesTheDrStackAndItsConfigFile() throws Exception {
        List<String> commands = commands();
        assertThat(commands).hasSizeGreaterThan(8);
        assertThat(commands).anyMatch(c -> c.startsWith("pulumi up "));
        assertThat(Path.of(FILE)).exists();
        for (String c : commands) {
            if (c.startsWith("pulumi stack init")) {
                assertThat(c).isEqualTo("pulumi stack init dr");
                continue;
            }
            List<String> words = List.of(c.split("\\s+"));
            assertThat(words).as(c).containsSequence("--stack", "dr").containsSequence("--config-file", FILE);
        }
    }

    @Test
    void theSecretsItSetsAreWhatTheDrStackNeeds() throws Exception {
        Pattern set = Pattern.compile("pulumi config set .*--secret (\\S+)");
        StackFile f = StackFile.read(Path.of(FILE));
        java.util.Map<String, String> secrets = new java.util.TreeMap<>();
        for (String c : commands()) {
            Matcher m = set.matcher(c);
            if (m.find() && !m.group(1).startsWith("digitalocean:")) {
                secrets.put(m.group(1), StackFile.PLACEHOLDERS.getOrDefault(m.group(1), "placeholder-secret-value-00000"));
            }
        }
        assertThat(secrets.keySet()).containsExactlyInAnyOrder("fleet:appKey", "fleet:dbRootPassword", "fleet:dbPassword",
                "fleet:redisPassword", "fleet:smtpPassword");
        // exactly these secrets added to the committed file: the program builds the DR stack
        PlanRun.Result r = Stacks.run("dr", f.with(secrets, secrets.keySet()));
        assertThat(r.failed()).as("%s %s", r.errors(), r.exceptions()).isFalse();
        assertThat(new Graph(r).named("services-restore-on-first-boot")).isNotNull();
    }
}
