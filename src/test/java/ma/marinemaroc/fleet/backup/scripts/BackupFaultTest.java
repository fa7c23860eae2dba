package ma.marinemaroc.fleet.backup.scripts;

import ma.marinemaroc.fleet.testing.MariaDbServer;
import ma.marinemaroc.fleet.testing.Proc;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Failure paths: each must exit non-zero, leave nothing partial, keep live data, and say why. */
class BackupFaultTest {
    private static final DateTimeFormatter SET_NAME = DateTimeFormatter.ofPattern("'fleet-'yyyyMMdd'T'HHmmss'Z'");

    @Test
    void backupWithTheDatabaseDownFailsCleanlyAndAlerts() {
        BackupTestEnv env = BackupTestEnv.get();
        ScriptRig rig = new ScriptRig(env, "dbdown",
                b -> b.dbSocket(env.root.resolve("no-server-here.sock").toString()));
        Proc.Result r = rig.run("fleet-backup");
        assertThat(r.exit()).as(r.all()).isNotZero();
        assertThat(r.err()).contains("cannot connect to the database");
        assertThat(rig.leftovers()).isEmpty();
        assertThat(rig.read(rig.alertLog)).contains("SUBJECT fleet-backup FAILED").contains("step database-check")
                .contains("cannot connect to the database");
        assertThat(rig.read(rig.logFile)).containsPattern("fleet-backup status=failed name=fleet-\\S+ step=database-check")
                .hasLineCount(1);
        assertThat(env.s3.keys(BackupTestEnv.BUCKET, "tests/dbdown/")).isEmpty();
    }

    @Test
    void aMissingOrOpenSecretsFileStopsTheBackupWithAnAlert() throws Exception {
        ScriptRig rig = new ScriptRig(BackupTestEnv.get(), "secrets");
        rig.seed(5, 1);
        Files.setPosixFilePermissions(rig.secrets, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        Proc.Result open = rig.run("fleet-backup", "--no-upload");
        assertThat(open.exit()).isNotZero();
        assertThat(rig.read(rig.alertLog)).contains("must not be readable by group or others");
        Files.delete(rig.secrets);
        Proc.Result missing = rig.run("fleet-backup", "--no-upload");
        assertThat(missing.exit()).isNotZero();
        assertThat(rig.read(rig.alertLog)).contains("secrets file " + rig.secrets + " is missing");
        assertThat(rig.read(rig.logFile).lines().filter(l -> l.contains("status=failed name=none step=config")).count())
                .isEqualTo(2);
        assertThat(rig.leftovers()).isEmpty();
    }

    @Test
    void corruptedArchivesAreRefusedAndLiveDataIsUntouched() throws Exception {
        ScriptRig rig = new ScriptRig(BackupTestEnv.get(), "corrupt");
        rig.seed(300, 3);
        assertThat(rig.run("fleet-backup", "--no-upload").exit()).isZero();
        Path set = rig.localDir.resolve(rig.localSets().get(0));
        Path dump = set.resolve("db-" + rig.database + ".tar.zst");
        rig.env.db.query(rig.database, "DELETE FROM orders WHERE id > 250;");
        String live = rig.fingerprint(rig.database);

        flipBytes(dump, Files.size(dump) / 2);
        Proc.Result r = rig.run("fleet-restore", "--from-file", set.toString(), "--yes");
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("checksum mismatch").contains("db-" + rig.database + ".tar.zst");
        assertThat(rig.fingerprint(rig.database)).isEqualTo(live);
        assertThat(rig.schemasLike(rig.database + "\\_%")).isEmpty();

        // same damage with matching checksums: the zstd integrity test still refuses it
        Proc.Result resum = Proc.run(List.of("bash", "-c",
                "cd '" + set + "' && sha256sum db-*.tar.zst manifest.json storage.tar.zst > SHA256SUMS"));
        assertThat(resum.exit()).isZero();
        Proc.Result r2 = rig.run("fleet-restore", "--from-file", set.toString(), "--yes");
        assertThat(r2.exit()).isNotZero();
        assertThat(r2.err()).contains("fails the zstd integrity test");
        assertThat(rig.fingerprint(rig.database)).isEqualTo(live);
        assertThat(rig.schemasLike(rig.database + "\\_%")).isEmpty();
        assertThat(rig.leftovers()).allMatch(p -> p.startsWith(set.getFileName().toString()));
    }

    @Test
    void restoreRefusesUnknownNamesMissingFilesAndUnreachableS3() throws Exception {
        BackupTestEnv env = BackupTestEnv.get();
        ScriptRig rig = new ScriptRig(env, "refuse");
        rig.seed(50, 1);
        String live = rig.fingerprint(rig.database);

        Proc.Result unknown = rig.run("fleet-restore", "--name", "fleet-20000101T000000Z", "--yes");
        assertThat(unknown.exit()).isNotZero();
        assertThat(unknown.err()).contains("backup fleet-20000101T000000Z not found in s3://" + BackupTestEnv.BUCKET);

        Proc.Result invalid = rig.run("fleet-restore", "--name", "../../etc", "--yes");
        assertThat(invalid.exit()).isNotZero();
        assertThat(invalid.err()).contains("invalid backup name '../../etc'");

        Proc.Result missing = rig.run("fleet-restore", "--from-file", rig.dir.resolve("nope/fleet.sql.zst").toString(), "--yes");
        assertThat(missing.exit()).isNotZero();
        assertThat(missing.err()).contains("no such backup set");

        Proc.Result noSet = rig.run("fleet-restore", "--from-file", rig.storageDir.toString(), "--yes");
        assertThat(noSet.exit()).isNotZero();
        assertThat(noSet.err()).contains("no SHA256SUMS");

        Proc.Result usage = rig.run("fleet-restore", "--yes");
        assertThat(usage.exit()).isEqualTo(2);

        ScriptRig offline = new ScriptRig(env, "offline",
                b -> b.s3Endpoint("http://127.0.0.1:" + closedPort()).databases(List.of("fb_refuse")));
        Proc.Result latest = offline.run("fleet-restore", "--latest", "--yes");
        assertThat(latest.exit()).isNotZero();
        assertThat(latest.err()).contains("cannot list s3://" + BackupTestEnv.BUCKET);

        // a backup that cannot upload: non-zero and an alert, the verified local set is kept
        Proc.Result backup = offline.run("fleet-backup");
        assertThat(backup.exit()).isNotZero();
        assertThat(offline.read(offline.alertLog)).contains("SUBJECT fleet-backup FAILED").contains("step upload");
        assertThat(offline.localSets()).hasSize(1);
        assertThat(offline.leftovers()).allMatch(p -> p.startsWith(offline.localSets().get(0)));

        assertThat(rig.fingerprint(rig.database)).isEqualTo(live);
        assertThat(rig.schemasLike("fb\\_refuse\\_%")).isEmpty();
        assertThat(rig.leftovers()).isEmpty();
        // every refusal exited non-zero with its reason in the alert, and said that nothing was changed
        assertThat(rig.read(rig.alertLog)).contains("backup fleet-20000101T000000Z not found")
                .contains("invalid backup name '../../etc'").contains("no such backup set").contains("no SHA256SUMS")
                .contains("usage error: choose --latest").contains("(nothing was changed)");
        assertThat(usage.err().lines().filter(l -> l.contains("ERROR")).toList()).hasSize(1);
    }

    @Test
    void noSpaceLeftFailsWithoutPartialFiles() throws Exception {
        BackupTestEnv env = BackupTestEnv.get();
        Path small = Files.createDirectories(env.root.resolve("tiny-fs"));
        Proc.Result mount = Proc.run(List.of("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", small.toString()));
        assertThat(mount.exit()).as("mounting a 64 KiB tmpfs (the test runs as root): " + mount.all()).isZero();
        try {
            ScriptRig rig = new ScriptRig(env, "nospace", b -> b.localDir(small.resolve("backups").toString()));
            rig.seed(2000, 3);
            Proc.Result r = rig.run("fleet-backup", "--no-upload");
            assertThat(r.exit()).as(r.all()).isNotZero();
            assertThat(rig.read(rig.alertLog)).contains("SUBJECT fleet-backup FAILED").contains("No space left on device");
            assertThat(rig.read(rig.logFile)).contains("status=failed");
            assertThat(rig.leftovers()).isEmpty();
            try (var entries = Files.list(small.resolve("backups"))) {
                assertThat(entries.toList()).isEmpty();
            }
        } finally {
            Proc.Result umount = Proc.run(List.of("umount", small.toString()));
            if (umount.exit() != 0) {
                Proc.run(List.of("umount", "--lazy", small.toString()));
            }
            assertThat(umount.exit()).as("umount " + small + ": " + umount.all()).isZero();
        }
    }

    @Test
    void twoRunsNeverOverlap() throws Exception {
        ScriptRig rig = new ScriptRig(BackupTestEnv.get(), "lock");
        Path lock = Path.of(rig.settings.lockFile());
        Files.createDirectories(lock.getParent());
        Process holder = new ProcessBuilder("flock", lock.toString(), "sleep", "60").start();
        try {
            Thread.sleep(300);
            long t0 = System.nanoTime();
            Proc.Result r = rig.run("fleet-backup", "--no-upload");
            assertThat(r.exit()).as(r.all()).isEqualTo(75);
            assertThat(r.err()).contains("is running");
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(20));
            Proc.Result restore = rig.run("fleet-restore", "--latest", "--yes");
            assertThat(restore.exit()).isEqualTo(75);
            assertThat(rig.localSets()).isEmpty();
            // a skipped run is a missed backup: it alerts with its reason (exit 75 fails the systemd unit too)
            assertThat(rig.read(rig.alertLog)).contains("SUBJECT fleet-backup FAILED").contains("SUBJECT fleet-restore FAILED")
                    .contains("another backup, restore or drill is running (lock " + lock + " is held)");
        } finally {
            holder.destroy();
            holder.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void restoreWithoutATerminalNeedsYes() throws Exception {
        ScriptRig rig = new ScriptRig(BackupTestEnv.get(), "notty");
        rig.seed(40, 1);
        assertThat(rig.run("fleet-backup", "--no-upload").exit()).isZero();
        rig.env.db.query(rig.database, "DELETE FROM tracking_statuses;");
        String live = rig.fingerprint(rig.database);
        Proc.Result r = rig.run("fleet-restore", "--from-file", rig.localDir.resolve(rig.localSets().get(0)).toString());
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("stdin is not a terminal (pass --yes)");
        assertThat(rig.fingerprint(rig.database)).isEqualTo(live);
        assertThat(rig.read(rig.dir.resolve("app.log"))).isEmpty();
    }

    @Test
    void onATerminalRestoreAsksAndOnlyYesProceeds() throws Exception {
        Proc.require("script");
        ScriptRig rig = new ScriptRig(BackupTestEnv.get(), "tty", b -> b.storageDir(null));
        rig.seed(40, 1);
        String saved = rig.fingerprint(rig.database);
        assertThat(rig.run("fleet-backup", "--no-upload").exit()).isZero();
        rig.env.db.query(rig.database, "DELETE FROM orders WHERE id > 20;");
        String live = rig.fingerprint(rig.database);
        String cmd = rig.bin.resolve("fleet-restore") + " --from-file " + rig.localDir.resolve(rig.localSets().get(0));

        Proc.Result no = Proc.run(List.of("script", "-q", "-e", "-c", cmd, "/dev/null"), rig.scriptEnv(), "no\n",
                Duration.ofMinutes(2));
        assertThat(no.exit()).isNotZero();
        assertThat(no.out()).contains("Type \"yes\" to restore").contains("restore cancelled");
        assertThat(rig.fingerprint(rig.database)).isEqualTo(live);

        Proc.Result yes = Proc.run(List.of("script", "-q", "-e", "-c", cmd, "/dev/null"), rig.scriptEnv(), "yes\n",
                Duration.ofMinutes(2));
        assertThat(yes.exit()).as(yes.all()).isZero();
        assertThat(rig.fingerprint(rig.database)).isEqualTo(saved);
    }

    @Test
    void aFailureAfterTheSwapIsRolledBack() throws Exception {
        BackupTestEnv env = BackupTestEnv.get();
        Path marker = env.root.resolve("rollback-failed-once");
        Path wrapper = env.root.resolve("fail-once-on-live-db");
        // fails the first client run inside the live schema (re-creating triggers after the RENAME)
        ScriptRig.toolWrapper(wrapper,
                "if [[ \" $* \" == *\" --database=fb_rollback \"* && ! -e " + marker + " ]]; then\n"
                + "  touch " + marker + "; cat >/dev/null; echo 'injected failure' >&2; exit 1\nfi\n");
        ScriptRig rig = new ScriptRig(env, "rollback", b -> b.dbExec(wrapper.toString()).storageDir(null));
        rig.seed(60, 2);
        assertThat(rig.run("fleet-backup", "--no-upload").exit()).isZero();
        rig.env.db.query(rig.database, "DELETE FROM tracking_statuses WHERE id % 2 = 0; DROP TRIGGER orders_after_insert;");
        String live = rig.fingerprint(rig.database);

        Proc.Result r = rig.run("fleet-restore", "--from-file", rig.localDir.resolve(rig.localSets().get(0)).toString(),
                "--yes");
        assertThat(r.exit()).isNotZero();
        assertThat(marker).exists();
        assertThat(r.err()).contains("rolling back").contains("rolled back (live data unchanged)");
        assertThat(rig.fingerprint(rig.database)).isEqualTo(live);
        assertThat(rig.schemasLike("fb\\_rollback\\_%")).isEmpty();
        assertThat(rig.read(rig.alertLog)).contains("SUBJECT fleet-restore FAILED");
        assertThat(rig.read(rig.dir.resolve("app.log"))).isEqualTo("stop\nstart\n");
    }

    @Test
    void aFailedIndexBuildFailsTheRestoreAndKeepsTheLiveData() throws Exception {
        BackupTestEnv env = BackupTestEnv.get();
        Path wrapper = env.root.resolve("fail-alter-table");
        // the deferred index builds (ALTER TABLE into the staging schema) fail; everything else passes
        ScriptRig.toolWrapper(wrapper,
                "if [[ \" $* \" == *\" --database=fb_alterfail_restore_\"* ]]; then\n"
                + "  input=$(cat); if grep -q 'ALTER TABLE' <<<\"$input\"; then echo 'injected ALTER failure' >&2; exit 1; fi\n"
                + "  printf '%s\\n' \"$input\" | \"$@\"; exit\nfi\n");
        ScriptRig rig = new ScriptRig(env, "alterfail", b -> b.dbExec(wrapper.toString()).storageDir(null));
        rig.seed(50, 2);
        assertThat(rig.run("fleet-backup", "--no-upload").exit()).isZero();
        rig.env.db.query(rig.database, "DELETE FROM orders WHERE id > 10;");
        String live = rig.fingerprint(rig.database);
        Proc.Result r = rig.run("fleet-restore", "--from-file", rig.localDir.resolve(rig.localSets().get(0)).toString(),
                "--yes");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("building the indexes and foreign keys of fb_alterfail_restore_")
                .contains("injected ALTER failure");
        assertThat(rig.fingerprint(rig.database)).isEqualTo(live);
        assertThat(rig.schemasLike("fb\\_alterfail\\_%")).isEmpty();
        assertThat(rig.read(rig.dir.resolve("app.log"))).isEmpty();
        assertThat(rig.leftovers()).allMatch(p -> p.startsWith(rig.localSets().get(0)));
    }

    @Test
    void pruningKeepsExactlyTheIntendedUploadedSets() throws Exception {
        ScriptRig rig = new ScriptRig(BackupTestEnv.get(), "prune", b -> b.localKeepCount(3).localKeepDays(10));
        rig.seed(20, 1);
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        String d1 = fakeSet(rig, now.minusDays(1));
        String d2 = fakeSet(rig, now.minusDays(2));
        String d3 = fakeSet(rig, now.minusDays(3));
        String d20 = fakeSet(rig, now.minusDays(20));
        Path incomplete = Files.createDirectories(rig.localDir.resolve(SET_NAME.format(now.minusDays(30))));
        Path unrelated = Files.createDirectories(rig.localDir.resolve("keep-me"));
        Path stale = Files.createDirectories(rig.localDir.resolve(".tmp-" + SET_NAME.format(now.minusDays(1))));

        Proc.Result r = rig.run("fleet-backup", "--no-upload");
        assertThat(r.exit()).as(r.all()).isZero();
        String newest = rig.localSets().stream().filter(s -> s.startsWith("fleet-")).reduce((a, b) -> b).orElseThrow();
        assertThat(rig.localSets()).containsExactlyInAnyOrder(newest, d1, d2, incomplete.getFileName().toString(), "keep-me");
        assertThat(stale).doesNotExist();
        assertThat(unrelated).exists();
        assertThat(rig.read(rig.logFile)).contains("pruned=\"" + d20 + " " + d3 + "\"");

        // age alone: with every older set past the limit only the newest survives
        ScriptRig aged = new ScriptRig(rig.env, "pruneage", b -> b.localKeepCount(5).localKeepDays(1)
                .databases(List.of("fb_prune")));
        String old = fakeSet(aged, now.minusDays(2));
        assertThat(aged.run("fleet-backup", "--no-upload").exit()).isZero();
        assertThat(aged.localSets()).hasSize(1).doesNotContain(old);
    }

    /** A complete local set that has reached S3 (rule 1 prunes such sets by count and age). */
    static String fakeSet(ScriptRig rig, ZonedDateTime when) throws Exception {
        String name = fakeLocalOnlySet(rig, when);
        Files.writeString(rig.localDir.resolve(name).resolve(".uploaded"), "s3://test/" + name + "/\n");
        return name;
    }

    /** A complete local set that never reached S3. */
    static String fakeLocalOnlySet(ScriptRig rig, ZonedDateTime when) throws Exception {
        String name = SET_NAME.format(when);
        Path d = Files.createDirectories(rig.localDir.resolve(name));
        Files.writeString(d.resolve("SHA256SUMS"), "");
        return name;
    }

    private static void flipBytes(Path file, long at) throws Exception {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            for (long i = at; i < at + 16; i++) {
                raf.seek(i);
                int b = raf.read();
                raf.seek(i);
                raf.write(b ^ 0x5A);
            }
        }
    }

    private static int closedPort() {
        return Proc.freePort();
    }
}
