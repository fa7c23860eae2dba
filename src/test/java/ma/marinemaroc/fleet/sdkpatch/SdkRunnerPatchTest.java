package ma.marinemaroc.fleet.sdkpatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.pulumi.core.Output;
import com.pulumi.deployment.internal.Runner;
import com.pulumi.resources.ComponentResource;
import com.pulumi.test.TestOptions;
import com.pulumi.test.TestResult;
import com.pulumi.test.internal.PulumiTestInternal;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import ma.marinemaroc.fleet.App;
import ma.marinemaroc.fleet.bindings.digitalocean.Droplet;
import ma.marinemaroc.fleet.bindings.digitalocean.DropletArgs;
import ma.marinemaroc.fleet.testing.Proc;
import com.pulumi.test.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project's replacement of the SDK's task runner ({@code com.pulumi.deployment.internal.DeploymentImpl$DefaultRunner},
 * source in {@code src/main/java/com/pulumi/deployment/internal/}): it is the class the JVM loads, engine runs use it,
 * it does not poll, and the offline plan it produces is byte for byte the plan the SDK's own runner produces.
 */
class SdkRunnerPatchTest {
    private static final String RUNNER = "com.pulumi.deployment.internal.DeploymentImpl$DefaultRunner";

    @AfterEach
    void cleanup() {
        PulumiTestInternal.cleanup();
    }

    @Test
    void theProjectsRunnerShadowsTheSdksAndTheSdkIsTheVersionItWasWrittenFor() throws Exception {
        Class<?> runner = Class.forName(RUNNER);
        assertThat(location(runner)).isEqualTo(location(App.class));
        assertThat(constant(runner, "PATCH")).contains("event-driven");
        // Written against this SDK: a different version must be re-read (javap -c -p) before the patch is kept.
        Path sdkJar = location(com.pulumi.deployment.internal.DeploymentImpl.class);
        assertThat(sdkJar.getFileName().toString()).isEqualTo("pulumi-" + constant(runner, "SDK_VERSION") + ".jar");
        // The SDK jar still carries its own copy, which the class path order hides.
        assertThat(sdkJarHasOriginal(sdkJar)).isTrue();
    }

    @Test
    void engineRunsUseItAndItChecksOnlyWhenTasksComplete() throws Exception {
        int resources = 300;
        Mocks mocks = args -> CompletableFuture.completedFuture(
                Mocks.ResourceResult.of(Optional.of(args.name + "-id"), args.inputs));
        PulumiTestInternal test = PulumiTestInternal.builder().mocks(mocks)
                .options(TestOptions.builder().projectName("patch").stackName("test").preview(false).build())
                .build();
        Runner runner = test.runner();
        assertThat(runner.getClass().getName()).isEqualTo(RUNNER);
        // A chain of components, each created when the previous one's URN is known: tasks keep arriving while the
        // runner waits, so it must not finish early, and it must not spin while waiting.
        CompletableFuture<TestResult> run = test.runTestAsync(ctx -> chain(0, resources));
        TestResult result = run.get(120, TimeUnit.SECONDS); // a plain wait, without plan.EngineRuns's nudge
        assertThat(result.exceptions()).isEmpty();
        assertThat(result.errors()).isEmpty();
        assertThat(result.resources()).hasSize(resources + 1); // + the stack
        long checks = (long) invoke(runner, "checksMade");
        assertThat(checks).isPositive()
                // at most one check per registered task completion (the SDK's runner: one per pass, unbounded)
                .isLessThanOrEqualTo(20L * resources);
    }

    /**
     * plan.EngineRuns nudges the common pool while waiting because the SDK's runner could stall a plain wait (seen
     * after 67 consecutive runs on 2 cores). With the project's runner nothing re-submits itself, so plain waits hold.
     */
    @Test
    void consecutiveEngineRunsFinishWithAPlainWait() throws Exception {
        Mocks mocks = args -> CompletableFuture.completedFuture(
                Mocks.ResourceResult.of(Optional.of(args.name + "-id"), args.inputs));
        for (int run = 0; run < 150; run++) {
            PulumiTestInternal test = PulumiTestInternal.builder().mocks(mocks)
                    .options(TestOptions.builder().projectName("patch").stackName("run" + run).preview(false).build())
                    .build();
            TestResult result = test.runTestAsync(ctx -> chain(0, 20)).get(60, TimeUnit.SECONDS);
            assertThat(result.exceptions()).as("run " + run).isEmpty();
            assertThat(result.resources()).as("run " + run).hasSize(21);
            PulumiTestInternal.cleanup();
        }
    }

    @Test
    void aFailingTaskFailsTheRunWithItsException() throws Exception {
        Mocks mocks = args -> args.name.equals("bad")
                ? CompletableFuture.failedFuture(new IllegalStateException("mock provider refused bad"))
                : CompletableFuture.completedFuture(Mocks.ResourceResult.of(Optional.of(args.name + "-id"), args.inputs));
        PulumiTestInternal test = PulumiTestInternal.builder().mocks(mocks)
                .options(TestOptions.builder().projectName("patch").stackName("test").preview(false).build())
                .build();
        TestResult result = test.runTestAsync(ctx -> {
            new ComponentResource("test:index:Thing", "good");
            new Droplet("bad", DropletArgs.builder().image("ubuntu-22-04-x64").size("s-2vcpu-4gb").build());
        }).get(120, TimeUnit.SECONDS);
        assertThat(result.exceptions()).isNotEmpty();
        assertThat(result.exceptions().stream().map(Throwable::toString).collect(Collectors.joining("\n")))
                .contains("mock provider refused bad");
    }

    /** The offline plan (text and every rendered file) with the project's runner equals the SDK runner's. */
    @Test
    void offlinePlansAreByteIdenticalWithTheSdksOwnRunner(@TempDir Path tmp) throws IOException {
        String classPath = System.getProperty("java.class.path");
        Path sdkJar = location(com.pulumi.deployment.internal.DeploymentImpl.class);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (String stack : List.of("production", "staging")) {
            Path ours = tmp.resolve(stack + "-patched");
            Path sdks = tmp.resolve(stack + "-sdk");
            Proc.Result a = plan(java, classPath, stack, ours);
            // The SDK's jar first on the class path: its own DefaultRunner wins.
            Proc.Result b = plan(java, sdkJar + File.pathSeparator + classPath, stack, sdks);
            assertThat(a.out()).startsWith("Plan of stack '" + stack + "'").isEqualTo(b.out());
            assertThat(tree(ours)).isEqualTo(tree(sdks)).containsKey("plan.txt").hasSizeGreaterThan(20);
        }
    }

    /**
     * {@code bin/fleet} sets the common pool's parallelism to at least 2. At 1 (the JVM's default on 2 CPUs),
     * CompletableFuture's async methods, which the SDK uses for every step of every resource, start one new thread
     * per task. The plan is the same either way; with the pool the run starts a handful of threads instead of hundreds.
     */
    @Test
    void withTheCommonPoolThePlanIsTheSameAndTheSdkStartsNoThreadPerTask(@TempDir Path tmp) throws IOException {
        String classPath = System.getProperty("java.class.path");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path perTask = tmp.resolve("per-task");
        Path pooled = tmp.resolve("pooled");
        Path perTaskLog = tmp.resolve("threads-per-task.log");
        Path pooledLog = tmp.resolve("threads-pooled.log");
        Proc.Result a = plan(java, classPath, "production", perTask, List.of(
                "-Djava.util.concurrent.ForkJoinPool.common.parallelism=1", "-Xlog:os+thread=info:file=" + perTaskLog));
        Proc.Result b = plan(java, classPath, "production", pooled, List.of(
                "-Djava.util.concurrent.ForkJoinPool.common.parallelism=2", "-Xlog:os+thread=info:file=" + pooledLog));
        assertThat(b.out()).startsWith("Plan of stack 'production'").isEqualTo(a.out());
        assertThat(tree(pooled)).isEqualTo(tree(perTask)).containsKey("plan.txt");
        long perTaskThreads = threadsStarted(perTaskLog);
        long pooledThreads = threadsStarted(pooledLog);
        assertThat(perTaskThreads).as("threads started with parallelism 1").isGreaterThan(300);
        assertThat(pooledThreads).as("threads started with parallelism 2").isLessThan(40);
    }

    // ------------------------------------------------------------------ helpers

    private static Proc.Result plan(String java, String classPath, String stack, Path out) {
        return plan(java, classPath, stack, out, List.of());
    }

    private static Proc.Result plan(String java, String classPath, String stack, Path out, List<String> jvmArgs) {
        List<String> cmd = new ArrayList<>(List.of(java));
        cmd.addAll(jvmArgs);
        cmd.addAll(List.of("-cp", classPath, App.class.getName(), "plan",
                "--stack", stack, "--placeholder-secrets", "--out", out.toString()));
        return Proc.run(cmd, Map.of(), null, null, Duration.ofMinutes(3)).requireOk("offline plan of " + stack);
    }

    /** Threads that ran, from the JVM's {@code -Xlog:os+thread=info} log (one "Thread is alive" line each). */
    private static long threadsStarted(Path log) throws IOException {
        try (Stream<String> lines = Files.lines(log)) {
            return lines.filter(l -> l.contains("Thread is alive")).count();
        }
    }

    /** Relative path to content of every file under dir. */
    private static Map<String, String> tree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).collect(Collectors.toMap(
                    p -> dir.relativize(p).toString(), p -> {
                        try {
                            return Files.readString(p);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }, (x, y) -> x, java.util.TreeMap::new));
        }
    }

    private static void chain(int i, int n) {
        if (i >= n) {
            return;
        }
        var c = new ComponentResource("test:index:Link", "link-" + i);
        Output<String> urn = c.urn();
        urn.applyValue(u -> {
            chain(i + 1, n);
            return u;
        });
    }

    private static Path location(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String constant(Class<?> c, String name) throws ReflectiveOperationException {
        Field f = c.getField(name);
        f.setAccessible(true);
        return (String) f.get(null);
    }

    private static Object invoke(Object target, String method) throws ReflectiveOperationException {
        Method m = target.getClass().getMethod(method);
        m.setAccessible(true);
        return m.invoke(target);
    }

    private static boolean sdkJarHasOriginal(Path jar) throws IOException {
        try (var zip = new java.util.zip.ZipFile(jar.toFile())) {
            return zip.getEntry(RUNNER.replace('.', '/') + ".class") != null;
        }
    }
}
