package ma.marinemaroc.fleet.services;

import ma.marinemaroc.fleet.config.HostSize;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Resource budgets derived from the host's memory and CPUs (never constants), so that a bigger host gets bigger
 * caches and more workers, and the sum of all container limits always leaves the OS, Docker and the backup tools
 * their share.
 *
 * <p>Rule: the host keeps {@code max(1024 MiB, 20% of RAM)}; the rest is split between the containers by fixed
 * shares. Inside the database's share InnoDB's buffer pool takes 60% (rounded down to 128 MiB chunks); inside the
 * cache's share Redis' maxmemory takes 70% (room for the copy-on-write fork of persistence). PHP workers are sized
 * by memory per worker and capped by CPUs.
 *
 * @param hostMib            host memory
 * @param hostReserveMib     kept out of every container budget (OS, dockerd, sshd, backups, page cache)
 * @param containerLimitsMib memory limit of each service's container
 * @param innodbBufferPoolMib InnoDB buffer pool size
 * @param redisMaxMemoryMib  Redis maxmemory
 * @param octaneWorkers      request workers of the API (Octane)
 * @param queueWorkers       queue worker processes
 * @param phpMemoryLimitMib  PHP memory_limit for a queue worker
 */
public record Sizing(int hostMib, int hostReserveMib, Map<String, Integer> containerLimitsMib, int innodbBufferPoolMib,
                     int redisMaxMemoryMib, int octaneWorkers, int queueWorkers, int phpMemoryLimitMib) {

    /** Share of the container budget, per service (sums to 1). */
    static final Map<String, Double> SHARES = shares();
    static final int OCTANE_WORKER_MIB = 160;
    static final int QUEUE_WORKER_MIB = 256;

    private static Map<String, Double> shares() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("database", 0.34);
        m.put("cache", 0.10);
        m.put("application", 0.26);
        m.put("queue", 0.13);
        m.put("scheduler", 0.05);
        m.put("socket", 0.06);
        m.put("console", 0.03);
        m.put("httpd", 0.03);
        return m;
    }

    public static Sizing forHost(HostSize size) {
        int ram = size.memoryMib();
        int reserve = Math.max(1024, (int) Math.round(ram * 0.20));
        int budget = ram - reserve;
        Map<String, Integer> limits = new LinkedHashMap<>();
        SHARES.forEach((svc, share) -> limits.put(svc, (int) Math.floor(budget * share)));

        int db = limits.get("database");
        int bufferPool = Math.max(128, (int) (db * 0.60) / 128 * 128);
        int redis = Math.max(64, (int) (limits.get("cache") * 0.70));
        int octane = clamp(limits.get("application") / OCTANE_WORKER_MIB, 2, size.vcpus() * 4);
        int queue = clamp(limits.get("queue") / QUEUE_WORKER_MIB, 1, size.vcpus() * 2);
        int phpLimit = Math.max(128, Math.min(512, limits.get("queue") / queue - 32));
        return new Sizing(ram, reserve, Map.copyOf(limits), bufferPool, redis, octane, queue, phpLimit);
    }

    private static int clamp(int v, int min, int max) {
        return Math.max(min, Math.min(max, v));
    }

    public int limit(String service) {
        Integer v = containerLimitsMib.get(service);
        if (v == null) throw new IllegalArgumentException("no budget for service " + service);
        return v;
    }

    public int totalContainerMib() {
        return containerLimitsMib.values().stream().mapToInt(Integer::intValue).sum();
    }
}
