package ma.marinemaroc.fleet.bindings.digitalocean;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;
import javax.annotation.Nullable;
import ma.marinemaroc.fleet.bindings.RequiredInputs;
import ma.marinemaroc.fleet.bindings.SchemaType;

/**
 * Storage autoscaling of a {@link DatabaseCluster}.
 */
@SchemaType("digitalocean:index/DatabaseClusterStorageAutoscale:DatabaseClusterStorageAutoscale")
public final class DatabaseClusterStorageAutoscaleArgs extends ResourceArgs {

    @Import(name = "enabled", required = true)
    private Output<Boolean> enabled;

    @Import(name = "incrementGib")
    private @Nullable Output<Integer> incrementGib;

    @Import(name = "thresholdPercent")
    private @Nullable Output<Integer> thresholdPercent;

    private DatabaseClusterStorageAutoscaleArgs() {
    }

    /** Grow the disk automatically. */
    public Output<Boolean> enabled() {
        return enabled;
    }

    /** GiB added per step. */
    public Optional<Output<Integer>> incrementGib() {
        return Optional.ofNullable(incrementGib);
    }

    /** Disk use (percent) that triggers a step. */
    public Optional<Output<Integer>> thresholdPercent() {
        return Optional.ofNullable(thresholdPercent);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@link #build()} checks the schema-required inputs. */
    public static final class Builder {
        private final DatabaseClusterStorageAutoscaleArgs $ = new DatabaseClusterStorageAutoscaleArgs();

        private Builder() {
        }

        public Builder enabled(@Nullable Output<Boolean> enabled) {
            $.enabled = enabled;
            return this;
        }

        public Builder enabled(Boolean enabled) {
            return enabled(Output.of(enabled));
        }

        public Builder incrementGib(@Nullable Output<Integer> incrementGib) {
            $.incrementGib = incrementGib;
            return this;
        }

        public Builder incrementGib(Integer incrementGib) {
            return incrementGib(Output.of(incrementGib));
        }

        public Builder thresholdPercent(@Nullable Output<Integer> thresholdPercent) {
            $.thresholdPercent = thresholdPercent;
            return this;
        }

        public Builder thresholdPercent(Integer thresholdPercent) {
            return thresholdPercent(Output.of(thresholdPercent));
        }

        public DatabaseClusterStorageAutoscaleArgs build() {
            RequiredInputs.check($.enabled, "DatabaseClusterStorageAutoscaleArgs", "enabled");
            return $;
        }
    }
}
