package ma.marinemaroc.fleet.bindings.digitalocean;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;
import javax.annotation.Nullable;
import ma.marinemaroc.fleet.bindings.SchemaType;

/**
 * Versioning of a {@link SpacesBucket}: with {@code enabled}, an overwritten or deleted object keeps its earlier
 * versions.
 */
@SchemaType("digitalocean:index/SpacesBucketVersioning:SpacesBucketVersioning")
public final class SpacesBucketVersioningArgs extends ResourceArgs {

    @Import(name = "enabled")
    private @Nullable Output<Boolean> enabled;

    private SpacesBucketVersioningArgs() {
    }

    public Optional<Output<Boolean>> enabled() {
        return Optional.ofNullable(enabled);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder; the schema requires no input. */
    public static final class Builder {
        private final SpacesBucketVersioningArgs $ = new SpacesBucketVersioningArgs();

        private Builder() {
        }

        public Builder enabled(@Nullable Output<Boolean> enabled) {
            $.enabled = enabled;
            return this;
        }

        public Builder enabled(Boolean enabled) {
            return enabled(Output.of(enabled));
        }

        public SpacesBucketVersioningArgs build() {
            return $;
        }
    }
}
