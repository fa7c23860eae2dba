package ma.marinemaroc.fleet.bindings.digitalocean;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;
import ma.marinemaroc.fleet.bindings.RequiredInputs;
import ma.marinemaroc.fleet.bindings.SchemaType;

/**
 * One outbound rule of a {@link Firewall}.
 */
@SchemaType("digitalocean:index/FirewallOutboundRule:FirewallOutboundRule")
public final class FirewallOutboundRuleArgs extends ResourceArgs {

    @Import(name = "destinationAddresses")
    private @Nullable Output<List<String>> destinationAddresses;

    @Import(name = "destinationDropletIds")
    private @Nullable Output<List<Integer>> destinationDropletIds;

    @Import(name = "destinationKubernetesIds")
    private @Nullable Output<List<String>> destinationKubernetesIds;

    @Import(name = "destinationLoadBalancerUids")
    private @Nullable Output<List<String>> destinationLoadBalancerUids;

    @Import(name = "destinationTags")
    private @Nullable Output<List<String>> destinationTags;

    @Import(name = "portRange")
    private @Nullable Output<String> portRange;

    @Import(name = "protocol", required = true)
    private Output<String> protocol;

    private FirewallOutboundRuleArgs() {
    }

    /** IPv4/IPv6 addresses or CIDRs. */
    public Optional<Output<List<String>>> destinationAddresses() {
        return Optional.ofNullable(destinationAddresses);
    }

    /** Droplet ids (integers). */
    public Optional<Output<List<Integer>>> destinationDropletIds() {
        return Optional.ofNullable(destinationDropletIds);
    }

    /** DOKS cluster ids. */
    public Optional<Output<List<String>>> destinationKubernetesIds() {
        return Optional.ofNullable(destinationKubernetesIds);
    }

    /** Load balancer ids. */
    public Optional<Output<List<String>>> destinationLoadBalancerUids() {
        return Optional.ofNullable(destinationLoadBalancerUids);
    }

    /** Tag names. */
    public Optional<Output<List<String>>> destinationTags() {
        return Optional.ofNullable(destinationTags);
    }

    /** {@code "22"}, {@code "8000-9000"} or {@code "1-65535"}; needed for tcp/udp. */
    public Optional<Output<String>> portRange() {
        return Optional.ofNullable(portRange);
    }

    /** {@code tcp}, {@code udp} or {@code icmp}. */
    public Output<String> protocol() {
        return protocol;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@link #build()} checks the schema-required inputs. */
    public static final class Builder {
        private final FirewallOutboundRuleArgs $ = new FirewallOutboundRuleArgs();

        private Builder() {
        }

        public Builder destinationAddresses(@Nullable Output<List<String>> destinationAddresses) {
            $.destinationAddresses = destinationAddresses;
            return this;
        }

        public Builder destinationAddresses(List<String> destinationAddresses) {
            return destinationAddresses(Output.of(destinationAddresses));
        }

        public Builder destinationAddresses(String... destinationAddresses) {
            return destinationAddresses(List.of(destinationAddresses));
        }

        public Builder destinationDropletIds(@Nullable Output<List<Integer>> destinationDropletIds) {
            $.destinationDropletIds = destinationDropletIds;
            return this;
        }

        public Builder destinationDropletIds(List<Integer> destinationDropletIds) {
            return destinationDropletIds(Output.of(destinationDropletIds));
        }

        public Builder destinationDropletIds(Integer... destinationDropletIds) {
            return destinationDropletIds(List.of(destinationDropletIds));
        }

        public Builder destinationKubernetesIds(@Nullable Output<List<String>> destinationKubernetesIds) {
            $.destinationKubernetesIds = destinationKubernetesIds;
            return this;
        }

        public Builder destinationKubernetesIds(List<String> destinationKubernetesIds) {
            return destinationKubernetesIds(Output.of(destinationKubernetesIds));
        }

        public Builder destinationKubernetesIds(String... destinationKubernetesIds) {
            return destinationKubernetesIds(List.of(destinationKubernetesIds));
        }

        public Builder destinationLoadBalancerUids(@Nullable Output<List<String>> destinationLoadBalancerUids) {
            $.destinationLoadBalancerUids = destinationLoadBalancerUids;
            return this;
        }

        public Builder destinationLoadBalancerUids(List<String> destinationLoadBalancerUids) {
            return destinationLoadBalancerUids(Output.of(destinationLoadBalancerUids));
        }

        public Builder destinationLoadBalancerUids(String... destinationLoadBalancerUids) {
            return destinationLoadBalancerUids(List.of(destinationLoadBalancerUids));
        }

        public Builder destinationTags(@Nullable Output<List<String>> destinationTags) {
            $.destinationTags = destinationTags;
            return this;
        }

        public Builder destinationTags(List<String> destinationTags) {
            return destinationTags(Output.of(destinationTags));
        }

        public Builder destinationTags(String... destinationTags) {
            return destinationTags(List.of(destinationTags));
        }

        public Builder portRange(@Nullable Output<String> portRange) {
            $.portRange = portRange;
            return this;
        }

        public Builder portRange(String portRange) {
            return portRange(Output.of(portRange));
        }

        public Builder protocol(@Nullable Output<String> protocol) {
            $.protocol = protocol;
            return this;
        }

        public Builder protocol(String protocol) {
            return protocol(Output.of(protocol));
        }

        public FirewallOutboundRuleArgs build() {
            RequiredInputs.check($.protocol, "FirewallOutboundRuleArgs", "protocol");
            return $;
        }
    }
}
