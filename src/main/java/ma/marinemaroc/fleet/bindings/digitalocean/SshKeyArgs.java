package ma.marinemaroc.fleet.bindings.digitalocean;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;
import javax.annotation.Nullable;
import ma.marinemaroc.fleet.bindings.RequiredInputs;

/**
 * Inputs of {@link SshKey}.
 */
public final class SshKeyArgs extends ResourceArgs {

    @Import(name = "name")
    private @Nullable Output<String> name;

    @Import(name = "publicKey", required = true)
    private Output<String> publicKey;

    private SshKeyArgs() {
    }

    /** Key name; autonamed when omitted. */
    public Optional<Output<String>> name() {
        return Optional.ofNullable(name);
    }

    /** One-line OpenSSH public key; forces replacement. */
    public Output<String> publicKey() {
        return publicKey;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@link #build()} checks the schema-required inputs. */
    public static final class Builder {
        private final SshKeyArgs $ = new SshKeyArgs();

        private Builder() {
        }

        public Builder name(@Nullable Output<String> name) {
            $.name = name;
            return this;
        }

        public Builder name(String name) {
            return name(Output.of(name));
        }

        public Builder publicKey(@Nullable Output<String> publicKey) {
            $.publicKey = publicKey;
            return this;
        }

        public Builder publicKey(String publicKey) {
            return publicKey(Output.of(publicKey));
        }

        public SshKeyArgs build() {
            RequiredInputs.check($.publicKey, "SshKeyArgs", "publicKey");
            return $;
        }
    }
}
