package ma.marinemaroc.fleet.bindings.digitalocean;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * Inputs of {@link DoCertificate}.
 */
public final class DoCertificateArgs extends ResourceArgs {

    @Import(name = "certificateChain")
    private @Nullable Output<String> certificateChain;

    @Import(name = "domains")
    private @Nullable Output<List<String>> domains;

    @Import(name = "leafCertificate")
    private @Nullable Output<String> leafCertificate;

    @Import(name = "name")
    private @Nullable Output<String> name;

    @Import(name = "privateKey")
    private @Nullable Output<String> privateKey;

    @Import(name = "type")
    private @Nullable Output<String> type;

    private DoCertificateArgs() {
    }

    /** For {@code custom}: PEM chain between the CA and the leaf certificate; forces replacement. */
    public Optional<Output<String>> certificateChain() {
        return Optional.ofNullable(certificateChain);
    }

    /**
     * For {@code lets_encrypt}: the FQDNs to issue for (their zone must be managed by DigitalOcean DNS); forces
     * replacement.
     */
    public Optional<Output<List<String>>> domains() {
        return Optional.ofNullable(domains);
    }

    /** For {@code custom}: PEM certificate; forces replacement. */
    public Optional<Output<String>> leafCertificate() {
        return Optional.ofNullable(leafCertificate);
    }

    /** Certificate name (the id); autonamed when omitted; forces replacement. */
    public Optional<Output<String>> name() {
        return Optional.ofNullable(name);
    }

    /** For {@code custom}: PEM private key; forces replacement. Secret. */
    public Optional<Output<String>> privateKey() {
        return Optional.ofNullable(privateKey);
    }

    /**
     * {@code lets_encrypt} or {@code custom} (default; the schema docs camelCase {@code letsEncrypt}); forces
     * replacement.
     */
    public Optional<Output<String>> type() {
        return Optional.ofNullable(type);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@link #build()} checks the schema-required inputs. */
    public static final class Builder {
        private final DoCertificateArgs $ = new DoCertificateArgs();

        private Builder() {
        }

        public Builder certificateChain(@Nullable Output<String> certificateChain) {
            $.certificateChain = certificateChain;
            return this;
        }

        public Builder certificateChain(String certificateChain) {
            return certificateChain(Output.of(certificateChain));
        }

        public Builder domains(@Nullable Output<List<String>> domains) {
            $.domains = domains;
            return this;
        }

        public Builder domains(List<String> domains) {
            return domains(Output.of(domains));
        }

        public Builder domains(String... domains) {
            return domains(List.of(domains));
        }

        public Builder leafCertificate(@Nullable Output<String> leafCertificate) {
            $.leafCertificate = leafCertificate;
            return this;
        }

        public Builder leafCertificate(String leafCertificate) {
            return leafCertificate(Output.of(leafCertificate));
        }

        public Builder name(@Nullable Output<String> name) {
            $.name = name;
            return this;
        }

        public Builder name(String name) {
            return name(Output.of(name));
        }

        /** Stored as a secret Output. */
        public Builder privateKey(@Nullable Output<String> privateKey) {
            $.privateKey = privateKey == null ? null : privateKey.asSecret();
            return this;
        }

        /** Stored as a secret Output. */
        public Builder privateKey(String privateKey) {
            return privateKey(Output.ofSecret(privateKey));
        }

        public Builder type(@Nullable Output<String> type) {
            $.type = type;
            return this;
        }

        public Builder type(String type) {
            return type(Output.of(type));
        }

        public DoCertificateArgs build() {
            return $;
        }
    }
}
