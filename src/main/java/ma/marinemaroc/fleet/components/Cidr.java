package ma.marinemaroc.fleet.components;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An IPv4 network in CIDR notation, parsed strictly (four decimal octets, a prefix, no host bits set), with the two
 * operations the network components need: "is it private (RFC 1918)" and "split it into equal parts". Not a component.
 */
record Cidr(long base, int prefix) {
    private static final Pattern FORM = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})/(\\d{1,2})");
    /** RFC 1918 private ranges. */
    private static final List<Cidr> PRIVATE = List.of(
            new Cidr(ip(10, 0, 0, 0), 8), new Cidr(ip(172, 16, 0, 0), 12), new Cidr(ip(192, 168, 0, 0), 16));

    /** The parsed network, or null when {@code text} is not a canonical IPv4 CIDR (host bits set, octet > 255, ...). */
    static Cidr parse(String text) {
        if (text == null) return null;
        Matcher m = FORM.matcher(text);
        if (!m.matches()) return null;
        long base = 0;
        for (int i = 1; i <= 4; i++) {
            String octet = m.group(i);
            int v = Integer.parseInt(octet);
            if (v > 255 || (octet.length() > 1 && octet.startsWith("0"))) return null;
            base = (base << 8) | v;
        }
        int prefix = Integer.parseInt(m.group(5));
        if (prefix > 32) return null;
        Cidr c = new Cidr(base, prefix);
        return (base & ~c.mask()) == 0 ? c : null;
    }

    private static long ip(int a, int b, int c, int d) {
        return ((long) a << 24) | ((long) b << 16) | ((long) c << 8) | d;
    }

    private long mask() {
        return prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
    }

    boolean within(Cidr outer) {
        return prefix >= outer.prefix && (base & outer.mask()) == outer.base;
    }

    /** Inside one of the RFC 1918 ranges. */
    boolean isPrivate() {
        return PRIVATE.stream().anyMatch(this::within);
    }

    /** The network cut into {@code 2^bits} equal consecutive parts. */
    List<Cidr> split(int bits) {
        if (prefix + bits > 32) throw new IllegalArgumentException(this + " cannot be split into " + (1 << bits) + " parts");
        List<Cidr> parts = new ArrayList<>();
        long size = 1L << (32 - prefix - bits);
        for (int i = 0; i < (1 << bits); i++) parts.add(new Cidr(base + i * size, prefix + bits));
        return parts;
    }

    @Override
    public String toString() {
        return ((base >> 24) & 255) + "." + ((base >> 16) & 255) + "." + ((base >> 8) & 255) + "." + (base & 255) + "/" + prefix;
    }
}
