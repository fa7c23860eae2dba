package ma.marinemaroc.fleet.tls;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Where a certificate's OCSP responder is: the {@code id-ad-ocsp} URI of its Authority Information Access extension
 * (RFC 5280 4.2.2.1), read with a small DER walk (the JDK exposes the extension only as bytes; no ASN.1 library is on
 * the class path). NGINX can staple only when this exists and the issuer's certificate is at hand; Let's Encrypt
 * certificates have carried no OCSP URI since 2025.
 */
public final class OcspResponder {
    static final String AIA_OID = "1.3.6.1.5.5.7.1.1";
    /** id-ad-ocsp, 1.3.6.1.5.5.7.48.1, DER-encoded with its tag and length. */
    private static final byte[] ID_AD_OCSP = {0x06, 0x08, 0x2b, 0x06, 0x01, 0x05, 0x05, 0x07, 0x30, 0x01};
    /** GeneralName uniformResourceIdentifier: context tag [6], primitive. */
    private static final int URI_TAG = 0x86;

    private OcspResponder() {
    }

    /** The first OCSP responder URI (http or https) named by the certificate, if any. */
    public static Optional<String> of(X509Certificate cert) {
        byte[] ext = cert.getExtensionValue(AIA_OID);
        if (ext == null) return Optional.empty();
        for (int i = 0; i + ID_AD_OCSP.length < ext.length; i++) {
            if (!Arrays.equals(ext, i, i + ID_AD_OCSP.length, ID_AD_OCSP, 0, ID_AD_OCSP.length)) continue;
            int p = i + ID_AD_OCSP.length;
            if (p + 1 >= ext.length || (ext[p] & 0xff) != URI_TAG) continue;
            int len = ext[p + 1] & 0xff;
            int start = p + 2;
            if (len > 0x7f) {
                int n = len & 0x7f;
                if (n > 2) return Optional.empty();
                len = 0;
                for (int k = 0; k < n; k++) len = (len << 8) | (ext[start + k] & 0xff);
                start += n;
            }
            if (start + len > ext.length) return Optional.empty();
            String uri = new String(ext, start, len, StandardCharsets.US_ASCII);
            if (uri.matches("https?://[\\x21-\\x7e]+")) return Optional.of(uri);
        }
        return Optional.empty();
    }

    /**
     * For a PEM chain (leaf first): the issuers to verify stapled responses with (every certificate after the leaf, as
     * PEM), when the leaf names an OCSP responder and its issuer is in the chain; empty otherwise.
     */
    public static Optional<String> staplingChain(String pem) {
        List<X509Certificate> certs = read(pem);
        if (certs.size() < 2 || of(certs.get(0)).isEmpty()) return Optional.empty();
        StringBuilder out = new StringBuilder();
        List<String> blocks = pemBlocks(pem);
        for (int i = 1; i < blocks.size(); i++) out.append(blocks.get(i)).append('\n');
        return Optional.of(out.toString());
    }

    private static List<X509Certificate> read(String pem) {
        try {
            Collection<? extends java.security.cert.Certificate> all = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
            List<X509Certificate> out = new ArrayList<>();
            for (var c : all) out.add((X509Certificate) c);
            return out;
        } catch (CertificateException e) {
            throw new IllegalArgumentException("cannot read the certificate chain: " + e.getMessage(), e);
        }
    }

    private static List<String> pemBlocks(String pem) {
        List<String> out = new ArrayList<>();
        var m = java.util.regex.Pattern.compile("(?s)-----BEGIN CERTIFICATE-----.*?-----END CERTIFICATE-----").matcher(pem);
        while (m.find()) out.add(m.group());
        return out;
    }
}
