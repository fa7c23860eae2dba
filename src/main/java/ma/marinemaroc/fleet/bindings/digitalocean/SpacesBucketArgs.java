package ma.marinemaroc.fleet.bindings.digitalocean;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * Inputs of {@link SpacesBucket}.
 */
public final class SpacesBucketArgs extends ResourceArgs {

    @Import(name = "acl")
    private @Nullable Output<String> acl;

    @Import(name = "forceDestroy")
    private @Nullable Output<Boolean> forceDestroy;

    @Import(name = "name")
    private @Nullable Output<String> name;

    @Import(name = "region")
    private @Nullable Output<String> region;

    @Import(name = "versioning")
    private @Nullable Output<SpacesBucketVersioningArgs> versioning;

    private SpacesBucketArgs() {
    }

    /** Canned ACL applied on creation: {@code private} (default) or {@code public-read}. */
    public Optional<Output<String>> acl() {
        return Optional.ofNullable(acl);
    }

    /** Destroy the bucket with its objects; default false (only an empty bucket is destroyed). */
    public Optional<Output<Boolean>> forceDestroy() {
        return Optional.ofNullable(forceDestroy);
    }

    /** Bucket name (globally unique per region, DNS-compatible). */
    public Optional<Output<String>> name() {
        return Optional.ofNullable(name);
    }

    /** Region slug, e.g. {@code fra1} (default {@code nyc3}); forces replacement. */
    public Optional<Output<String>> region() {
        return Optional.ofNullable(region);
    }

    /** Object versioning. */
    public Optional<Output<SpacesBucketVersioningArgs>> versioning() {
        return Optional.ofNullable(versioning);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder; the schema requires no input. */
    public static final class Builder {
        private final SpacesBucketArgs $ = new SpacesBucketArgs();

        private Builder() {
        }

        public Builder acl(@Nullable Output<String> acl) {
            $.acl = acl;
            return this;
        }

        public Builder acl(String acl) {
            return acl(Output.of(acl));
        }

        public Builder forceDestroy(@Nullable Output<Boolean> forceDestroy) {
            $.forceDestroy = forceDestroy;
            return this;
        }

        public Builder forceDestroy(Boolean forceDestroy) {
            return forceDestroy(Output.of(forceDestroy));
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

        public Builder versioning(@Nullable Output<SpacesBucketVersioningArgs> versioning) {
            $.versioning = versioning;
            return this;
        }

        public Builder versioning(SpacesBucketVersioningArgs versioning) {
            return versioning(Output.of(versioning));
        }

        public SpacesBucketArgs build() {
            return $;
        }
    }
}
