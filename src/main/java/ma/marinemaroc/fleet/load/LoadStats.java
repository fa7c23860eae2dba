package ma.marinemaroc.fleet.load;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.SingleWriterRecorder;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the virtual users record. Each event-loop thread writes only to its own {@link Shard} (an HdrHistogram
 * {@link SingleWriterRecorder} of latencies in microseconds, 1 µs to 5 min, 3 significant digits, and plain
 * single-writer counters), so recording a response takes no lock and shares no cache line with another thread.
 * The run samples all shards once a second ({@link #interval()}); error kinds are rare and go to one shared map.
 */
final class LoadStats {
    static final long MAX_MICROS = 300_000_000L;
    /** Status codes counted in an array; any other number (a broken server) lands in {@link #OTHER_STATUS}. */
    private static final int STATUSES = 1000;
    private static final int OTHER_STATUS = 0;

    private final List<Shard> shards = new CopyOnWriteArrayList<>();
    private final Map<String, LongAdder> errorKinds = new ConcurrentHashMap<>();
    /** Reader side: requests and errors of every shard up to the previous {@link #interval()}. */
    private long requestsSeen;
    private long errorsSeen;

    /** A new shard for one writer thread. */
    Shard shard() {
        Shard s = new Shard();
        shards.add(s);
        return s;
    }

    /** One writer thread's records. Only that thread calls {@link #response} and {@link #failure}. */
    final class Shard {
        private final SingleWriterRecorder latency = new SingleWriterRecorder(MAX_MICROS, 3);
        private final AtomicLongArray statuses = new AtomicLongArray(STATUSES);
        // single writer: lazySet(get() + 1) is an ordered store, no read-modify-write instruction
        private final AtomicLong requests = new AtomicLong();
        private final AtomicLong errors = new AtomicLong();

        private Shard() {
        }

        /** A response arrived: its status and the time from sending the request to its last byte. */
        void response(int status, long nanos) {
            latency.recordValue(Math.min(MAX_MICROS, Math.max(1, nanos / 1000)));
            int i = status > 0 && status < STATUSES ? status : OTHER_STATUS;
            statuses.lazySet(i, statuses.get(i) + 1);
            requests.lazySet(requests.get() + 1);
            if (status >= 400) {
                errorKinds.computeIfAbsent("http " + status, k -> new LongAdder()).increment();
                errors.lazySet(errors.get() + 1);
            }
        }

        /** A request failed without a response (connect refused, reset, timeout, TLS ...). */
        void failure(String kind) {
            errorKinds.computeIfAbsent(kind, k -> new LongAdder()).increment();
            requests.lazySet(requests.get() + 1);
            errors.lazySet(errors.get() + 1);
        }
    }

    /** Everything recorded since the previous call. */
    record Interval(Histogram latencyMicros, long requests, long errors) {
    }

    synchronized Interval interval() {
        Histogram h = new Histogram(MAX_MICROS, 3);
        long requests = 0;
        long errors = 0;
        for (Shard s : shards) {
            // the writer counts the request before its error, the reader reads errors first: the run's error
            // count never exceeds its request count
            errors += s.errors.get();
            requests += s.requests.get();
            h.add(s.latency.getIntervalHistogram());
        }
        Interval iv = new Interval(h, requests - requestsSeen, errors - errorsSeen);
        requestsSeen = requests;
        errorsSeen = errors;
        return iv;
    }

    Map<Integer, Long> statusCounts() {
        Map<Integer, Long> m = new TreeMap<>();
        for (Shard s : shards) {
            for (int i = 0; i < STATUSES; i++) {
                long n = s.statuses.get(i);
                if (n > 0) {
                    m.merge(i, n, Long::sum);
                }
            }
        }
        return m;
    }

    Map<String, Long> errorCounts() {
        Map<String, Long> m = new TreeMap<>();
        errorKinds.forEach((k, v) -> m.put(k, v.sum()));
        return m;
    }
}
