package ma.marinemaroc.fleet.load;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Where the load goes: one origin (scheme, host, port), the paths every user requests in turn, the address to
 * connect to (DNS or a {@code --resolve} override) and the bearer token (never logged).
 */
record LoadTarget(String scheme, String host, int port, List<String> paths, InetSocketAddress connectTo, Path caFile,
                  String bearerToken) {
    LoadTarget {
        paths = List.copyOf(paths);
        Objects.requireNonNull(connectTo);
    }

    boolean tls() {
        return scheme.equals("https");
    }

    /** Host header: the port only when it is not the scheme's default. */
    String authority() {
        return (tls() && port == 443) || (!tls() && port == 80) ? host : host + ":" + port;
    }

    String origin() {
        return scheme + "://" + authority();
    }

    /**
     * @param urls     one or more URLs of the same origin
     * @param resolve  {@code host:port:address} overrides, like curl's {@code --resolve}
     */
    static LoadTarget of(List<URI> urls, List<String> resolve, Path caFile, String token) throws UnknownHostException {
        URI first = urls.get(0);
        String scheme = first.getScheme() == null ? "" : first.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || first.getHost() == null) {
            throw new IllegalArgumentException("--url must be http(s)://host[:port]/path, got " + first);
        }
        String host = first.getHost().toLowerCase(Locale.ROOT);
        int port = first.getPort() == -1 ? (scheme.equals("https") ? 443 : 80) : first.getPort();
        List<String> paths = new java.util.ArrayList<>();
        for (URI u : urls) {
            if (!scheme.equalsIgnoreCase(u.getScheme()) || !host.equalsIgnoreCase(u.getHost())
                    || port != (u.getPort() == -1 ? (scheme.equals("https") ? 443 : 80) : u.getPort())) {
                throw new IllegalArgumentException("every --url must share one origin (" + scheme + "://" + host + ":" + port
                        + "), got " + u);
            }
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            paths.add(u.getRawQuery() == null ? path : path + "?" + u.getRawQuery());
        }
        String address = null;
        for (String r : resolve) {
            String[] p = r.split(":", 3);
            if (p.length != 3 || !p[1].matches("\\d{1,5}") || p[2].isBlank()) {
                throw new IllegalArgumentException("--resolve must be host:port:address, got " + r);
            }
            if (p[0].equalsIgnoreCase(host) && Integer.parseInt(p[1]) == port) {
                address = p[2].replaceAll("^\\[|]$", "");
            }
        }
        InetAddress ip = InetAddress.getByName(address != null ? address : host);
        if (token != null && !token.matches("[\\x21-\\x7e]{1,8192}")) {
            throw new IllegalArgumentException("the bearer token must be one line of visible ASCII characters");
        }
        return new LoadTarget(scheme, host, port, paths, new InetSocketAddress(ip, port), caFile, token);
    }
}
