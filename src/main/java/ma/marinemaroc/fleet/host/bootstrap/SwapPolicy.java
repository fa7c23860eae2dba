package ma.marinemaroc.fleet.host.bootstrap;

/**
 * Swap size from host RAM. Rule: RAM up to 2 GiB gets twice its RAM; above that the swap equals RAM, but never less
 * than 4 GiB nor more than 8 GiB. The result never decreases as RAM grows (1 GiB->2, 2->4, 3->4, 6->6, 8->8, 32->8
 * GiB). Swap is a safety net against the OOM killer (MySQL + PHP workers + Node on one host), not working memory,
 * so it is capped to keep the disk cost bounded.
 */
public final class SwapPolicy {

    public static final int MIN_MEMORY_MIB = 512;
    public static final int MAX_MEMORY_MIB = 1024 * 1024; // 1 TiB
    static final int SMALL_HOST_MIB = 2048;
    static final int FLOOR_MIB = 4096;
    static final int CAP_MIB = 8192;

    private SwapPolicy() {
    }

    public static int swapMiB(int memoryMiB) {
        if (memoryMiB < MIN_MEMORY_MIB || memoryMiB > MAX_MEMORY_MIB) {
            throw new IllegalArgumentException("host memory must be " + MIN_MEMORY_MIB + ".." + MAX_MEMORY_MIB + " MiB, got " + memoryMiB);
        }
        if (memoryMiB <= SMALL_HOST_MIB) {
            return 2 * memoryMiB;
        }
        return Math.min(Math.max(memoryMiB, FLOOR_MIB), CAP_MIB);
    }
}
