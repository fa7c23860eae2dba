package ma.marinemaroc.fleet.edge;

/**
 * The edge of an app host of the scaled topology, behind the cloud's load balancer, which terminates TLS: NGINX takes
 * plain HTTP on the http port (the site and the API, forwarded from the load balancer's 443) and on the websocket port
 * (the console's websocket, from the load balancer's 38000 and from the other hosts' relays), answers the load
 * balancer's health checks whatever their Host header, and takes the client's address ({@code X-Forwarded-For}) and
 * the original scheme ({@code X-Forwarded-Proto}) only from connections out of {@code trustedCidr}.
 *
 * @param trustedCidr the fleet's private network (the VPC): where the load balancer and the relays connect from
 */
public record LoadBalanced(String trustedCidr) {
    public LoadBalanced {
        Checks.require("trustedCidr", trustedCidr);
        int slash = trustedCidr.indexOf('/');
        if (slash < 0) throw new IllegalArgumentException("trustedCidr must be an IPv4 CIDR (a.b.c.d/n), got '" + trustedCidr + "'");
        Checks.ipv4("trustedCidr", trustedCidr.substring(0, slash));
        String bits = trustedCidr.substring(slash + 1);
        if (!bits.matches("[0-9]{1,2}") || Integer.parseInt(bits) > 32 || Integer.parseInt(bits) < 8) {
            throw new IllegalArgumentException("trustedCidr must have a prefix length of 8..32, got '" + trustedCidr + "'");
        }
    }
}
