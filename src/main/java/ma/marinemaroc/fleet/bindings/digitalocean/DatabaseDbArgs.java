package ma.marinemaroc.fleet.bindings.digitalocean;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;
import javax.annotation.Nullable;
import ma.marinemaroc.fleet.bindings.RequiredInputs;

/**
 * Inputs of {@link DatabaseDb}.
 */
public final class DatabaseDbArgs extends ResourceArgs {

    @Import(name = "clusterId", required = true)
    private Output<String> clusterId;

    @Import(name = "name")
    private @Nullable Output<String> name;

    private DatabaseDbArgs() {
    }

    /** DatabaseCluster id; forces replacement. */
    public Output<String> clusterId() {
        return clusterId;
    }

    /** Database name; autonamed when omitted; forces replacement. */
    public Optional<Output<String>> name() {
        return Optional.ofNullable(name);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@link #build()} checks the schema-required inputs. */
    public static final class Builder {
        private final DatabaseDbArgs $ = new DatabaseDbArgs();

        private Builder() {
        }

        public Builder clusterId(@Nullable Output<String> clusterId) {
            $.clusterId = clusterId;
            return this;
        }

        public Builder clusterId(String clusterId) {
            return clusterId(Output.of(clusterId));
        }

        public Builder name(@Nullable Output<String> name) {
            $.name = name;
            return this;
        }

        public Builder name(String name) {
            return name(Output.of(name));
        }

        public DatabaseDbArgs build() {
            RequiredInputs.check($.clusterId, "DatabaseDbArgs", "clusterId");
            return $;
        }
    }
}
