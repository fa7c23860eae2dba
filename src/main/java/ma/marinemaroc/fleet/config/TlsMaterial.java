package ma.marinemaroc.fleet.config;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code provided} TLS mode's material, checked the way NGINX will use it: a PEM chain, leaf first, each certificate
 * signed by the next, all valid now, the leaf naming the domain; an unencrypted private key (PKCS#8, PKCS#1 RSA or SEC1
 * EC) that belongs to the leaf. JDK only (no PEM library is on the class path).
 */
public final class TlsMaterial {
    private static final Pattern BLOCK = Pattern.compile(
            "(?s)-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END ([A-Z0-9 ]+)-----");
    private static final String CHAIN_HINT = "; use the full chain, leaf first, then each issuer (certbot's fullchain.pem)";

    private TlsMaterial() {
    }

    /** A PEM block: its label and DER bytes. */
    record Block(String label, byte[] der) {
    }

    /** Result of reading the chain: the certificates, and what is wrong with them (messages for tlsCertificate). */
    public record Chain(List<X509Certificate> certificates, List<String> problems) {
        public Optional<X509Certificate> leaf() {
            return problems.isEmpty() && !certificates.isEmpty() ? Optional.of(certificates.get(0)) : Optional.empty();
        }
    }

    static List<Block> blocks(String pem) {
        List<Block> out = new ArrayList<>();
        Matcher m = BLOCK.matcher(pem);
        while (m.find()) {
            if (!m.group(1).equals(m.group(3))) throw new IllegalArgumentException("BEGIN " + m.group(1) + " ends with END " + m.group(3));
            try {
                out.add(new Block(m.group(1), Base64.getDecoder().decode(m.group(2).replaceAll("\\s", ""))));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("the " + m.group(1) + " block is not valid base64");
            }
        }
        return out;
    }

    public static Chain chain(String pem, String domain, Instant now) {
        List<String> problems = new ArrayList<>();
        List<X509Certificate> certs = new ArrayList<>();
        List<Block> blocks;
        try {
            blocks = blocks(pem);
        } catch (IllegalArgumentException e) {
            return new Chain(certs, List.of("is not a readable PEM bundle: " + e.getMessage() + CHAIN_HINT));
        }
        if (blocks.stream().anyMatch(b -> b.label().contains("PRIVATE KEY"))) {
            return new Chain(certs, List.of("contains a private key: it belongs in the secret fleet:tlsPrivateKey, never in "
                    + "plain config (pulumi config set --secret fleet:tlsPrivateKey < privkey.pem); remove it here and "
                    + "replace the key"));
        }
        if (blocks.isEmpty()) return new Chain(certs, List.of("has no PEM certificate (-----BEGIN CERTIFICATE-----)" + CHAIN_HINT));
        try {
            CertificateFactory cf = CertificateFactory.getInstance("X.509");
            for (int i = 0; i < blocks.size(); i++) {
                Block b = blocks.get(i);
                if (!b.label().equals("CERTIFICATE")) {
                    problems.add("block " + (i + 1) + " is a " + b.label() + ", not a CERTIFICATE" + CHAIN_HINT);
                    continue;
                }
                try {
                    certs.add((X509Certificate) cf.generateCertificate(new ByteArrayInputStream(b.der())));
                } catch (CertificateException e) {
                    problems.add("certificate " + (i + 1) + " is not a valid X.509 certificate" + CHAIN_HINT);
                }
            }
        } catch (CertificateException e) {
            throw new IllegalStateException(e);
        }
        if (!problems.isEmpty()) return new Chain(certs, problems);

        X509Certificate leaf = certs.get(0);
        if (domain != null && !names(leaf, domain)) {
            int other = -1;
            for (int i = 1; i < certs.size(); i++) if (names(certs.get(i), domain)) other = i;
            problems.add(other > 0
                    ? "is not leaf first: certificate " + (other + 1) + " (" + subject(certs.get(other)) + ") names " + domain
                    + " but certificate 1 (" + subject(leaf) + ") comes first" + CHAIN_HINT
                    : "certificate 1 (" + subject(leaf) + ") is for " + dnsNames(leaf) + ", not " + domain
                    + "; use a certificate issued for " + domain);
        }
        for (int i = 0; i + 1 < certs.size(); i++) {
            X509Certificate c = certs.get(i);
            X509Certificate issuer = certs.get(i + 1);
            if (!signedBy(c, issuer)) {
                problems.add("certificate " + (i + 1) + " (" + subject(c) + ") is not signed by certificate " + (i + 2)
                        + " (" + subject(issuer) + ")" + CHAIN_HINT);
            }
        }
        for (int i = 0; i < certs.size(); i++) {
            X509Certificate c = certs.get(i);
            if (now.isAfter(c.getNotAfter().toInstant())) {
                problems.add("certificate " + (i + 1) + " (" + subject(c) + ") expired on " + c.getNotAfter().toInstant()
                        + "; use a current certificate");
            } else if (now.isBefore(c.getNotBefore().toInstant())) {
                problems.add("certificate " + (i + 1) + " (" + subject(c) + ") is not valid before "
                        + c.getNotBefore().toInstant() + "; use a certificate valid now");
            }
        }
        return new Chain(certs, problems);
    }

    /**
     * What is wrong with the private key (never its content): unreadable, encrypted, weak, or not the leaf's key.
     *
     * @param leaf the leaf certificate when the chain is fine (the key is matched against it)
     */
    public static Optional<String> keyProblem(String pem, Optional<X509Certificate> leaf) {
        String hint = "; use the unencrypted PEM key the certificate was issued for (PKCS#8, RSA or EC)";
        if (pem.contains("Proc-Type: 4,ENCRYPTED")) {
            return Optional.of("is encrypted, and NGINX cannot ask for its passphrase; decrypt it "
                    + "(openssl pkey -in key.pem -out plain.pem)" + hint);
        }
        List<Block> blocks;
        try {
            blocks = blocks(pem);
        } catch (IllegalArgumentException e) {
            return Optional.of("is not a readable PEM key: " + e.getMessage() + hint);
        }
        List<Block> keys = blocks.stream().filter(b -> b.label().endsWith("PRIVATE KEY")).toList();
        if (keys.isEmpty()) return Optional.of("holds no PEM private key (-----BEGIN PRIVATE KEY-----)" + hint);
        if (keys.size() > 1) return Optional.of("holds " + keys.size() + " private keys; NGINX reads one" + hint);
        Block k = keys.get(0);
        if (k.label().equals("ENCRYPTED PRIVATE KEY")) {
            return Optional.of("is encrypted, and NGINX cannot ask for its passphrase; decrypt it "
                    + "(openssl pkey -in key.pem -out plain.pem)" + hint);
        }
        PrivateKey key;
        try {
            key = privateKey(k);
        } catch (RuntimeException | java.security.GeneralSecurityException e) {
            return Optional.of("is not a readable " + k.label() + hint);
        }
        if (key instanceof RSAKey rsa && rsa.getModulus().bitLength() < 2048) {
            return Optional.of("is an RSA key of " + rsa.getModulus().bitLength() + " bits; use at least 2048");
        }
        if (leaf.isPresent() && !belongsTo(key, leaf.get().getPublicKey())) {
            return Optional.of("does not belong to the certificate in fleet:tlsCertificate (its public key differs)" + hint);
        }
        return Optional.empty();
    }

    // ---- certificates ------------------------------------------------------------------------------------------------

    private static boolean names(X509Certificate c, String domain) {
        for (String n : sans(c)) {
            String name = n.toLowerCase(Locale.ROOT);
            if (name.equals(domain)) return true;
            if (name.startsWith("*.") && domain.indexOf('.') > 0 && domain.substring(domain.indexOf('.')).equals(name.substring(1))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> sans(X509Certificate c) {
        try {
            Collection<List<?>> all = c.getSubjectAlternativeNames();
            if (all == null) return List.of();
            return all.stream().filter(e -> Integer.valueOf(2).equals(e.get(0))).map(e -> String.valueOf(e.get(1))).toList();
        } catch (CertificateException e) {
            return List.of();
        }
    }

    private static String dnsNames(X509Certificate c) {
        List<String> s = sans(c);
        return s.isEmpty() ? "no DNS name (no subjectAltName)" : String.join(", ", s);
    }

    private static String subject(X509Certificate c) {
        return c.getSubjectX500Principal().getName();
    }

    private static boolean signedBy(X509Certificate c, X509Certificate issuer) {
        if (!c.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) return false;
        try {
            c.verify(issuer.getPublicKey());
            return true;
        } catch (java.security.GeneralSecurityException e) {
            return false;
        }
    }

    // ---- keys ----------------------------------------------------------------------------------------------------------

    private static PrivateKey privateKey(Block k) throws java.security.GeneralSecurityException {
        return switch (k.label()) {
            case "PRIVATE KEY" -> pkcs8(k.der());
            // PKCS#1 RSAPrivateKey inside a PKCS#8 PrivateKeyInfo with the rsaEncryption algorithm
            case "RSA PRIVATE KEY" -> pkcs8(der(0x30, der(0x02, new byte[]{0}),
                    der(0x30, der(0x06, hex("2a864886f70d010101")), der(0x05)), der(0x04, k.der())));
            // SEC1 ECPrivateKey inside a PKCS#8 PrivateKeyInfo with id-ecPublicKey and the curve named in the key
            case "EC PRIVATE KEY" -> pkcs8(der(0x30, der(0x02, new byte[]{0}),
                    der(0x30, der(0x06, hex("2a8648ce3d0201")), ecCurveOid(k.der())), der(0x04, k.der())));
            default -> throw new java.security.spec.InvalidKeySpecException("unsupported key type " + k.label());
        };
    }

    private static PrivateKey pkcs8(byte[] der) throws java.security.GeneralSecurityException {
        java.security.GeneralSecurityException last = null;
        for (String alg : List.of("RSA", "EC", "Ed25519", "Ed448")) {
            try {
                return KeyFactory.getInstance(alg).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (java.security.GeneralSecurityException e) {
                last = e;
            }
        }
        throw last;
    }

    private static boolean belongsTo(PrivateKey key, PublicKey pub) {
        String alg = switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            default -> key.getAlgorithm();
        };
        try {
            byte[] data = new byte[32];
            new SecureRandom().nextBytes(data);
            Signature s = Signature.getInstance(alg);
            s.initSign(key);
            s.update(data);
            byte[] sig = s.sign();
            Signature v = Signature.getInstance(alg);
            v.initVerify(pub);
            v.update(data);
            return v.verify(sig);
        } catch (java.security.GeneralSecurityException e) {
            return false;
        }
    }

    /** The [0] parameters (a named-curve OID, as DER) of a SEC1 ECPrivateKey. */
    private static byte[] ecCurveOid(byte[] sec1) throws java.security.spec.InvalidKeySpecException {
        int[] p = {0};
        if ((sec1[p[0]++] & 0xff) != 0x30) throw new java.security.spec.InvalidKeySpecException("not a SEQUENCE");
        int end = length(sec1, p) + p[0];
        while (p[0] < end) {
            int tag = sec1[p[0]++] & 0xff;
            int len = length(sec1, p);
            if (tag == 0xA0) return java.util.Arrays.copyOfRange(sec1, p[0], p[0] + len);
            p[0] += len;
        }
        throw new java.security.spec.InvalidKeySpecException("no named curve in the EC key");
    }

    private static int length(byte[] d, int[] p) {
        int b = d[p[0]++] & 0xff;
        if (b < 0x80) return b;
        int n = b & 0x7f;
        int len = 0;
        for (int i = 0; i < n; i++) len = (len << 8) | (d[p[0]++] & 0xff);
        return len;
    }

    private static byte[] der(int tag, byte[]... parts) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] part : parts) body.writeBytes(part);
        int len = body.size();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        if (len < 0x80) {
            out.write(len);
        } else {
            byte[] l = java.math.BigInteger.valueOf(len).toByteArray();
            int off = l[0] == 0 ? 1 : 0;
            out.write(0x80 | (l.length - off));
            out.write(l, off, l.length - off);
        }
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }

    private static byte[] hex(String h) {
        return java.util.HexFormat.of().parseHex(h);
    }
}
