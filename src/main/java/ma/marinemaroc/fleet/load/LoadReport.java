package ma.marinemaroc.fleet.load;

import com.google.gson.GsonBuilder;
import org.HdrHistogram.Histogram;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The outcome of a run: thresholds, the machine-readable summary (JSON), the chart (PNG), the text table. */
final class LoadReport {
    static final String SUMMARY = "summary.json";
    static final String CHART = "latency.png";

    record Check(String name, double limit, double actual, boolean pass) {
    }

    private LoadReport() {
    }

    static double p(Histogram h, double percentile) {
        return h.getTotalCount() == 0 ? Double.NaN : h.getValueAtPercentile(percentile) / 1000.0;
    }

    /** The thresholds, plus "at least one response": a run that measured nothing cannot pass. */
    static List<Check> checks(LoadRun.Result r, LoadProfile.Thresholds t) {
        double p95 = p(r.total(), 95);
        return List.of(
                new Check("p95 latency ms <", t.p95Ms(), p95, !Double.isNaN(p95) && p95 < t.p95Ms()),
                new Check("error rate <", t.maxErrorRate(), r.errorRate(), r.requests() > 0 && r.errorRate() < t.maxErrorRate()),
                new Check("responses >", 0, r.total().getTotalCount(), r.total().getTotalCount() > 0));
    }

    static Map<String, Object> summary(LoadTarget target, LoadProfile profile, LoadRun.Result r, List<Check> checks) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("target", target.origin());
        m.put("paths", target.paths());
        m.put("auth", target.bearerToken() == null ? "none" : "bearer token (value not recorded)");
        m.put("started", r.started().toString());
        m.put("seconds", round(r.seconds()));
        Map<String, Object> prof = new LinkedHashMap<>();
        List<Map<String, Object>> stages = new ArrayList<>();
        for (LoadProfile.Stage s : profile.stages()) {
            stages.add(Map.of("seconds", round(s.duration().toMillis() / 1000.0), "target", s.target()));
        }
        prof.put("stages", stages);
        prof.put("thinkSeconds", List.of(round(profile.thinkMin().toMillis() / 1000.0), round(profile.thinkMax().toMillis() / 1000.0)));
        prof.put("requestTimeoutSeconds", round(profile.requestTimeout().toMillis() / 1000.0));
        m.put("profile", prof);
        m.put("requests", r.requests());
        m.put("errors", r.errors());
        m.put("errorRate", round6(r.errorRate()));
        m.put("requestsPerSecond", round(r.requests() / Math.max(0.001, r.seconds())));
        m.put("latencyMs", latency(r.total()));
        Map<String, Long> statuses = new LinkedHashMap<>();
        r.statuses().forEach((k, v) -> statuses.put(Integer.toString(k), v));
        m.put("statuses", statuses);
        m.put("errorKinds", r.errorKinds());
        List<Map<String, Object>> perStage = new ArrayList<>();
        for (int i = 0; i < profile.stages().size(); i++) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("stage", i + 1);
            s.put("target", profile.stages().get(i).target());
            s.put("requests", r.stageRequests()[i]);
            s.put("errors", r.stageErrors()[i]);
            s.put("requestsPerSecond", round(r.stageRequests()[i] / r.stageSeconds()[i]));
            s.put("latencyMs", latency(r.stageLatency().get(i)));
            perStage.add(s);
        }
        m.put("stages", perStage);
        List<Map<String, Object>> th = new ArrayList<>();
        for (Check c : checks) {
            th.add(Map.of("name", c.name(), "limit", c.limit(), "actual", Double.isNaN(c.actual()) ? "none" : round6(c.actual()),
                    "pass", c.pass()));
        }
        m.put("thresholds", th);
        m.put("pass", checks.stream().allMatch(Check::pass));
        List<Map<String, Object>> tl = new ArrayList<>();
        for (LoadRun.Point p : r.timeline()) {
            Map<String, Object> pt = new LinkedHashMap<>();
            pt.put("t", p.t());
            pt.put("users", p.users());
            pt.put("requests", p.requests());
            pt.put("errors", p.errors());
            if (!Double.isNaN(p.p50Ms())) {
                pt.put("p50Ms", round(p.p50Ms()));
                pt.put("p95Ms", round(p.p95Ms()));
                pt.put("p99Ms", round(p.p99Ms()));
            }
            tl.add(pt);
        }
        m.put("timeline", tl);
        return m;
    }

    private static Map<String, Object> latency(Histogram h) {
        Map<String, Object> l = new LinkedHashMap<>();
        if (h.getTotalCount() == 0) {
            return l;
        }
        l.put("min", round(h.getMinValue() / 1000.0));
        l.put("mean", round(h.getMean() / 1000.0));
        l.put("p50", round(p(h, 50)));
        l.put("p90", round(p(h, 90)));
        l.put("p95", round(p(h, 95)));
        l.put("p99", round(p(h, 99)));
        l.put("max", round(h.getMaxValue() / 1000.0));
        return l;
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    static double round6(double v) {
        return Math.round(v * 1_000_000) / 1_000_000.0;
    }

    /** Writes summary.json and latency.png into {@code dir} (each via a temp file and a rename). */
    static void write(Path dir, Map<String, Object> summary, LoadRun.Result r, LoadProfile.Thresholds t) throws IOException {
        Files.createDirectories(dir);
        Path json = dir.resolve(SUMMARY + ".tmp");
        Files.writeString(json, new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create().toJson(summary) + "\n");
        Files.move(json, dir.resolve(SUMMARY), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Path png = dir.resolve("latency.tmp.png");
        BitmapEncoder.saveBitmap(chart(r, t, String.valueOf(summary.get("target"))), png.toString(), BitmapEncoder.BitmapFormat.PNG);
        Files.move(png, dir.resolve(CHART), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Latency percentiles per second (left axis, ms) with the p95 limit, users and requests/s (right axis). */
    static XYChart chart(LoadRun.Result r, LoadProfile.Thresholds t, String title) {
        XYChart c = new XYChartBuilder().width(1200).height(600).title("Load " + title)
                .xAxisTitle("seconds").yAxisTitle("latency ms").build();
        c.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW).setMarkerSize(3);
        c.getStyler().setYAxisMin(0, 0.0);
        c.getStyler().setYAxisMin(1, 0.0);
        c.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
        c.setYAxisGroupTitle(1, "users, requests/s");
        List<Double> x = new ArrayList<>();
        List<Double> p50 = new ArrayList<>();
        List<Double> p95 = new ArrayList<>();
        List<Double> p99 = new ArrayList<>();
        List<Double> xAll = new ArrayList<>();
        List<Double> users = new ArrayList<>();
        List<Double> rps = new ArrayList<>();
        for (LoadRun.Point p : r.timeline()) {
            xAll.add(p.t());
            users.add((double) p.users());
            rps.add((double) p.requests());
            if (!Double.isNaN(p.p50Ms())) {
                x.add(p.t());
                p50.add(p.p50Ms());
                p95.add(p.p95Ms());
                p99.add(p.p99Ms());
            }
        }
        if (x.isEmpty()) {
            x.add(0.0);
            p50.add(0.0);
            p95.add(0.0);
            p99.add(0.0);
        }
        c.addSeries("p50", x, p50).setMarker(SeriesMarkers.NONE);
        c.addSeries("p95", x, p95).setMarker(SeriesMarkers.NONE);
        c.addSeries("p99", x, p99).setMarker(SeriesMarkers.NONE);
        double end = xAll.isEmpty() ? 1 : xAll.get(xAll.size() - 1);
        XYSeries limit = c.addSeries(String.format(Locale.ROOT, "p95 limit %.0f ms", t.p95Ms()), List.of(0.0, end),
                List.of(t.p95Ms(), t.p95Ms()));
        limit.setMarker(SeriesMarkers.NONE);
        if (!xAll.isEmpty()) {
            XYSeries u = c.addSeries("users", xAll, users);
            u.setYAxisGroup(1);
            u.setMarker(SeriesMarkers.NONE);
            XYSeries q = c.addSeries("requests/s", xAll, rps);
            q.setYAxisGroup(1);
            q.setMarker(SeriesMarkers.NONE);
        }
        return c;
    }

    /** The text summary printed at the end. */
    static String text(LoadTarget target, LoadProfile profile, LoadRun.Result r, List<Check> checks) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "load %s  %d requests in %.1f s (%.1f req/s), %d errors (%.3f %%)%n",
                target.origin(), r.requests(), r.seconds(), r.requests() / Math.max(0.001, r.seconds()), r.errors(), 100 * r.errorRate()));
        sb.append(String.format(Locale.ROOT, "latency ms  p50 %s  p95 %s  p99 %s  max %s%n", f(p(r.total(), 50)), f(p(r.total(), 95)),
                f(p(r.total(), 99)), f(r.total().getTotalCount() == 0 ? Double.NaN : r.total().getMaxValue() / 1000.0)));
        sb.append(String.format("%-6s %-7s %9s %9s %9s %9s %7s%n", "STAGE", "USERS", "REQ", "REQ/S", "P95 MS", "P99 MS", "ERRORS"));
        for (int i = 0; i < profile.stages().size(); i++) {
            Histogram h = r.stageLatency().get(i);
            sb.append(String.format(Locale.ROOT, "%-6d %-7s %9d %9.1f %9s %9s %7d%n", i + 1, "->" + profile.stages().get(i).target(),
                    r.stageRequests()[i], r.stageRequests()[i] / r.stageSeconds()[i], f(p(h, 95)), f(p(h, 99)), r.stageErrors()[i]));
        }
        if (!r.errorKinds().isEmpty()) {
            sb.append("errors: ").append(r.errorKinds()).append('\n');
        }
        for (Check c : checks) {
            sb.append(String.format(Locale.ROOT, "%s %s %s (actual %s)%n", c.pass() ? "PASS" : "FAIL", c.name(), fmt(c.limit()),
                    Double.isNaN(c.actual()) ? "none" : fmt(c.actual())));
        }
        boolean pass = checks.stream().allMatch(Check::pass);
        sb.append(pass ? "load: OK (thresholds met)\n" : "load: FAILED (a threshold was not met)\n");
        return sb.toString();
    }

    private static String f(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.4f", v);
    }
}
