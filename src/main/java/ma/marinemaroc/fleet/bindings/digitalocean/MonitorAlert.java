package ma.marinemaroc.fleet.bindings.digitalocean;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import java.util.List;
import java.util.Objects;
import javax.annotation.Nullable;

/**
 * Droplet metrics alert policy ({@code digitalocean:index/monitorAlert:MonitorAlert}); Droplets need
 * monitoring=true. Not bound as output: alerts.
 */
@ResourceType(type = MonitorAlert.TOKEN)
public class MonitorAlert extends CustomResource {

    /** Pulumi type token. */
    public static final String TOKEN = "digitalocean:index/monitorAlert:MonitorAlert";

    /** Properties registered with {@code additionalSecretOutputs}. */
    public static final List<String> SECRET_OUTPUTS =
            List.of();

    @Export(name = "compare", refs = {String.class}, tree = "[0]")
    private Output<String> compare;

    @Export(name = "description", refs = {String.class}, tree = "[0]")
    private Output<String> description;

    @Export(name = "enabled", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> enabled;

    @Export(name = "entities", refs = {List.class, String.class}, tree = "[0,1]")
    private Output<List<String>> entities;

    @Export(name = "tags", refs = {List.class, String.class}, tree = "[0,1]")
    private Output<List<String>> tags;

    @Export(name = "type", refs = {String.class}, tree = "[0]")
    private Output<String> type;

    @Export(name = "uuid", refs = {String.class}, tree = "[0]")
    private Output<String> uuid;

    @Export(name = "value", refs = {Double.class}, tree = "[0]")
    private Output<Double> value;

    @Export(name = "window", refs = {String.class}, tree = "[0]")
    private Output<String> window;

    public Output<String> compare() {
        return compare;
    }

    public Output<String> description() {
        return description;
    }

    public Output<Boolean> enabled() {
        return enabled;
    }

    public Output<List<String>> entities() {
        return entities;
    }

    public Output<List<String>> tags() {
        return tags;
    }

    public Output<String> type() {
        return type;
    }

    /** Alert policy UUID. */
    public Output<String> uuid() {
        return uuid;
    }

    public Output<Double> value() {
        return value;
    }

    public Output<String> window() {
        return window;
    }

    public MonitorAlert(String name, MonitorAlertArgs args) {
        this(name, args, null);
    }

    /** Caller options are kept; the plugin version and {@link #SECRET_OUTPUTS} are added. */
    public MonitorAlert(String name, MonitorAlertArgs args, @Nullable CustomResourceOptions options) {
        super(TOKEN, name, Objects.requireNonNull(args, "args"),
                DigitalOceanPlugin.resourceOptions(options, SECRET_OUTPUTS));
    }
}
