package ma.marinemaroc.fleet.edge;

/**
 * Where NGINX listens.
 *
 * @param address   IPv4 address to bind, or null for all addresses (production)
 * @param httpPort  plain HTTP (ACME challenge + redirect)
 * @param httpsPort TLS
 * @param websocketPort TLS listener for the console's websocket ({@code FleetbaseContract.SOCKET_PUBLIC_PORT})
 */
public record Listen(String address, int httpPort, int httpsPort, int websocketPort) {
    public static final Listen PRODUCTION = new Listen(null, 80, 443, 38000);

    public Listen {
        if (address != null) {
            Checks.ipv4("listen.address", address);
        }
        Checks.port("listen.httpPort", httpPort);
        Checks.port("listen.httpsPort", httpsPort);
        Checks.port("listen.websocketPort", websocketPort);
        if (httpPort == httpsPort || websocketPort == httpPort || websocketPort == httpsPort) {
            throw new IllegalArgumentException("listen ports must differ, got http " + httpPort + ", https " + httpsPort
                    + ", websocket " + websocketPort);
        }
    }

    public static Listen loopback(int httpPort, int httpsPort, int websocketPort) {
        return new Listen("127.0.0.1", httpPort, httpsPort, websocketPort);
    }

    String http() {
        return address == null ? Integer.toString(httpPort) : address + ":" + httpPort;
    }

    String https() {
        return address == null ? Integer.toString(httpsPort) : address + ":" + httpsPort;
    }

    String websocket() {
        return address == null ? Integer.toString(websocketPort) : address + ":" + websocketPort;
    }
}
