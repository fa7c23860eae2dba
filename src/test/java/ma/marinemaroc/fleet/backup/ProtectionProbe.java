package ma.marinemaroc.fleet.backup;

import com.pulumi.Context;
import com.pulumi.resources.Resource;
import com.pulumi.test.TestOptions;
import com.pulumi.test.internal.MockMonitor;
import com.pulumi.test.internal.PulumiTestInternal;
import ma.marinemaroc.fleet.config.StackFile;
import ma.marinemaroc.fleet.plan.PlanMocks;
import ma.marinemaroc.fleet.plan.PlanRun;
import pulumirpc.Resource.RegisterResourceRequest;
import pulumirpc.Resource.RegisterResourceResponse;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The {@code protect} flag of every registration (resource name to flag), which {@link PlanRun}'s recording does not
 * keep. Runs the program once more in the mock engine with the same mocks and config.
 */
final class ProtectionProbe {
    private ProtectionProbe() {
    }

    static Map<String, Boolean> protectFlags(StackFile file, String project, String stack, Consumer<Context> program) {
        // PlanRun serialises mock-engine runs on its class (the SDK's deployment is a process-wide singleton).
        synchronized (PlanRun.class) {
            Map<String, Boolean> flags = new ConcurrentHashMap<>();
            var mocks = new PlanMocks();
            try {
                var result = PulumiTestInternal.builder()
                        .options(TestOptions.builder().projectName(project).stackName(stack).preview(false).build())
                        .config(file.values(), file.secretKeys())
                        .mocks(mocks)
                        .monitorDecorator(m -> new MockMonitor(mocks, PulumiTestInternal.mockLog()) {
                            @Override
                            public CompletableFuture<RegisterResourceResponse> registerResourceAsync(
                                    Resource resource, RegisterResourceRequest r) {
                                flags.put(r.getName(), r.getProtect());
                                return super.registerResourceAsync(resource, r);
                            }
                        })
                        .build()
                        .runTest(program);
                if (!result.errors().isEmpty() || !result.exceptions().isEmpty()) {
                    throw new AssertionError("program failed: " + result.errors() + " " + result.exceptions());
                }
                return new TreeMap<>(flags);
            } finally {
                PulumiTestInternal.cleanup();
            }
        }
    }
}
