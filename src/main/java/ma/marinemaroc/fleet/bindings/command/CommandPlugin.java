package ma.marinemaroc.fleet.bindings.command;

import com.pulumi.resources.CustomResourceOptions;
import java.util.List;
import javax.annotation.Nullable;
import ma.marinemaroc.fleet.bindings.PluginDefaults;

/**
 * Pinned Command resource plugin ({@code pulumi-resource-command}) these bindings were written against. The same
 * version is in {@code com/pulumi/command/plugin.json}, which makes the Java language host install the plugin.
 */
public final class CommandPlugin {
    /** Plugin (package) name. */
    public static final String NAME = "command";
    /** Plugin version whose schema the bindings follow. */
    public static final String VERSION = "1.2.1";

    private CommandPlugin() {
    }

    /** Caller options (may be null) merged with {@code version(VERSION)} and the resource's secret outputs. */
    public static CustomResourceOptions resourceOptions(
            @Nullable CustomResourceOptions options, List<String> secretOutputs) {
        return PluginDefaults.resourceOptions(VERSION, options, secretOutputs);
    }
}
