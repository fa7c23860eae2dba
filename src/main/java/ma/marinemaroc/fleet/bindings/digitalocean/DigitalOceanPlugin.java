package ma.marinemaroc.fleet.bindings.digitalocean;

import com.pulumi.resources.CustomResourceOptions;
import java.util.List;
import javax.annotation.Nullable;
import ma.marinemaroc.fleet.bindings.PluginDefaults;

/**
 * Pinned DigitalOcean resource plugin ({@code pulumi-resource-digitalocean}) these bindings were written against. The same
 * version is in {@code com/pulumi/digitalocean/plugin.json}, which makes the Java language host install the plugin.
 */
public final class DigitalOceanPlugin {
    /** Plugin (package) name. */
    public static final String NAME = "digitalocean";
    /** Plugin version whose schema the bindings follow. */
    public static final String VERSION = "4.76.0";

    private DigitalOceanPlugin() {
    }

    /** Caller options (may be null) merged with {@code version(VERSION)} and the resource's secret outputs. */
    public static CustomResourceOptions resourceOptions(
            @Nullable CustomResourceOptions options, List<String> secretOutputs) {
        return PluginDefaults.resourceOptions(VERSION, options, secretOutputs);
    }
}
