package ma.marinemaroc.fleet.components;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;

import java.util.List;
import java.util.Optional;

/** Inputs of {@link HostSecurityGroup}: inbound rules (rules live in the group, never as separate rule resources). */
public final class HostSecurityGroupArgs extends ResourceArgs {
    /** The group's name (and Name tag). Required. */
    @Import(name = "name", required = true)
    private String name;
    /** Shown in the console. Default "Fleet host". */
    @Import(name = "description")
    private String description;
    /** Inbound TCP rules. Required, at least one. */
    @Import(name = "rules", required = true)
    private List<FirewallRuleArgs> rules;
    /** VPC of the group. Default: the region's default VPC. */
    @Import(name = "vpcId")
    private Output<String> vpcId;

    private HostSecurityGroupArgs() {
    }

    public String name() {
        return name;
    }

    public String description() {
        return description == null ? "Fleet host" : description;
    }

    public List<FirewallRuleArgs> rules() {
        return rules == null ? List.of() : List.copyOf(rules);
    }

    public Optional<Output<String>> vpcId() {
        return Optional.ofNullable(vpcId);
    }

    public void validate() {
        ArgsCheck c = new ArgsCheck("HostSecurityGroupArgs").required("name", name)
                .that(rules != null && !rules.isEmpty(), "rules must not be empty");
        for (int i = 0; rules != null && i < rules.size(); i++) {
            rules.get(i).check(c, "rules[" + i + "]");
            c.that(rules.get(i).sourceLoadBalancerUids().isEmpty(),
                    "rules[" + i + "]: a security group takes load balancers by their security group: use sourceSecurityGroupIds");
        }
        c.done();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final HostSecurityGroupArgs a = new HostSecurityGroupArgs();

        private Builder() {
        }

        public Builder name(String v) { a.name = v; return this; }
        public Builder description(String v) { a.description = v; return this; }
        public Builder rules(List<FirewallRuleArgs> v) { a.rules = List.copyOf(v); return this; }
        public Builder vpcId(Output<String> v) { a.vpcId = v; return this; }

        public HostSecurityGroupArgs build() {
            a.validate();
            return a;
        }
    }
}
