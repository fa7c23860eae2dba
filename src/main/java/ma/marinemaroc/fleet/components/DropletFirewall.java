package ma.marinemaroc.fleet.components;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import ma.marinemaroc.fleet.bindings.digitalocean.Firewall;
import ma.marinemaroc.fleet.bindings.digitalocean.FirewallArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.FirewallInboundRuleArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.FirewallOutboundRuleArgs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A DigitalOcean cloud firewall in front of droplets: inbound only the given TCP rules, outbound open. This is the
 * layer that counts: Docker's published ports bypass the host's UFW.
 */
public class DropletFirewall extends ComponentResource {
    public static final String TYPE = Components.type(DropletFirewall.class);
    static final List<String> ANYWHERE = List.of("0.0.0.0/0", "::/0");

    /** The firewall's id. */
    @Export(name = "firewallId", refs = {String.class}, tree = "[0]")
    private final Output<String> firewallId;

    public DropletFirewall(String name, DropletFirewallArgs args, ComponentResourceOptions options) {
        super(TYPE, name, Components.aliased(options, "fleet:network:Firewall"));
        args.validate();
        var inbound = args.rules().stream().map(r -> {
            var b = FirewallInboundRuleArgs.builder().protocol("tcp").portRange(String.valueOf(r.port()));
            // from a load balancer alone (scaled topology), else from address ranges
            return r.sourceLoadBalancerUids().map(b::sourceLoadBalancerUids).orElseGet(() -> b.sourceAddresses(r.sources()))
                    .build();
        }).toList();
        List<FirewallOutboundRuleArgs> outbound = new ArrayList<>();
        for (String proto : List.of("tcp", "udp")) {
            outbound.add(FirewallOutboundRuleArgs.builder().protocol(proto).portRange("1-65535")
                    .destinationAddresses(ANYWHERE).build());
        }
        outbound.add(FirewallOutboundRuleArgs.builder().protocol("icmp").destinationAddresses(ANYWHERE).build());
        var fw = FirewallArgs.builder().name(args.name()).inboundRules(inbound).outboundRules(outbound);
        args.dropletIds().ifPresent(ids -> fw.dropletIds(ids.applyValue(l -> l.stream().map(Integer::parseInt).toList())));
        if (!args.tags().isEmpty()) fw.tags(args.tags());
        var firewall = new Firewall(name, fw.build(), CustomResourceOptions.builder().parent(this).build());
        this.firewallId = firewall.id();
        registerOutputs(Map.of("firewallId", firewallId));
    }

    public Output<String> firewallId() {
        return firewallId;
    }
}
