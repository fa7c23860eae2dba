package ma.marinemaroc.fleet.edge;

/**
 * Certificate files as NGINX sees them.
 *
 * @param certificate  full chain (leaf first) in PEM
 * @param key          private key in PEM
 * @param chain        CA chain used to verify OCSP responses; null when there is none (self-signed)
 * @param ocspStapling staple OCSP responses; only allowed with a chain. Off by default: Let's Encrypt stopped
 *                     running OCSP responders in 2025, so its certificates carry no OCSP URL.
 */
public record TlsFiles(String certificate, String key, String chain, boolean ocspStapling) {
    public TlsFiles {
        Checks.absolutePath("tls.certificate", certificate);
        Checks.absolutePath("tls.key", key);
        if (chain != null) {
            Checks.absolutePath("tls.chain", chain);
        }
        if (ocspStapling && chain == null) {
            throw new IllegalArgumentException("tls.ocspStapling needs tls.chain (the CA chain that signs OCSP responses)");
        }
    }

    /** Certbot's live paths for a lineage named after the domain, stapling off. */
    public static TlsFiles letsEncrypt(String domain) {
        return letsEncrypt("/etc/letsencrypt", domain);
    }

    public static TlsFiles letsEncrypt(String configDir, String domain) {
        Checks.domain("domain", domain);
        String live = Checks.absolutePath("configDir", configDir) + "/live/" + domain;
        return new TlsFiles(live + "/fullchain.pem", live + "/privkey.pem", live + "/chain.pem", false);
    }

    /** A certificate without a CA chain (self-signed or provided leaf only): no stapling. */
    public static TlsFiles of(String certificate, String key) {
        return new TlsFiles(certificate, key, null, false);
    }

    public TlsFiles withOcspStapling(boolean on) {
        return new TlsFiles(certificate, key, chain, on);
    }
}
