package ma.marinemaroc.fleet.bindings.digitalocean;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import javax.annotation.Nullable;
import ma.marinemaroc.fleet.bindings.RequiredInputs;
import ma.marinemaroc.fleet.bindings.SchemaType;

/**
 * One trusted source of a {@link DatabaseFirewall}. Not bound: createdAt, uuid (computed).
 */
@SchemaType("digitalocean:index/DatabaseFirewallRule:DatabaseFirewallRule")
public final class DatabaseFirewallRuleArgs extends ResourceArgs {

    @Import(name = "type", required = true)
    private Output<String> type;

    @Import(name = "value", required = true)
    private Output<String> value;

    private DatabaseFirewallRuleArgs() {
    }

    /**
     * {@code tag}, {@code droplet}, {@code ip_addr}, {@code k8s} or {@code app} (snake_case API values; the schema docs
     * camelCase {@code ipAddr}).
     */
    public Output<String> type() {
        return type;
    }

    /** Per type: tag name, Droplet id, IP address or CIDR, Kubernetes cluster id or app id. */
    public Output<String> value() {
        return value;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@link #build()} checks the schema-required inputs. */
    public static final class Builder {
        private final DatabaseFirewallRuleArgs $ = new DatabaseFirewallRuleArgs();

        private Builder() {
        }

        public Builder type(@Nullable Output<String> type) {
            $.type = type;
            return this;
        }

        public Builder type(String type) {
            return type(Output.of(type));
        }

        public Builder value(@Nullable Output<String> value) {
            $.value = value;
            return this;
        }

        public Builder value(String value) {
            return value(Output.of(value));
        }

        public DatabaseFirewallRuleArgs build() {
            RequiredInputs.check($.type, "DatabaseFirewallRuleArgs", "type");
            RequiredInputs.check($.value, "DatabaseFirewallRuleArgs", "value");
            return $;
        }
    }
}
