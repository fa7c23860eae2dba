package ma.marinemaroc.fleet.config;

import java.math.BigInteger;
import java.net.InetAddress;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import ma.marinemaroc.fleet.host.bootstrap.SshPublicKey;

/** Format checks shared by the config loader. Each returns an error text, or empty when the value is fine. */
public final class Validators {
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern IPV4_CIDR = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})/(\\d{1,2})");
    private static final Pattern IMAGE = Pattern.compile(
            "[a-z0-9]+([._/-][a-z0-9]+)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?");
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final Pattern SAFE_SECRET = Pattern.compile("[A-Za-z0-9!#%+,\\-./:=@^_~]+");

    private Validators() {
    }

    public static Optional<String> domain(String v) {
        if (v.length() > 253 || !v.contains(".")) return Optional.of("'" + v + "' is not a fully qualified domain name");
        for (String label : v.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                return Optional.of("'" + v + "' is not a valid domain name (lowercase letters, digits and '-' per label)");
            }
        }
        return Optional.empty();
    }

    public static Optional<String> email(String v) {
        return EMAIL.matcher(v).matches() ? Optional.empty() : Optional.of("'" + v + "' is not an e-mail address");
    }

    public static Optional<String> cidr(String v) {
        var m = IPV4_CIDR.matcher(v);
        if (m.matches()) {
            for (int i = 1; i <= 4; i++) {
                if (Integer.parseInt(m.group(i)) > 255) return Optional.of("'" + v + "' is not a valid CIDR (octet > 255)");
            }
            int bits = Integer.parseInt(m.group(5));
            if (bits > 32) return Optional.of("'" + v + "' is not a valid CIDR (prefix > 32)");
            long addr = 0;
            for (int i = 1; i <= 4; i++) addr = (addr << 8) | Integer.parseInt(m.group(i));
            long mask = bits == 0 ? 0 : (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL;
            if ((addr & ~mask & 0xFFFFFFFFL) != 0) {
                return Optional.of("'" + v + "' has host bits set; did you mean " + network(addr & mask, bits) + "?");
            }
            return Optional.empty();
        }
        int slash = v.indexOf('/');
        if (slash > 0 && v.substring(0, slash).contains(":")) {
            try {
                int bits = Integer.parseInt(v.substring(slash + 1));
                byte[] a = InetAddress.getByName(v.substring(0, slash)).getAddress();
                if (a.length != 16 || bits < 0 || bits > 128) throw new IllegalArgumentException();
                BigInteger addr = new BigInteger(1, a);
                BigInteger host = BigInteger.ONE.shiftLeft(128 - bits).subtract(BigInteger.ONE);
                if (!addr.and(host).equals(BigInteger.ZERO)) return Optional.of("'" + v + "' has host bits set");
                return Optional.empty();
            } catch (Exception e) {
                return Optional.of("'" + v + "' is not a valid IPv6 CIDR");
            }
        }
        return Optional.of("'" + v + "' is not a CIDR (expected a.b.c.d/n or an IPv6 prefix)");
    }

    private static String network(long addr, int bits) {
        return ((addr >> 24) & 255) + "." + ((addr >> 16) & 255) + "." + ((addr >> 8) & 255) + "." + (addr & 255) + "/" + bits;
    }

    /**
     * An OpenSSH public key line, checked by the same parser the host bootstrap uses (type, key data, RSA size), so a
     * key that passes here cannot fail later while the host's user-data is rendered.
     */
    public static Optional<String> sshPublicKey(String v) {
        try {
            SshPublicKey.parse(v);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            String shown = v.length() > 24 ? v.substring(0, 24) + "..." : v;
            return Optional.of("'" + shown + "' is not an OpenSSH public key: " + e.getMessage());
        }
    }

    /** A pinned image reference: a tag other than latest, or a digest. */
    public static Optional<String> image(String v) {
        if (!IMAGE.matcher(v).matches()) return Optional.of("'" + v + "' is not an image reference");
        String afterSlash = v.substring(v.lastIndexOf('/') + 1);
        boolean digest = v.contains("@sha256:");
        if (!afterSlash.contains(":") && !digest) return Optional.of("'" + v + "' has no tag: pin a version tag or digest");
        if (afterSlash.endsWith(":latest")) return Optional.of("'" + v + "' uses 'latest': pin a version tag or digest");
        return Optional.empty();
    }

    public static Optional<String> bucketName(String v) {
        if (!BUCKET.matcher(v).matches() || v.contains("..")) {
            return Optional.of("'" + v + "' is not a valid S3 bucket name (3-63 lowercase letters, digits, '.', '-')");
        }
        return Optional.empty();
    }

    /**
     * Secrets end up in env files and SQL statements; restrict them to characters that need no quoting.
     * The message never contains the value.
     */
    public static Optional<String> password(String v) {
        if (v.length() < 16) return Optional.of("is too short (" + v.length() + " characters; at least 16)");
        if (!SAFE_SECRET.matcher(v).matches()) {
            return Optional.of("contains characters that need quoting (allowed: letters, digits and !#%+,-./:=@^_~)");
        }
        return Optional.empty();
    }

    /** Laravel APP_KEY: "base64:" followed by 32 random bytes, base64-encoded. */
    public static Optional<String> appKey(String v) {
        if (!v.startsWith("base64:")) return Optional.of("must look like 'base64:<32 bytes in base64>' (php artisan key:generate --show)");
        try {
            int n = Base64.getDecoder().decode(v.substring(7)).length;
            return n == 32 ? Optional.empty() : Optional.of("must decode to 32 bytes (got " + n + ")");
        } catch (IllegalArgumentException e) {
            return Optional.of("is not valid base64 after 'base64:'");
        }
    }

    public static Optional<String> pem(String v, String kind) {
        return v.contains("-----BEGIN ") && v.contains(kind) ? Optional.empty()
                : Optional.of("is not a PEM " + kind.toLowerCase() + " block");
    }
}
