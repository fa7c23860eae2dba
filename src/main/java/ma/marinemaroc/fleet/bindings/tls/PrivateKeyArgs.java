package ma.marinemaroc.fleet.bindings.tls;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;
import javax.annotation.Nullable;
import ma.marinemaroc.fleet.bindings.RequiredInputs;

/**
 * Inputs of {@link PrivateKey}.
 */
public final class PrivateKeyArgs extends ResourceArgs {

    @Import(name = "algorithm", required = true)
    private Output<String> algorithm;

    @Import(name = "ecdsaCurve")
    private @Nullable Output<String> ecdsaCurve;

    @Import(name = "rsaBits")
    private @Nullable Output<Integer> rsaBits;

    private PrivateKeyArgs() {
    }

    /** {@code RSA}, {@code ECDSA} or {@code ED25519}. */
    public Output<String> algorithm() {
        return algorithm;
    }

    /** {@code P224} (default), {@code P256}, {@code P384} or {@code P521}. */
    public Optional<Output<String>> ecdsaCurve() {
        return Optional.ofNullable(ecdsaCurve);
    }

    /** RSA size (default 2048). */
    public Optional<Output<Integer>> rsaBits() {
        return Optional.ofNullable(rsaBits);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@link #build()} checks the schema-required inputs. */
    public static final class Builder {
        private final PrivateKeyArgs $ = new PrivateKeyArgs();

        private Builder() {
        }

        public Builder algorithm(@Nullable Output<String> algorithm) {
            $.algorithm = algorithm;
            return this;
        }

        public Builder algorithm(String algorithm) {
            return algorithm(Output.of(algorithm));
        }

        public Builder ecdsaCurve(@Nullable Output<String> ecdsaCurve) {
            $.ecdsaCurve = ecdsaCurve;
            return this;
        }

        public Builder ecdsaCurve(String ecdsaCurve) {
            return ecdsaCurve(Output.of(ecdsaCurve));
        }

        public Builder rsaBits(@Nullable Output<Integer> rsaBits) {
            $.rsaBits = rsaBits;
            return this;
        }

        public Builder rsaBits(Integer rsaBits) {
            return rsaBits(Output.of(rsaBits));
        }

        public PrivateKeyArgs build() {
            RequiredInputs.check($.algorithm, "PrivateKeyArgs", "algorithm");
            return $;
        }
    }
}
