package ma.marinemaroc.fleet.services;

import java.util.Arrays;
import java.util.Optional;

/**
 * The platform's services: what each one is, its share of the host's container memory, and how it is updated.
 *
 * <p>Stateful services (database, cache) and the edge (httpd, which holds the published ports) keep one fixed
 * container name; a change replaces them delete-before-replace, guarded (a backup first for the database). Stateless
 * services get a release-suffixed name, so a new release starts beside the old one, passes its health check, takes
 * the traffic, and only then does the old one go (see {@code Services}).
 */
public enum ServiceRole {
    DATABASE("database", 0.34, Update.STATEFUL),
    CACHE("cache", 0.10, Update.STATEFUL),
    SOCKET("socket", 0.06, Update.ROLLING),
    APPLICATION("application", 0.26, Update.ROLLING),
    QUEUE("queue", 0.13, Update.ROLLING),
    SCHEDULER("scheduler", 0.05, Update.STOP_FIRST),
    CONSOLE("console", 0.03, Update.ROLLING),
    HTTPD("httpd", 0.03, Update.STATEFUL);

    /** How a new version of the service replaces the running one. */
    public enum Update {
        /** fixed name; the old container is removed first (data or published ports it owns) */
        STATEFUL,
        /** new container beside the old, health-gated, traffic switched, old removed last */
        ROLLING,
        /** release-named, but the old one stops first: two schedulers would run each job twice */
        STOP_FIRST
    }

    private final String key;
    private final double memoryShare;
    private final Update update;

    ServiceRole(String key, double memoryShare, Update update) {
        this.key = key;
        this.memoryShare = memoryShare;
        this.update = update;
    }

    /** The service's name: {@code database}, {@code application}, ... */
    public String key() {
        return key;
    }

    /** Share of the host's container budget (the shares sum to 1). */
    public double memoryShare() {
        return memoryShare;
    }

    public Update update() {
        return update;
    }

    /** Container name (stateful) or name prefix (release-named): {@code fleet-<key>}. */
    public String containerBase() {
        return "fleet-" + key;
    }

    /** Runs the API image (application, queue, scheduler). */
    public boolean runsApi() {
        return this == APPLICATION || this == QUEUE || this == SCHEDULER;
    }

    /** Writes to the database: stopped while a restore swaps the data in. */
    public boolean writesDatabase() {
        return runsApi();
    }

    public static Optional<ServiceRole> of(String key) {
        return Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst();
    }
}
