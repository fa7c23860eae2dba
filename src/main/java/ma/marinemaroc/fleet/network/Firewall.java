package ma.marinemaroc.fleet.network;

import com.pulumi.aws.ec2.SecurityGroup;
import com.pulumi.aws.ec2.SecurityGroupArgs;
import com.pulumi.aws.ec2.inputs.SecurityGroupEgressArgs;
import com.pulumi.aws.ec2.inputs.SecurityGroupIngressArgs;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import ma.marinemaroc.fleet.Providers;
import ma.marinemaroc.fleet.bindings.digitalocean.FirewallArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.FirewallInboundRuleArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.FirewallOutboundRuleArgs;
import ma.marinemaroc.fleet.config.Cloud;
import ma.marinemaroc.fleet.config.StackSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cloud firewall in front of the host, built from {@link FirewallPolicy}: inbound only SSH (allowed ranges,
 * configured port), 80 and 443; outbound open. This is the layer that counts: Docker's published ports bypass the
 * host's UFW. On DigitalOcean it targets the droplet; on AWS it is the security group the instance launches with.
 */
public class Firewall extends ComponentResource {
    public static final String TYPE = "fleet:network:Firewall";

    @Export(name = "firewallId", refs = {String.class}, tree = "[0]")
    private final Output<String> firewallId;

    /**
     * @param dropletId DigitalOcean only: the droplet the firewall applies to. Empty on AWS, where the security group
     *                  is created first and passed to the instance.
     */
    public Firewall(String name, StackSettings s, Providers providers, Optional<Output<String>> dropletId,
                    ComponentResourceOptions options) {
        super(TYPE, name, options);
        List<FirewallPolicy.Rule> rules = FirewallPolicy.inbound(s);
        if (s.cloud() == Cloud.DIGITALOCEAN) {
            var inbound = rules.stream().map(r -> FirewallInboundRuleArgs.builder()
                    .protocol("tcp").portRange(String.valueOf(r.port())).sourceAddresses(r.sources()).build()).toList();
            List<FirewallOutboundRuleArgs> outbound = new ArrayList<>();
            for (String proto : List.of("tcp", "udp")) {
                outbound.add(FirewallOutboundRuleArgs.builder().protocol(proto).portRange("1-65535")
                        .destinationAddresses(FirewallPolicy.ANYWHERE).build());
            }
            outbound.add(FirewallOutboundRuleArgs.builder().protocol("icmp")
                    .destinationAddresses(FirewallPolicy.ANYWHERE).build());
            var fw = new ma.marinemaroc.fleet.bindings.digitalocean.Firewall(name, FirewallArgs.builder()
                    .name(s.prefix())
                    .dropletIds(dropletId.orElseThrow(() -> new IllegalArgumentException("dropletId is required on DigitalOcean"))
                            .applyValue(id -> List.of(Integer.parseInt(id))))
                    .inboundRules(inbound)
                    .outboundRules(outbound)
                    .build(), CustomResourceOptions.builder().parent(this).build());
            this.firewallId = fw.id();
        } else {
            var ingress = rules.stream().map(r -> SecurityGroupIngressArgs.builder()
                    .description(r.description()).protocol("tcp").fromPort(r.port()).toPort(r.port())
                    .cidrBlocks(r.ipv4Sources()).ipv6CidrBlocks(r.ipv6Sources()).build()).toList();
            var sg = new SecurityGroup(name, SecurityGroupArgs.builder()
                    .name(s.prefix())
                    .description("Fleet host: SSH from allowed ranges, HTTP and HTTPS")
                    .ingress(ingress)
                    .egress(SecurityGroupEgressArgs.builder().description("all outbound").protocol("-1")
                            .fromPort(0).toPort(0).cidrBlocks("0.0.0.0/0").ipv6CidrBlocks("::/0").build())
                    .tags(Map.of("Name", s.prefix()))
                    .build(), CustomResourceOptions.builder().parent(this).provider(providers.awsHost()).build());
            this.firewallId = sg.id();
        }
        registerOutputs(Map.of("firewallId", firewallId));
    }

    public Output<String> firewallId() {
        return firewallId;
    }
}
