package ma.marinemaroc.fleet.backup.scripts;

import ma.marinemaroc.fleet.testing.Proc;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The row counter embedded in fleet-backup (taken from the rendered script) on the dump layouts of
 * MySQL 8 (all rows of a statement on one line) and MariaDB (one row a line), with hostile strings.
 */
class RowCounterTest {
    @TempDir
    static Path dir;
    private static Path program;

    @BeforeAll
    static void extract() throws Exception {
        String script = BackupScripts.render(BackupScriptSettings.builder("b-test", "eu-west-1").build())
                .get(BackupScripts.BACKUP_SCRIPT);
        int start = script.indexOf("<<'AWK'\n") + "<<'AWK'\n".length();
        int end = script.indexOf("\nAWK\n", start);
        program = dir.resolve("count.awk");
        Files.writeString(program, script.substring(start, end + 1));
    }

    private static String count(String dump, String awk) throws Exception {
        Path in = Files.createTempFile(dir, "dump", ".sql");
        Files.writeString(in, dump);
        Proc.Result r = Proc.run(List.of("bash", "-c", "LC_ALL=C " + awk + " -f '" + program + "' < '" + in + "'"),
                Map.of(), null, Duration.ofSeconds(30));
        assertThat(r.exit()).as(r.err()).isZero();
        return r.out();
    }

    private static final String HOSTILE = "'it\\'s (a),(b) \\\\', 'x\\\\\\'y)(', '', 'semi;colon;'";

    @Test
    void mysqlLayoutAllRowsOnOneLine() throws Exception {
        String dump = "-- MySQL dump\nCREATE TABLE `orders` (\n  `id` int\n);\nCREATE TABLE `empty` (\n  `id` int\n);\n"
                + "INSERT INTO `orders` VALUES (1," + HOSTILE + ",0x00FF,NULL),(2," + HOSTILE + ",0x28,1.5),(3,'(',')',');');\n"
                + "INSERT INTO `orders` VALUES (4,'\\\\'),(5,'a');\n"
                + "INSERT INTO `log` (`id`, `m`) VALUES (1,'x'),(2,'y');\n"
                + "-- Dump completed on 2026-01-01\n";
        for (String awk : List.of("mawk", "gawk", "awk")) {
            if (Proc.run(List.of("bash", "-c", "command -v " + awk)).exit() != 0) {
                continue;
            }
            assertThat(count(dump, awk)).as(awk).isEqualTo(
                    "orders\t5\nempty\t0\nlog\t2\n__bytes__\t" + dump.length() + "\n__complete__\t1\n");
        }
    }

    @Test
    void mariadbLayoutOneRowPerLineAndIncompleteDumps() throws Exception {
        String dump = "CREATE TABLE `t` (\n  `id` int\n);\nINSERT INTO `t` VALUES\n(1," + HOSTILE + "),\n(2,'a\\nb'),\n"
                + "(3,'(((');\nINSERT INTO `t` VALUES (4,'z');\n";
        assertThat(count(dump, "mawk")).isEqualTo("t\t4\n__bytes__\t" + dump.length() + "\n__complete__\t0\n");
    }
}
