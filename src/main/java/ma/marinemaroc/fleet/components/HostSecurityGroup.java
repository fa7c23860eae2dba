package ma.marinemaroc.fleet.components;

import com.pulumi.aws.ec2.SecurityGroup;
import com.pulumi.aws.ec2.SecurityGroupArgs;
import com.pulumi.aws.ec2.inputs.SecurityGroupEgressArgs;
import com.pulumi.aws.ec2.inputs.SecurityGroupIngressArgs;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;

import java.util.Map;

/**
 * The EC2 security group a host launches in: inbound only the given TCP rules, outbound open. The AWS provider comes
 * through the component's options.
 */
public class HostSecurityGroup extends ComponentResource {
    public static final String TYPE = Components.type(HostSecurityGroup.class);

    /** The security group's id. */
    @Export(name = "securityGroupId", refs = {String.class}, tree = "[0]")
    private final Output<String> securityGroupId;

    public HostSecurityGroup(String name, HostSecurityGroupArgs args, ComponentResourceOptions options) {
        super(TYPE, name, Components.aliased(options, "fleet:network:Firewall"));
        args.validate();
        var ingress = args.rules().stream().map(r -> {
            var b = SecurityGroupIngressArgs.builder()
                    .description(r.description()).protocol("tcp").fromPort(r.port()).toPort(r.port());
            // from other security groups alone (scaled topology: the load balancer's), else from address ranges
            return r.sourceSecurityGroupIds().map(b::securityGroups)
                    .orElseGet(() -> b.cidrBlocks(r.ipv4Sources()).ipv6CidrBlocks(r.ipv6Sources())).build();
        }).toList();
        var sg = SecurityGroupArgs.builder()
                .name(args.name())
                .description(args.description())
                .ingress(ingress)
                .egress(SecurityGroupEgressArgs.builder().description("all outbound").protocol("-1")
                        .fromPort(0).toPort(0).cidrBlocks("0.0.0.0/0").ipv6CidrBlocks("::/0").build())
                .tags(Map.of("Name", args.name()));
        args.vpcId().ifPresent(sg::vpcId);
        var group = new SecurityGroup(name, sg.build(), CustomResourceOptions.builder().parent(this).build());
        this.securityGroupId = group.id();
        registerOutputs(Map.of("securityGroupId", securityGroupId));
    }

    public Output<String> securityGroupId() {
        return securityGroupId;
    }
}
