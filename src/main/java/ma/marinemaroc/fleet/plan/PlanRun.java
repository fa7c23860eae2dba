package ma.marinemaroc.fleet.plan;

import com.pulumi.Context;
import com.pulumi.core.Output;
import com.pulumi.core.internal.OutputData;
import com.pulumi.test.TestOptions;
import com.pulumi.test.TestResult;
import com.pulumi.test.internal.PulumiTestInternal;
import ma.marinemaroc.fleet.config.StackFile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/** Runs a Pulumi program in Pulumi's mock engine with a stack file's config and records what it registers. */
public final class PlanRun {
    /**
     * @param resources  every registration, in registration order
     * @param outputs    stack outputs, secrets wrapped in {@link RecordedResource.Secret}
     * @param errors     error messages the program logged or threw
     * @param exceptions the exceptions themselves
     */
    public record Result(List<RecordedResource> resources, Map<String, Object> outputs, List<String> errors,
                         List<Exception> exceptions) {
        public boolean failed() {
            return !errors.isEmpty() || !exceptions.isEmpty();
        }

        public List<RecordedResource> ofType(String type) {
            return resources.stream().filter(r -> r.type().equals(type)).toList();
        }

        public RecordedResource one(String type) {
            var l = ofType(type);
            if (l.size() != 1) throw new AssertionError("expected one " + type + ", found " + l.size());
            return l.get(0);
        }

        public java.util.Optional<RecordedResource> byUrn(String urn) {
            return resources.stream().filter(r -> r.urn().equals(urn)).findFirst();
        }
    }

    private PlanRun() {
    }

    public static Result run(StackFile file, String project, String stack, Consumer<Context> program) {
        return run(file, project, stack, program, new PlanMocks());
    }

    /** A run with given mocks (e.g. {@link PlanMocks} salted to stand in for a replaced host or a rotated key). */
    public static synchronized Result run(StackFile file, String project, String stack, Consumer<Context> program,
                                          PlanMocks mocks) {
        var holder = new RecordingMonitor[1];
        try {
            TestResult r = EngineRuns.await(PulumiTestInternal.builder()
                    .options(TestOptions.builder().projectName(project).stackName(stack).preview(false).build())
                    .config(file.values(), file.secretKeys())
                    .mocks(mocks)
                    .monitorDecorator(m -> holder[0] = new RecordingMonitor(mocks, PulumiTestInternal.mockLog()))
                    .build()
                    .runTestAsync(program));
            Map<String, Object> outputs = new TreeMap<>();
            r.outputs().forEach((k, v) -> outputs.put(k, value(v)));
            List<String> errors = new ArrayList<>(r.errors());
            return new Result(holder[0].recorded(), outputs, errors, List.copyOf(r.exceptions()));
        } finally {
            PulumiTestInternal.cleanup();
        }
    }

    private static Object value(Output<?> o) {
        OutputData<?> d = PulumiTestInternal.extractOutputData(o);
        if (!d.isKnown()) return RecordedResource.UNKNOWN;
        Object v = d.getValueNullable();
        return d.isSecret() ? new RecordedResource.Secret(v) : v;
    }
}
