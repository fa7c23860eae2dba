package ma.marinemaroc.fleet.bindings.digitalocean;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;
import javax.annotation.Nullable;
import ma.marinemaroc.fleet.bindings.RequiredInputs;

/**
 * Inputs of {@link Vpc}.
 */
public final class VpcArgs extends ResourceArgs {

    @Import(name = "description")
    private @Nullable Output<String> description;

    @Import(name = "ipRange")
    private @Nullable Output<String> ipRange;

    @Import(name = "name")
    private @Nullable Output<String> name;

    @Import(name = "region", required = true)
    private Output<String> region;

    private VpcArgs() {
    }

    /** Free text (up to 255 characters). */
    public Optional<Output<String>> description() {
        return Optional.ofNullable(description);
    }

    /**
     * CIDR, e.g. {@code 10.20.0.0/20}; chosen by DigitalOcean when omitted; must not overlap other VPCs of the account;
     * forces replacement.
     */
    public Optional<Output<String>> ipRange() {
        return Optional.ofNullable(ipRange);
    }

    /** Unique name (letters, digits, dashes, dots); autonamed when omitted. */
    public Optional<Output<String>> name() {
        return Optional.ofNullable(name);
    }

    /** Region slug, e.g. {@code fra1}; forces replacement. */
    public Output<String> region() {
        return region;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@link #build()} checks the schema-required inputs. */
    public static final class Builder {
        private final VpcArgs $ = new VpcArgs();

        private Builder() {
        }

        public Builder description(@Nullable Output<String> description) {
            $.description = description;
            return this;
        }

        public Builder description(String description) {
            return description(Output.of(description));
        }

        public Builder ipRange(@Nullable Output<String> ipRange) {
            $.ipRange = ipRange;
            return this;
        }

        public Builder ipRange(String ipRange) {
            return ipRange(Output.of(ipRange));
        }

        public Builder name(@Nullable Output<String> name) {
            $.name = name;
            return this;
        }

        public Builder name(String name) {
            return name(Output.of(name));
        }

        public Builder region(@Nullable Output<String> region) {
            $.region = region;
            return this;
        }

        public Builder region(String region) {
            return region(Output.of(region));
        }

        public VpcArgs build() {
            RequiredInputs.check($.region, "VpcArgs", "region");
            return $;
        }
    }
}
