package ma.marinemaroc.fleet.tls;

import com.pulumi.core.Output;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Inputs of {@link Certificate}. Build with {@link #builder(String, Mode)}; {@link Builder#build()} checks that each
 * mode has what it needs.
 *
 * @param domain         the site's name (certificate subject, SAN)
 * @param mode           how the certificate is obtained
 * @param adminEmail     letsencrypt: the ACME account's contact
 * @param acmeDirectory  letsencrypt: the ACME directory URL (Let's Encrypt production by default)
 * @param certificatePem provided: the PEM chain, leaf first
 * @param privateKey     provided: the key (secret)
 */
public record CertificateArgs(String domain, Mode mode, String adminEmail, String acmeDirectory,
                              Optional<String> certificatePem, Optional<Output<String>> privateKey) {
    public static final String LETS_ENCRYPT = "https://acme-v02.api.letsencrypt.org/directory";

    /** How the certificate is obtained. */
    public enum Mode {
        LETSENCRYPT("letsencrypt"), SELF_SIGNED("self-signed"), PROVIDED("provided");

        private final String key;

        Mode(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public static Builder builder(String domain, Mode mode) {
        return new Builder(domain, mode);
    }

    public static final class Builder {
        private final String domain;
        private final Mode mode;
        private String adminEmail;
        private String acmeDirectory = LETS_ENCRYPT;
        private String certificatePem;
        private Output<String> privateKey;

        private Builder(String domain, Mode mode) {
            this.domain = domain;
            this.mode = mode;
        }

        public Builder adminEmail(String v) { adminEmail = v; return this; }
        public Builder acmeDirectory(String v) { acmeDirectory = v; return this; }
        public Builder certificatePem(String v) { certificatePem = v; return this; }
        public Builder privateKey(Output<String> v) { privateKey = v; return this; }

        public CertificateArgs build() {
            Objects.requireNonNull(domain, "CertificateArgs.domain");
            Objects.requireNonNull(mode, "CertificateArgs.mode");
            List<String> missing = new ArrayList<>();
            if (mode == Mode.LETSENCRYPT && adminEmail == null) missing.add("adminEmail (letsencrypt)");
            if (mode == Mode.PROVIDED && certificatePem == null) missing.add("certificatePem (provided)");
            if (mode == Mode.PROVIDED && privateKey == null) missing.add("privateKey (provided)");
            if (!missing.isEmpty()) throw new IllegalArgumentException("CertificateArgs: missing " + String.join(", ", missing));
            return new CertificateArgs(domain, mode, adminEmail, acmeDirectory, Optional.ofNullable(certificatePem),
                    Optional.ofNullable(privateKey));
        }
    }
}
