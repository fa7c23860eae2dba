package ma.marinemaroc.fleet.backup.scripts;

import ma.marinemaroc.fleet.testing.Proc;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Measures (prints, does not assert) backup and restore throughput of the real scripts on a test
 * dataset; bench/backup/run.sh does the same at larger sizes against mysqldump | gzip.
 */
class BackupThroughputTest {

    @Test
    void reportsBackupAndRestoreThroughput() {
        ScriptRig rig = new ScriptRig(BackupTestEnv.get(), "throughput", b -> b.storageDir(null));
        rig.seed(10000, 5);
        String before = rig.fingerprint(rig.database);

        Proc.Result backup = rig.run("fleet-backup", "--no-upload");
        assertThat(backup.exit()).as(backup.all()).isZero();
        Matcher b = Pattern.compile("bytes=(\\d+) raw_bytes=(\\d+) duration_s=\\S+ backup_s=([0-9.]+)")
                .matcher(rig.read(rig.logFile));
        assertThat(b.find()).isTrue();
        double raw = Double.parseDouble(b.group(2));
        double backupSeconds = Double.parseDouble(b.group(3));

        rig.env.db.query(rig.database, "DELETE FROM tracking_statuses WHERE id % 2 = 0;");
        Proc.Result restore = rig.run("fleet-restore", "--from-file", rig.localDir.resolve(rig.localSets().get(0)).toString(),
                "--yes");
        assertThat(restore.exit()).as(restore.all()).isZero();
        assertThat(rig.fingerprint(rig.database)).isEqualTo(before);
        Matcher r = Pattern.compile("fleet-restore status=ok .* duration_s=([0-9.]+) rate_mb_s=([0-9.]+)")
                .matcher(rig.read(rig.logFile));
        assertThat(r.find()).isTrue();

        System.out.printf("[backup throughput] dump %.1f MB raw -> %.1f MB set (ratio %.1fx); backup %.2f s = %.1f MB/s; "
                        + "restore %s s = %s MB/s (shared 2-core machine, figures vary)%n",
                raw / 1048576, Double.parseDouble(b.group(1)) / 1048576, raw / Double.parseDouble(b.group(1)),
                backupSeconds, raw / 1048576 / backupSeconds, r.group(1), r.group(2));
        for (String schema : rig.schemasLike(rig.database + "%")) {
            rig.env.db.query("DROP DATABASE `" + schema + "`");
        }
    }
}
