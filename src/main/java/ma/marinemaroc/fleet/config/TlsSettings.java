package ma.marinemaroc.fleet.config;

import java.util.Optional;

/**
 * @param mode        how the certificate is obtained
 * @param acmeStaging use Let's Encrypt's staging endpoint (letsencrypt mode)
 * @param acmeServer  explicit ACME directory URL (overrides acmeStaging)
 * @param certificatePem provided mode: the certificate chain (PEM, leaf first; public, so plain config)
 */
public record TlsSettings(Mode mode, boolean acmeStaging, Optional<String> acmeServer, Optional<String> certificatePem) {
    public static final String LE_PRODUCTION = "https://acme-v02.api.letsencrypt.org/directory";
    public static final String LE_STAGING = "https://acme-staging-v02.api.letsencrypt.org/directory";

    public enum Mode {
        LETSENCRYPT("letsencrypt"), SELF_SIGNED("self-signed"), PROVIDED("provided");

        private final String key;

        Mode(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public static Optional<Mode> parse(String s) {
            for (Mode m : values()) if (m.key.equals(s)) return Optional.of(m);
            return Optional.empty();
        }
    }

    public String acmeDirectory() {
        return acmeServer.orElse(acmeStaging ? LE_STAGING : LE_PRODUCTION);
    }
}
