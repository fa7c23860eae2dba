package ma.marinemaroc.fleet.config;

/** One invalid or missing config value: the full key and what is wrong (never the value of a secret). */
public record ConfigProblem(String key, String message) {
    @Override
    public String toString() {
        return key + ": " + message;
    }
}
