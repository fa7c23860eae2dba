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
 * SSH public key registered in the DigitalOcean account ({@code digitalocean:index/sshKey:SshKey}).
 */
@ResourceType(type = SshKey.TOKEN)
public class SshKey extends CustomResource {

    /** Pulumi type token. */
    public static final String TOKEN = "digitalocean:index/sshKey:SshKey";

    /** Properties registered with {@code additionalSecretOutputs}. */
    public static final List<String> SECRET_OUTPUTS =
            List.of();

    @Export(name = "fingerprint", refs = {String.class}, tree = "[0]")
    private Output<String> fingerprint;

    @Export(name = "name", refs = {String.class}, tree = "[0]")
    private Output<String> name;

    @Export(name = "publicKey", refs = {String.class}, tree = "[0]")
    private Output<String> publicKey;

    /** MD5 colon-hex fingerprint (usable in Droplet.sshKeys). */
    public Output<String> fingerprint() {
        return fingerprint;
    }

    public Output<String> name() {
        return name;
    }

    public Output<String> publicKey() {
        return publicKey;
    }

    public SshKey(String name, SshKeyArgs args) {
        this(name, args, null);
    }

    /** Caller options are kept; the plugin version and {@link #SECRET_OUTPUTS} are added. */
    public SshKey(String name, SshKeyArgs args, @Nullable CustomResourceOptions options) {
        super(TOKEN, name, Objects.requireNonNull(args, "args"),
                DigitalOceanPlugin.resourceOptions(options, SECRET_OUTPUTS));
    }
}
