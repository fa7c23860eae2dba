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
 * Advanced settings of a Valkey {@link DatabaseCluster}
 * ({@code digitalocean:index/databaseValkeyConfig:DatabaseValkeyConfig}; DigitalOcean replaced its managed Redis with
 * Valkey, which speaks the Redis protocol). Unset inputs keep the server values; deleting it leaves the settings on the
 * cluster.
 */
@ResourceType(type = DatabaseValkeyConfig.TOKEN)
public class DatabaseValkeyConfig extends CustomResource {

    /** Pulumi type token. */
    public static final String TOKEN = "digitalocean:index/databaseValkeyConfig:DatabaseValkeyConfig";

    /** Properties registered with {@code additionalSecretOutputs}. */
    public static final List<String> SECRET_OUTPUTS =
            List.of();

    @Export(name = "aclChannelsDefault", refs = {String.class}, tree = "[0]")
    private Output<String> aclChannelsDefault;

    @Export(name = "clusterId", refs = {String.class}, tree = "[0]")
    private Output<String> clusterId;

    @Export(name = "frequentSnapshots", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> frequentSnapshots;

    @Export(name = "ioThreads", refs = {Integer.class}, tree = "[0]")
    private Output<Integer> ioThreads;

    @Export(name = "lfuDecayTime", refs = {Integer.class}, tree = "[0]")
    private Output<Integer> lfuDecayTime;

    @Export(name = "lfuLogFactor", refs = {Integer.class}, tree = "[0]")
    private Output<Integer> lfuLogFactor;

    @Export(name = "notifyKeyspaceEvents", refs = {String.class}, tree = "[0]")
    private Output<String> notifyKeyspaceEvents;

    @Export(name = "numberOfDatabases", refs = {Integer.class}, tree = "[0]")
    private Output<Integer> numberOfDatabases;

    @Export(name = "persistence", refs = {String.class}, tree = "[0]")
    private Output<String> persistence;

    @Export(name = "pubsubClientOutputBufferLimit", refs = {Integer.class}, tree = "[0]")
    private Output<Integer> pubsubClientOutputBufferLimit;

    @Export(name = "ssl", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> ssl;

    @Export(name = "timeout", refs = {Integer.class}, tree = "[0]")
    private Output<Integer> timeout;

    @Export(name = "valkeyActiveExpireEffort", refs = {Integer.class}, tree = "[0]")
    private Output<Integer> valkeyActiveExpireEffort;

    @Export(name = "valkeyMaxmemoryPolicy", refs = {String.class}, tree = "[0]")
    private Output<String> valkeyMaxmemoryPolicy;

    public Output<String> aclChannelsDefault() {
        return aclChannelsDefault;
    }

    public Output<String> clusterId() {
        return clusterId;
    }

    public Output<Boolean> frequentSnapshots() {
        return frequentSnapshots;
    }

    public Output<Integer> ioThreads() {
        return ioThreads;
    }

    public Output<Integer> lfuDecayTime() {
        return lfuDecayTime;
    }

    public Output<Integer> lfuLogFactor() {
        return lfuLogFactor;
    }

    public Output<String> notifyKeyspaceEvents() {
        return notifyKeyspaceEvents;
    }

    public Output<Integer> numberOfDatabases() {
        return numberOfDatabases;
    }

    public Output<String> persistence() {
        return persistence;
    }

    public Output<Integer> pubsubClientOutputBufferLimit() {
        return pubsubClientOutputBufferLimit;
    }

    public Output<Boolean> ssl() {
        return ssl;
    }

    public Output<Integer> timeout() {
        return timeout;
    }

    public Output<Integer> valkeyActiveExpireEffort() {
        return valkeyActiveExpireEffort;
    }

    public Output<String> valkeyMaxmemoryPolicy() {
        return valkeyMaxmemoryPolicy;
    }

    public DatabaseValkeyConfig(String name, DatabaseValkeyConfigArgs args) {
        this(name, args, null);
    }

    /** Caller options are kept; the plugin version and {@link #SECRET_OUTPUTS} are added. */
    public DatabaseValkeyConfig(String name, DatabaseValkeyConfigArgs args, @Nullable CustomResourceOptions options) {
        super(TOKEN, name, Objects.requireNonNull(args, "args"),
                DigitalOceanPlugin.resourceOptions(options, SECRET_OUTPUTS));
    }
}
