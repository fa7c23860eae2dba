package ma.marinemaroc.fleet.bindings.digitalocean;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;
import javax.annotation.Nullable;
import ma.marinemaroc.fleet.bindings.RequiredInputs;

/**
 * Inputs of {@link DatabaseUser}.
 */
public final class DatabaseUserArgs extends ResourceArgs {

    @Import(name = "clusterId", required = true)
    private Output<String> clusterId;

    @Import(name = "mysqlAuthPlugin")
    private @Nullable Output<String> mysqlAuthPlugin;

    @Import(name = "name")
    private @Nullable Output<String> name;

    private DatabaseUserArgs() {
    }

    /** DatabaseCluster id; forces replacement. */
    public Output<String> clusterId() {
        return clusterId;
    }

    /**
     * MySQL only: {@code caching_sha2_password} (default) or {@code mysql_native_password} (snake_case API values; the
     * schema docs camelCase them).
     */
    public Optional<Output<String>> mysqlAuthPlugin() {
        return Optional.ofNullable(mysqlAuthPlugin);
    }

    /** User name; autonamed when omitted; forces replacement. */
    public Optional<Output<String>> name() {
        return Optional.ofNullable(name);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@link #build()} checks the schema-required inputs. */
    public static final class Builder {
        private final DatabaseUserArgs $ = new DatabaseUserArgs();

        private Builder() {
        }

        public Builder clusterId(@Nullable Output<String> clusterId) {
            $.clusterId = clusterId;
            return this;
        }

        public Builder clusterId(String clusterId) {
            return clusterId(Output.of(clusterId));
        }

        public Builder mysqlAuthPlugin(@Nullable Output<String> mysqlAuthPlugin) {
            $.mysqlAuthPlugin = mysqlAuthPlugin;
            return this;
        }

        public Builder mysqlAuthPlugin(String mysqlAuthPlugin) {
            return mysqlAuthPlugin(Output.of(mysqlAuthPlugin));
        }

        public Builder name(@Nullable Output<String> name) {
            $.name = name;
            return this;
        }

        public Builder name(String name) {
            return name(Output.of(name));
        }

        public DatabaseUserArgs build() {
            RequiredInputs.check($.clusterId, "DatabaseUserArgs", "clusterId");
            return $;
        }
    }
}
