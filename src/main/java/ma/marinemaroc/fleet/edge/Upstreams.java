package ma.marinemaroc.fleet.edge;

/**
 * Where NGINX forwards traffic, as {@code host:port} on the private docker network.
 *
 * @param console the Ember console (serves {@code /})
 * @param api     the Laravel API (serves {@code /int/}, {@code /v1/}, {@code /storage/}, {@code /health})
 * @param socket  the SocketCluster server (serves {@code /socketcluster/})
 */
public record Upstreams(String console, String api, String socket) {
    public static final Upstreams PRODUCTION =
            new Upstreams("fleet-console:4200", "fleet-application:8000", "fleet-socket:8000");

    /** The upstreams of the given container names, on the services' ports. */
    public static Upstreams of(String console, String api, String socket) {
        return new Upstreams(console + ":" + ma.marinemaroc.fleet.fleetbase.FleetbaseContract.CONSOLE_PORT,
                api + ":" + ma.marinemaroc.fleet.fleetbase.FleetbaseContract.API_PORT,
                socket + ":" + ma.marinemaroc.fleet.fleetbase.FleetbaseContract.SOCKET_CONTAINER_PORT);
    }

    public Upstreams {
        Checks.hostPort("upstreams.console", console);
        Checks.hostPort("upstreams.api", api);
        Checks.hostPort("upstreams.socket", socket);
    }
}
