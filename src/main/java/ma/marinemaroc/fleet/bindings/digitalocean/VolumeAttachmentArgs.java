package ma.marinemaroc.fleet.bindings.digitalocean;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import javax.annotation.Nullable;
import ma.marinemaroc.fleet.bindings.RequiredInputs;

/**
 * Inputs of {@link VolumeAttachment}.
 */
public final class VolumeAttachmentArgs extends ResourceArgs {

    @Import(name = "dropletId", required = true)
    private Output<Integer> dropletId;

    @Import(name = "volumeId", required = true)
    private Output<String> volumeId;

    private VolumeAttachmentArgs() {
    }

    /** Droplet id as an integer: {@code droplet.id().applyValue(Integer::parseInt)}; forces replacement. */
    public Output<Integer> dropletId() {
        return dropletId;
    }

    /** Volume id (UUID); forces replacement. */
    public Output<String> volumeId() {
        return volumeId;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@link #build()} checks the schema-required inputs. */
    public static final class Builder {
        private final VolumeAttachmentArgs $ = new VolumeAttachmentArgs();

        private Builder() {
        }

        public Builder dropletId(@Nullable Output<Integer> dropletId) {
            $.dropletId = dropletId;
            return this;
        }

        public Builder dropletId(Integer dropletId) {
            return dropletId(Output.of(dropletId));
        }

        public Builder volumeId(@Nullable Output<String> volumeId) {
            $.volumeId = volumeId;
            return this;
        }

        public Builder volumeId(String volumeId) {
            return volumeId(Output.of(volumeId));
        }

        public VolumeAttachmentArgs build() {
            RequiredInputs.check($.dropletId, "VolumeAttachmentArgs", "dropletId");
            RequiredInputs.check($.volumeId, "VolumeAttachmentArgs", "volumeId");
            return $;
        }
    }
}
