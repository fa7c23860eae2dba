package ma.marinemaroc.fleet.load;

import org.HdrHistogram.Histogram;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One load run: scales the users along the profile (every 100 ms), samples the statistics every second (the
 * timeline), shows progress, and returns the result with the whole-run and per-stage histograms.
 */
final class LoadRun {
    /** One second of the run. */
    record Point(double t, int users, long requests, long errors, double p50Ms, double p95Ms, double p99Ms) {
    }

    /** Everything measured. */
    record Result(Instant started, double seconds, Histogram total, List<Histogram> stageLatency, long[] stageRequests,
                  long[] stageErrors, double[] stageSeconds, List<Point> timeline, Map<Integer, Long> statuses,
                  Map<String, Long> errorKinds) {
        long requests() {
            long n = 0;
            for (long r : stageRequests) n += r;
            return n;
        }

        long errors() {
            long n = 0;
            for (long e : stageErrors) n += e;
            return n;
        }

        double errorRate() {
            return requests() == 0 ? 0 : (double) errors() / requests();
        }
    }

    private LoadRun() {
    }

    static Result run(LoadTarget target, LoadProfile profile, int threads, Progress progress) throws Exception {
        LoadStats stats = new LoadStats();
        int n = profile.stages().size();
        Histogram total = new Histogram(LoadStats.MAX_MICROS, 3);
        List<Histogram> stageLatency = new ArrayList<>();
        for (int i = 0; i < n; i++) stageLatency.add(new Histogram(LoadStats.MAX_MICROS, 3));
        long[] stageRequests = new long[n];
        long[] stageErrors = new long[n];
        double[] stageSeconds = new double[n];
        for (int i = 0; i < n; i++) stageSeconds[i] = profile.stages().get(i).duration().toNanos() / 1e9;
        List<Point> timeline = new ArrayList<>();
        try (LoadEngine engine = new LoadEngine(target, profile, stats, threads)) {
            // the clock starts once the engine (TLS context included) is ready
            Instant started = Instant.now();
            long t0 = System.nanoTime();
            long end = t0 + profile.total().toNanos();
            long nextSample = t0 + TimeUnit.SECONDS.toNanos(1);
            while (true) {
                long now = System.nanoTime();
                if (now >= end) {
                    break;
                }
                engine.scaleTo((int) Math.round(profile.usersAt(Duration.ofNanos(now - t0))));
                if (now >= nextSample) {
                    sample(stats, profile, t0, now, engine.users(), total, stageLatency, stageRequests, stageErrors, timeline);
                    progress.show(timeline.get(timeline.size() - 1), profile, total, sum(stageRequests), sum(stageErrors));
                    nextSample += TimeUnit.SECONDS.toNanos(1);
                }
                TimeUnit.NANOSECONDS.sleep(Math.min(TimeUnit.MILLISECONDS.toNanos(100), Math.max(1, Math.min(end, nextSample) - now)));
            }
            // let the requests in flight finish (at most one request timeout), then count them
            engine.scaleTo(0);
            long graceEnd = System.nanoTime() + profile.requestTimeout().toNanos();
            while (engine.alive() > 0 && System.nanoTime() < graceEnd) {
                TimeUnit.MILLISECONDS.sleep(20);
            }
            sample(stats, profile, t0, System.nanoTime(), 0, total, stageLatency, stageRequests, stageErrors, timeline);
            progress.done();
            double seconds = (System.nanoTime() - t0) / 1e9;
            return new Result(started, seconds, total, stageLatency, stageRequests, stageErrors, stageSeconds, timeline,
                    stats.statusCounts(), stats.errorCounts());
        }
    }

    private static long sum(long[] a) {
        long s = 0;
        for (long v : a) s += v;
        return s;
    }

    private static void sample(LoadStats stats, LoadProfile profile, long t0, long now, int users, Histogram total,
                               List<Histogram> stageLatency, long[] stageRequests, long[] stageErrors, List<Point> timeline) {
        LoadStats.Interval iv = stats.interval();
        double t = (now - t0) / 1e9;
        // the second just sampled belongs to the stage its middle falls in
        int stage = profile.stageAt(Duration.ofNanos(Math.max(0, now - t0 - 500_000_000L)));
        total.add(iv.latencyMicros());
        stageLatency.get(stage).add(iv.latencyMicros());
        stageRequests[stage] += iv.requests();
        stageErrors[stage] += iv.errors();
        Histogram h = iv.latencyMicros();
        boolean any = h.getTotalCount() > 0;
        timeline.add(new Point(Math.round(t * 10) / 10.0, users, iv.requests(), iv.errors(),
                any ? h.getValueAtPercentile(50) / 1000.0 : Double.NaN,
                any ? h.getValueAtPercentile(95) / 1000.0 : Double.NaN,
                any ? h.getValueAtPercentile(99) / 1000.0 : Double.NaN));
    }

    /** Live progress: one updated line on a terminal, a line every 10 s otherwise, nothing when quiet. */
    static final class Progress {
        enum Mode { TERMINAL, LINES, QUIET }

        private final PrintStream out;
        private final Mode mode;
        private int shown;
        private int lastStage = -1;

        Progress(PrintStream out, Mode mode) {
            this.out = out;
            this.mode = mode;
        }

        void show(Point p, LoadProfile profile, Histogram total, long requests, long errors) {
            shown++;
            int stage = profile.stageAt(Duration.ofMillis((long) (p.t() * 1000) - 1));
            boolean newStage = stage != lastStage;
            lastStage = stage;
            if (mode == Mode.QUIET || (mode == Mode.LINES && shown % 10 != 0 && !newStage)) {
                return;
            }
            String line = String.format(Locale.ROOT,
                    "%5.0fs/%.0fs stage %d/%d  users %3d  %6d req/s  p95 %s (run %s)  errors %d (%.2f %%)",
                    p.t(), profile.total().toMillis() / 1000.0, stage + 1, profile.stages().size(), p.users(), p.requests(),
                    ms(p.p95Ms()), ms(total.getTotalCount() == 0 ? Double.NaN : total.getValueAtPercentile(95) / 1000.0),
                    errors, requests == 0 ? 0 : 100.0 * errors / requests);
            if (mode == Mode.TERMINAL) {
                out.print("\r" + line + "   ");
            } else {
                out.println(line);
            }
            out.flush();
        }

        void done() {
            if (mode == Mode.TERMINAL && shown > 0) {
                out.println();
            }
        }

        private static String ms(double v) {
            return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f ms", v);
        }
    }
}
