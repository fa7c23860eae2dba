package ma.marinemaroc.fleet.bindings.digitalocean;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;
import ma.marinemaroc.fleet.bindings.RequiredInputs;

/**
 * Inputs of {@link Firewall}.
 */
public final class FirewallArgs extends ResourceArgs {

    @Import(name = "dropletIds")
    private @Nullable Output<List<Integer>> dropletIds;

    @Import(name = "inboundRules")
    private @Nullable Output<List<FirewallInboundRuleArgs>> inboundRules;

    @Import(name = "name")
    private @Nullable Output<String> name;

    @Import(name = "outboundRules")
    private @Nullable Output<List<FirewallOutboundRuleArgs>> outboundRules;

    @Import(name = "tags")
    private @Nullable Output<List<String>> tags;

    private FirewallArgs() {
    }

    /** Droplet ids as integers (at most 10); otherwise use tags. */
    public Optional<Output<List<Integer>>> dropletIds() {
        return Optional.ofNullable(dropletIds);
    }

    /** Inbound rules. */
    public Optional<Output<List<FirewallInboundRuleArgs>>> inboundRules() {
        return Optional.ofNullable(inboundRules);
    }

    /** Firewall name; autonamed when omitted. */
    public Optional<Output<String>> name() {
        return Optional.ofNullable(name);
    }

    /** Outbound rules. */
    public Optional<Output<List<FirewallOutboundRuleArgs>>> outboundRules() {
        return Optional.ofNullable(outboundRules);
    }

    /** Tag names (at most 5). */
    public Optional<Output<List<String>>> tags() {
        return Optional.ofNullable(tags);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@link #build()} checks the schema-required inputs. */
    public static final class Builder {
        private final FirewallArgs $ = new FirewallArgs();

        private Builder() {
        }

        public Builder dropletIds(@Nullable Output<List<Integer>> dropletIds) {
            $.dropletIds = dropletIds;
            return this;
        }

        public Builder dropletIds(List<Integer> dropletIds) {
            return dropletIds(Output.of(dropletIds));
        }

        public Builder dropletIds(Integer... dropletIds) {
            return dropletIds(List.of(dropletIds));
        }

        public Builder inboundRules(@Nullable Output<List<FirewallInboundRuleArgs>> inboundRules) {
            $.inboundRules = inboundRules;
            return this;
        }

        public Builder inboundRules(List<FirewallInboundRuleArgs> inboundRules) {
            return inboundRules(Output.of(inboundRules));
        }

        public Builder inboundRules(FirewallInboundRuleArgs... inboundRules) {
            return inboundRules(List.of(inboundRules));
        }

        public Builder name(@Nullable Output<String> name) {
            $.name = name;
            return this;
        }

        public Builder name(String name) {
            return name(Output.of(name));
        }

        public Builder outboundRules(@Nullable Output<List<FirewallOutboundRuleArgs>> outboundRules) {
            $.outboundRules = outboundRules;
            return this;
        }

        public Builder outboundRules(List<FirewallOutboundRuleArgs> outboundRules) {
            return outboundRules(Output.of(outboundRules));
        }

        public Builder outboundRules(FirewallOutboundRuleArgs... outboundRules) {
            return outboundRules(List.of(outboundRules));
        }

        public Builder tags(@Nullable Output<List<String>> tags) {
            $.tags = tags;
            return this;
        }

        public Builder tags(List<String> tags) {
            return tags(Output.of(tags));
        }

        public Builder tags(String... tags) {
            return tags(List.of(tags));
        }

        public FirewallArgs build() {
            return $;
        }
    }
}
