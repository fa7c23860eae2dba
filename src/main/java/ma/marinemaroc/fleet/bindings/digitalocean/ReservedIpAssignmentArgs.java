package ma.marinemaroc.fleet.bindings.digitalocean;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;
import javax.annotation.Nullable;
import ma.marinemaroc.fleet.bindings.RequiredInputs;

/**
 * Inputs of {@link ReservedIpAssignment}.
 */
public final class ReservedIpAssignmentArgs extends ResourceArgs {

    @Import(name = "dropletId", required = true)
    private Output<Integer> dropletId;

    @Import(name = "ipAddress", required = true)
    private Output<String> ipAddress;

    private ReservedIpAssignmentArgs() {
    }

    /** Droplet id as integer; forces replacement. */
    public Output<Integer> dropletId() {
        return dropletId;
    }

    /** ReservedIp.ipAddress; forces replacement. */
    public Output<String> ipAddress() {
        return ipAddress;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@link #build()} checks the schema-required inputs. */
    public static final class Builder {
        private final ReservedIpAssignmentArgs $ = new ReservedIpAssignmentArgs();

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

        public ReservedIpAssignmentArgs build() {
            RequiredInputs.check($.dropletId, "ReservedIpAssignmentArgs", "dropletId");
            RequiredInputs.check($.ipAddress, "ReservedIpAssignmentArgs", "ipAddress");
            return $;
        }
    }
}
