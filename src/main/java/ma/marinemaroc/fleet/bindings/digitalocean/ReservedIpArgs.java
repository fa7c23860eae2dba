package ma.marinemaroc.fleet.bindings.digitalocean;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;
import javax.annotation.Nullable;
import ma.marinemaroc.fleet.bindings.RequiredInputs;

/**
 * Inputs of {@link ReservedIp}.
 */
public final class ReservedIpArgs extends ResourceArgs {

    @Import(name = "dropletId")
    private @Nullable Output<Integer> dropletId;

    @Import(name = "ipAddress")
    private @Nullable Output<String> ipAddress;

    @Import(name = "region", required = true)
    private Output<String> region;

    private ReservedIpArgs() {
    }

    /** Droplet id to assign directly (prefer ReservedIpAssignment). */
    public Optional<Output<Integer>> dropletId() {
        return Optional.ofNullable(dropletId);
    }

    /** Normally computed. */
    public Optional<Output<String>> ipAddress() {
        return Optional.ofNullable(ipAddress);
    }

    /** Region slug (must match the Droplet); forces replacement. */
    public Output<String> region() {
        return region;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@link #build()} checks the schema-required inputs. */
    public static final class Builder {
        private final ReservedIpArgs $ = new ReservedIpArgs();

        private Builder() {
        }

        public Builder dropletId(@Nullable Output<Integer> dropletId) {
            $.dropletId = dropletId;
            return this;
        }

        public Builder dropletId(Integer dropletId) {
            return dropletId(Output.of(dropletId));
        }

        public Builder ipAddress(@Nullable Output<String> ipAddress) {
            $.ipAddress = ipAddress;
            return this;
        }

        public Builder ipAddress(String ipAddress) {
            return ipAddress(Output.of(ipAddress));
        }

        public Builder region(@Nullable Output<String> region) {
            $.region = region;
            return this;
        }

        public Builder region(String region) {
            return region(Output.of(region));
        }

        public ReservedIpArgs build() {
            RequiredInputs.check($.region, "ReservedIpArgs", "region");
            return $;
        }
    }
}
