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
 * Alert on an {@link UptimeCheck} ({@code digitalocean:index/uptimeAlert:UptimeAlert}).
 * Enum-like values are the snake_case API values. Not bound as output: notifications.
 */
@ResourceType(type = UptimeAlert.TOKEN)
public class UptimeAlert extends CustomResource {

    /** Pulumi type token. */
    public static final String TOKEN = "digitalocean:index/uptimeAlert:UptimeAlert";

    /** Properties registered with {@code additionalSecretOutputs}. */
    public static final List<String> SECRET_OUTPUTS =
            List.of();

    @Export(name = "checkId", refs = {String.class}, tree = "[0]")
    private Output<String> checkId;

    @Export(name = "comparison", refs = {String.class}, tree = "[0]")
    private Output<String> comparison;

    @Export(name = "name", refs = {String.class}, tree = "[0]")
    private Output<String> name;

    @Export(name = "period", refs = {String.class}, tree = "[0]")
    private Output<String> period;

    @Export(name = "threshold", refs = {Integer.class}, tree = "[0]")
    private Output<Integer> threshold;

    @Export(name = "type", refs = {String.class}, tree = "[0]")
    private Output<String> type;

    public Output<String> checkId() {
        return checkId;
    }

    public Output<String> comparison() {
        return comparison;
    }

    public Output<String> name() {
        return name;
    }

    public Output<String> period() {
        return period;
    }

    public Output<Integer> threshold() {
        return threshold;
    }

    public Output<String> type() {
        return type;
    }

    public UptimeAlert(String name, UptimeAlertArgs args) {
        this(name, args, null);
    }

    /** Caller options are kept; the plugin version and {@link #SECRET_OUTPUTS} are added. */
    public UptimeAlert(String name, UptimeAlertArgs args, @Nullable CustomResourceOptions options) {
        super(TOKEN, name, Objects.requireNonNull(args, "args"),
                DigitalOceanPlugin.resourceOptions(options, SECRET_OUTPUTS));
    }
}
