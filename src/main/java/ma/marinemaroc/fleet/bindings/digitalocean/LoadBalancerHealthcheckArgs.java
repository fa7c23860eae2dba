package ma.marinemaroc.fleet.bindings.digitalocean;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;
import javax.annotation.Nullable;
import ma.marinemaroc.fleet.bindings.RequiredInputs;
import ma.marinemaroc.fleet.bindings.SchemaType;

/**
 * Health check a {@link LoadBalancer} runs against each Droplet.
 */
@SchemaType("digitalocean:index/LoadBalancerHealthcheck:LoadBalancerHealthcheck")
public final class LoadBalancerHealthcheckArgs extends ResourceArgs {

    @Import(name = "checkIntervalSeconds")
    private @Nullable Output<Integer> checkIntervalSeconds;

    @Import(name = "healthyThreshold")
    private @Nullable Output<Integer> healthyThreshold;

    @Import(name = "path")
    private @Nullable Output<String> path;

    @Import(name = "port", required = true)
    private Output<Integer> port;

    @Import(name = "protocol", required = true)
    private Output<String> protocol;

    @Import(name = "responseTimeoutSeconds")
    private @Nullable Output<Integer> responseTimeoutSeconds;

    @Import(name = "unhealthyThreshold")
    private @Nullable Output<Integer> unhealthyThreshold;

    private LoadBalancerHealthcheckArgs() {
    }

    /** Seconds between checks (default 10). */
    public Optional<Output<Integer>> checkIntervalSeconds() {
        return Optional.ofNullable(checkIntervalSeconds);
    }

    /** Passes before a Droplet is put back in the pool (default 5). */
    public Optional<Output<Integer>> healthyThreshold() {
        return Optional.ofNullable(healthyThreshold);
    }

    /** Request path for {@code http}/{@code https} checks, e.g. {@code /health}. */
    public Optional<Output<String>> path() {
        return Optional.ofNullable(path);
    }

    /** Port on the Droplets. */
    public Output<Integer> port() {
        return port;
    }

    /** {@code http}, {@code https} or {@code tcp}. */
    public Output<String> protocol() {
        return protocol;
    }

    /** Seconds to wait for a response (default 5). */
    public Optional<Output<Integer>> responseTimeoutSeconds() {
        return Optional.ofNullable(responseTimeoutSeconds);
    }

    /** Failures before a Droplet is taken out of the pool (default 3). */
    public Optional<Output<Integer>> unhealthyThreshold() {
        return Optional.ofNullable(unhealthyThreshold);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@link #build()} checks the schema-required inputs. */
    public static final class Builder {
        private final LoadBalancerHealthcheckArgs $ = new LoadBalancerHealthcheckArgs();

        private Builder() {
        }

        public Builder checkIntervalSeconds(@Nullable Output<Integer> checkIntervalSeconds) {
            $.checkIntervalSeconds = checkIntervalSeconds;
            return this;
        }

        public Builder checkIntervalSeconds(Integer checkIntervalSeconds) {
            return checkIntervalSeconds(Output.of(checkIntervalSeconds));
        }

        public Builder healthyThreshold(@Nullable Output<Integer> healthyThreshold) {
            $.healthyThreshold = healthyThreshold;
            return this;
        }

        public Builder healthyThreshold(Integer healthyThreshold) {
            return healthyThreshold(Output.of(healthyThreshold));
        }

        public Builder path(@Nullable Output<String> path) {
            $.path = path;
            return this;
        }

        public Builder path(String path) {
            return path(Output.of(path));
        }

        public Builder port(@Nullable Output<Integer> port) {
            $.port = port;
            return this;
        }

        public Builder port(Integer port) {
            return port(Output.of(port));
        }

        public Builder protocol(@Nullable Output<String> protocol) {
            $.protocol = protocol;
            return this;
        }

        public Builder protocol(String protocol) {
            return protocol(Output.of(protocol));
        }

        public Builder responseTimeoutSeconds(@Nullable Output<Integer> responseTimeoutSeconds) {
            $.responseTimeoutSeconds = responseTimeoutSeconds;
            return this;
        }

        public Builder responseTimeoutSeconds(Integer responseTimeoutSeconds) {
            return responseTimeoutSeconds(Output.of(responseTimeoutSeconds));
        }

        public Builder unhealthyThreshold(@Nullable Output<Integer> unhealthyThreshold) {
            $.unhealthyThreshold = unhealthyThreshold;
            return this;
        }

        public Builder unhealthyThreshold(Integer unhealthyThreshold) {
            return unhealthyThreshold(Output.of(unhealthyThreshold));
        }

        public LoadBalancerHealthcheckArgs build() {
            RequiredInputs.check($.port, "LoadBalancerHealthcheckArgs", "port");
            RequiredInputs.check($.protocol, "LoadBalancerHealthcheckArgs", "protocol");
            return $;
        }
    }
}
