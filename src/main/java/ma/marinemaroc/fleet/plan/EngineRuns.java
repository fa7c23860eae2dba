package ma.marinemaroc.fleet.plan;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Waits for a run of Pulumi's (mock) engine without the occasional stall of the SDK's runner on a small machine.
 *
 * <p>The SDK's runner polls for in-flight tasks by re-submitting itself to the common ForkJoinPool. Submitted from a
 * pool worker, it lands on top of that worker's own queue and is taken again at once, while the engine's other tasks
 * wait underneath; when no other worker is awake to steal them, nothing progresses (seen here on 2 cores, Java 17).
 * A task submitted from outside the pool wakes a worker, which steals the waiting tasks; so the wait nudges the pool
 * every 200 ms. Bounded: a run that still does not finish fails with a clear message.
 */
public final class EngineRuns {
    static final long LIMIT_SECONDS = 600;

    private EngineRuns() {
    }

    public static <T> T await(CompletableFuture<T> run) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(LIMIT_SECONDS);
        while (true) {
            try {
                return run.get(200, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the Pulumi engine run did not finish within " + LIMIT_SECONDS + " s");
                }
                ForkJoinPool.commonPool().execute(() -> { });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the Pulumi engine", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("the Pulumi engine run failed", e.getCause());
            }
        }
    }
}
