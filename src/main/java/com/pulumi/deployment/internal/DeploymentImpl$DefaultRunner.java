package com.pulumi.deployment.internal;

import com.google.common.collect.ImmutableList;
import com.pulumi.core.internal.ContextAwareCompletableFuture;
import com.pulumi.core.internal.Exceptions;
import com.pulumi.exceptions.LogException;
import com.pulumi.exceptions.ResourceException;
import com.pulumi.exceptions.RunException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Project replacement for the Pulumi Java SDK 1.36.1 class with the same binary name (its nested
 * {@code DeploymentImpl.DefaultRunner}, the runner every deployment uses: {@code pulumi up/preview} and the mock
 * engine of the offline plan alike). It is found first because the project's classes come first on the class path
 * ({@code target/classes} under Maven; the shaded jar keeps the project's copy of a duplicate class, checked by
 * {@code bin/fleet} and {@code bench/startup.sh}). Written for this project from the SDK's observable behaviour (read
 * with {@code javap -c -p}); same constructor, same {@link Runner} contract, same exit codes, exception handling and
 * log messages.
 *
 * <p>What differs: the SDK's runner waits for the in-flight tasks by re-submitting a polling task to the common
 * ForkJoinPool over and over, formatting a FINEST log line of every in-flight task on each pass whether or not FINEST
 * is enabled. On a 2-core machine most of a plan's CPU time went there, and a poller re-submitted from a pool worker
 * can starve the tasks beneath it. This runner checks only when a registered task completes (one coalesced check
 * task on the common pool at a time, so the check still runs after the completing thread's own continuations, as
 * the SDK's separate polling task did) and formats log lines only when FINEST is loggable.
 *
 * <p>Remove this file when moving to an SDK version whose runner no longer polls; {@code SdkRunnerPatchTest} pins
 * the SDK version it was written against.
 */
class DeploymentImpl$DefaultRunner implements Runner {
    /** Marker read by tests and {@code bin/fleet} to prove this class, not the SDK's, is the one loaded. */
    public static final String PATCH = "fleet-infra event-driven runner for pulumi-java 1.36.1";
    /** The SDK version this replacement was written against. */
    public static final String SDK_VERSION = "1.36.1";

    private final Logger standardLogger;
    private final EngineLogger engineLogger;
    /** In-flight tasks: a {@code Void} view of each registered future, with its descriptions. */
    private final Map<CompletableFuture<Void>, List<String>> inFlightTasks = new ConcurrentHashMap<>();
    private final Queue<Exception> swallowedExceptions = new ConcurrentLinkedQueue<>();
    /** Futures waiting for the in-flight tasks to drain (completed and removed together). */
    private final List<CompletableFuture<Void>> drains = new ArrayList<>();
    private final Object lock = new Object();
    private final AtomicBoolean checkScheduled = new AtomicBoolean();
    private final AtomicLong checks = new AtomicLong();

    public DeploymentImpl$DefaultRunner(Logger standardLogger, EngineLogger engineLogger) {
        this.standardLogger = Objects.requireNonNull(standardLogger);
        this.engineLogger = Objects.requireNonNull(engineLogger);
    }

    /** How many times the in-flight tasks were examined (diagnostics and tests: bounded by completions, no polling). */
    public long checksMade() {
        return checks.get();
    }

    @Override
    public <T> CompletableFuture<Result<T>> runAsync(Supplier<T> callback) {
        CompletableFuture<T> value = ContextAwareCompletableFuture.supplyAsync(callback);
        registerTask("DefaultRunner#runAsync", value);
        return value.thenCompose(v -> whileRunningAsync().thenApply(ignored -> v))
                .handle((v, error) -> error != null
                        ? handleExceptionAsync(error).thenApply(code -> result(code, v))
                        : CompletableFuture.completedFuture(
                                result(engineLogger.hasLoggedErrors() ? 1 : ProcessExitedSuccessfully, v)))
                .thenCompose(Function.identity());
    }

    private <T> Result<T> result(int exitCode, T value) {
        return new Result<>(exitCode, ImmutableList.copyOf(swallowedExceptions), Optional.ofNullable(value));
    }

    @Override
    public <T> void registerTask(String description, CompletableFuture<T> task) {
        Objects.requireNonNull(description);
        Objects.requireNonNull(task);
        if (standardLogger.isLoggable(Level.FINEST)) {
            standardLogger.log(Level.FINEST, String.format("Registering task: '%s', %s", description, task));
        }
        CompletableFuture<Void> key = task.thenApply(ignored -> null);
        inFlightTasks.compute(key, (k, descriptions) -> {
            List<String> out = descriptions == null ? new ArrayList<>() : descriptions;
            out.add(description);
            return out;
        });
        key.whenComplete((ignored, error) -> scheduleCheck());
    }

    /** Completes when no task is in flight, or exceptionally with the first failed task's exception. */
    private CompletableFuture<Void> whileRunningAsync() {
        CompletableFuture<Void> drain = new CompletableFuture<>();
        synchronized (lock) {
            drains.add(drain);
        }
        scheduleCheck();
        return drain;
    }

    private void scheduleCheck() {
        if (checkScheduled.compareAndSet(false, true)) {
            ContextAwareCompletableFuture.runAsync(this::check);
        }
    }

    private void check() {
        checkScheduled.set(false);
        checks.incrementAndGet();
        RuntimeException failure = null;
        List<CompletableFuture<Void>> done;
        synchronized (lock) {
            if (drains.isEmpty()) {
                return;
            }
            if (standardLogger.isLoggable(Level.FINEST)) {
                standardLogger.log(Level.FINEST,
                        String.format("Remaining tasks [%s]: %s", inFlightTasks.size(), inFlightTasks));
            }
            for (CompletableFuture<Void> task : inFlightTasks.keySet()) {
                if (!task.isDone()) {
                    continue;
                }
                try {
                    task.join();
                    if (standardLogger.isLoggable(Level.FINEST)) {
                        List<String> descriptions = inFlightTasks.getOrDefault(task, List.of());
                        standardLogger.log(Level.FINEST, String.format("Completed task: '%s', %s",
                                String.join(",", descriptions == null ? List.of() : descriptions), task));
                    }
                } catch (RuntimeException e) {
                    if (standardLogger.isLoggable(Level.FINEST)) {
                        standardLogger.log(Level.FINEST,
                                String.format("Failed task: '%s', exception: %s", inFlightTasks.get(task), e));
                    }
                    failure = e;
                } finally {
                    inFlightTasks.remove(task);
                }
                if (failure != null) {
                    break;
                }
            }
            if (failure == null && !inFlightTasks.isEmpty()) {
                return;
            }
            done = new ArrayList<>(drains);
            drains.clear();
        }
        for (CompletableFuture<Void> drain : done) {
            if (failure == null) {
                drain.complete(null);
            } else {
                drain.completeExceptionally(failure);
            }
        }
    }

    private CompletableFuture<Integer> handleExceptionAsync(Throwable throwable) {
        if (throwable instanceof Exception e) {
            return handleExceptionAsync(e);
        }
        return handleExceptionAsync(new RunException("unexpected throwable", throwable));
    }

    private CompletableFuture<Integer> handleExceptionAsync(Exception exception) {
        swallowedExceptions.add(exception);
        Function<Void, Integer> afterMessage = ignored -> {
            standardLogger.log(Level.FINE, "Returning from program after last error");
            return ProcessExitedAfterLoggingUserActionableMessage;
        };
        if (exception instanceof LogException) {
            // Logging itself failed: print locally and stop, without logging through the engine again.
            standardLogger.log(Level.SEVERE, String.format(
                    "Error occurred trying to send logging message to engine: %s", exception.getMessage()));
            return ContextAwareCompletableFuture.supplyAsync(() -> {
                System.err.printf("Error occurred trying to send logging message to engine: %s%n", exception);
                exception.printStackTrace();
                return ProcessExitedBeforeLoggingUserActionableMessage;
            });
        }
        if (exception instanceof CompletionException && exception.getCause() instanceof Exception cause) {
            return handleExceptionAsync(cause);
        }
        if (exception instanceof RunException) {
            return engineLogger.errorAsync(exception.getMessage()).thenApply(afterMessage);
        }
        if (exception instanceof ResourceException resourceException) {
            String message = resourceException.isHideStack()
                    ? resourceException.getMessage() : Exceptions.getStackTrace(resourceException);
            return engineLogger.errorAsync(message, resourceException.getResource().orElse(null))
                    .thenApply(afterMessage);
        }
        long pid = ProcessHandle.current().pid();
        String command = ProcessHandle.current().info().commandLine().orElse("unknown");
        return engineLogger.errorAsync(String.format(
                        "Running program [PID: %d](%s) failed with an unhandled exception:\n%s",
                        pid, command, Exceptions.getStackTrace(exception)))
                .thenApply(afterMessage);
    }
}
