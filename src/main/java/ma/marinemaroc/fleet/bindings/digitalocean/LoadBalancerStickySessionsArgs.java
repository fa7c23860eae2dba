package ma.marinemaroc.fleet.bindings.digitalocean;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;
import javax.annotation.Nullable;
import ma.marinemaroc.fleet.bindings.SchemaType;

/**
 * Sticky sessions of a {@link LoadBalancer}: with {@code cookies}, a client keeps reaching the same Droplet.
 */
@SchemaType("digitalocean:index/LoadBalancerStickySessions:LoadBalancerStickySessions")
public final class LoadBalancerStickySessionsArgs extends ResourceArgs {

    @Import(name = "cookieName")
    private @Nullable Output<String> cookieName;

    @Import(name = "cookieTtlSeconds")
    private @Nullable Output<Integer> cookieTtlSeconds;

    @Import(name = "type")
    private @Nullable Output<String> type;

    private LoadBalancerStickySessionsArgs() {
    }

    /** Cookie name (required with {@code cookies}). */
    public Optional<Output<String>> cookieName() {
        return Optional.ofNullable(cookieName);
    }

    /** Cookie lifetime in seconds (required with {@code cookies}). */
    public Optional<Output<Integer>> cookieTtlSeconds() {
        return Optional.ofNullable(cookieTtlSeconds);
    }

    /** {@code none} (default) or {@code cookies}. */
    public Optional<Output<String>> type() {
        return Optional.ofNullable(type);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@link #build()} checks the schema-required inputs. */
    public static final class Builder {
        private final LoadBalancerStickySessionsArgs $ = new LoadBalancerStickySessionsArgs();

        private Builder() {
        }

        public Builder cookieName(@Nullable Output<String> cookieName) {
            $.cookieName = cookieName;
            return this;
        }

        public Builder cookieName(String cookieName) {
            return cookieName(Output.of(cookieName));
        }

        public Builder cookieTtlSeconds(@Nullable Output<Integer> cookieTtlSeconds) {
            $.cookieTtlSeconds = cookieTtlSeconds;
            return this;
        }

        public Builder cookieTtlSeconds(Integer cookieTtlSeconds) {
            return cookieTtlSeconds(Output.of(cookieTtlSeconds));
        }

        public Builder type(@Nullable Output<String> type) {
            $.type = type;
            return this;
        }

        public Builder type(String type) {
            return type(Output.of(type));
        }

        public LoadBalancerStickySessionsArgs build() {
            return $;
        }
    }
}
