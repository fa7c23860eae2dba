package ma.marinemaroc.fleet;

import ma.marinemaroc.fleet.config.StackFile;
import ma.marinemaroc.fleet.plan.PlanRun;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/** Test helpers: the repository's stack files, run through the real program in the mock engine. */
public final class Stacks {
    public static final Map<String, String> FILES = Map.of(
            "production", "Pulumi.production.yaml",
            "staging", "stacks/Pulumi.staging.yaml",
            "dr", "stacks/Pulumi.dr.yaml",
            "scaled", "stacks/Pulumi.scaled.yaml",
            "scaled-aws", "stacks/Pulumi.scaled-aws.yaml");
    /** The stacks of the single-host topology. */
    public static final java.util.List<String> SINGLE = java.util.List.of("production", "staging", "dr");
    /** The stacks of the scaled topology. */
    public static final java.util.List<String> SCALED = java.util.List.of("scaled", "scaled-aws");

    private Stacks() {
    }

    public static StackFile file(String stack) {
        try {
            return StackFile.read(Path.of(FILES.get(stack))).withPlaceholderSecrets();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Map<String, PlanRun.Result> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    /** The unmodified stack file's run; cached, since results are immutable and a run takes seconds. */
    public static PlanRun.Result run(String stack) {
        return CACHE.computeIfAbsent(stack, s -> run(s, file(s)));
    }

    public static PlanRun.Result run(String stack, StackFile f) {
        return PlanRun.run(f, "fleet", stack, FleetStack::program);
    }

    public static PlanRun.Result runWith(String stack, Map<String, String> overrides, Set<String> secrets) {
        return run(stack, file(stack).with(overrides, secrets));
    }
}
