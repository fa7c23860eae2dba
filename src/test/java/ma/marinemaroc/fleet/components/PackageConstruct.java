package ma.marinemaroc.fleet.components;

import com.pulumi.provider.internal.ComponentProvider;
import com.pulumi.provider.internal.Metadata;
import com.pulumi.provider.internal.models.ConstructRequest;
import com.pulumi.provider.internal.models.ConstructResponse;
import com.pulumi.provider.internal.properties.PropertyValue;
import ma.marinemaroc.fleet.config.StackFile;
import ma.marinemaroc.fleet.plan.PlanRun;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Components constructed the way a YAML or TypeScript program gets them: through the package's component provider
 * (its Construct, inputs as property values filled into the Args by reflection), in Pulumi's mock engine with
 * {@code PlanMocks}, every registration recorded ({@link PlanRun}).
 */
final class PackageConstruct {
    /** One component to construct; its inputs may use the responses of the components constructed before it. */
    record Step(String name, String token, Function<Map<String, ConstructResponse>, Map<String, PropertyValue>> inputs) {
    }

    /**
     * @param run       the mock engine's run (every registered resource)
     * @param responses Construct's response (URN and state: the outputs) per step name
     * @param failures  what Construct threw, per step name (later steps still run)
     */
    record Result(PlanRun.Result run, Map<String, ConstructResponse> responses, Map<String, Throwable> failures) {
    }

    private PackageConstruct() {
    }

    static ComponentProvider provider() {
        return new ComponentProvider(new Metadata(PackagedComponents.NAME, Poms.read(Poms.PACKAGE).version(),
                PackagedComponents.NAME), FleetHost.class.getPackage());
    }

    static Result run(List<Step> steps) {
        ComponentProvider provider = provider();
        Map<String, ConstructResponse> responses = new LinkedHashMap<>();
        Map<String, Throwable> failures = new LinkedHashMap<>();
        PlanRun.Result run = PlanRun.run(new StackFile(Map.of(), Set.of()), "components", "test", ctx -> {
            for (Step s : steps) {
                try {
                    ConstructResponse r = provider.construct(new ConstructRequest(s.token(), s.name(),
                            s.inputs().apply(responses), null)).get(2, TimeUnit.MINUTES);
                    responses.put(s.name(), r);
                } catch (Exception e) {
                    failures.put(s.name(), e);
                }
            }
        });
        return new Result(run, responses, failures);
    }

    /** The messages of a throwable and its causes, one per line. */
    static String messages(Throwable t) {
        StringBuilder b = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) b.append(c).append('\n');
        return b.toString();
    }

    /** Whether a state value is marked secret. */
    static boolean secret(PropertyValue v) {
        return v.getType() == PropertyValue.ValueType.SECRET
                || (v.getType() == PropertyValue.ValueType.OUTPUT && secret(v.getOutputValue().getValue()));
    }
}
