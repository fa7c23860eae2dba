package ma.marinemaroc.fleet.backup.scripts;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import ma.marinemaroc.fleet.testing.Proc;
import org.junit.jupiter.api.Test;

/**
 * Every Fleetbase database (its own, the sandbox and the storefront extension's) goes into one set from one
 * snapshot and comes back with restore and the drill; a set without a required database is refused.
 */
class BackupDatabasesTest {

    @Test
    void theThreeDatabasesAreBackedUpRestoredAndDrilledTogether() throws Exception {
        BackupTestEnv env = BackupTestEnv.get();
        String main = "fb_three";
        List<String> dbs = List.of(main, main + "_sandbox", main + "_storefront");
        ScriptRig rig = new ScriptRig(env, "three", b -> b.databases(dbs).optionalDatabases(List.of()));
        rig.seed(main, 300, 3);
        rig.seed(main + "_sandbox", 40, 2);
        // the storefront extension's database right after `php artisan mysql:createdb`: no tables yet
        env.db.query("DROP DATABASE IF EXISTS `" + main + "_storefront`; CREATE DATABASE `" + main
                + "_storefront` DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;");
        List<String> before = new ArrayList<>();
        for (String db : dbs) {
            before.add(rig.fingerprint(db));
        }

        Proc.Result backup = rig.run("fleet-backup");
        assertThat(backup.exit()).as(backup.all()).isZero();
        String set = rig.localSets().get(0);
        JsonArray inSet = JsonParser.parseString(Files.readString(rig.localDir.resolve(set + "/manifest.json")))
                .getAsJsonObject().getAsJsonArray("databases");
        assertThat(inSet).hasSize(3);
        assertThat(inSet.get(2).getAsJsonObject().get("name").getAsString()).isEqualTo(main + "_storefront");
        assertThat(inSet.get(2).getAsJsonObject().getAsJsonObject("tables").size()).isZero();
        // one mydumper run (one snapshot) covers the three databases; a run stopped by the stall watch (mydumper 0.10
        // can hang under load) is followed by exactly one more, which again covers all three
        long restarts = backup.err().lines().filter(l -> l.contains("dumping again from the start")).count();
        assertThat(rig.read(rig.argvLog).lines().filter(l -> l.startsWith("mydumper ") && l.contains("--outputdir=")).toList())
                .as("one mydumper run (one snapshot) for the three databases").hasSize(1 + (int) restarts)
                .allMatch(l -> l.contains("--regex=^(" + main + "|" + main + "_sandbox|" + main + "_storefront)\\."));

        // damage all three (the storefront gets a table it did not have), restore the newest set
        env.db.query(main, "DELETE FROM orders WHERE id % 2 = 0;");
        env.db.query(main + "_sandbox", "DELETE FROM tracking_statuses;");
        env.db.query(main + "_storefront", "CREATE TABLE stray (x INT); INSERT INTO stray VALUES (1);");
        Proc.Result restore = rig.run("fleet-restore", "--latest", "--yes");
        assertThat(restore.exit()).as(restore.all()).isZero();
        for (int i = 0; i < dbs.size(); i++) {
            assertThat(rig.fingerprint(dbs.get(i))).as(dbs.get(i)).isEqualTo(before.get(i));
        }
        assertThat(rig.read(rig.logFile)).contains("databases=\"" + String.join(" ", dbs) + "\"");

        Proc.Result drill = rig.run("fleet-restore-drill");
        assertThat(drill.exit()).as(drill.all()).isZero();
        assertThat(rig.read(rig.logFile)).contains("fleet-restore-drill status=ok name=" + set + " age_h=0 databases=3 ");

        // a fourth required database that the set lacks: backup, restore and drill refuse, with the reason
        rig.reconfigure(b -> b.databases(List.of(main, main + "_sandbox", main + "_storefront", main + "_extra"))
                .optionalDatabases(List.of()));
        Proc.Result b2 = rig.run("fleet-backup", "--no-upload");
        assertThat(BackupFailSafeTest.errorLines(b2)).singleElement().asString()
                .contains("database " + main + "_extra does not exist");
        Proc.Result r2 = rig.run("fleet-restore", "--latest", "--yes");
        assertThat(BackupFailSafeTest.errorLines(r2)).singleElement().asString()
                .contains("backup " + set + " has no dump of the required database(s) " + main + "_extra")
                .contains("restore the others one by one with --database DB");
        Proc.Result d2 = rig.run("fleet-restore-drill");
        assertThat(BackupFailSafeTest.errorLines(d2)).singleElement().asString()
                .contains("has no dump of the required database(s) " + main + "_extra");
        assertThat(rig.read(rig.alertLog)).contains("SUBJECT fleet-backup FAILED").contains("SUBJECT fleet-restore FAILED")
                .contains("SUBJECT fleet-restore-drill FAILED");
        for (int i = 0; i < dbs.size(); i++) {
            assertThat(rig.fingerprint(dbs.get(i))).as(dbs.get(i)).isEqualTo(before.get(i));
        }
        for (String s : rig.schemasLike(main + "%")) {
            env.db.query("DROP DATABASE `" + s + "`");
        }
    }
}
