package ma.marinemaroc.fleet.bindings.digitalocean;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import javax.annotation.Nullable;
import ma.marinemaroc.fleet.bindings.RequiredInputs;

/**
 * Inputs of {@link DatabaseFirewall}.
 */
public final class DatabaseFirewallArgs extends ResourceArgs {

    @Import(name = "clusterId", required = true)
    private Output<String> clusterId;

    @Import(name = "rules", required = true)
    private Output<List<DatabaseFirewallRuleArgs>> rules;

    private DatabaseFirewallArgs() {
    }

    /** DatabaseCluster id; forces replacement. */
    public Output<String> clusterId() {
        return clusterId;
    }

    /** Allowed sources. */
    public Output<List<DatabaseFirewallRuleArgs>> rules() {
        return rules;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@link #build()} checks the schema-required inputs. */
    public static final class Builder {
        private final DatabaseFirewallArgs $ = new DatabaseFirewallArgs();

        private Builder() {
        }

        public Builder clusterId(@Nullable Output<String> clusterId) {
            $.clusterId = clusterId;
            return this;
        }

        public Builder clusterId(String clusterId) {
            return clusterId(Output.of(clusterId));
        }

        public Builder rules(@Nullable Output<List<DatabaseFirewallRuleArgs>> rules) {
            $.rules = rules;
            return this;
        }

        public Builder rules(List<DatabaseFirewallRuleArgs> rules) {
            return rules(Output.of(rules));
        }

        public Builder rules(DatabaseFirewallRuleArgs... rules) {
            return rules(List.of(rules));
        }

        public DatabaseFirewallArgs build() {
            RequiredInputs.check($.clusterId, "DatabaseFirewallArgs", "clusterId");
            RequiredInputs.check($.rules, "DatabaseFirewallArgs", "rules");
            return $;
        }
    }
}
