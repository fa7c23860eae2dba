package ma.marinemaroc.fleet.config;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** README's configuration table is the registry's ({@link ConfigKeys#readmeTable()}), so the two cannot drift. */
class ConfigKeysReadmeTest {
    static final Path README = Path.of("README.md");
    static final String HEADER = "| key | default | allowed | meaning |";

    @Test
    void readmesConfigurationTableIsTheRegistrys() throws Exception {
        List<String> lines = Files.readAllLines(README);
        int start = lines.indexOf(HEADER);
        assertThat(start).as("README has the configuration table (%s)", HEADER).isPositive();
        List<String> table = new ArrayList<>();
        for (int i = start; i < lines.size() && lines.get(i).startsWith("|"); i++) table.add(lines.get(i));
        String expected = ConfigKeys.readmeTable();
        if (!(String.join("\n", table) + "\n").equals(expected)) {
            Path out = Path.of(System.getProperty("java.io.tmpdir"), "readme-config-table.md");
            Files.writeString(out, expected);
            assertThat(String.join("\n", table) + "\n").as("README's table differs from the registry; the registry's "
                    + "table is in " + out).isEqualTo(expected);
        }
    }

    @Test
    void everyKeyTheLoaderReadsIsInTheRegistryAndViceVersa() {
        // every registered key is documented, and keys are unique by their full name
        Set<String> keys = new TreeSet<>();
        for (ConfigKey k : ConfigKeys.all()) {
            assertThat(keys.add(k.key())).as(k.key()).isTrue();
            assertThat(k.meaning()).as(k.key()).isNotBlank();
            assertThat(k.allowed()).as(k.key()).isNotBlank();
            assertThat(k.defaultText()).as(k.key()).isNotBlank();
        }
        assertThat(ConfigKeys.topLevelKeys()).contains("fleet:backup", "fleet:smtp", "fleet:tls", "fleet:images",
                "fleet:monitoring", "fleet:managed", "digitalocean:token");
        assertThat(ConfigKeys.children("fleet:managed")).containsExactly("cacheSize", "databaseSize", "networkRange");
        assertThat(ConfigKeys.children("fleet:backup")).containsExactly("bucketName", "bucketRegion", "drillSchedule",
                "localKeep", "restoreBucket", "restoreFrom", "retentionDays", "schedule");
        assertThat(ConfigKeys.all().stream().filter(ConfigKey::secret).map(ConfigKey::key)).containsExactly(
                "fleet:dbRootPassword", "fleet:dbPassword", "fleet:redisPassword", "fleet:appKey", "fleet:smtpPassword",
                "fleet:tlsPrivateKey", "fleet:uploadsAccessKeyId", "fleet:uploadsSecretKey", "digitalocean:token", "digitalocean:spacesSecretKey", "aws:secretKey", "aws:token");
    }
}
