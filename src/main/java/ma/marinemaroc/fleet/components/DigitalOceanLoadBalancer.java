package ma.marinemaroc.fleet.components;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import ma.marinemaroc.fleet.bindings.digitalocean.DoCertificate;
import ma.marinemaroc.fleet.bindings.digitalocean.DoCertificateArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.LoadBalancer;
import ma.marinemaroc.fleet.bindings.digitalocean.LoadBalancerArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.LoadBalancerForwardingRuleArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.LoadBalancerHealthcheckArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.LoadBalancerStickySessionsArgs;
import ma.marinemaroc.fleet.fleetbase.FleetbaseContract;

import java.util.List;
import java.util.Map;

/**
 * The DigitalOcean load balancer in front of a scaled fleet's app hosts, terminating TLS with a Let's Encrypt
 * certificate DigitalOcean issues and renews for the domain.
 *
 * <p>Rules: 443 https → hosts' 80 http (the site and API), 38000 https → hosts' 38000 http (the console's websocket:
 * the published console opens {@code wss://<domain>:38000/socketcluster/}, see {@link FleetbaseContract}), 80 http
 * redirected to https. Targets: every droplet with the app hosts' tag, inside the VPC (the load balancer reaches them
 * on their private addresses). Health: HTTP GET of the API's health route on port 80, so a host whose API is down
 * leaves the pool.
 *
 * <p><b>The websocket.</b> SocketCluster runs on one host only, but a DigitalOcean load balancer sends every rule to
 * the same target pool (no per-rule targets). So all hosts receive 38000, and each host's nginx proxies it over the
 * VPC to the one SocketCluster (the lead's edge template). A second load balancer aimed at the socket host alone
 * would cost another node and a second address for the same domain, which the console cannot use (one origin).
 * <b>No sticky sessions:</b> every websocket ends at the same single SocketCluster whichever host relays it, a
 * websocket is one long-lived connection that never changes target, and SocketCluster 17 has no HTTP long-polling
 * fallback that would need to return to the same host. The API needs none either once its sessions live in the
 * shared cache (SESSION_DRIVER=redis on every host; the file driver would tie a session to one host).
 *
 * <p>DigitalOcean would otherwise create DNS records for the certificate's domain pointing at the load balancer
 * ({@code disableLetsEncryptDnsRecords}); they are turned off so the stack's own DNS record component owns the name
 * (point it at {@link #ip()}). Cipher policy STRONG (TLS 1.2+ forward-secret suites).
 */
public class DigitalOceanLoadBalancer extends ComponentResource {
    public static final String TYPE = Components.type(DigitalOceanLoadBalancer.class);

    /** The public IPv4 address (point the domain's A record here). */
    @Export(name = "ip", refs = {String.class}, tree = "[0]")
    private final Output<String> ip;
    /** The load balancer's id (for a droplet firewall's {@code sourceLoadBalancerUids}). */
    @Export(name = "loadBalancerId", refs = {String.class}, tree = "[0]")
    private final Output<String> loadBalancerId;
    /** The load balancer's URN (for a DigitalOcean project). */
    @Export(name = "loadBalancerUrn", refs = {String.class}, tree = "[0]")
    private final Output<String> loadBalancerUrn;
    /** The certificate's name. */
    @Export(name = "certificateName", refs = {String.class}, tree = "[0]")
    private final Output<String> certificateName;
    /** The alerts declared, in words (empty without alert e-mails). */
    @Export(name = "alerts", refs = {List.class, String.class}, tree = "[0,1]")
    private final Output<List<String>> alerts;

    public DigitalOceanLoadBalancer(String name, DigitalOceanLoadBalancerArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        args.validate();
        var child = CustomResourceOptions.builder().parent(this).build();
        // Only a new domain replaces the certificate, and it comes with a new name: the replacement can be issued
        // while the old certificate still serves (names are unique in the account).
        var cert = new DoCertificate(name + "-cert", DoCertificateArgs.builder()
                .name(args.lbName() + "-" + args.domain().replace('.', '-'))
                .type("lets_encrypt")
                .domains(args.domain())
                .build(), child);
        int web = 80;
        int socket = FleetbaseContract.SOCKET_PUBLIC_PORT;
        var lb = new LoadBalancer(name + "-lb", LoadBalancerArgs.builder()
                .name(args.lbName())
                .region(args.region())
                .sizeUnit(args.sizeUnit())
                .vpcUuid(args.vpcId())
                .dropletTag(args.appTag())
                .forwardingRules(
                        rule(443, "https", web, cert),
                        LoadBalancerForwardingRuleArgs.builder().entryPort(80).entryProtocol("http")
                                .targetPort(web).targetProtocol("http").build(),
                        rule(socket, "https", socket, cert))
                .redirectHttpToHttps(true)
                .disableLetsEncryptDnsRecords(true)
                .tlsCipherPolicy("STRONG")
                .httpIdleTimeoutSeconds(args.idleTimeoutSeconds())
                .healthcheck(LoadBalancerHealthcheckArgs.builder()
                        .protocol("http").port(web).path(args.healthCheckPath())
                        .checkIntervalSeconds(10).responseTimeoutSeconds(5)
                        .healthyThreshold(3).unhealthyThreshold(3)
                        .build())
                .stickySessions(LoadBalancerStickySessionsArgs.builder().type("none").build())
                .build(), child);

        List<String> watched = args.alertEmails().isEmpty() ? List.of()
                : DigitalOceanAlerts.declare(name, "load balancer " + args.lbName(), DigitalOceanAlerts.LOAD_BALANCER,
                        lb.id(), args.alertEmails(), child);

        this.ip = lb.ip();
        this.loadBalancerId = lb.id();
        this.loadBalancerUrn = lb.loadBalancerUrn();
        this.certificateName = cert.name();
        this.alerts = Output.of(watched);
        registerOutputs(Map.of("ip", ip, "loadBalancerId", loadBalancerId, "loadBalancerUrn", loadBalancerUrn,
                "certificateName", certificateName, "alerts", alerts));
    }

    /** TLS terminated here with the certificate, plain HTTP to the hosts. */
    private static LoadBalancerForwardingRuleArgs rule(int entry, String protocol, int target, DoCertificate cert) {
        return LoadBalancerForwardingRuleArgs.builder()
                .entryPort(entry).entryProtocol(protocol)
                .targetPort(target).targetProtocol("http")
                .certificateName(cert.name())
                .build();
    }

    public Output<String> ip() {
        return ip;
    }

    public Output<String> loadBalancerId() {
        return loadBalancerId;
    }

    public Output<String> loadBalancerUrn() {
        return loadBalancerUrn;
    }

    public Output<String> certificateName() {
        return certificateName;
    }

    public Output<List<String>> alerts() {
        return alerts;
    }
}
