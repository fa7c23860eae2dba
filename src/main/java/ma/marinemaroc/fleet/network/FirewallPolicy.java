package ma.marinemaroc.fleet.network;

import ma.marinemaroc.fleet.fleetbase.FleetbaseContract;

import java.util.List;

/**
 * The single source of truth for what the internet may reach: SSH from the allowed ranges on the configured port;
 * HTTP, HTTPS and the console's websocket port from anywhere. Both clouds' firewalls are built from these rules, and
 * the policy tests check them.
 */
public final class FirewallPolicy {
    public static final List<String> ANYWHERE = List.of("0.0.0.0/0", "::/0");
    /** The web ports: HTTP (ACME + redirect), HTTPS, the console's websocket (FleetbaseContract). */
    public static final List<Integer> WEB_PORTS = List.of(80, 443, FleetbaseContract.SOCKET_PUBLIC_PORT);

    /** One inbound TCP rule. */
    public record Rule(String description, int port, List<String> sources) {
        public Rule {
            sources = List.copyOf(sources);
        }

        public List<String> ipv4Sources() {
            return sources.stream().filter(s -> !s.contains(":")).toList();
        }

        public List<String> ipv6Sources() {
            return sources.stream().filter(s -> s.contains(":")).toList();
        }
    }

    private FirewallPolicy() {
    }

    public static List<Rule> inbound(int sshPort, List<String> sshSources) {
        return List.of(
                new Rule("ssh", sshPort, sshSources),
                new Rule("http", 80, ANYWHERE),
                new Rule("https", 443, ANYWHERE),
                new Rule("websocket (console)", FleetbaseContract.SOCKET_PUBLIC_PORT, ANYWHERE));
    }
}
