package ma.marinemaroc.fleet.bindings.digitalocean;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * Inputs of {@link Tag}.
 */
public final class TagArgs extends ResourceArgs {

    @Import(name = "name")
    private @Nullable Output<String> name;

    private TagArgs() {
    }

    /**
     * Tag name (letters, digits, colons, dashes, underscores); set it explicitly: when omitted it is autonamed with a
     * random suffix; forces replacement.
     */
    public Optional<Output<String>> name() {
        return Optional.ofNullable(name);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@link #build()} checks the schema-required inputs. */
    public static final class Builder {
        private final TagArgs $ = new TagArgs();

        private Builder() {
        }

        public Builder name(@Nullable Output<String> name) {
            $.name = name;
            return this;
        }

        public Builder name(String name) {
            return name(Output.of(name));
        }

        public TagArgs build() {
            return $;
        }
    }
}
