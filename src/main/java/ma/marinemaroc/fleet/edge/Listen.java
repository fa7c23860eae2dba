package ma.marinemaroc.fleet.edge;

/**
 * Where NGINX listens.
 *
 * @param address   IPv4 address to bind, or null for all addresses (production)
 * @param httpPort  plain HTTP (ACME challenge + redirect)
 * @param httpsPort TLS
 */
public record Listen(String address, int httpPort, int httpsPort) {
    public static final Listen PRODUCTION = new Listen(null, 80, 443);

    public Listen {
        if (address != null) {
            Checks.ipv4("listen.address", address);
        }
        Checks.port("listen.httpPort", httpPort);
        Checks.port("listen.httpsPort", httpsPort);
        if (httpPort == httpsPort) {
            throw new IllegalArgumentException("listen.httpPort and listen.httpsPort must differ, both are " + httpPort);
        }
    }

    public static Listen loopback(int httpPort, int httpsPort) {
        return new Listen("127.0.0.1", httpPort, httpsPort);
    }

    String http() {
        return address == null ? Integer.toString(httpPort) : address + ":" + httpPort;
    }

    String https() {
        return address == null ? Integer.toString(httpsPort) : address + ":" + httpsPort;
    }
}
