package ma.marinemaroc.fleet.load;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the virtual users record, safe to write from every event-loop thread at once: response latencies in an
 * HdrHistogram {@link Recorder} (microseconds, 1 µs to 5 min, 3 significant digits), status counts, error kinds.
 * The run samples it once a second ({@link #interval()}).
 */
final class LoadStats {
    static final long MAX_MICROS = 300_000_000L;

    private final Recorder latency = new Recorder(MAX_MICROS, 3);
    private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> errorKinds = new ConcurrentHashMap<>();
    private final LongAdder errorsInInterval = new LongAdder();
    private final LongAdder requestsInInterval = new LongAdder();
    private Histogram spare;

    /** A response arrived: its status and the time from sending the request to its last byte. */
    void response(int status, long nanos) {
        latency.recordValue(Math.min(MAX_MICROS, Math.max(1, nanos / 1000)));
        statuses.computeIfAbsent(status, k -> new LongAdder()).increment();
        requestsInInterval.increment();
        if (status >= 400) {
            errorKinds.computeIfAbsent("http " + status, k -> new LongAdder()).increment();
            errorsInInterval.increment();
        }
    }

    /** A request failed without a response (connect refused, reset, timeout, TLS ...). */
    void failure(String kind) {
        errorKinds.computeIfAbsent(kind, k -> new LongAdder()).increment();
        errorsInInterval.increment();
        requestsInInterval.increment();
    }

    /** Everything recorded since the previous call. */
    record Interval(Histogram latencyMicros, long requests, long errors) {
    }

    synchronized Interval interval() {
        Histogram h = latency.getIntervalHistogram(spare);
        spare = null;
        return new Interval(h, requestsInInterval.sumThenReset(), errorsInInterval.sumThenReset());
    }

    Map<Integer, Long> statusCounts() {
        Map<Integer, Long> m = new TreeMap<>();
        statuses.forEach((k, v) -> m.put(k, v.sum()));
        return m;
    }

    Map<String, Long> errorCounts() {
        Map<String, Long> m = new TreeMap<>();
        errorKinds.forEach((k, v) -> m.put(k, v.sum()));
        return m;
    }
}
