package ma.marinemaroc.fleet.monitoring.scripts;

import ma.marinemaroc.fleet.testing.Proc;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the rendered fleet-logwatch on sample logs in a temp directory, with a recorder as the alert command. */
class FleetLogwatchTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void tools() {
        Proc.require("flock");
        Proc.require("dd");
    }

    /** Installs with the given threshold, creates the three (empty) logs and makes the baseline run. */
    private LogwatchHost baseline(int threshold) throws Exception {
        LogwatchHost host = LogwatchHost.install(dir, threshold);
        for (Path log : List.of(host.laravelLog, host.errorLog, host.accessLog)) {
            Files.createFile(log);
        }
        Proc.Result first = host.run();
        assertThat(first.exit()).as(first.all()).isZero();
        return host;
    }

    @Test
    void aboveThresholdCallsTheAlertCommandWithTheCountAndASample() throws Exception {
        LogwatchHost host = baseline(20);
        LogwatchHost.laravelErrors(host.laravelLog, 1, 25);
        LogwatchHost.append(host.laravelLog, "[2024-05-01 10:00:00] production.INFO: all good\n");

        Proc.Result run = host.run();

        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(host.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert).startsWith("logwatch: error lines above threshold\n25 matching log lines since ");
            assertThat(alert).contains("above the threshold of 20 per 5-minute run");
            assertThat(alert).containsPattern("laravel +25 error lines in " + host.logs + "/laravel\\*\\.log");
            assertThat(alert).contains("== laravel: last 10 matching lines ==");
            assertThat(alert).contains("failure number 16").contains("failure number 25")
                    .doesNotContain("failure number 15\n").doesNotContain("all good").doesNotContain("#0 ");
        });
        assertThat(host.lastSummary()).contains("total=25 threshold=20 alert=sent laravel=25 nginx-error=0 "
                + "nginx-access=0");
    }

    @Test
    void countsTheSampleLogsErrorsAndHttp5xxOnly() throws Exception {
        LogwatchHost host = baseline(10);
        LogwatchHost.append(host.laravelLog, LogwatchHost.sample("laravel.log"));
        LogwatchHost.append(host.errorLog, LogwatchHost.sample("nginx-error.log"));
        LogwatchHost.append(host.accessLog, LogwatchHost.sample("nginx-access.log"));

        Proc.Result run = host.run();

        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(host.lastSummary()).contains("total=11 threshold=10 alert=sent laravel=4 nginx-error=3 "
                + "nginx-access=4");
        String alert = host.alerts().get(0);
        assertThat(alert).containsPattern("nginx-access +4 HTTP 5xx responses in ")
                .contains("\"GET /v1/fleet-ops/live/coordinates HTTP/2.0\" 503 197")
                .contains("\"GET /v1/orders HTTP/1.1\" 502").contains("\"POST /v1/drivers HTTP/1.1\" 500")
                .contains("\"GET /socket HTTP/1.1\" 504").doesNotContain("/v1/orders/500")
                .doesNotContain("broken-upstream").doesNotContain("bot\\x22 503");
        assertThat(alert).contains("[crit] 31#31: *9 SSL_do_handshake()").doesNotContain("X-[error]-Probe");
        assertThat(alert).contains("production.CRITICAL: Queue worker").contains("local.ERROR: Webhook")
                .doesNotContain("printer jam").doesNotContain("production.ERROR: old");
    }

    @Test
    void atOrBelowThresholdDoesNotAlert() throws Exception {
        LogwatchHost host = baseline(20);
        LogwatchHost.laravelErrors(host.laravelLog, 1, 20);

        Proc.Result atThreshold = host.run();
        LogwatchHost.laravelErrors(host.laravelLog, 21, 3);
        Proc.Result below = host.run();

        assertThat(atThreshold.exit()).isZero();
        assertThat(below.exit()).isZero();
        assertThat(host.alerts()).isEmpty();
        List<String> summaries = host.summaries();
        assertThat(summaries.get(summaries.size() - 2)).contains("total=20 threshold=20 alert=no laravel=20");
        assertThat(summaries.get(summaries.size() - 1)).contains("total=3 threshold=20 alert=no laravel=3");

        LogwatchHost.laravelErrors(host.laravelLog, 24, 21);
        assertThat(host.run().exit()).isZero();
        assertThat(host.alerts()).hasSize(1);
    }

    @Test
    void emptyLogsCountZero() throws Exception {
        LogwatchHost host = baseline(0);

        Proc.Result run = host.run();

        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(host.lastSummary()).contains("total=0 threshold=0 alert=no laravel=0 nginx-error=0 nginx-access=0");
        assertThat(host.alerts()).isEmpty();
    }

    @Test
    void historyPresentAtTheFirstRunIsNotCounted() throws Exception {
        LogwatchHost host = LogwatchHost.install(dir, 5);
        LogwatchHost.laravelErrors(host.laravelLog, 1, 50);

        Proc.Result first = host.run();
        LogwatchHost.laravelErrors(host.laravelLog, 51, 2);
        Proc.Result second = host.run();

        assertThat(first.exit()).isZero();
        assertThat(second.exit()).isZero();
        assertThat(host.summaries().get(0)).contains("total=0");
        assertThat(host.lastSummary()).contains("total=2").contains("laravel=2");
        assertThat(host.alerts()).isEmpty();
    }

    @Test
    void missingLogIsReportedOnceAndCountedWhenItAppears() throws Exception {
        LogwatchHost host = LogwatchHost.install(dir, 3);
        Files.createFile(host.laravelLog);
        Files.createFile(host.accessLog);

        Proc.Result first = host.run();
        Proc.Result second = host.run();

        assertThat(first.exit()).isZero();
        assertThat(first.err()).contains("nginx-error: no log file matches " + host.errorLog
                + " (counted as 0; reported once until it reappears)");
        assertThat(host.lastSummary()).contains("nginx-error=missing");
        assertThat(second.exit()).isZero();
        assertThat(second.err()).doesNotContain("no log file matches");
        assertThat(host.lastSummary()).doesNotContain("no log file matches");

        LogwatchHost.append(host.errorLog, LogwatchHost.sample("nginx-error.log"));
        LogwatchHost.append(host.errorLog, LogwatchHost.sample("nginx-error.log"));
        Proc.Result appeared = host.run();
        assertThat(appeared.exit()).isZero();
        assertThat(host.lastSummary()).contains("total=6").contains("nginx-error=6");
        assertThat(host.alerts()).hasSize(1);

        Files.delete(host.errorLog);
        Proc.Result goneAgain = host.run();
        assertThat(goneAgain.exit()).isZero();
        assertThat(goneAgain.err()).contains("nginx-error: no log file matches");
    }

    @Test
    void rotationToANewSmallerFileCountsOnlyTheNewLines() throws Exception {
        LogwatchHost host = baseline(100);
        LogwatchHost.laravelErrors(host.laravelLog, 1, 30);
        assertThat(host.run().exit()).isZero();
        assertThat(host.lastSummary()).contains("laravel=30");

        Files.delete(host.laravelLog);
        LogwatchHost.laravelErrors(host.laravelLog, 31, 4);
        assertThat(host.run().exit()).isZero();

        assertThat(host.lastSummary()).contains("total=4").contains("laravel=4");
    }

    @Test
    void renameRotationAlsoCountsTheOldFilesTailFromDotOne() throws Exception {
        LogwatchHost host = baseline(100);
        LogwatchHost.laravelErrors(host.laravelLog, 1, 10);
        assertThat(host.run().exit()).isZero();
        LogwatchHost.laravelErrors(host.laravelLog, 11, 2);
        Files.move(host.laravelLog, host.logs.resolve("laravel.log.1"));
        LogwatchHost.laravelErrors(host.laravelLog, 13, 1);

        assertThat(host.run().exit()).isZero();

        assertThat(host.lastSummary()).contains("total=3").contains("laravel=3");
    }

    @Test
    void truncationInPlaceReadsTheFileFromTheStart() throws Exception {
        LogwatchHost host = baseline(100);
        LogwatchHost.laravelErrors(host.laravelLog, 1, 30);
        assertThat(host.run().exit()).isZero();
        Object inode = Files.getAttribute(host.laravelLog, "unix:ino");

        Files.writeString(host.laravelLog, "");
        LogwatchHost.laravelErrors(host.laravelLog, 31, 2);
        Proc.Result run = host.run();

        assertThat(Files.getAttribute(host.laravelLog, "unix:ino")).isEqualTo(inode);
        assertThat(run.exit()).isZero();
        assertThat(host.lastSummary()).contains("total=2").contains("laravel=2").contains("was truncated");
    }

    @Test
    void aFileRewrittenInPlaceWithLongerContentIsReadFromTheStart() throws Exception {
        LogwatchHost host = baseline(100);
        LogwatchHost.laravelErrors(host.laravelLog, 1, 2);
        assertThat(host.run().exit()).isZero();
        Object inode = Files.getAttribute(host.laravelLog, "unix:ino");

        Files.writeString(host.laravelLog, "[2024-05-02 00:00:00] production.INFO: new file header\n");
        LogwatchHost.laravelErrors(host.laravelLog, 3, 6);
        Proc.Result run = host.run();

        assertThat(Files.getAttribute(host.laravelLog, "unix:ino")).isEqualTo(inode);
        assertThat(run.exit()).isZero();
        assertThat(host.lastSummary()).contains("laravel=6").contains("replaced in place");
    }

    @Test
    void secondRunWithoutNewLinesCountsZero() throws Exception {
        LogwatchHost host = baseline(5);
        LogwatchHost.laravelErrors(host.laravelLog, 1, 8);
        assertThat(host.run().exit()).isZero();

        Proc.Result again = host.run();

        assertThat(again.exit()).isZero();
        assertThat(host.lastSummary()).contains("total=0 threshold=5 alert=no");
        assertThat(host.alerts()).hasSize(1);
    }

    @Test
    void aLineStillBeingWrittenIsCountedOnceComplete() throws Exception {
        LogwatchHost host = baseline(100);
        LogwatchHost.append(host.laravelLog, "[2024-05-01 10:00:00] production.ERROR: one\n[2024-05-01 10:00:01] produ");

        assertThat(host.run().exit()).isZero();
        assertThat(host.lastSummary()).contains("laravel=1");

        LogwatchHost.append(host.laravelLog, "ction.ERROR: two\n");
        assertThat(host.run().exit()).isZero();
        assertThat(host.lastSummary()).contains("laravel=1");
        assertThat(host.run().exit()).isZero();
        assertThat(host.lastSummary()).contains("laravel=0");
    }

    @Test
    void dailyLaravelFilesAreEachTrackedAndForgottenWhenDeleted() throws Exception {
        LogwatchHost host = baseline(100);
        Path day1 = host.logs.resolve("laravel-2024-05-01.log");
        LogwatchHost.laravelErrors(day1, 1, 3);
        assertThat(host.run().exit()).isZero();
        assertThat(host.lastSummary()).contains("laravel=3");

        Path day2 = host.logs.resolve("laravel-2024-05-02.log");
        LogwatchHost.laravelErrors(day1, 4, 1);
        LogwatchHost.laravelErrors(day2, 5, 2);
        assertThat(host.run().exit()).isZero();
        assertThat(host.lastSummary()).contains("laravel=3");

        Files.delete(day1);
        assertThat(host.run().exit()).isZero();
        try (var states = Files.list(host.stateDir.resolve("files"))) {
            assertThat(states.filter(p -> p.getFileName().toString().startsWith("laravel.")).count())
                    .as("laravel.log and day 2 are tracked, day 1 forgotten").isEqualTo(2);
        }
    }

    @Test
    void failingAlertCommandFailsTheRunButTheLinesAreNotAlertedTwice() throws Exception {
        LogwatchHost host = baseline(1);
        LogwatchHost.laravelErrors(host.laravelLog, 1, 5);
        host.env.put("RECORDER_EXIT", "3");

        Proc.Result failed = host.run();

        assertThat(failed.exit()).isEqualTo(1);
        assertThat(failed.err()).contains("failed with exit 3");
        assertThat(host.lastSummary()).contains("alert=failed(exit 3)");
        host.env.remove("RECORDER_EXIT");
        assertThat(host.run().exit()).isZero();
        assertThat(host.lastSummary()).contains("total=0");
        assertThat(host.alerts()).as("only the failed call; its lines are not alerted again").hasSize(1);
    }

    @Test
    void alertCommandComesFromTheEnvironmentWhenSet() throws Exception {
        LogwatchHost host = baseline(1);
        LogwatchHost.laravelErrors(host.laravelLog, 1, 5);
        host.env.put("ALERT_CMD", "/bin/false");

        Proc.Result run = host.run();

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("alert command /bin/false failed");
        assertThat(host.alerts()).isEmpty();
    }

    @Test
    void invalidPatternIsAConfigurationError() throws Exception {
        LogwatchHost host = LogwatchHost.install(dir, 1);
        Files.writeString(host.conf, Files.readString(host.conf) + "watch broken errors /tmp/x.log ([unclosed\n");

        Proc.Result run = host.run();

        assertThat(run.exit()).isEqualTo(78);
        assertThat(run.err()).contains("watch broken: invalid extended regular expression: ([unclosed");
    }

    @Test
    void aConcurrentRunIsSkipped() throws Exception {
        LogwatchHost host = baseline(1);
        Process holder = new ProcessBuilder(Proc.require("flock"), host.stateDir.resolve(".lock").toString(),
                "sleep", "30").start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            Proc.Result run;
            do {
                LogwatchHost.laravelErrors(host.laravelLog, 1, 5);
                run = host.run();
            } while (!run.err().contains("another run holds") && System.nanoTime() < deadline);
            assertThat(run.exit()).isZero();
            assertThat(run.err()).contains("another run holds");
        } finally {
            holder.destroy();
            holder.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
