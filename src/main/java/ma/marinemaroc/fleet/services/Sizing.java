package ma.marinemaroc.fleet.services;

import ma.marinemaroc.fleet.config.HostSize;

import java.util.EnumMap;
import java.util.Map;

/**
 * Resource budgets derived from the host's memory and CPUs (never constants), so that a bigger host gets bigger
 * caches and more workers, and the sum of all container limits always leaves the OS, Docker and the backup tools
 * their share.
 *
 * <p>Rule: the host keeps {@code max(1024 MiB, 20% of RAM)}; the rest is split between the containers by
 * {@link ServiceRole#memoryShare()}. Inside the database's share InnoDB's buffer pool takes 60% (rounded down to
 * 128 MiB chunks); inside the cache's share Redis' maxmemory takes 70% (room for the copy-on-write fork of
 * persistence). PHP: every worker process gets a {@code memory_limit} such that all of a container's workers at
 * their limit, plus the runtime's own overhead, stay under the container's limit (the image's 600M default times ten
 * Octane workers would not); workers are capped by CPUs.
 *
 * @param hostMib             host memory
 * @param hostReserveMib      kept out of every container budget (OS, dockerd, sshd, backups, page cache)
 * @param containerLimitsMib  memory limit of each service's container
 * @param innodbBufferPoolMib InnoDB buffer pool size
 * @param redisMaxMemoryMib   Redis maxmemory
 * @param octaneWorkers       request workers of the API (Octane)
 * @param octaneMemoryLimitMib PHP memory_limit of one Octane worker
 * @param queueWorkers        queue worker containers (one worker process each)
 * @param phpMemoryLimitMib   PHP memory_limit of a queue worker and the scheduler
 */
public record Sizing(int hostMib, int hostReserveMib, Map<ServiceRole, Integer> containerLimitsMib,
                     int innodbBufferPoolMib, int redisMaxMemoryMib, int octaneWorkers, int octaneMemoryLimitMib,
                     int queueWorkers, int phpMemoryLimitMib) {

    /** What one Octane worker is budgeted (its memory_limit is this minus nothing: the overhead is separate). */
    static final int OCTANE_WORKER_MIB = 256;
    /** FrankenPHP/Caddy and the master process, outside the workers' memory_limit. */
    static final int PHP_RUNTIME_OVERHEAD_MIB = 96;
    static final int QUEUE_WORKER_MIB = 256;
    static final int MIN_PHP_LIMIT_MIB = 128;
    static final int MAX_PHP_LIMIT_MIB = 512;

    public static Sizing forHost(HostSize size) {
        return of(size, java.util.EnumSet.allOf(ServiceRole.class));
    }

    /**
     * An app host of the scaled topology: the database and the cache are managed services, so their shares go to the
     * services the host runs, in proportion to theirs (their own limits are 0: no container of theirs is declared).
     * The same budget on every app host: on the others, host 0's scheduler and socket shares stay unused.
     */
    public static Sizing forAppHost(HostSize size) {
        return of(size, java.util.EnumSet.complementOf(java.util.EnumSet.of(ServiceRole.DATABASE, ServiceRole.CACHE)));
    }

    private static Sizing of(HostSize size, java.util.Set<ServiceRole> running) {
        int ram = size.memoryMib();
        int reserve = Math.max(1024, (int) Math.round(ram * 0.20));
        int budget = ram - reserve;
        double shares = running.stream().mapToDouble(ServiceRole::memoryShare).sum();
        Map<ServiceRole, Integer> limits = new EnumMap<>(ServiceRole.class);
        for (ServiceRole r : ServiceRole.values()) {
            double share = running.size() == ServiceRole.values().length ? r.memoryShare()
                    : running.contains(r) ? r.memoryShare() / shares : 0;
            limits.put(r, (int) Math.floor(budget * share));
        }

        int db = limits.get(ServiceRole.DATABASE);
        int bufferPool = Math.max(128, (int) (db * 0.60) / 128 * 128);
        int redis = Math.max(64, (int) (limits.get(ServiceRole.CACHE) * 0.70));

        int appWorkersBudget = limits.get(ServiceRole.APPLICATION) - PHP_RUNTIME_OVERHEAD_MIB;
        int octane = clamp(appWorkersBudget / OCTANE_WORKER_MIB, 2, size.vcpus() * 4);
        int octaneLimit = clamp(appWorkersBudget / octane, MIN_PHP_LIMIT_MIB, MAX_PHP_LIMIT_MIB);

        int queue = clamp(limits.get(ServiceRole.QUEUE) / QUEUE_WORKER_MIB, 1, size.vcpus() * 2);
        int perQueue = limits.get(ServiceRole.QUEUE) / queue;
        int phpLimit = clamp(Math.min(perQueue, limits.get(ServiceRole.SCHEDULER)) - 32, MIN_PHP_LIMIT_MIB, MAX_PHP_LIMIT_MIB);
        return new Sizing(ram, reserve, Map.copyOf(limits), bufferPool, redis, octane, octaneLimit, queue, phpLimit);
    }

    private static int clamp(int v, int min, int max) {
        return Math.max(min, Math.min(max, v));
    }

    public int limit(ServiceRole role) {
        return containerLimitsMib.get(role);
    }

    /** Memory limit of one queue container. */
    public int queueContainerMib() {
        return limit(ServiceRole.QUEUE) / queueWorkers;
    }

    public int totalContainerMib() {
        return containerLimitsMib.values().stream().mapToInt(Integer::intValue).sum();
    }
}
