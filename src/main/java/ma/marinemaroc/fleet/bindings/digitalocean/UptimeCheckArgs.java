package ma.marinemaroc.fleet.bindings.digitalocean;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;
import ma.marinemaroc.fleet.bindings.RequiredInputs;

/**
 * Inputs of {@link UptimeCheck}.
 */
public final class UptimeCheckArgs extends ResourceArgs {

    @Import(name = "enabled")
    private @Nullable Output<Boolean> enabled;

    @Import(name = "name")
    private @Nullable Output<String> name;

    @Import(name = "regions")
    private @Nullable Output<List<String>> regions;

    @Import(name = "target", required = true)
    private Output<String> target;

    @Import(name = "type")
    private @Nullable Output<String> type;

    private UptimeCheckArgs() {
    }

    /** Default true. */
    public Optional<Output<Boolean>> enabled() {
        return Optional.ofNullable(enabled);
    }

    /** Check name; autonamed when omitted. */
    public Optional<Output<String>> name() {
        return Optional.ofNullable(name);
    }

    /** API values {@code us_east}, {@code us_west}, {@code eu_west}, {@code se_asia}. */
    public Optional<Output<List<String>>> regions() {
        return Optional.ofNullable(regions);
    }

    /** URL or host to probe. */
    public Output<String> target() {
        return target;
    }

    /** {@code ping}, {@code http} or {@code https} (default https). */
    public Optional<Output<String>> type() {
        return Optional.ofNullable(type);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@link #build()} checks the schema-required inputs. */
    public static final class Builder {
        private final UptimeCheckArgs $ = new UptimeCheckArgs();

        private Builder() {
        }

        public Builder enabled(@Nullable Output<Boolean> enabled) {
            $.enabled = enabled;
            return this;
        }

        public Builder enabled(Boolean enabled) {
            return enabled(Output.of(enabled));
        }

        public Builder name(@Nullable Output<String> name) {
            $.name = name;
            return this;
        }

        public Builder name(String name) {
            return name(Output.of(name));
        }

        public Builder regions(@Nullable Output<List<String>> regions) {
            $.regions = regions;
            return this;
        }

        public Builder regions(List<String> regions) {
            return regions(Output.of(regions));
        }

        public Builder regions(String... regions) {
            return regions(List.of(regions));
        }

        public Builder target(@Nullable Output<String> target) {
            $.target = target;
            return this;
        }

        public Builder target(String target) {
            return target(Output.of(target));
        }

        public Builder type(@Nullable Output<String> type) {
            $.type = type;
            return this;
        }

        public Builder type(String type) {
            return type(Output.of(type));
        }

        public UptimeCheckArgs build() {
            RequiredInputs.check($.target, "UptimeCheckArgs", "target");
            return $;
        }
    }
}
