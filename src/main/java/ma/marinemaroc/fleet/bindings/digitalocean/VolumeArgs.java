package ma.marinemaroc.fleet.bindings.digitalocean;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;
import ma.marinemaroc.fleet.bindings.RequiredInputs;

/**
 * Inputs of {@link Volume}.
 */
public final class VolumeArgs extends ResourceArgs {

    @Import(name = "description")
    private @Nullable Output<String> description;

    @Import(name = "initialFilesystemLabel")
    private @Nullable Output<String> initialFilesystemLabel;

    @Import(name = "initialFilesystemType")
    private @Nullable Output<String> initialFilesystemType;

    @Import(name = "name")
    private @Nullable Output<String> name;

    @Import(name = "region", required = true)
    private Output<String> region;

    @Import(name = "size", required = true)
    private Output<Integer> size;

    @Import(name = "snapshotId")
    private @Nullable Output<String> snapshotId;

    @Import(name = "tags")
    private @Nullable Output<List<String>> tags;

    private VolumeArgs() {
    }

    /** Free text (up to 1024 bytes); forces replacement. */
    public Optional<Output<String>> description() {
        return Optional.ofNullable(description);
    }

    /** Filesystem label written when the volume is formatted at creation; forces replacement. */
    public Optional<Output<String>> initialFilesystemLabel() {
        return Optional.ofNullable(initialFilesystemLabel);
    }

    /**
     * {@code ext4} or {@code xfs}: format the volume at creation (left unformatted when omitted); forces replacement.
     */
    public Optional<Output<String>> initialFilesystemType() {
        return Optional.ofNullable(initialFilesystemType);
    }

    /** Volume name (lowercase, up to 64 characters); autonamed when omitted; forces replacement. */
    public Optional<Output<String>> name() {
        return Optional.ofNullable(name);
    }

    /** Region slug, e.g. {@code fra1}; the Droplet it is attached to must be in the same region; forces replacement. */
    public Output<String> region() {
        return region;
    }

    /** Size in GiB; can only grow. */
    public Output<Integer> size() {
        return size;
    }

    /** Create the volume from this volume snapshot; forces replacement. */
    public Optional<Output<String>> snapshotId() {
        return Optional.ofNullable(snapshotId);
    }

    /** Tag names. */
    public Optional<Output<List<String>>> tags() {
        return Optional.ofNullable(tags);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@link #build()} checks the schema-required inputs. */
    public static final class Builder {
        private final VolumeArgs $ = new VolumeArgs();

        private Builder() {
        }

        public Builder description(@Nullable Output<String> description) {
            $.description = description;
            return this;
        }

        public Builder description(String description) {
            return description(Output.of(description));
        }

        public Builder initialFilesystemLabel(@Nullable Output<String> initialFilesystemLabel) {
            $.initialFilesystemLabel = initialFilesystemLabel;
            return this;
        }

        public Builder initialFilesystemLabel(String initialFilesystemLabel) {
            return initialFilesystemLabel(Output.of(initialFilesystemLabel));
        }

        public Builder initialFilesystemType(@Nullable Output<String> initialFilesystemType) {
            $.initialFilesystemType = initialFilesystemType;
            return this;
        }

        public Builder initialFilesystemType(String initialFilesystemType) {
            return initialFilesystemType(Output.of(initialFilesystemType));
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

        public Builder size(@Nullable Output<Integer> size) {
            $.size = size;
            return this;
        }

        public Builder size(Integer size) {
            return size(Output.of(size));
        }

        public Builder snapshotId(@Nullable Output<String> snapshotId) {
            $.snapshotId = snapshotId;
            return this;
        }

        public Builder snapshotId(String snapshotId) {
            return snapshotId(Output.of(snapshotId));
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

        public VolumeArgs build() {
            RequiredInputs.check($.region, "VolumeArgs", "region");
            RequiredInputs.check($.size, "VolumeArgs", "size");
            return $;
        }
    }
}
