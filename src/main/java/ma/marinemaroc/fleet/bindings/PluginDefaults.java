package ma.marinemaroc.fleet.bindings;

import com.pulumi.resources.CustomResourceOptions;
import java.util.List;
import java.util.Objects;
import javax.annotation.Nullable;

/**
 * Builds the resource options every binding constructor passes to the engine, the way the generated SDKs do:
 * defaults {@code version(pluginVersion)} and {@code additionalSecretOutputs(secretOutputs)} merged with the
 * caller's options by {@link CustomResourceOptions#merge(CustomResourceOptions, CustomResourceOptions)}.
 *
 * <p>Merge semantics (pulumi-java 1.36): scalar options set by the caller (parent, provider, protect,
 * deleteBeforeReplace, importId, version, ...) win over the defaults; list options (dependsOn, ignoreChanges,
 * additionalSecretOutputs, aliases, ...) are concatenated. A caller that sets {@code version} explicitly therefore
 * overrides the pin, exactly as with a generated SDK.
 */
public final class PluginDefaults {
    private PluginDefaults() {
    }

    public static CustomResourceOptions resourceOptions(
            String pluginVersion, @Nullable CustomResourceOptions options, List<String> secretOutputs) {
        Objects.requireNonNull(pluginVersion, "pluginVersion");
        Objects.requireNonNull(secretOutputs, "secretOutputs");
        CustomResourceOptions.Builder defaults = CustomResourceOptions.builder();
        defaults.version(pluginVersion);
        if (!secretOutputs.isEmpty()) {
            defaults.additionalSecretOutputs(secretOutputs);
        }
        return CustomResourceOptions.merge(defaults.build(), options);
    }
}
