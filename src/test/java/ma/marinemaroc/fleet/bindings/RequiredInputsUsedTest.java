package ma.marinemaroc.fleet.bindings;

import ma.marinemaroc.fleet.Stacks;
import ma.marinemaroc.fleet.plan.RecordedResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the program actually sends: every resource of a hand-bound provider that a stack registers sets every input the
 * provider's schema requires, uses only inputs the schema knows, and pins the plugin version of the schema.
 */
class RequiredInputsUsedTest {
    @ParameterizedTest
    @ValueSource(strings = {"production", "staging", "dr"})
    void everyBoundResourceSetsItsRequiredInputs(String stack) {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (RecordedResource r : Stacks.run(stack).resources()) {
            if (!r.custom() || !ProviderSchemas.isKnownToken(r.type()) || r.type().startsWith("pulumi:providers:")) continue;
            checked++;
            for (String req : ProviderSchemas.requiredInputs(r.type())) {
                if (r.input(req) == null) problems.add(r.type() + " " + r.name() + ": required input '" + req + "' not set");
            }
            for (String in : r.inputs().keySet()) {
                if (!in.startsWith("__") && !ProviderSchemas.inputNames(r.type()).contains(in)) {
                    problems.add(r.type() + " " + r.name() + ": input '" + in + "' is not in the schema");
                }
            }
            String provider = ProviderSchemas.providerOf(r.type());
            if (!r.version().equals(ProviderSchemas.version(provider))) {
                problems.add(r.type() + " " + r.name() + ": plugin version " + r.version() + " != schema " + ProviderSchemas.version(provider));
            }
        }
        assertThat(checked).isGreaterThan(10);
        assertThat(problems).isEmpty();
    }
}
