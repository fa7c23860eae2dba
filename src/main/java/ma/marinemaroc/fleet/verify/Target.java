package ma.marinemaroc.fleet.verify;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;

/**
 * What is being verified: the public host name, its HTTPS and HTTP ports, and address overrides (curl-style
 * {@code --resolve host:port:addr}) used instead of DNS when connecting.
 */
record Target(String host, int httpsPort, int httpPort, Map<String, String> resolve, int timeoutMs) {
    Target {
        resolve = Map.copyOf(resolve);
    }

    /** The address to connect to for host:port: an override, else DNS. */
    InetAddress address(int port) throws UnknownHostException {
        String override = resolve.get(host.toLowerCase(java.util.Locale.ROOT) + ":" + port);
        return override != null ? InetAddress.getByName(override) : InetAddress.getByName(host);
    }

    /** Host header / URL authority for a port (the port is left out when it is the scheme's default). */
    String authority(int port, boolean tls) {
        return (tls && port == 443) || (!tls && port == 80) ? host : host + ":" + port;
    }

    String httpsOrigin() {
        return "https://" + authority(httpsPort, true);
    }
}
