package ma.marinemaroc.fleet.backup.scripts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import ma.marinemaroc.fleet.testing.Proc;
import org.junit.jupiter.api.Test;

/**
 * Fail-safe behaviour (issue 17.4): pruning while S3 is down, later uploads of what never reached S3, a reason
 * for every non-zero exit, clean-up when a run is stopped by a signal, one-line errors for a bad configuration.
 * Runs alone: its stall tests time a dump (5 s without output) on the shared server, where another class's restore
 * holding locks can make a healthy mydumper wait that long (seen in CI), and it runs drills of its own.
 */
@org.junit.jupiter.api.parallel.Isolated
class BackupFailSafeTest {
    /** S3 that refuses connections (nothing listens on the port) and gives up after one attempt. */
    private static final Map<String, String> ONE_ATTEMPT = Map.of("AWS_MAX_ATTEMPTS", "1");

    private static String offline() {
        return "http://127.0.0.1:" + Proc.freePort();
    }

    @Test
    void whileS3IsDownSetsStayLocalAndALaterRunUploadsThemAll() throws Exception {
        BackupTestEnv env = BackupTestEnv.get();
        String down = offline();
        ScriptRig rig = new ScriptRig(env, "pending", b -> b.s3Endpoint(down).localKeepCount(2).storageDir(null));
        rig.seed(30, 2);
        List<String> sets = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Proc.Result r = rig.runWith(ONE_ATTEMPT, "fleet-backup");
            assertThat(r.exit()).as(r.all()).isEqualTo(1);
            String newest = rig.localSets().get(rig.localSets().size() - 1);
            sets.add(newest);
            assertThat(errorLines(r)).singleElement().asString().contains("upload of " + newest + " to s3://")
                    .contains("the set stays in " + rig.localDir + " and a later run uploads it (" + (i + 1)
                            + " local set(s) not in S3 yet)");
            nextSecond();
        }
        // more local sets than LOCAL_KEEP_COUNT=2: none was pruned, since none exists anywhere else
        assertThat(rig.localSets()).containsExactlyElementsOf(sets);
        assertThat(sets).allMatch(s -> !Files.exists(rig.localDir.resolve(s).resolve(".uploaded")));
        assertThat(rig.read(rig.alertLog).split("SUBJECT fleet-backup FAILED on \\S+ at step upload\n", -1)).hasSize(4);

        // S3 is back: the next run uploads its own set first, then every older one, then prunes to 2
        rig.reconfigure(b -> b.localKeepCount(2).storageDir(null));
        Proc.Result ok = rig.run("fleet-backup");
        assertThat(ok.exit()).as(ok.all()).isZero();
        List<String> all = new ArrayList<>(sets);
        all.add(rig.localSets().get(rig.localSets().size() - 1));
        List<String> newestFirst = new ArrayList<>(all);
        java.util.Collections.reverse(newestFirst);
        assertThat(rig.read(rig.logFile)).contains("status=ok name=" + all.get(3))
                .contains("uploaded=\"" + String.join(" ", newestFirst) + "\" not_uploaded=0 pruned=\""
                        + all.get(0) + " " + all.get(1) + "\"");
        List<String> keys = rig.env.s3.keys(BackupTestEnv.BUCKET, "tests/pending/");
        for (String s : all) {
            assertThat(keys).contains("tests/pending/" + s + "/SHA256SUMS", "tests/pending/" + s + "/manifest.json")
                    .doesNotContain("tests/pending/" + s + "/.uploaded");
        }
        assertThat(rig.localSets()).containsExactly(all.get(2), all.get(3));
        assertThat(rig.leftovers()).allMatch(p -> p.startsWith(all.get(2)) || p.startsWith(all.get(3)));

        // a set uploaded late is as good as any: the drill restores the newest and the row counts match
        Proc.Result drill = rig.run("fleet-restore-drill");
        assertThat(drill.exit()).as(drill.all()).isZero();
    }

    @Test
    void localOnlySetsAreKeptBeyondTheCountButGiveWayOldestFirstWhenTheDiskWouldFill() throws Exception {
        BackupTestEnv env = BackupTestEnv.get();
        String down = offline();
        ScriptRig rig = new ScriptRig(env, "keeplocal", b -> b.s3Endpoint(down).localKeepCount(2).storageDir(null));
        rig.seed(20, 1);
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        String u1 = BackupFaultTest.fakeSet(rig, now.minusDays(4));
        String l2 = BackupFaultTest.fakeLocalOnlySet(rig, now.minusDays(3));
        String u3 = BackupFaultTest.fakeSet(rig, now.minusDays(2));
        String l4 = BackupFaultTest.fakeLocalOnlySet(rig, now.minusDays(1));

        // enough space: the uploaded sets beyond the newest 2 go, the local-only ones stay
        Proc.Result r = rig.runWith(ONE_ATTEMPT, "fleet-backup");
        assertThat(r.exit()).as(r.all()).isEqualTo(1);
        String n5 = rig.localSets().get(rig.localSets().size() - 1);
        assertThat(rig.localSets()).containsExactly(l2, l4, n5);
        assertThat(rig.read(rig.logFile)).contains("status=failed name=" + n5 + " step=upload");
        assertThat(rig.read(rig.alertLog)).doesNotContain("never uploaded");

        // the disk would fill (more free space required than any disk has): sets go oldest first, those in S3
        // before those that exist only here, never the newest; the local-only ones that went are alerted
        ScriptRig pressed = new ScriptRig(env, "pressure", b -> b.s3Endpoint(down).localKeepCount(10).storageDir(null)
                .localMinFreeMb(100_000_000).databases(List.of("fb_keeplocal")));
        u1 = BackupFaultTest.fakeSet(pressed, now.minusDays(4));
        l2 = BackupFaultTest.fakeLocalOnlySet(pressed, now.minusDays(3));
        u3 = BackupFaultTest.fakeSet(pressed, now.minusDays(2));
        l4 = BackupFaultTest.fakeLocalOnlySet(pressed, now.minusDays(1));
        Proc.Result p = pressed.runWith(ONE_ATTEMPT, "fleet-backup");
        assertThat(p.exit()).as(p.all()).isEqualTo(1);
        assertThat(pressed.localSets()).hasSize(1).doesNotContain(u1, l2, u3, l4);
        String newest = pressed.localSets().get(0);
        assertThat(pressed.read(pressed.logFile)).contains("status=failed name=" + newest + " step=upload");
        assertThat(p.err()).contains("deleting " + l2 + ", which never reached S3").contains("deleting " + l4);
        assertThat(pressed.read(pressed.alertLog))
                .contains("deleted to keep the disk from filling, never uploaded: " + l2 + " " + l4);
        // the order of deletion: before the dump u1, u3 (in S3), then l2 (local only; l4 was the newest then);
        // after it l4
        assertThat(p.err().indexOf("deleting " + l2)).isLessThan(p.err().indexOf("step: dump"));
        assertThat(p.err().indexOf("deleting " + l4)).isGreaterThan(p.err().indexOf("step: prune"));
    }

    @Test
    void aRunStoppedBySigtermRemovesItsWorkAndChildrenAndAlerts() throws Exception {
        BackupTestEnv env = BackupTestEnv.get();
        ScriptRig rig = new ScriptRig(env, "sigterm");
        rig.seed(200, 2);
        Files.writeString(rig.storageDir.resolve("a.txt"), "a");
        Path marker = rig.dir.resolve("in-dump");
        Path slow = rig.bin.resolve("slow-mydumper");
        // mydumper runs, then its wrapper keeps the dump step busy (a long dump)
        ScriptRig.toolWrapper(slow,
                "if [[ \" $* \" == *\" mydumper \"* ]]; then \"$@\"; touch " + marker + "; sleep 300; exit 0; fi\n");
        rig.reconfigure(b -> b.dbExec(slow.toString()));

        Process p = rig.start("fleet-backup", "--no-upload");
        try {
            awaitFile(marker, p);
            List<ProcessHandle> children = p.descendants().toList();
            assertThat(children).isNotEmpty();
            assertThat(rig.leftovers()).anyMatch(x -> x.startsWith(".tmp-fleet-"));
            long t0 = System.nanoTime();
            p.destroy(); // SIGTERM to the script alone (not to its children, as a plain `kill PID` does)
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("the script stops promptly").isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(20));
            assertThat(p.exitValue()).isEqualTo(143);
            for (ProcessHandle c : children) {
                c.onExit().get(10, TimeUnit.SECONDS);
                assertThat(c.isAlive()).as("child %s", c.pid()).isFalse();
            }
        } finally {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        String err = rig.read(rig.dir.resolve("fleet-backup.err"));
        assertThat(err.lines().filter(l -> l.contains("ERROR")).toList()).singleElement().asString()
                .contains("stopped by SIGTERM during step dump");
        assertThat(rig.read(rig.alertLog)).contains("SUBJECT fleet-backup FAILED").contains("stopped by SIGTERM");
        assertThat(rig.read(rig.logFile)).contains("status=failed").contains("exit=143");
        assertThat(rig.leftovers()).as("no work dir, no half-written set").isEmpty();
    }

    /**
     * A dumper that hangs (writes nothing, ignores SIGTERM, as mydumper 0.10 did here under load with its threads
     * waiting on each other) once: the backup stops it, dumps again from the start and succeeds.
     */
    @Test
    void aDumpThatHangsOnceIsStoppedAndRunAgain() throws Exception {
        BackupTestEnv env = BackupTestEnv.get();
        ScriptRig rig = new ScriptRig(env, "stallonce", b -> b.storageDir(null));
        rig.seed(50, 2);
        Path pids = rig.dir.resolve("hung-pids");
        String wrapper = hangingDumper(rig, pids, 1).toString();
        rig.reconfigure(b -> b.dbExec(wrapper).storageDir(null).dumpStallSeconds(5));

        Proc.Result r = rig.run("fleet-backup", "--no-upload");
        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(r.err()).contains("mydumper wrote nothing for 5 s (").contains("stopped; dumping again from the start");
        assertThat(rig.read(rig.logFile)).contains("status=ok");
        assertThat(rig.localSets()).hasSize(1);
        assertThat(rig.leftovers()).allMatch(p -> p.startsWith(rig.localSets().get(0)));
        assertGone(pids);
    }

    /** A dumper that hangs every time fails the backup with the reason, leaves nothing behind and alerts. */
    @Test
    void aDumpThatHangsTwiceFailsWithTheReason() throws Exception {
        BackupTestEnv env = BackupTestEnv.get();
        ScriptRig rig = new ScriptRig(env, "stalltwice", b -> b.storageDir(null));
        rig.seed(20, 1);
        Path pids = rig.dir.resolve("hung-pids");
        String wrapper = hangingDumper(rig, pids, 2).toString();
        rig.reconfigure(b -> b.dbExec(wrapper).storageDir(null).dumpStallSeconds(5));

        Proc.Result r = rig.run("fleet-backup", "--no-upload");
        assertThat(r.exit()).as(r.all()).isEqualTo(1);
        assertThat(errorLines(r)).singleElement().asString()
                .contains("mydumper wrote nothing for 5 s, twice: stopped")
                .contains("SHOW PROCESSLIST");
        assertThat(rig.read(rig.alertLog)).contains("SUBJECT fleet-backup FAILED").contains("at step dump");
        assertThat(rig.read(rig.logFile)).contains("status=failed").contains("step=dump");
        assertThat(rig.localSets()).isEmpty();
        assertThat(rig.leftovers()).as("no work dir, no half-written set").isEmpty();
        assertThat(Files.readAllLines(pids)).hasSize(2);
        assertGone(pids);
    }

    /**
     * A wrapper in front of the database tools whose first {@code times} mydumper runs hang: it records its pid,
     * ignores SIGTERM (so does its sleep, which inherits that) and writes nothing; later runs are the real mydumper.
     */
    private static Path hangingDumper(ScriptRig rig, Path pids, int times) throws java.io.IOException {
        Path w = rig.bin.resolve("hanging-mydumper");
        ScriptRig.toolWrapper(w,
                "if [[ \" $* \" == *\" mydumper \"* ]] && [[ $(cat " + pids + " 2>/dev/null | wc -l) -lt " + times
                + " ]]; then\n  echo $$ >>" + pids + "\n  trap '' TERM\n  sleep 600\n  exit 0\nfi\n");
        return w;
    }

    /**
     * A load that InnoDB stops with a deadlock (myloader 0.10 gives up on it; seen in CI with two of its threads on
     * one table) runs again into an emptied staging schema: the first run's rows are gone, the restore is exact.
     */
    @Test
    void aLoadStoppedByADeadlockRunsAgainIntoAnEmptySchema() throws Exception {
        Restorable start = backedUpThenChanged("deadlockonce", 80, 3, "DELETE FROM orders WHERE id > 40;");
        ScriptRig rig = start.rig();
        Path runs = rig.dir.resolve("loader-runs");
        Proc.Result r = start.restoreThrough(failingLoader(rig, runs, 1, DEADLOCK));
        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(r.err()).contains("myloader hit a transient lock error loading " + rig.database + "_restore_")
                .contains("(run 1 of 3): loading again into an empty schema");
        // the first run loaded every row before it failed: a second load into the same schema would have
        // failed on duplicate keys, or doubled the rows past the manifest's counts
        assertThat(Files.readAllLines(runs)).hasSize(2);
        assertThat(rig.fingerprint(rig.database)).isEqualTo(start.saved());
        assertThat(rig.schemasLike(rig.database + "\\_restore\\_%")).isEmpty();
        assertThat(rig.read(rig.alertLog)).isEmpty();
    }

    /**
     * A load that deadlocks on every run fails after three runs, and one that fails for any other reason fails at
     * once; either way the live data is untouched and no staging schema is left.
     */
    @Test
    void aLoadThatKeepsDeadlockingOrFailsOtherwiseStopsTheRestoreWithLiveDataUntouched() throws Exception {
        Restorable start = backedUpThenChanged("deadlockalways", 30, 2, "DELETE FROM orders WHERE id > 10;");
        ScriptRig rig = start.rig();

        Path runs = rig.dir.resolve("loader-runs");
        Proc.Result r = start.restoreThrough(failingLoader(rig, runs, 99, DEADLOCK));
        assertThat(r.exit()).as(r.all()).isEqualTo(1);
        assertThat(errorLines(r)).singleElement().asString().contains("myloader could not load db-" + rig.database);
        assertThat(r.err()).contains("Deadlock found").contains("(gave up after 3 runs of myloader)");
        assertThat(Files.readAllLines(runs)).hasSize(3);
        assertThat(rig.fingerprint(rig.database)).isEqualTo(start.live());
        assertThat(rig.schemasLike(rig.database + "\\_%")).isEmpty();
        assertThat(rig.read(rig.alertLog)).contains("SUBJECT fleet-restore FAILED").contains("(nothing was changed)");

        Files.delete(runs);
        Proc.Result r2 = start.restoreThrough(
                failingLoader(rig, runs, 99, "Error restoring x from file y: Table 'x' doesn't exist"));
        assertThat(r2.exit()).as(r2.all()).isEqualTo(1);
        assertThat(r2.err()).doesNotContain("loading again").doesNotContain("gave up after");
        assertThat(errorLines(r2)).singleElement().asString().contains("myloader could not load db-" + rig.database);
        assertThat(r2.err()).contains("Table 'x' doesn't exist");
        assertThat(Files.readAllLines(runs)).hasSize(1);
        assertThat(rig.fingerprint(rig.database)).isEqualTo(start.live());
        assertThat(rig.schemasLike(rig.database + "\\_%")).isEmpty();
    }

    /**
     * Building the deferred indexes and foreign keys: an ALTER stopped as a deadlock victim (two foreign keys between
     * the same tables wait on each other's metadata locks) changed nothing and runs again; one that keeps failing
     * stops the restore after three runs, the live data untouched.
     */
    @Test
    void aDeadlockedIndexBuildRunsAgainAndOneThatKeepsFailingStopsTheRestore() throws Exception {
        Restorable start = backedUpThenChanged("deadlockalter", 40, 2, "DELETE FROM orders WHERE id > 20;");
        ScriptRig rig = start.rig();
        Path runs = rig.dir.resolve("alter-runs");

        Proc.Result r = start.restoreThrough(deadlockingAlters(rig, runs, 999));
        assertThat(r.exit()).as(r.all()).isEqualTo(1);
        assertThat(errorLines(r)).singleElement().asString()
                .contains("building the indexes and foreign keys of " + rig.database + "_restore_");
        assertThat(r.err()).contains("Deadlock found").contains("(run 2 of 3): running it again")
                .doesNotContain("(run 3 of 3)");
        assertThat(Files.readAllLines(runs).size()).as("three runs of each ALTER file").isPositive()
                .satisfies(n -> assertThat(n % 3).isZero());
        assertThat(rig.fingerprint(rig.database)).isEqualTo(start.live());
        assertThat(rig.schemasLike(rig.database + "\\_%")).isEmpty();

        Files.delete(runs);
        Proc.Result r2 = start.restoreThrough(deadlockingAlters(rig, runs, 1));
        assertThat(r2.exit()).as(r2.all()).isZero();
        assertThat(r2.err()).contains("(run 1 of 3): running it again");
        assertThat(Files.readAllLines(runs)).hasSize(1);
        assertThat(rig.fingerprint(rig.database)).as("every index and foreign key is back").isEqualTo(start.saved());
        assertThat(rig.schemasLike(rig.database + "\\_restore\\_%")).isEmpty();
    }

    /**
     * A wrapper in front of the database tools that fails the first {@code times} SQL inputs holding an ALTER TABLE
     * as the client reports a deadlock victim, without running them (each appends a line to {@code runs}).
     * The lock is held until the client ends, so the wrapped SQL inputs run one at a time.
     */
    private static Path deadlockingAlters(ScriptRig rig, Path runs, int times) throws java.io.IOException {
        Path w = rig.bin.resolve("deadlocking-alters");
        ScriptRig.toolWrapper(w,
                "if [[ \" $* \" == *\" --database=\"* ]]; then\n"
                // check and count under a lock: the ALTER files run side by side
                + "  sql=$(cat)\n  exec 9>>" + runs + "\n  flock 9\n"
                + "  if [[ $sql == *'ALTER TABLE'* && $(wc -l <" + runs + ") -lt " + times + " ]]; then\n"
                + "    echo run >&9\n"
                + "    echo 'ERROR 1213 (40001) at line 3: Deadlock found when trying to get lock; try restarting transaction' >&2\n"
                + "    exit 1\n  fi\n"
                + "  printf '%s\\n' \"$sql\" | \"$@\"\n  exit\nfi\n");
        return w;
    }

    /**
     * The restore tests' starting point: a rig (no storage dir) seeded with {@code orders} orders of
     * {@code statusesPerOrder} statuses, backed up once to a local set, then its live data changed by {@code change}.
     *
     * @param saved the fingerprint of the backed-up data
     * @param live the fingerprint of the changed live data
     */
    private record Restorable(ScriptRig rig, String set, String saved, String live) {
        /** The local set's directory, for {@code fleet-restore --from-file}. */
        String from() {
            return rig.localDir.resolve(set).toString();
        }

        /** Restores the set ({@code fleet-restore --from-file}) with {@code toolWrapper} in front of the database tools. */
        Proc.Result restoreThrough(Path toolWrapper) {
            rig.reconfigure(b -> b.dbExec(toolWrapper.toString()).storageDir(null));
            return rig.run("fleet-restore", "--from-file", from(), "--yes");
        }
    }

    private static Restorable backedUpThenChanged(String name, int orders, int statusesPerOrder, String change)
            throws Exception {
        ScriptRig rig = new ScriptRig(BackupTestEnv.get(), name, b -> b.storageDir(null));
        rig.seed(orders, statusesPerOrder);
        String saved = rig.fingerprint(rig.database);
        assertThat(rig.run("fleet-backup", "--no-upload").exit()).isZero();
        String set = rig.localSets().get(0);
        rig.env.db.query(rig.database, change);
        return new Restorable(rig, set, saved, rig.fingerprint(rig.database));
    }

    private static final String DEADLOCK = "Error restoring t from file t.00002.sql: "
            + "Deadlock found when trying to get lock; try restarting transaction";

    /**
     * A wrapper in front of the database tools whose first {@code times} myloader runs load for real, then print
     * {@code error} as myloader does and fail (the worst case: rows in the schema); later runs are the real myloader.
     * Each myloader run appends a line to {@code runs}.
     */
    private static Path failingLoader(ScriptRig rig, Path runs, int times, String error) throws java.io.IOException {
        Path w = rig.bin.resolve("failing-myloader");
        ScriptRig.toolWrapper(w,
                "if [[ \" $* \" == *\" myloader \"* ]]; then\n"
                + "  touch " + runs + "\n  n=$(wc -l <" + runs + ")\n  echo run >>" + runs + "\n"
                + "  if [[ $n -lt " + times + " ]]; then \"$@\"; echo '** CRITICAL **: " + error.replace("'", "'\\''")
                + "' >&2; exit 1; fi\nfi\n");
        return w;
    }

    private static void assertGone(Path pids) throws Exception {
        for (String pid : Files.readAllLines(pids)) {
            // killed ones are reaped by init a moment later (an orphan's zombie counts as alive until then)
            java.util.Optional<ProcessHandle> h = ProcessHandle.of(Long.parseLong(pid.trim()));
            if (h.isPresent()) {
                h.get().onExit().get(10, TimeUnit.SECONDS);
            }
            assertThat(h.filter(ProcessHandle::isAlive)).as("hung dumper %s was stopped", pid).isEmpty();
        }
    }

    @Test
    void aRestoreStoppedWhileLoadingLeavesTheLiveDataAndDropsItsStaging() throws Exception {
        Restorable start = backedUpThenChanged("sigrestore", 100, 2, "DELETE FROM orders WHERE id > 50;");
        ScriptRig rig = start.rig();
        Path marker = rig.dir.resolve("in-load");
        Path slow = rig.bin.resolve("slow-myloader");
        ScriptRig.toolWrapper(slow,
                "if [[ \" $* \" == *\" myloader \"* ]]; then \"$@\"; touch " + marker + "; sleep 300; exit 0; fi\n");
        rig.reconfigure(b -> b.dbExec(slow.toString()).storageDir(null));

        Process p = rig.start("fleet-restore", "--from-file", start.from(), "--yes");
        try {
            awaitFile(marker, p);
            assertThat(rig.schemasLike(rig.database + "\\_restore\\_%")).hasSize(1);
            p.destroy();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isEqualTo(143);
        } finally {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        assertThat(rig.read(rig.dir.resolve("fleet-restore.err"))).contains("stopped by SIGTERM during step load-" + rig.database);
        assertThat(rig.schemasLike(rig.database + "\\_%")).isEmpty();
        assertThat(rig.fingerprint(rig.database)).isEqualTo(start.live());
        assertThat(rig.read(rig.dir.resolve("app.log"))).as("the application was never stopped").isEmpty();
        assertThat(rig.read(rig.alertLog)).contains("SUBJECT fleet-restore FAILED").contains("(nothing was changed)");
        assertThat(rig.leftovers()).allMatch(x -> x.startsWith(start.set()));
    }

    @Test
    void aSigtermDuringTheSwapTakesEffectOnlyOnceTheSwapIsComplete() throws Exception {
        Restorable start = backedUpThenChanged("sigswap", 60, 2, "DELETE FROM tracking_statuses;");
        ScriptRig rig = start.rig();
        Path marker = rig.dir.resolve("in-swap");
        Path slow = rig.bin.resolve("slow-swap");
        // the first mysqldump of the swap (the restored schema's triggers) is slow: the signal arrives meanwhile
        ScriptRig.toolWrapper(slow,
                "if [[ \" $* \" == *\" mysqldump \"* && ! -e " + marker + " ]]; then touch " + marker
                + "; sleep 3; fi\n");
        rig.reconfigure(b -> b.dbExec(slow.toString()).storageDir(null));

        Process p = rig.start("fleet-restore", "--from-file", start.from(), "--yes");
        try {
            awaitFile(marker, p);
            p.destroy();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isEqualTo(143);
        } finally {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        String err = rig.read(rig.dir.resolve("fleet-restore.err"));
        assertThat(err).contains("received SIGTERM during step swap-" + rig.database + ": finishing this step first")
                .contains("stopped by SIGTERM after step swap-" + rig.database);
        // the swap completed: restored data live, the old data kept as the fallback, the application restarted
        assertThat(rig.fingerprint(rig.database)).isEqualTo(start.saved());
        assertThat(rig.schemasLike(rig.database + "\\_fallback\\_%")).hasSize(1);
        assertThat(rig.fingerprint(rig.schemasLike(rig.database + "\\_fallback\\_%").get(0))).isEqualTo(start.live());
        assertThat(rig.schemasLike(rig.database + "\\_restore\\_%")).isEmpty();
        assertThat(rig.read(rig.dir.resolve("app.log"))).isEqualTo("stop\nstart\n");
        assertThat(rig.leftovers()).allMatch(x -> x.startsWith(start.set()));
    }

    @Test
    void aMissingOrBrokenConfigurationGivesOneLineAndNoBashError() throws Exception {
        BackupTestEnv env = BackupTestEnv.get();
        ScriptRig rig = new ScriptRig(env, "badconf");
        String good = Files.readString(rig.conf);
        Path missing = rig.dir.resolve("etc/nope.conf");
        for (String[] cmd : List.of(new String[] {"fleet-backup"}, new String[] {"fleet-restore", "--latest", "--yes"},
                new String[] {"fleet-restore-drill"})) {
            Proc.Result r = rig.runWith(Map.of("FLEET_BACKUP_CONF", missing.toString()), cmd[0],
                    java.util.Arrays.copyOfRange(cmd, 1, cmd.length));
            assertThat(r.exit()).as(r.all()).isEqualTo(1);
            assertThat(errorLines(r)).as(cmd[0]).singleElement().asString()
                    .contains("configuration file " + missing + " is missing");
            assertThat(r.all()).doesNotContain("unbound variable").doesNotContain("No such file");
        }

        Map<String, String> broken = new java.util.LinkedHashMap<>();
        broken.put(good.replace("LOCAL_KEEP_COUNT=7", "LOCAL_KEEP_COUNT='7"), "is broken: ");
        broken.put(good + "EXTRA=$NOT_SET_ANYWHERE\n", "is broken: line " + (good.lines().count() + 1)
                + " uses $NOT_SET_ANYWHERE, which is not set");
        broken.put(good.replace("LOCAL_KEEP_COUNT=7", "LOCAL_KEEP_COUNT=seven"), ": LOCAL_KEEP_COUNT must be a whole "
                + "number, got 'seven'");
        broken.put(good.replaceAll("(?m)^S3_BUCKET=.*\n", ""), "does not set S3_BUCKET");
        broken.put(good.replace("LOCAL_DIR=" + rig.localDir, "LOCAL_DIR=backups"), ": LOCAL_DIR must be an absolute path");
        broken.put("", "does not set S3_BUCKET");
        for (Map.Entry<String, String> e : broken.entrySet()) {
            Files.writeString(rig.conf, e.getKey());
            Proc.Result r = rig.run("fleet-backup", "--no-upload");
            assertThat(r.exit()).as(r.all()).isEqualTo(1);
            assertThat(errorLines(r)).as(e.getValue()).singleElement().asString()
                    .contains("configuration file " + rig.conf).contains(e.getValue());
            assertThat(r.all()).doesNotContain("unbound variable");
        }
        assertThat(rig.leftovers()).isEmpty();
        Files.writeString(rig.conf, good);
    }

    @Test
    void aMissingParallelToolIsAClearErrorWithTheAlert() throws Exception {
        BackupTestEnv env = BackupTestEnv.get();
        ScriptRig rig = new ScriptRig(env, "notools", b -> b.parallelDumpTool("/nonexistent/bin/mydumper")
                .parallelLoadTool("/nonexistent/bin/myloader"));
        rig.seed(5, 1);
        Proc.Result b = rig.run("fleet-backup", "--no-upload");
        assertThat(b.exit()).isEqualTo(1);
        assertThat(errorLines(b)).singleElement().asString()
                .contains("/nonexistent/bin/mydumper is not installed (package mydumper (Ubuntu 22.04: universe)); "
                        + "fleet-backup needs it");
        Proc.Result d = rig.run("fleet-restore-drill", "--from-file", rig.dir.toString());
        assertThat(errorLines(d)).singleElement().asString().contains("/nonexistent/bin/myloader is not installed");
        assertThat(rig.read(rig.alertLog)).contains("SUBJECT fleet-backup FAILED on").contains("fleet-backup needs it")
                .contains("SUBJECT fleet-restore-drill FAILED on").contains("fleet-restore-drill needs it");
        assertThat(rig.leftovers()).isEmpty();
    }

    static List<String> errorLines(Proc.Result r) {
        return r.err().lines().filter(l -> l.contains("ERROR")).collect(Collectors.toList());
    }

    private static void awaitFile(Path file, Process p) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Files.exists(file)) {
            assertThat(p.isAlive()).as("the script ended before reaching the step to interrupt").isTrue();
            assertThat(System.nanoTime()).as("waiting for " + file).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /** Set names have a one-second resolution. */
    private static void nextSecond() throws InterruptedException {
        long s = System.currentTimeMillis() / 1000;
        while (System.currentTimeMillis() / 1000 == s) {
            Thread.sleep(50);
        }
    }
}
