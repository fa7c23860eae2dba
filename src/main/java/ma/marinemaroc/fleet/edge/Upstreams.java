package ma.marinemaroc.fleet.edge;

/**
 * Where NGINX forwards traffic, as {@code host:port} on the private docker network.
 *
 * @param console the Ember console (serves {@code /})
 * @param api     the Laravel API (serves {@code /api}, {@code /health})
 * @param socket  the SocketCluster server (serves {@code /socketcluster/})
 */
public record Upstreams(String console, String api, String socket) {
    public static final Upstreams PRODUCTION =
            new Upstreams("fleet-console:4200", "fleet-application:8000", "fleet-socket:8000");

    public Upstreams {
        Checks.hostPort("upstreams.console", console);
        Checks.hostPort("upstreams.api", api);
        Checks.hostPort("upstreams.socket", socket);
    }
}
