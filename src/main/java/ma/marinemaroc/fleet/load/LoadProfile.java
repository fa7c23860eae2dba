package ma.marinemaroc.fleet.load;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a load run does over time: stages of virtual users (k6's ramping-vus: each stage moves the number of users
 * linearly from the previous stage's target to its own), think time between a user's requests, the request timeout
 * and the pass/fail thresholds.
 *
 * @param stages         consecutive stages, at least one
 * @param thinkMin       shortest pause after each response (0: back-to-back requests)
 * @param thinkMax       longest pause; uniform between min and max
 * @param requestTimeout a request without a complete answer by then is an error
 * @param thresholds     what the exit code checks
 */
public record LoadProfile(List<Stage> stages, Duration thinkMin, Duration thinkMax, Duration requestTimeout,
                          Thresholds thresholds) {
    /** Users move linearly towards {@code target} over {@code duration}. */
    public record Stage(Duration duration, int target) {
        public Stage {
            if (duration.isNegative() || duration.isZero() || duration.compareTo(Duration.ofHours(24)) > 0) {
                throw new IllegalArgumentException("a stage lasts more than 0 and at most 24h, got " + duration);
            }
            if (target < 0 || target > 10_000) {
                throw new IllegalArgumentException("a stage's target is 0..10000 virtual users, got " + target);
            }
        }
    }

    /** p95 latency must stay below {@code p95Ms}; the share of failed requests below {@code maxErrorRate}. */
    public record Thresholds(double p95Ms, double maxErrorRate) {
        public Thresholds {
            if (!(p95Ms > 0) || !(maxErrorRate >= 0 && maxErrorRate <= 1)) {
                throw new IllegalArgumentException("p95 limit > 0 ms and error rate limit 0..1 required");
            }
        }

        /** The seed plan's targets: p95 under 500 ms, under 1 % errors. */
        public static final Thresholds SEED = new Thresholds(500, 0.01);
    }

    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)");
    private static final Set<String> FILE_KEYS = Set.of("stages", "thinkTime", "requestTimeout", "thresholds");

    public LoadProfile {
        stages = List.copyOf(stages);
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("a profile needs at least one stage");
        }
        if (thinkMin.isNegative() || thinkMax.compareTo(thinkMin) < 0 || thinkMax.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalArgumentException("think time must be 0 <= min <= max <= 10m");
        }
        if (requestTimeout.isNegative() || requestTimeout.isZero() || requestTimeout.compareTo(Duration.ofMinutes(5)) > 0) {
            throw new IllegalArgumentException("request timeout must be more than 0 and at most 5m");
        }
        if (stages.stream().allMatch(s -> s.target() == 0)) {
            throw new IllegalArgumentException("no stage has a virtual user");
        }
    }

    /**
     * The seed plan's k6 scenario: ramp to 50 virtual users over 2 minutes, hold 50 for 5 minutes, ramp down over
     * 2 minutes; each user pauses 1 s after every response (k6's {@code sleep(1)}); 10 s request timeout.
     */
    public static LoadProfile seed() {
        return new LoadProfile(List.of(new Stage(Duration.ofMinutes(2), 50), new Stage(Duration.ofMinutes(5), 50),
                new Stage(Duration.ofMinutes(2), 0)), Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(10),
                Thresholds.SEED);
    }

    public Duration total() {
        return stages.stream().map(Stage::duration).reduce(Duration.ZERO, Duration::plus);
    }

    public int maxUsers() {
        return stages.stream().mapToInt(Stage::target).max().orElse(0);
    }

    /** Target number of users {@code elapsed} into the run (0 before the first stage ramps up). */
    public double usersAt(Duration elapsed) {
        long t = elapsed.toNanos();
        double from = 0;
        for (Stage s : stages) {
            long d = s.duration().toNanos();
            if (t < d) {
                return from + (s.target() - from) * ((double) t / d);
            }
            t -= d;
            from = s.target();
        }
        return from;
    }

    /** Index of the stage running {@code elapsed} into the run (the last one after the end). */
    public int stageAt(Duration elapsed) {
        long t = elapsed.toNanos();
        for (int i = 0; i < stages.size(); i++) {
            t -= stages.get(i).duration().toNanos();
            if (t < 0) {
                return i;
            }
        }
        return stages.size() - 1;
    }

    public LoadProfile withStages(List<Stage> s) {
        return new LoadProfile(s, thinkMin, thinkMax, requestTimeout, thresholds);
    }

    public LoadProfile withThink(Duration min, Duration max) {
        return new LoadProfile(stages, min, max, requestTimeout, thresholds);
    }

    public LoadProfile withRequestTimeout(Duration t) {
        return new LoadProfile(stages, thinkMin, thinkMax, t, thresholds);
    }

    public LoadProfile withThresholds(Thresholds t) {
        return new LoadProfile(stages, thinkMin, thinkMax, requestTimeout, t);
    }

    /** {@code 500ms}, {@code 2s}, {@code 1.5m}, {@code 1h}. */
    public static Duration duration(String text) {
        Matcher m = DURATION.matcher(text == null ? "" : text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration like 500ms, 30s, 2m or 1h");
        }
        double v = Double.parseDouble(m.group(1));
        double ms = switch (m.group(2)) {
            case "ms" -> v;
            case "s" -> v * 1000;
            case "m" -> v * 60_000;
            default -> v * 3_600_000;
        };
        return Duration.ofNanos(Math.round(ms * 1_000_000));
    }

    /** {@code 1s} (fixed) or {@code 0.5s-1.5s} (uniform): {min, max}. */
    public static Duration[] thinkTime(String text) {
        String[] parts = text.trim().split("\\s*-\\s*", 2);
        Duration min = duration(parts[0]);
        Duration max = parts.length == 2 ? duration(parts[1]) : min;
        if (max.compareTo(min) < 0) {
            throw new IllegalArgumentException("think time '" + text + "': the maximum is below the minimum");
        }
        return new Duration[]{min, max};
    }

    /** {@code 2m:50,5m:50,2m:0}: duration:target pairs. */
    public static List<Stage> stages(String text) {
        List<Stage> out = new ArrayList<>();
        for (String part : text.split(",")) {
            String[] dt = part.trim().split(":", 2);
            if (dt.length != 2 || !dt[1].trim().matches("\\d{1,5}")) {
                throw new IllegalArgumentException("stage '" + part.trim() + "' is not duration:users, e.g. 2m:50");
            }
            out.add(new Stage(duration(dt[0]), Integer.parseInt(dt[1].trim())));
        }
        return out;
    }

    /**
     * A profile file (YAML), every key optional, missing keys from the seed profile:
     * <pre>
     * stages:                    # or "2m:50,5m:50,2m:0"
     *   - {duration: 2m, target: 50}
     * thinkTime: 1s              # or 0.5s-1.5s
     * requestTimeout: 10s
     * thresholds: {p95Ms: 500, maxErrorRate: 0.01}
     * </pre>
     */
    public static LoadProfile fromFile(Path file) throws IOException {
        Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
        if (!(doc instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(file + ": a profile is a YAML mapping");
        }
        for (Object k : map.keySet()) {
            if (!FILE_KEYS.contains(String.valueOf(k))) {
                throw new IllegalArgumentException(file + ": unknown key '" + k + "' (allowed: " + FILE_KEYS + ")");
            }
        }
        LoadProfile p = seed();
        Object stages = map.get("stages");
        if (stages instanceof String s) {
            p = p.withStages(stages(s));
        } else if (stages instanceof List<?> list) {
            List<Stage> out = new ArrayList<>();
            for (Object o : list) {
                if (!(o instanceof Map<?, ?> st) || !(st.get("target") instanceof Integer target) || st.get("duration") == null
                        || st.size() != 2) {
                    throw new IllegalArgumentException(file + ": each stage is {duration: 2m, target: 50}, got " + o);
                }
                out.add(new Stage(duration(String.valueOf(st.get("duration"))), target));
            }
            p = p.withStages(out);
        } else if (stages != null) {
            throw new IllegalArgumentException(file + ": stages must be a list or a 'duration:users,...' string");
        }
        if (map.get("thinkTime") != null) {
            Duration[] t = thinkTime(String.valueOf(map.get("thinkTime")));
            p = p.withThink(t[0], t[1]);
        }
        if (map.get("requestTimeout") != null) {
            p = p.withRequestTimeout(duration(String.valueOf(map.get("requestTimeout"))));
        }
        if (map.get("thresholds") instanceof Map<?, ?> th) {
            double p95 = th.get("p95Ms") instanceof Number n ? n.doubleValue() : p.thresholds().p95Ms();
            double err = th.get("maxErrorRate") instanceof Number n ? n.doubleValue() : p.thresholds().maxErrorRate();
            for (Object k : th.keySet()) {
                if (!Set.of("p95Ms", "maxErrorRate").contains(String.valueOf(k))) {
                    throw new IllegalArgumentException(file + ": unknown threshold '" + k + "' (p95Ms, maxErrorRate)");
                }
            }
            p = p.withThresholds(new Thresholds(p95, err));
        } else if (map.get("thresholds") != null) {
            throw new IllegalArgumentException(file + ": thresholds is {p95Ms: 500, maxErrorRate: 0.01}");
        }
        return p;
    }
}
