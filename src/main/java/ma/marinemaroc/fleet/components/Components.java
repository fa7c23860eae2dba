package ma.marinemaroc.fleet.components;

import com.pulumi.core.Alias;
import com.pulumi.resources.ComponentResourceOptions;

/** Small helpers shared by the components (not a component). */
final class Components {
    /** The package name of the multi-language component package; type tokens are {@code fleet:index:<Class>}. */
    static final String PACKAGE = "fleet";

    private Components() {
    }

    static String type(Class<?> component) {
        return PACKAGE + ":index:" + component.getSimpleName();
    }

    /**
     * The caller's options plus an alias to the component's former type, so a stack deployed before the rename keeps
     * its resources (the engine matches the old URNs; children follow their parent's alias).
     */
    static ComponentResourceOptions aliased(ComponentResourceOptions options, String formerType) {
        var alias = ComponentResourceOptions.builder().aliases(Alias.builder().type(formerType).build()).build();
        return options == null ? alias : ComponentResourceOptions.merge(options, alias);
    }
}
