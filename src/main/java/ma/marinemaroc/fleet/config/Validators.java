package ma.marinemaroc.fleet.config;

import java.math.BigInteger;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import ma.marinemaroc.fleet.host.bootstrap.SshPublicKey;

import static ma.marinemaroc.fleet.config.Shown.named;
import static ma.marinemaroc.fleet.config.Shown.q;

/**
 * Format checks of the config loader, each to the grammar of the program that consumes the value (the firewall's CIDR
 * syntax, RFC 1123 host names, RFC 5321 addresses, S3's bucket rules, the IANA zone database, the .env file, curl's
 * {@code user:password}, a shell script). Each returns the complete message (bad value, what is wrong, what is
 * accepted), or empty when the value is fine. Messages about secrets never contain the value.
 */
public final class Validators {
    /** IPv4 prefixes shorter than this reach a large part of the internet: SSH needs the explicit opt-in. */
    public static final int IPV4_WIDE_PREFIX = 8;
    public static final int IPV6_WIDE_PREFIX = 16;

    public static final String EMAIL_RULE = "e-mail address (RFC 5321): local part of letters, digits and `._%+-`, "
            + "a DNS name after `@`";
    public static final String BUCKET_RULE = "S3 bucket name: 3–63 of `a-z0-9.-`, starting and ending with a letter or "
            + "digit, no `..`, not shaped like an IP address, no reserved prefix (`xn--`, `sthree-`, `amzn-s3-demo-`) "
            + "or suffix (`-s3alias`, `--ol-s3`, `.mrap`, `--x-s3`, `--table-s3`)";
    public static final String ACME_URL_RULE = "`https://` URL: DNS name, optional port, path of `A-Za-z0-9._~/-`; "
            + "no whitespace, quotes or shell metacharacters";
    public static final String SMTP_HOST_RULE = "the relay's public DNS name: not an IP address, not `localhost` or "
            + "another special-use name";
    public static final String SMTP_USER_RULE = "one line without control characters; no `:` (curl ends the user "
            + "name there)";
    public static final String PASSWORD_RULE = "≥ 16 of letters, digits and `._~!+,=^-`";
    public static final String ENV_VALUE_RULE = "one line without control characters (it lands in the app's `.env`)";

    private static final Pattern LDH = Pattern.compile("[A-Za-z0-9-]+");
    private static final Pattern TLD = Pattern.compile("[A-Za-z]{2,63}");
    private static final Pattern IPV4_SHAPE = Pattern.compile("\\d+\\.\\d+\\.\\d+\\.\\d+");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern IMAGE = Pattern.compile(
            "[a-z0-9]+([._/-][a-z0-9]+)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?");
    /**
     * Characters a database or Redis password may hold: they sit unencoded in the app's DATABASE_URL / REDIS_URL
     * (PHP's parse_url does not decode percent-escapes, and '/', ':', '@', '#', '%' would change the URL's shape),
     * in SQL and in env files.
     */
    private static final Pattern SAFE_SECRET = Pattern.compile("[A-Za-z0-9._~!+,=^-]+");
    private static final Pattern LOCAL_PART = Pattern.compile("[A-Za-z0-9._%+-]+");
    /** Characters RFC 5321 allows unquoted in a local part that this stack refuses (they reach shells and files). */
    private static final String RFC_ONLY_LOCAL = "!#$&'*/=?^`{|}~";
    private static final Set<String> SPECIAL_USE_TLDS = Set.of("localhost", "local", "invalid", "test", "example",
            "internal", "lan", "home", "corp");
    private static final Pattern DO_SLUG = Pattern.compile("[a-z0-9]+(?:[.-][a-z0-9]+)*");
    /** DigitalOcean distribution slugs ({@code ubuntu-22-04-x64}, {@code debian-12-x64}). */
    private static final Pattern DO_DISTRO_SLUG = Pattern.compile("[a-z]+(?:-[a-z]+)*-\\d+(?:-\\d+)*-x64");
    private static final Pattern AMI_ID = Pattern.compile("ami-(?:[0-9a-f]{8}|[0-9a-f]{17})");
    private static final Pattern AMI_NAME_FILTER = Pattern.compile("[A-Za-z0-9()\\[\\]./@'_*? -]{3,128}");
    private static final String SHELL_META = "$`\"'\\;&|<>(){}[]*?!#^%,";
    private static final Pattern ACME_PATH = Pattern.compile("(/[A-Za-z0-9._~/-]*)?");
    private static final Pattern ENVIRONMENT = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");
    private static final Pattern BACKUP_NAME = Pattern.compile("none|latest|[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    private Validators() {
    }

    // ---- names and addresses --------------------------------------------------------------------------------------

    /** The platform's DNS name (RFC 1123, lower case; NGINX server_name, certificates, the .env). */
    public static Optional<String> domain(String v) {
        return hostNameProblem(v, true).map(r -> q(v) + " " + r + "; use a DNS name such as fleet.example.ma");
    }

    /**
     * Why {@code v} is not an RFC 1123 host name with at least two labels and a top-level domain of letters, or empty.
     *
     * @param lowerCaseOnly refuse upper-case letters (names written into NGINX and certificate paths)
     */
    static Optional<String> hostNameProblem(String v, boolean lowerCaseOnly) {
        if (v.isEmpty()) return Optional.of("is empty");
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '.' || c == '-' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z') continue;
            if (c >= 'A' && c <= 'Z') {
                if (lowerCaseOnly) return Optional.of("contains upper-case letters (write " + q(v.toLowerCase(Locale.ROOT)) + ")");
                continue;
            }
            if (c == ':' && ipLiteral(v)) return Optional.of("is an IPv6 address, not a DNS name");
            if (c > 127 && !Character.isISOControl(c) && !Character.isWhitespace(c)) {
                return Optional.of("contains the non-ASCII character '" + c + "' (write an internationalized name in its xn-- form)");
            }
            return Optional.of("contains " + named(c) + ", which DNS names may not (RFC 1123: letters, digits, '-' and '.')");
        }
        if (IPV4_SHAPE.matcher(v).matches()) {
            return Optional.of(ipLiteral(v) ? "is an IP address, not a DNS name"
                    : "is shaped like an IP address (and is not a valid one), not a DNS name");
        }
        if (v.endsWith(".")) return Optional.of("ends with '.' (an empty last label; drop the trailing dot)");
        if (v.startsWith(".") || v.contains("..")) return Optional.of("has an empty label (a leading '.' or '..')");
        if (v.length() > 253) return Optional.of("is " + v.length() + " characters long; a DNS name has at most 253");
        String[] labels = v.split("\\.");
        if (labels.length < 2) return Optional.of("is a single label, not a fully qualified DNS name");
        for (String label : labels) {
            if (label.length() > 63) return Optional.of("has a label longer than 63 characters");
            if (label.startsWith("-") || label.endsWith("-")) {
                return Optional.of("has the label '" + label + "', which starts or ends with '-'");
            }
            if (!LDH.matcher(label).matches()) return Optional.of("has an invalid label '" + label + "'");
        }
        String tld = labels[labels.length - 1];
        if (!TLD.matcher(tld).matches()) {
            return Optional.of("ends in '" + tld + "', which is not a top-level domain (letters only, such as 'ma' or 'com')");
        }
        return Optional.empty();
    }

    /** An address mail is sent to or from (RFC 5321 Mailbox, in the subset the consumers' scripts accept). */
    public static Optional<String> email(String v) {
        return emailProblem(v).map(r -> q(v) + " is not a usable e-mail address: " + r
                + "; use an address such as oncall@example.ma");
    }

    private static Optional<String> emailProblem(String v) {
        int at = v.lastIndexOf('@');
        if (at < 0) return Optional.of("it has no '@'");
        if (v.indexOf('@') != at) return Optional.of("it has more than one '@'");
        if (v.length() > 254) return Optional.of("it is longer than 254 characters");
        String local = v.substring(0, at);
        String domain = v.substring(at + 1);
        if (local.isEmpty()) return Optional.of("the part before '@' is empty");
        if (local.startsWith("\"")) return Optional.of("quoted local parts are not supported");
        if (local.length() > 64) return Optional.of("the part before '@' is longer than 64 characters");
        for (int i = 0; i < local.length(); i++) {
            char c = local.charAt(i);
            if (LOCAL_PART.matcher(String.valueOf(c)).matches()) continue;
            if (RFC_ONLY_LOCAL.indexOf(c) >= 0) {
                return Optional.of("the part before '@' contains " + named(c) + ", valid in RFC 5321 but refused here "
                        + "(addresses reach shell scripts and config files; letters, digits and ._%+- are accepted)");
            }
            return Optional.of("the part before '@' contains " + named(c) + ", which RFC 5321 does not allow unquoted");
        }
        if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            return Optional.of("the part before '@' has an empty part between dots");
        }
        if (domain.startsWith("[")) return Optional.of("address literals ([...]) are not supported");
        return hostNameProblem(domain, false).map(r -> "the domain " + r);
    }

    /** The SMTP relay: a public DNS name (the host resolves it; TLS verifies the relay's certificate against it). */
    public static Optional<String> smtpHost(String v) {
        String hint = "; use the relay's public DNS name, e.g. smtp.eu.mailgun.org";
        String lower = v.toLowerCase(Locale.ROOT);
        String tld = lower.substring(lower.lastIndexOf('.') + 1);
        if (SPECIAL_USE_TLDS.contains(tld) && !lower.contains(":")) {
            return Optional.of(q(v) + " is a special-use or private name that does not resolve to a mail relay on the "
                    + "internet (mail leaves the host)" + hint);
        }
        if (ipLiteral(v)) {
            return Optional.of(q(v) + " is an IP address; TLS verifies the relay's certificate against a name" + hint);
        }
        return hostNameProblem(v, false).map(r -> q(v) + " " + r + hint);
    }

    private static boolean ipLiteral(String v) {
        if (IPV4_SHAPE.matcher(v).matches()) return ipv4Problem(v).isEmpty();
        if (!v.contains(":") || !v.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.')) return false;
        try {
            return InetAddress.getByName(v) instanceof Inet6Address;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    // ---- firewall ---------------------------------------------------------------------------------------------------

    /**
     * A CIDR as a cloud firewall takes it: {@code a.b.c.d/n} (decimal octets without leading zeros) or an IPv6 prefix in
     * canonical (RFC 5952, lower-case) form, always with a prefix length and no host bits; no zone ids, brackets or
     * signs.
     */
    public static Optional<String> cidr(String v) {
        String hint = "; use a network such as 196.200.131.0/24 or 2001:db8::/32 (/32 resp. /128 for one address)";
        return cidrProblem(v).map(r -> q(v) + " " + r + (r.contains("; use ") || r.contains("did you mean") ? "" : hint));
    }

    private static Optional<String> cidrProblem(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) return Optional.of("contains " + named(c));
        }
        if (v.contains("%")) return Optional.of("has a zone id ('%...'), which firewall rules do not take");
        if (v.contains("[") || v.contains("]")) return Optional.of("has brackets; write the IPv6 prefix without them");
        int slash = v.indexOf('/');
        if (slash < 0) {
            return Optional.of(v.contains(":") || IPV4_SHAPE.matcher(v).matches() ? "has no prefix length ('/n')"
                    : "is not a CIDR (a network address, '/' and a prefix length)");
        }
        if (v.indexOf('/', slash + 1) >= 0) return Optional.of("has more than one '/'");
        String addr = v.substring(0, slash);
        String bits = v.substring(slash + 1);
        boolean v6 = addr.contains(":");
        int maxBits = v6 ? 128 : 32;
        if (bits.startsWith("+") || bits.startsWith("-")) return Optional.of("has a sign in the prefix length ('" + bits + "')");
        if (!DIGITS.matcher(bits).matches()) return Optional.of("has a prefix length '" + bits + "' that is not a number");
        if (bits.length() > 1 && bits.startsWith("0")) return Optional.of("has a leading zero in the prefix length ('" + bits + "')");
        if (bits.length() > 3 || Integer.parseInt(bits) > maxBits) {
            return Optional.of("has a prefix length " + bits + " > " + maxBits);
        }
        int n = Integer.parseInt(bits);
        if (!v6) {
            Optional<String> p = ipv4Problem(addr);
            if (p.isPresent()) return p;
            long a = 0;
            for (String o : addr.split("\\.")) a = (a << 8) | Integer.parseInt(o);
            long mask = n == 0 ? 0 : (0xFFFFFFFFL << (32 - n)) & 0xFFFFFFFFL;
            if ((a & ~mask & 0xFFFFFFFFL) != 0) {
                String net = ipv4(a & mask) + "/" + n;
                return Optional.of("has host bits set; did you mean " + net + " (or " + addr + "/32 for that one address)?");
            }
            return Optional.empty();
        }
        if (!addr.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.')) {
            return Optional.of("is not an IPv6 prefix (hex digits and ':' only)");
        }
        byte[] bytes;
        try {
            InetAddress ia = InetAddress.getByName(addr);
            if (!(ia instanceof Inet6Address)) return Optional.of("is an IPv4-mapped IPv6 address; write the IPv4 form");
            bytes = ia.getAddress();
        } catch (UnknownHostException e) {
            return Optional.of("is not a valid IPv6 address");
        }
        BigInteger a = new BigInteger(1, bytes);
        BigInteger host = BigInteger.ONE.shiftLeft(128 - n).subtract(BigInteger.ONE);
        BigInteger network = a.andNot(host);
        String canonical = ipv6(network) + "/" + n;
        if (!a.and(host).equals(BigInteger.ZERO)) {
            return Optional.of("has host bits set; did you mean " + canonical + "?");
        }
        if (!canonical.equals(v)) {
            return Optional.of("is not in canonical form (the cloud stores " + canonical + " and would show a change on "
                    + "every run); use " + canonical);
        }
        return Optional.empty();
    }

    /** Whether a valid CIDR opens to a large part of the internet (0.0.0.0/0, ::/0 and other very short prefixes). */
    public static boolean wide(String cidr) {
        int n = Integer.parseInt(cidr.substring(cidr.indexOf('/') + 1));
        return cidr.contains(":") ? n < IPV6_WIDE_PREFIX : n < IPV4_WIDE_PREFIX;
    }

    private static Optional<String> ipv4Problem(String addr) {
        String[] parts = addr.split("\\.", -1);
        if (parts.length != 4) return Optional.of("is not an IPv4 address (four decimal numbers separated by '.')");
        for (String o : parts) {
            if (!DIGITS.matcher(o).matches()) return Optional.of("has an octet '" + o + "' that is not a decimal number");
            if (o.length() > 1 && o.startsWith("0")) {
                return Optional.of("has a leading zero in the octet '" + o + "' (read as octal by some parsers)");
            }
            if (o.length() > 3 || Integer.parseInt(o) > 255) return Optional.of("has an octet " + o + " > 255");
        }
        return Optional.empty();
    }

    private static String ipv4(long a) {
        return ((a >> 24) & 255) + "." + ((a >> 16) & 255) + "." + ((a >> 8) & 255) + "." + (a & 255);
    }

    /** RFC 5952 text of an IPv6 address: lower case, no leading zeros, the longest run (≥ 2) of zero groups as '::'. */
    static String ipv6(BigInteger a) {
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) g[i] = a.shiftRight(16 * (7 - i)).intValue() & 0xFFFF;
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; ) {
            if (g[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && g[j] == 0) j++;
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                b.append("::");
                i += bestLen - 1;
                continue;
            }
            if (b.length() > 0 && b.charAt(b.length() - 1) != ':') b.append(':');
            b.append(Integer.toHexString(g[i]));
        }
        return b.toString();
    }

    // ---- keys, images, buckets -------------------------------------------------------------------------------------

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
            return Optional.of(q(shown) + " is not an OpenSSH public key: " + e.getMessage()
                    + "; use a line of ~/.ssh/id_ed25519.pub (ed25519, ecdsa or rsa ≥ 2048 bits)");
        }
    }

    /** A pinned container image reference: a tag other than latest, or a digest. */
    public static Optional<String> image(String v) {
        String hint = "; use repo:tag or repo@sha256:<digest>, e.g. " + ImageTags.DEFAULTS.database();
        if (!IMAGE.matcher(v).matches()) return Optional.of(q(v) + " is not an image reference" + hint);
        String afterSlash = v.substring(v.lastIndexOf('/') + 1);
        boolean digest = v.contains("@sha256:");
        if (!afterSlash.contains(":") && !digest) return Optional.of(q(v) + " has no tag, so it floats" + hint);
        if (afterSlash.endsWith(":latest")) return Optional.of(q(v) + " uses 'latest', which floats" + hint);
        return Optional.empty();
    }

    /** The host image, for the stack's cloud: an image of the other cloud is refused. */
    public static Optional<String> hostImage(Cloud cloud, String v) {
        boolean ami = v.startsWith("ami-");
        boolean amiFilter = v.contains("/") || v.contains("*") || v.contains("?");
        if (cloud == Cloud.DIGITALOCEAN) {
            String hint = "; on DigitalOcean use an image slug such as " + Catalog.DEFAULT_DO_IMAGE + " or a numeric image ID";
            if (ami) return Optional.of(q(v) + " is an AWS AMI ID" + hint);
            if (amiFilter) return Optional.of(q(v) + " is an AWS AMI name filter" + hint);
            if (!DO_SLUG.matcher(v).matches()) return Optional.of(q(v) + " is not a DigitalOcean image slug or ID" + hint);
            return Optional.empty();
        }
        String hint = "; on AWS use an AMI ID (ami-…) or an AMI name filter such as " + Catalog.DEFAULT_AWS_IMAGE;
        if (ami) {
            return AMI_ID.matcher(v).matches() ? Optional.empty()
                    : Optional.of(q(v) + " is not an AMI ID (ami- and 8 or 17 hex digits)" + hint);
        }
        if (DIGITS.matcher(v).matches()) return Optional.of(q(v) + " is a DigitalOcean image ID" + hint);
        if (DO_DISTRO_SLUG.matcher(v).matches()) return Optional.of(q(v) + " is a DigitalOcean image slug" + hint);
        if (!AMI_NAME_FILTER.matcher(v).matches()) return Optional.of(q(v) + " is neither an AMI ID nor an AMI name filter" + hint);
        return Optional.empty();
    }

    /** S3's bucket naming rules (general purpose buckets). */
    public static Optional<String> bucketName(String v) {
        return bucketProblem(v).map(r -> q(v) + " is not a valid S3 bucket name: " + r
                + "; use 3-63 lower-case letters, digits and '-', starting and ending with a letter or digit");
    }

    private static Optional<String> bucketProblem(String v) {
        if (v.length() < 3 || v.length() > 63) return Optional.of("it has " + v.length() + " characters (3 to 63)");
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '-') continue;
            if (c >= 'A' && c <= 'Z') return Optional.of("it has upper-case letters");
            return Optional.of("it contains " + named(c));
        }
        if (!Character.isLetterOrDigit(v.charAt(0)) || !Character.isLetterOrDigit(v.charAt(v.length() - 1))) {
            return Optional.of("it must start and end with a letter or digit");
        }
        if (v.contains("..")) return Optional.of("it has two adjacent periods");
        if (IPV4_SHAPE.matcher(v).matches()) return Optional.of("it is shaped like an IP address");
        for (String p : new String[]{"xn--", "sthree-", "amzn-s3-demo-"}) {
            if (v.startsWith(p)) return Optional.of("the prefix '" + p + "' is reserved");
        }
        for (String s : new String[]{"-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3"}) {
            if (v.endsWith(s)) return Optional.of("the suffix '" + s + "' is reserved");
        }
        return Optional.empty();
    }

    /** A backup to restore: none, latest or a backup set's name (it reaches a shell command line). */
    public static Optional<String> restoreFrom(String v) {
        return BACKUP_NAME.matcher(v).matches() ? Optional.empty()
                : Optional.of(q(v) + " is not a backup name; use none, latest or a name such as fleet-20261125T020000Z");
    }

    public static Optional<String> environment(String v) {
        return ENVIRONMENT.matcher(v).matches() ? Optional.empty()
                : Optional.of(q(v) + " is not an environment label; use 1-32 lower-case letters, digits and '-', "
                + "e.g. production");
    }

    // ---- time zone, ACME ------------------------------------------------------------------------------------------

    /** An IANA time zone name, as the host's tzdata knows it (timedatectl, cloud-init); offsets are refused. */
    public static Optional<String> timezone(String v) {
        String hint = "; use an IANA zone name such as Africa/Casablanca, Europe/Paris or UTC";
        if (v.matches("(?i)(UTC|GMT|UT)?[+-].*")) {
            return Optional.of(q(v) + " is a UTC offset, not a time zone (an offset ignores daylight-saving changes)" + hint);
        }
        if (ZoneId.getAvailableZoneIds().contains(v) && !v.startsWith("SystemV/")) return Optional.empty();
        try {
            if (ZoneId.of(v) instanceof ZoneOffset) return Optional.of(q(v) + " is a UTC offset, not a time zone" + hint);
        } catch (DateTimeException e) {
            // not a zone: suggest below
        }
        Optional<String> close = ZoneId.getAvailableZoneIds().stream().filter(z -> z.equalsIgnoreCase(v)).findFirst();
        return Optional.of(q(v) + " is not an IANA time zone name"
                + close.map(z -> "; did you mean " + z + "?").orElse(hint));
    }

    /** The ACME directory URL: written into a shell script (fleet-cert-issue) and passed to certbot. */
    public static Optional<String> acmeServer(String v) {
        String hint = "; use an https:// directory URL such as " + TlsSettings.LE_STAGING;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                return Optional.of(q(v) + " contains " + named(c) + hint);
            }
            if (SHELL_META.indexOf(c) >= 0) {
                return Optional.of(q(v) + " contains " + named(c) + ", a shell or URL metacharacter (the URL is written "
                        + "into a shell script)" + hint);
            }
        }
        if (!v.startsWith("https://")) return Optional.of(q(v) + " is not an https:// URL" + hint);
        String rest = v.substring("https://".length());
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        String path = slash < 0 ? "" : rest.substring(slash);
        if (authority.contains("@")) return Optional.of(q(v) + " carries credentials ('@')" + hint);
        String host = authority;
        int colon = authority.lastIndexOf(':');
        if (colon >= 0) {
            host = authority.substring(0, colon);
            String port = authority.substring(colon + 1);
            if (!DIGITS.matcher(port).matches() || port.length() > 5 || Integer.parseInt(port) < 1
                    || Integer.parseInt(port) > 65535) {
                return Optional.of(q(v) + " has an invalid port '" + port + "'" + hint);
            }
        }
        Optional<String> h = hostNameProblem(host, false);
        if (h.isPresent()) return Optional.of(q(v) + ": the host " + h.get() + hint);
        if (!ACME_PATH.matcher(path).matches()) return Optional.of(q(v) + " has characters outside A-Za-z0-9._~/- in its path" + hint);
        return Optional.empty();
    }

    // ---- values that land in other programs' files ----------------------------------------------------------------

    /**
     * Why a value cannot be represented in the app's .env (and in fleet-alert's line-based credentials file): a line
     * break, a NUL or another control character. Empty when it can.
     */
    public static Optional<String> envValueProblem(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                return Optional.of("contains " + named(c));
            }
        }
        return Optional.empty();
    }

    /** The SMTP user: one line in the .env and in fleet-alert's file, and the part before ':' in curl's user option. */
    public static Optional<String> smtpUser(String v) {
        Optional<String> env = envValueProblem(v);
        if (env.isPresent()) {
            return Optional.of(q(v) + " " + env.get() + "; use the relay's user name on one line (it is written to "
                    + "the app's .env and fleet-alert's credentials file)");
        }
        if (v.contains(":")) {
            return Optional.of(q(v) + " contains ':', which ends the user name in curl's user:password (fleet-alert); "
                    + "use a user name without ':'");
        }
        return Optional.empty();
    }

    /** The SMTP password (secret: the message never holds it). */
    public static Optional<String> smtpPassword(String v) {
        return envValueProblem(v).map(r -> r + "; use a password on one line without control characters (it is "
                + "written to the app's .env and fleet-alert's credentials file)");
    }

    /**
     * Database and Redis passwords end up in connection URLs, env files and SQL statements; restricted to characters
     * that need no quoting or encoding in any of them. The message never contains the value.
     */
    public static Optional<String> password(String v) {
        String hint = "; use " + PASSWORD_RULE.replace("`", "") + ", e.g. openssl rand -base64 32 | tr -d '/+='";
        if (v.length() < 16) return Optional.of("is too short (" + v.length() + " characters)" + hint);
        if (!SAFE_SECRET.matcher(v).matches()) {
            // Only the kind of a whitespace or control character is named: a secret's characters are never shown.
            int bad = v.chars().filter(c -> !SAFE_SECRET.matcher(String.valueOf((char) c)).matches()).findFirst().orElse('?');
            String what = bad == ' ' || Character.isISOControl(bad) ? named((char) bad) : "a character that needs quoting";
            return Optional.of("contains " + what + hint);
        }
        return Optional.empty();
    }

    /** Laravel APP_KEY: "base64:" followed by 32 random bytes, base64-encoded. */
    public static Optional<String> appKey(String v) {
        String hint = "; use base64: and 32 random bytes in base64 (php artisan key:generate --show)";
        if (!v.startsWith("base64:")) return Optional.of("does not start with 'base64:'" + hint);
        try {
            int n = Base64.getDecoder().decode(v.substring(7)).length;
            return n == 32 ? Optional.empty() : Optional.of("decodes to " + n + " bytes, not 32" + hint);
        } catch (IllegalArgumentException e) {
            return Optional.of("is not valid base64 after 'base64:'" + hint);
        }
    }
}
