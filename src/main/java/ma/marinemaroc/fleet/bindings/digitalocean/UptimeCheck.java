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
 * Uptime check probing a URL or host ({@code digitalocean:index/uptimeCheck:UptimeCheck}); id is the check
 * UUID used by {@link UptimeAlertArgs.Builder#checkId(String)}.
 */
@ResourceType(type = UptimeCheck.TOKEN)
public class UptimeCheck extends CustomResource {

    /** Pulumi type token. */
    public static final String TOKEN = "digitalocean:index/uptimeCheck:UptimeCheck";

    /** Properties registered with {@code additionalSecretOutputs}. */
    public static final List<String> SECRET_OUTPUTS =
            List.of();

    @Export(name = "enabled", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> enabled;

    @Export(name = "name", refs = {String.class}, tree = "[0]")
    private Output<String> name;

    @Export(name = "regions", refs = {List.class, String.class}, tree = "[0,1]")
    private Output<List<String>> regions;

    @Export(name = "target", refs = {String.class}, tree = "[0]")
    private Output<String> target;

    @Export(name = "type", refs = {String.class}, tree = "[0]")
    private Output<String> type;

    public Output<Boolean> enabled() {
        return enabled;
    }

    public Output<String> name() {
        return name;
    }

    public Output<List<String>> regions() {
        return regions;
    }

    public Output<String> target() {
        return target;
    }

    public Output<String> type() {
        return type;
    }

    public UptimeCheck(String name, UptimeCheckArgs args) {
        this(name, args, null);
    }

    /** Caller options are kept; the plugin version and {@link #SECRET_OUTPUTS} are added. */
    public UptimeCheck(String name, UptimeCheckArgs args, @Nullable CustomResourceOptions options) {
        super(TOKEN, name, Objects.requireNonNull(args, "args"),
                DigitalOceanPlugin.resourceOptions(options, SECRET_OUTPUTS));
    }
}
