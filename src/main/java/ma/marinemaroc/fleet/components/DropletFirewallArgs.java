package ma.marinemaroc.fleet.components;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;

import java.util.List;
import java.util.Optional;

/** Inputs of {@link DropletFirewall}: inbound rules for droplets (by id or by tag); outbound is open. */
public final class DropletFirewallArgs extends ResourceArgs {
    /** The firewall's name. Required. */
    @Import(name = "name", required = true)
    private String name;
    /** Inbound TCP rules. Required, at least one. */
    @Import(name = "rules", required = true)
    private List<FirewallRuleArgs> rules;
    /** Droplets it applies to. Either this or {@code tags}. */
    @Import(name = "dropletIds")
    private Output<List<String>> dropletIds;
    /** Droplet tags it applies to. Either this or {@code dropletIds}. */
    @Import(name = "tags")
    private List<String> tags;

    private DropletFirewallArgs() {
    }

    public String name() {
        return name;
    }

    public List<FirewallRuleArgs> rules() {
        return rules == null ? List.of() : List.copyOf(rules);
    }

    public Optional<Output<List<String>>> dropletIds() {
        return Optional.ofNullable(dropletIds);
    }

    public List<String> tags() {
        return tags == null ? List.of() : List.copyOf(tags);
    }

    public void validate() {
        ArgsCheck c = new ArgsCheck("DropletFirewallArgs").required("name", name)
                .that(rules != null && !rules.isEmpty(), "rules must not be empty")
                .that(dropletIds != null || (tags != null && !tags.isEmpty()), "dropletIds or tags is required");
        for (int i = 0; rules != null && i < rules.size(); i++) {
            rules.get(i).check(c, "rules[" + i + "]");
            c.that(rules.get(i).sourceSecurityGroupIds().isEmpty(),
                    "rules[" + i + "]: a droplet firewall has no security groups; use sources or sourceLoadBalancerUids");
        }
        c.done();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final DropletFirewallArgs a = new DropletFirewallArgs();

        private Builder() {
        }

        public Builder name(String v) { a.name = v; return this; }
        public Builder rules(List<FirewallRuleArgs> v) { a.rules = List.copyOf(v); return this; }
        public Builder dropletIds(Output<List<String>> v) { a.dropletIds = v; return this; }
        public Builder tags(List<String> v) { a.tags = List.copyOf(v); return this; }

        public DropletFirewallArgs build() {
            a.validate();
            return a;
        }
    }
}
