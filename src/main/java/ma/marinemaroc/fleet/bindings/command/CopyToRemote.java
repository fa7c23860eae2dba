package ma.marinemaroc.fleet.bindings.command;

import com.pulumi.asset.AssetOrArchive;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import java.util.List;
import java.util.Objects;
import javax.annotation.Nullable;

/**
 * Copies a file or archive to the remote host over SSH ({@code command:remote:CopyToRemote}); archives are
 * copied as-is, not unpacked.
 */
@ResourceType(type = CopyToRemote.TOKEN)
public class CopyToRemote extends CustomResource {

    /** Pulumi type token. */
    public static final String TOKEN = "command:remote:CopyToRemote";

    /** Properties registered with {@code additionalSecretOutputs}. */
    public static final List<String> SECRET_OUTPUTS =
            List.of("connection");

    @Export(name = "remotePath", refs = {String.class}, tree = "[0]")
    private Output<String> remotePath;

    @Export(name = "source", refs = {AssetOrArchive.class}, tree = "[0]")
    private Output<AssetOrArchive> source;

    @Export(name = "triggers", refs = {List.class, Object.class}, tree = "[0,1]")
    private Output<List<Object>> triggers;

    public Output<String> remotePath() {
        return remotePath;
    }

    public Output<AssetOrArchive> source() {
        return source;
    }

    public Output<List<Object>> triggers() {
        return triggers;
    }

    public CopyToRemote(String name, CopyToRemoteArgs args) {
        this(name, args, null);
    }

    /** Caller options are kept; the plugin version and {@link #SECRET_OUTPUTS} are added. */
    public CopyToRemote(String name, CopyToRemoteArgs args, @Nullable CustomResourceOptions options) {
        super(TOKEN, name, Objects.requireNonNull(args, "args"),
                CommandPlugin.resourceOptions(options, SECRET_OUTPUTS));
    }
}
