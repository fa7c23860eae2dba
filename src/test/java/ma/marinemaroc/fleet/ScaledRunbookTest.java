package ma.marinemaroc.fleet;

import ma.marinemaroc.fleet.config.StackFile;
import ma.marinemaroc.fleet.plan.PlanRun;
import ma.marinemaroc.fleet.services.Services;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * README's runbook for the move from {@code single} to {@code scaled} works as written: every {@code pulumi} command
 * names the scaled stack and its config file, the secrets it sets are exactly what the scaled stack needs beside the
 * committed file, the program builds that stack with host 0 (and only host 0) restoring on first boot, and the
 * commands it gives for the manual restore and for stopping the writers are the ones the program uses. The restore
 * step itself runs for real in {@code backup.scripts.ScaledMigrationRestoreTest}.
 */
class ScaledRunbookTest {
    static final String FILE = "stacks/Pulumi.scaled.yaml";

    static String section() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int from = readme.indexOf("### Moving from `single` to `scaled` (runbook)");
        int to = readme.indexOf("\n### ", from + 1);
        assertThat(from).as("the runbook section").isPositive();
        assertThat(to).isGreaterThan(from);
        return readme.substring(from, to);
    }

    static List<String> commands() throws Exception {
        return section().lines().map(String::trim).filter(l -> l.startsWith("pulumi ")).toList();
    }

    @Test
    void everyCommandNamesTheScaledStackAndItsConfigFile() throws Exception {
        List<String> commands = commands();
        assertThat(commands).hasSizeGreaterThan(6);
        assertThat(commands).anyMatch(c -> c.startsWith("pulumi up "));
        assertThat(Path.of(FILE)).exists();
        for (String c : commands) {
            if (c.startsWith("pulumi stack init")) {
                assertThat(c).isEqualTo("pulumi stack init scaled");
                continue;
            }
            List<String> words = List.of(c.split("\\s+"));
            assertThat(words).as(c).containsSequence("--stack", "scaled").containsSequence("--config-file", FILE);
        }
    }

    @Test
    void theSecretsItSetsBuildTheScaledStackWithHostZeroRestoringOnFirstBoot() throws Exception {
        Pattern set = Pattern.compile("pulumi config set .*--secret (\\S+)");
        Map<String, String> secrets = new TreeMap<>();
        for (String c : commands()) {
            Matcher m = set.matcher(c);
            if (m.find() && !m.group(1).startsWith("digitalocean:")) {
                secrets.put(m.group(1), StackFile.PLACEHOLDERS.getOrDefault(m.group(1), "placeholder-secret-value-00000"));
            }
        }
        assertThat(secrets.keySet()).containsExactlyInAnyOrder("fleet:appKey", "fleet:smtpPassword",
                "fleet:uploadsAccessKeyId", "fleet:uploadsSecretKey");
        StackFile f = StackFile.read(Path.of(FILE));
        assertThat(f.values()).containsEntry("fleet:topology", "scaled");
        PlanRun.Result r = Stacks.run("scaled", f.with(secrets, secrets.keySet()));
        assertThat(r.failed()).as("%s %s", r.errors(), r.exceptions()).isFalse();
        Graph g = new Graph(r);
        assertThat(g.named("app-0-services-restore-on-first-boot").plainInput("create").toString())
                .contains(restoreCommand());
        assertThat(g.find("app-1-services-restore-on-first-boot")).as("only host 0 restores").isEmpty();
    }

    /** The manual restore of step 4, as the program renders host 0's first-boot restore (without its gate). */
    static String restoreCommand() {
        return "sudo env FLEET_BACKUP_CONF=/etc/fleet/restore-source.conf /opt/fleet/bin/fleet-restore --latest --yes "
                + "--skip-storage";
    }

    @Test
    void theManualRestoreAndTheWritersAreTheProgramsOwn() throws Exception {
        String flat = section().replaceAll("\\s+", " ");
        assertThat(flat).contains("`" + restoreCommand() + "`");
        String writers = "label=" + Services.LABEL_WRITES_DATABASE + "=true";
        assertThat(flat).contains("docker stop $(docker ps -q -f " + writers + ")")
                .contains("docker start $(docker ps -aq -f " + writers + ")");
    }
}
