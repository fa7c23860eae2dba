package ma.marinemaroc.fleet.bindings.digitalocean;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;
import javax.annotation.Nullable;
import ma.marinemaroc.fleet.bindings.RequiredInputs;

/**
 * Inputs of {@link Provider}.
 */
public final class ProviderArgs extends ResourceArgs {

    @Import(name = "apiEndpoint")
    private @Nullable Output<String> apiEndpoint;

    @Import(name = "token")
    private @Nullable Output<String> token;

    private ProviderArgs() {
    }

    /** API URL (default https://api.digitalocean.com). */
    public Optional<Output<String>> apiEndpoint() {
        return Optional.ofNullable(apiEndpoint);
    }

    /** API token. Secret. */
    public Optional<Output<String>> token() {
        return Optional.ofNullable(token);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@link #build()} checks the schema-required inputs. */
    public static final class Builder {
        private final ProviderArgs $ = new ProviderArgs();

        private Builder() {
        }

        public Builder apiEndpoint(@Nullable Output<String> apiEndpoint) {
            $.apiEndpoint = apiEndpoint;
            return this;
        }

        public Builder apiEndpoint(String apiEndpoint) {
            return apiEndpoint(Output.of(apiEndpoint));
        }

        /** Stored as a secret Output. */
        public Builder token(@Nullable Output<String> token) {
            $.token = token == null ? null : token.asSecret();
            return this;
        }

        /** Stored as a secret Output. */
        public Builder token(String token) {
            return token(Output.ofSecret(token));
        }

        public ProviderArgs build() {
            return $;
        }
    }
}
