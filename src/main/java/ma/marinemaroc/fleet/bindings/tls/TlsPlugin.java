package ma.marinemaroc.fleet.bindings.tls;

import com.pulumi.resources.CustomResourceOptions;
import java.util.List;
import javax.annotation.Nullable;
import ma.marinemaroc.fleet.bindings.PluginDefaults;

/**
 * Pinned TLS resource plugin ({@code pulumi-resource-tls}) these bindings were written against. The same
 * version is in {@code com/pulumi/tls/plugin.json}, which makes the Java language host install the plugin.
 */
public final class TlsPlugin {
    /** Plugin (package) name. */
    public static final String NAME = "tls";
    /** Plugin version whose schema the bindings follow. */
    public static final String VERSION = "5.5.1";

    private TlsPlugin() {
    }

    /** Caller options (may be null) merged with {@code version(VERSION)} and the resource's secret outputs. */
    public static CustomResourceOptions resourceOptions(
            @Nullable CustomResourceOptions options, List<String> secretOutputs) {
        return PluginDefaults.resourceOptions(VERSION, options, secretOutputs);
    }
}
