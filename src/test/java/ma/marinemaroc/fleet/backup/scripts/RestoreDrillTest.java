package ma.marinemaroc.fleet.backup.scripts;

import ma.marinemaroc.fleet.testing.Proc;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The weekly drill: restores the newest S3 set into scratch schemas and alerts on any difference. Runs alone: it
 * checks that no {@code fleet_drill_*} schema is left on the shared server, and another class's drill running at the
 * same moment has its own there (seen in CI).
 */
@org.junit.jupiter.api.parallel.Isolated
class RestoreDrillTest {

    @Test
    void drillPassesOnAGoodBackupAndAlertsOnATamperedManifest() throws Exception {
        ScriptRig rig = new ScriptRig(BackupTestEnv.get(), "drill");
        rig.seed(400, 4);
        Files.writeString(rig.storageDir.resolve("photo.jpg"), "jpeg");
        Proc.Result backup = rig.run("fleet-backup");
        assertThat(backup.exit()).as(backup.all()).isZero();
        String set = rig.localSets().get(0);
        String live = rig.fingerprint(rig.database);

        Proc.Result ok = rig.run("fleet-restore-drill");
        assertThat(ok.exit()).as(ok.all()).isZero();
        assertThat(rig.read(rig.logFile)).containsPattern("fleet-restore-drill status=ok name=" + set
                + " age_h=0 databases=1 raw_bytes=\\d+ restore_s=[0-9.]+ rate_mb_s=[0-9.]+");
        assertThat(rig.read(rig.alertLog)).isEmpty();
        assertThat(rig.schemasLike("fleet\\_drill\\_%")).isEmpty();
        assertThat(rig.leftovers()).allMatch(p -> p.startsWith(set));
        assertThat(rig.fingerprint(rig.database)).isEqualTo(live);

        Proc.Result list = rig.run("fleet-restore", "--list");
        assertThat(list.exit()).as(list.all()).isZero();
        assertThat(list.out()).contains("local sets in " + rig.localDir + ":\n  " + set + "\n")
                .contains("sets in s3://" + BackupTestEnv.BUCKET + "/tests/drill/:\n  " + set + "\n");

        // tampered manifest, checksums not updated: refused by the checksum check
        String key = "s3://" + BackupTestEnv.BUCKET + "/tests/drill/" + set + "/";
        Path work = Files.createDirectories(rig.dir.resolve("tamper"));
        assertThat(rig.env.s3.s3("cp", key + "manifest.json", work.resolve("manifest.json").toString()).exit()).isZero();
        JsonObject m = JsonParser.parseString(Files.readString(work.resolve("manifest.json"))).getAsJsonObject();
        JsonObject tables = m.getAsJsonArray("databases").get(0).getAsJsonObject().getAsJsonObject("tables");
        tables.addProperty("orders", 399);
        Files.writeString(work.resolve("manifest.json"), m.toString());
        assertThat(rig.env.s3.s3("cp", work.resolve("manifest.json").toString(), key + "manifest.json").exit()).isZero();

        Proc.Result tampered = rig.run("fleet-restore-drill");
        assertThat(tampered.exit()).isNotZero();
        assertThat(rig.read(rig.alertLog)).contains("SUBJECT fleet-restore-drill FAILED").contains("checksum mismatch");
        assertThat(rig.read(rig.logFile)).contains("fleet-restore-drill status=failed name=" + set + " step=verify");

        // tampered manifest with re-computed checksums: caught by the row-count comparison
        assertThat(rig.env.s3.s3("cp", key + "SHA256SUMS", work.resolve("SHA256SUMS").toString()).exit()).isZero();
        Proc.Result resum = Proc.run(List.of("bash", "-c", "cd '" + work + "' && sed -i \"s/^[0-9a-f]*  manifest.json$/"
                + "$(sha256sum manifest.json | cut -d' ' -f1)  manifest.json/\" SHA256SUMS"));
        assertThat(resum.exit()).isZero();
        assertThat(rig.env.s3.s3("cp", work.resolve("SHA256SUMS").toString(), key + "SHA256SUMS").exit()).isZero();
        Files.writeString(rig.alertLog, "");
        Proc.Result counts = rig.run("fleet-restore-drill");
        assertThat(counts.exit()).isNotZero();
        assertThat(rig.read(rig.alertLog)).contains("SUBJECT fleet-restore-drill FAILED").contains("row counts")
                .contains("orders\t399").contains("orders\t400");
        assertThat(rig.schemasLike("fleet\\_drill\\_%")).isEmpty();
        assertThat(rig.fingerprint(rig.database)).isEqualTo(live);
        assertThat(rig.leftovers()).allMatch(p -> p.startsWith(set));
    }

    @Test
    void drillAlertsWhenTheNewestBackupIsTooOld() throws Exception {
        ScriptRig rig = new ScriptRig(BackupTestEnv.get(), "drillage", b -> b.drillMaxAgeHours(36).storageDir(null));
        rig.seed(10, 1);
        assertThat(rig.run("fleet-backup", "--no-upload").exit()).isZero();
        Path set = rig.localDir.resolve(rig.localSets().get(0));
        JsonObject m = JsonParser.parseString(Files.readString(set.resolve("manifest.json"))).getAsJsonObject();
        m.addProperty("created_at", java.time.Instant.now().minus(java.time.Duration.ofHours(50))
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        Files.writeString(set.resolve("manifest.json"), m.toString());
        assertThat(Proc.run(List.of("bash", "-c", "cd '" + set + "' && sha256sum db-*.tar.zst manifest.json > SHA256SUMS"))
                .exit()).isZero();

        Proc.Result r = rig.run("fleet-restore-drill", "--from-file", set.toString());
        assertThat(r.exit()).isNotZero();
        assertThat(rig.read(rig.alertLog)).contains("SUBJECT fleet-restore-drill FAILED on ").contains(" at step age\n")
                .contains("is 50 h old (limit 36 h): backups are not running");
        assertThat(rig.schemasLike("fleet\\_drill\\_%")).isEmpty();
    }
}
