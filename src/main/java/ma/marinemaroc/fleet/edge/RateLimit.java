package ma.marinemaroc.fleet.edge;

/**
 * Per-client-IP request limit on the API; requests past the burst are answered 429.
 *
 * @param requestsPerSecond sustained rate per IP
 * @param burst             extra requests accepted at once (served without delay)
 */
public record RateLimit(int requestsPerSecond, int burst) {
    public static final RateLimit DEFAULT = new RateLimit(20, 60);

    public RateLimit {
        if (requestsPerSecond < 1 || requestsPerSecond > 100_000) {
            throw new IllegalArgumentException("rateLimit.requestsPerSecond must be 1..100000, got " + requestsPerSecond);
        }
        if (burst < 0 || burst > 100_000) {
            throw new IllegalArgumentException("rateLimit.burst must be 0..100000, got " + burst);
        }
    }
}
