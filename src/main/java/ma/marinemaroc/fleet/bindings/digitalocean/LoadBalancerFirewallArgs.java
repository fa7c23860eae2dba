package ma.marinemaroc.fleet.bindings.digitalocean;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;
import ma.marinemaroc.fleet.bindings.SchemaType;

/**
 * Client address rules of a {@link LoadBalancer}.
 */
@SchemaType("digitalocean:index/LoadBalancerFirewall:LoadBalancerFirewall")
public final class LoadBalancerFirewallArgs extends ResourceArgs {

    @Import(name = "allows")
    private @Nullable Output<List<String>> allows;

    @Import(name = "denies")
    private @Nullable Output<List<String>> denies;

    private LoadBalancerFirewallArgs() {
    }

    /** Allowed sources: {@code ip:198.51.100.7} or {@code cidr:198.51.100.0/24}. */
    public Optional<Output<List<String>>> allows() {
        return Optional.ofNullable(allows);
    }

    /** Denied sources, same form as allows. */
    public Optional<Output<List<String>>> denies() {
        return Optional.ofNullable(denies);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@link #build()} checks the schema-required inputs. */
    public static final class Builder {
        private final LoadBalancerFirewallArgs $ = new LoadBalancerFirewallArgs();

        private Builder() {
        }

        public Builder allows(@Nullable Output<List<String>> allows) {
            $.allows = allows;
            return this;
        }

        public Builder allows(List<String> allows) {
            return allows(Output.of(allows));
        }

        public Builder allows(String... allows) {
            return allows(List.of(allows));
        }

        public Builder denies(@Nullable Output<List<String>> denies) {
            $.denies = denies;
            return this;
        }

        public Builder denies(List<String> denies) {
            return denies(Output.of(denies));
        }

        public Builder denies(String... denies) {
            return denies(List.of(denies));
        }

        public LoadBalancerFirewallArgs build() {
            return $;
        }
    }
}
