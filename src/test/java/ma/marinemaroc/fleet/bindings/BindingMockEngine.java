package ma.marinemaroc.fleet.bindings;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.pulumi.Context;
import com.pulumi.core.Output;
import com.pulumi.core.internal.OutputData;
import com.pulumi.resources.Resource;
import com.pulumi.test.Mocks;
import com.pulumi.test.TestOptions;
import com.pulumi.test.TestResult;
import com.pulumi.test.internal.MockMonitor;
import com.pulumi.test.internal.PulumiTestInternal;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import ma.marinemaroc.fleet.plan.EngineRuns;
import pulumirpc.Resource.RegisterResourceRequest;
import pulumirpc.Resource.RegisterResourceResponse;

/**
 * Runs a program against Pulumi's mock engine and records, per resource name, the RegisterResourceRequest the SDK sent
 * (type, version, options, wire inputs with secret markers) and the inputs the mocks received. Computed outputs come
 * from the test's own {@code state} function; ids from its {@code ids} function. Call {@link #cleanup()} after each
 * test.
 */
final class BindingMockEngine {
    /** Wire-format marker of a secret value (pulumi/sdk/go/common/resource/sig). */
    private static final String SIG_KEY = "4dabf18193072939515e22adb298388d";
    private static final String SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";

    /** A value the engine received wrapped as a secret. */
    record Secret(Object value) {
    }

    /** What the mock engine saw for one resource. */
    record Registration(RegisterResourceRequest request, Map<String, Object> inputs) {
        Map<String, Object> wireInputs() {
            return plain(request.getObject());
        }
    }

    /** Computed outputs of a resource: (type, name, inputs) to the extra state the provider would return. */
    interface State {
        Map<String, Object> computed(String type, String name, Map<String, Object> inputs);
    }

    private final Map<String, Registration> registered = Collections.synchronizedMap(new LinkedHashMap<>());

    Map<String, Registration> registered() {
        return registered;
    }

    Registration get(String name) {
        Registration r = registered.get(name);
        assertThat(r).as("registration of " + name).isNotNull();
        return r;
    }

    /** Runs {@code program} (not a preview) and fails on any engine error. */
    void run(Consumer<Context> program, BiFunction<String, String, String> ids, State state) {
        Mocks mocks = args -> {
            Map<String, Object> out = new HashMap<>(args.inputs);
            out.putAll(state.computed(args.type, args.name, args.inputs));
            return CompletableFuture.completedFuture(
                    Mocks.ResourceResult.of(Optional.of(ids.apply(args.type, args.name)), out));
        };
        TestResult result = EngineRuns.await(PulumiTestInternal.builder()
                .mocks(mocks)
                .monitorDecorator(m -> new RecordingMonitor(mocks))
                .options(TestOptions.builder().projectName("bindings").stackName("test").preview(false).build())
                .build()
                .runTestAsync(program::accept));
        assertThat(result.exceptions()).isEmpty();
        assertThat(result.errors()).isEmpty();
    }

    static void cleanup() {
        PulumiTestInternal.cleanup();
    }

    /** URN of a resource registered directly under the stack. */
    String urnOf(String name) {
        return "urn:pulumi:test::bindings::pulumi:pulumi:Stack$" + get(name).request().getType() + "::" + name;
    }

    static <T> T value(Output<T> output) {
        return PulumiTestInternal.extractOutputData(output).getValueNullable();
    }

    static boolean secret(Output<?> output) {
        OutputData<?> data = PulumiTestInternal.extractOutputData(output);
        return data.isSecret();
    }

    static String constant(Class<?> c, String name) {
        try {
            return (String) c.getField(name).get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Wire struct to plain Java values, keeping secret wrappers visible as {@link Secret}. */
    static Map<String, Object> plain(Struct struct) {
        Map<String, Object> out = new LinkedHashMap<>();
        struct.getFieldsMap().forEach((k, v) -> out.put(k, plain(v)));
        return out;
    }

    private static Object plain(Value v) {
        return switch (v.getKindCase()) {
            case STRUCT_VALUE -> {
                Struct s = v.getStructValue();
                if (s.containsFields(SIG_KEY) && SECRET_SIG.equals(s.getFieldsOrThrow(SIG_KEY).getStringValue())) {
                    yield new Secret(plain(s.getFieldsOrThrow("value")));
                }
                yield plain(s);
            }
            case LIST_VALUE -> v.getListValue().getValuesList().stream().map(BindingMockEngine::plain)
                    .collect(Collectors.toList());
            case STRING_VALUE -> v.getStringValue();
            case NUMBER_VALUE -> v.getNumberValue();
            case BOOL_VALUE -> v.getBoolValue();
            default -> null;
        };
    }

    /** Mock monitor that also records every RegisterResourceRequest with the inputs the mocks received. */
    private final class RecordingMonitor extends MockMonitor {
        RecordingMonitor(Mocks mocks) {
            super(args -> mocks.newResourceAsync(args).thenApply(result -> {
                registered.computeIfPresent(args.name, (k, r) -> new Registration(r.request(), args.inputs));
                return result;
            }), PulumiTestInternal.mockLog());
        }

        @Override
        public CompletableFuture<RegisterResourceResponse> registerResourceAsync(
                Resource resource, RegisterResourceRequest request) {
            registered.put(request.getName(), new Registration(request, Map.of()));
            return super.registerResourceAsync(resource, request);
        }
    }
}
