package ma.marinemaroc.fleet.backup.scripts;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import ma.marinemaroc.fleet.testing.Proc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The manifest's row counts are counted after the dump, from mydumper's files (one row a line, each starting with
 * "("): exact for rows whose values hold line breaks, parentheses, "),(", binary bytes, a value larger than one
 * INSERT statement, tables split into chunks, empty tables, and tables without a primary key; views are no tables.
 */
class DumpRowCountTest {

    @Test
    void manifestCountsEqualCountStarOnHostileDataAndTheDrillAgrees() throws Exception {
        ScriptRig rig = new ScriptRig(BackupTestEnv.get(), "rowcount", b -> b.storageDir(null).dumpChunkRows(700));
        rig.env.db.query("DROP DATABASE IF EXISTS `" + rig.database + "`; CREATE DATABASE `" + rig.database
                + "` DEFAULT CHARACTER SET utf8mb4;");
        rig.env.db.query(rig.database, """
                CREATE TABLE hostile (id INT AUTO_INCREMENT PRIMARY KEY, s LONGTEXT NULL, b LONGBLOB NULL);
                INSERT INTO hostile (s, b) VALUES
                  ('(starts with a parenthesis', NULL),
                  (CONCAT('line', CHAR(10), '(1,2),(3)', CHAR(13), CHAR(10), '(x', CHAR(10), '('), UNHEX('0A28290D0A280A00')),
                  ('),(', X'28'), ('', ''), (NULL, NULL), ('it''s \\\\ "quoted"\\n(', UNHEX('00FF0A0A2828')),
                  (REPEAT(CONCAT('(', CHAR(10)), 700000), REPEAT(UNHEX('0A28'), 600000));
                CREATE TABLE empty_table (id INT PRIMARY KEY);
                CREATE TABLE chunked (id INT PRIMARY KEY, v VARCHAR(40));
                INSERT INTO chunked SELECT seq, CONCAT('(', seq, CHAR(10), ')') FROM seq_1_to_5000;
                CREATE TABLE no_key (v VARCHAR(10));
                INSERT INTO no_key VALUES ('('), ('('), (NULL);
                CREATE VIEW chunked_view AS SELECT id FROM chunked WHERE id < 10;
                """);
        Proc.Result backup = rig.run("fleet-backup", "--no-upload");
        assertThat(backup.exit()).as(backup.all()).isZero();
        String set = rig.localSets().get(0);
        JsonObject manifest = JsonParser.parseString(Files.readString(rig.localDir.resolve(set + "/manifest.json")))
                .getAsJsonObject();
        JsonObject tables = manifest.getAsJsonArray("databases").get(0).getAsJsonObject().getAsJsonObject("tables");
        Map<String, Long> expected = new TreeMap<>();
        for (String t : List.of("hostile", "empty_table", "chunked", "no_key")) {
            expected.put(t, Long.parseLong(rig.env.db.query("SELECT COUNT(*) FROM `" + rig.database + "`.`" + t + "`").trim()));
        }
        Map<String, Long> counted = new TreeMap<>();
        tables.entrySet().forEach(e -> counted.put(e.getKey(), e.getValue().getAsLong()));
        assertThat(counted).isEqualTo(expected).containsEntry("hostile", 7L).containsEntry("chunked", 5000L);
        // the chunked table really was split, so the counts add up over several files
        Proc.Result list = Proc.run(List.of("bash", "-c", "zstd -dc db-" + rig.database + ".tar.zst | tar -t"),
                Map.of(), rig.localDir.resolve(set));
        assertThat(list.out().lines().filter(l -> l.matches(rig.database + "\\.chunked\\.\\d+\\.sql"))).hasSizeGreaterThan(3);
        assertThat(list.out()).contains(rig.database + ".objects-mysqldump").contains("metadata");

        Proc.Result drill = rig.run("fleet-restore-drill", "--from-file", rig.localDir.resolve(set).toString());
        assertThat(drill.exit()).as(drill.all()).isZero();
        rig.env.db.query("DROP DATABASE `" + rig.database + "`");
    }

    @Test
    void theCounterMapsChunksToTablesSkipsViewsAndRefusesStrayFiles(@TempDir Path dir) throws Exception {
        String script = BackupScripts.render(BackupScriptSettings.builder("b-test", "eu-west-1").build())
                .get(BackupScripts.BACKUP_SCRIPT);
        int start = script.indexOf("count_dump_rows() {");
        String function = script.substring(start, script.indexOf("\n}\n", start) + 3);
        Path lib = dir.resolve("count.sh");
        Files.writeString(lib, function);
        Path dump = Files.createDirectories(dir.resolve("dump"));
        Map<String, String> files = new TreeMap<>();
        files.put("db.t-schema.sql", "CREATE TABLE `t` (\n  `id` int\n);\n");
        files.put("db.t.00000.sql", "INSERT INTO `t` VALUES\n(1,\"a\\n(\"),\n(2,\"(\"),\n(3,NULL);\n");
        files.put("db.t.00001.sql", "INSERT INTO `t` VALUES\n(4,\"),(\");\nINSERT INTO `t` VALUES\n(5,\"\");\n");
        files.put("db.t2.sql", "INSERT INTO `t2` VALUES\n(1);\n");
        files.put("db.t2-schema.sql", "CREATE TABLE `t2` (`id` int);\n");
        files.put("db.t2-schema-triggers.sql", "CREATE TRIGGER x BEFORE INSERT ON t2 FOR EACH ROW\nBEGIN\n(1);\nEND;\n");
        files.put("db.empty-schema.sql", "CREATE TABLE `empty` (`id` int);\n");
        files.put("db.v-schema.sql", "CREATE TABLE `v` (`id` int);\n");
        files.put("db.v-schema-view.sql", "CREATE VIEW `v` AS SELECT 1;\n");
        files.put("db-schema-create.sql", "CREATE DATABASE `db`;\n");
        files.put("db.objects-mysqldump", "(not a row)\n");
        files.put("db_other.t-schema.sql", "CREATE TABLE `t` (`id` int);\n");
        files.put("db_other.t.sql", "INSERT INTO `t` VALUES\n(1),\n(2);\n");
        files.put("metadata", "Started dump at: x\nFinished dump at: y\n");
        for (Map.Entry<String, String> f : files.entrySet()) {
            Files.writeString(dump.resolve(f.getKey()), f.getValue());
        }
        assertThat(count(lib, dump, "db")).isEqualTo(new Proc.Result(0, "empty\t0\nt\t5\nt2\t1\n", ""));
        assertThat(count(lib, dump, "db_other").out()).isEqualTo("t\t2\n");

        Files.writeString(dump.resolve("db.stray.00003.sql"), "INSERT INTO `stray` VALUES\n(1);\n");
        Proc.Result stray = count(lib, dump, "db");
        assertThat(stray.exit()).isNotZero();
        assertThat(stray.err()).contains("data file db.stray.00003.sql belongs to no table of the dump");
    }

    private static Proc.Result count(Path lib, Path dump, String db) {
        return Proc.run(List.of("bash", "-c", "set -euo pipefail; . \"$1\"; count_dump_rows \"$2\" \"$3\"", "x",
                lib.toString(), dump.toString(), db), Map.of(), null, Duration.ofSeconds(20));
    }
}
