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
 * One inbound rule of a {@link Firewall}.
 */
@SchemaType("digitalocean:index/FirewallInboundRule:FirewallInboundRule")
public final class FirewallInboundRuleArgs extends ResourceArgs {

    @Import(name = "portRange")
    private @Nullable Output<String> portRange;

    @Import(name = "protocol", required = true)
    private Output<String> protocol;

    @Import(name = "sourceAddresses")
    private @Nullable Output<List<String>> sourceAddresses;

    @Import(name = "sourceDropletIds")
    private @Nullable Output<List<Integer>> sourceDropletIds;

    @Import(name = "sourceKubernetesIds")
    private @Nullable Output<List<String>> sourceKubernetesIds;

    @Import(name = "sourceLoadBalancerUids")
    private @Nullable Output<List<String>> sourceLoadBalancerUids;

    @Import(name = "sourceTags")
    private @Nullable Output<List<String>> sourceTags;

    private FirewallInboundRuleArgs() {
    }

    /** {@code "22"}, {@code "8000-9000"} or {@code "1-65535"}; needed for tcp/udp. */
    public Optional<Output<String>> portRange() {
        return Optional.ofNullable(portRange);
    }

    /** {@code tcp}, {@code udp} or {@code icmp}. */
    public Output<String> protocol() {
        return protocol;
    }

    /** IPv4/IPv6 addresses or CIDRs, e.g. {@code 0.0.0.0/0}, {@code ::/0}. */
    public Optional<Output<List<String>>> sourceAddresses() {
        return Optional.ofNullable(sourceAddresses);
    }

    /** Droplet ids (integers). */
    public Optional<Output<List<Integer>>> sourceDropletIds() {
        return Optional.ofNullable(sourceDropletIds);
    }

    /** DOKS cluster ids. */
    public Optional<Output<List<String>>> sourceKubernetesIds() {
        return Optional.ofNullable(sourceKubernetesIds);
    }

    /** Load balancer ids. */
    public Optional<Output<List<String>>> sourceLoadBalancerUids() {
        return Optional.ofNullable(sourceLoadBalancerUids);
    }

    /** Tag names. */
    public Optional<Output<List<String>>> sourceTags() {
        return Optional.ofNullable(sourceTags);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@link #build()} checks the schema-required inputs. */
    public static final class Builder {
        private final FirewallInboundRuleArgs $ = new FirewallInboundRuleArgs();

        private Builder() {
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

        public Builder sourceAddresses(@Nullable Output<List<String>> sourceAddresses) {
            $.sourceAddresses = sourceAddresses;
            return this;
        }

        public Builder sourceAddresses(List<String> sourceAddresses) {
            return sourceAddresses(Output.of(sourceAddresses));
        }

        public Builder sourceAddresses(String... sourceAddresses) {
            return sourceAddresses(List.of(sourceAddresses));
        }

        public Builder sourceDropletIds(@Nullable Output<List<Integer>> sourceDropletIds) {
            $.sourceDropletIds = sourceDropletIds;
            return this;
        }

        public Builder sourceDropletIds(List<Integer> sourceDropletIds) {
            return sourceDropletIds(Output.of(sourceDropletIds));
        }

        public Builder sourceDropletIds(Integer... sourceDropletIds) {
            return sourceDropletIds(List.of(sourceDropletIds));
        }

        public Builder sourceKubernetesIds(@Nullable Output<List<String>> sourceKubernetesIds) {
            $.sourceKubernetesIds = sourceKubernetesIds;
            return this;
        }

        public Builder sourceKubernetesIds(List<String> sourceKubernetesIds) {
            return sourceKubernetesIds(Output.of(sourceKubernetesIds));
        }

        public Builder sourceKubernetesIds(String... sourceKubernetesIds) {
            return sourceKubernetesIds(List.of(sourceKubernetesIds));
        }

        public Builder sourceLoadBalancerUids(@Nullable Output<List<String>> sourceLoadBalancerUids) {
            $.sourceLoadBalancerUids = sourceLoadBalancerUids;
            return this;
        }

        public Builder sourceLoadBalancerUids(List<String> sourceLoadBalancerUids) {
            return sourceLoadBalancerUids(Output.of(sourceLoadBalancerUids));
        }

        public Builder sourceLoadBalancerUids(String... sourceLoadBalancerUids) {
            return sourceLoadBalancerUids(List.of(sourceLoadBalancerUids));
        }

        public Builder sourceTags(@Nullable Output<List<String>> sourceTags) {
            $.sourceTags = sourceTags;
            return this;
        }

        public Builder sourceTags(List<String> sourceTags) {
            return sourceTags(Output.of(sourceTags));
        }

        public Builder sourceTags(String... sourceTags) {
            return sourceTags(List.of(sourceTags));
        }

        public FirewallInboundRuleArgs build() {
            RequiredInputs.check($.protocol, "FirewallInboundRuleArgs", "protocol");
            return $;
        }
    }
}
