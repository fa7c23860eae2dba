package ma.marinemaroc.fleet.components;

import com.pulumi.aws.AwsFunctions;
import com.pulumi.aws.ec2.DefaultSecurityGroup;
import com.pulumi.aws.ec2.DefaultSecurityGroupArgs;
import com.pulumi.aws.ec2.InternetGateway;
import com.pulumi.aws.ec2.InternetGatewayArgs;
import com.pulumi.aws.ec2.RouteTable;
import com.pulumi.aws.ec2.RouteTableArgs;
import com.pulumi.aws.ec2.RouteTableAssociation;
import com.pulumi.aws.ec2.RouteTableAssociationArgs;
import com.pulumi.aws.ec2.Subnet;
import com.pulumi.aws.ec2.SubnetArgs;
import com.pulumi.aws.ec2.Vpc;
import com.pulumi.aws.ec2.VpcArgs;
import com.pulumi.aws.ec2.inputs.RouteTableRouteArgs;
import com.pulumi.aws.inputs.GetAvailabilityZonesArgs;
import com.pulumi.aws.inputs.GetAvailabilityZonesFilterArgs;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.deployment.InvokeOptions;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The VPC of a scaled fleet on AWS: two public subnets (load balancer and app hosts) and two private subnets
 * (RDS and ElastiCache), each pair spread over two availability zones, an internet gateway with the public subnets'
 * default route, and the VPC's default security group emptied (nothing may rely on its allow-all-from-itself rule).
 * The AWS provider comes through the component's options.
 *
 * <p><b>No NAT gateway.</b> The private subnets hold only the managed data stores, which need no outbound internet
 * access (AWS patches and backs them up on its side), and their route table has no default route at all (declared
 * with an empty route list, so a route added by hand is removed on the next {@code up}). The app hosts live in the
 * public subnets with their Elastic IPs and reach the internet (images, apt, SMTP, the off-region backup bucket)
 * through the internet gateway; their security group keeps them closed. A NAT gateway would only matter for hosts
 * without public addresses, and would cost about $35 a month per zone plus $0.048 per GB in eu-west-1 (two zones
 * for no single point of failure) for nothing this topology uses.
 */
public class AwsNetwork extends ComponentResource {
    public static final String TYPE = Components.type(AwsNetwork.class);
    public static final String DEFAULT_CIDR = "10.30.0.0/16";

    /** The VPC's id. */
    @Export(name = "vpcId", refs = {String.class}, tree = "[0]")
    private final Output<String> vpcId;
    /** The VPC's IPv4 range. */
    @Export(name = "cidrBlock", refs = {String.class}, tree = "[0]")
    private final Output<String> cidrBlock;
    /** The public subnets (zone a, zone b): load balancer and app hosts. */
    @Export(name = "publicSubnetIds", refs = {List.class, String.class}, tree = "[0,1]")
    private final Output<List<String>> publicSubnetIds;
    /** The private subnets (zone a, zone b): database and cache. */
    @Export(name = "privateSubnetIds", refs = {List.class, String.class}, tree = "[0,1]")
    private final Output<List<String>> privateSubnetIds;
    /** The two availability zones, in subnet order. */
    @Export(name = "availabilityZones", refs = {List.class, String.class}, tree = "[0,1]")
    private final Output<List<String>> availabilityZones;

    /** The four subnets of a VPC range: its four equal quarters, public a, public b, private a, private b. */
    public record SubnetLayout(String publicA, String publicB, String privateA, String privateB) {
    }

    /** The subnet ranges of {@code vpcCidr} (a valid range of /16 to /24; see {@link AwsNetworkArgs#validate()}). */
    public static SubnetLayout subnetLayout(String vpcCidr) {
        Cidr cidr = Cidr.parse(vpcCidr);
        if (cidr == null) throw new IllegalArgumentException("not an IPv4 CIDR: " + vpcCidr);
        List<String> q = cidr.split(2).stream().map(Cidr::toString).toList();
        return new SubnetLayout(q.get(0), q.get(1), q.get(2), q.get(3));
    }

    public AwsNetwork(String name, AwsNetworkArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        args.validate();
        var child = CustomResourceOptions.builder().parent(this).build();
        String prefix = args.name();
        SubnetLayout layout = subnetLayout(args.cidrBlock());
        Output<List<String>> zones = args.availabilityZones().isEmpty()
                ? AwsFunctions.getAvailabilityZones(GetAvailabilityZonesArgs.builder()
                        .state("available")
                        .filters(GetAvailabilityZonesFilterArgs.builder().name("opt-in-status")
                                .values("opt-in-not-required").build())
                        .build(), InvokeOptions.builder().parent(this).build())
                .applyValue(r -> firstTwo(r.names()))
                : Output.of(args.availabilityZones());

        var vpc = new Vpc(name + "-vpc", VpcArgs.builder()
                .cidrBlock(args.cidrBlock())
                .enableDnsSupport(true)
                .enableDnsHostnames(true)
                .tags(Map.of("Name", prefix))
                .build(), child);
        new DefaultSecurityGroup(name + "-default-sg", DefaultSecurityGroupArgs.builder()
                .vpcId(vpc.id())
                .tags(Map.of("Name", prefix + "-default-unused"))
                .build(), child);
        var igw = new InternetGateway(name + "-igw", InternetGatewayArgs.builder()
                .vpcId(vpc.id()).tags(Map.of("Name", prefix)).build(), child);
        var publicRoutes = new RouteTable(name + "-public-rt", RouteTableArgs.builder()
                .vpcId(vpc.id())
                .routes(RouteTableRouteArgs.builder().cidrBlock("0.0.0.0/0").gatewayId(igw.id()).build())
                .tags(Map.of("Name", prefix + "-public"))
                .build(), child);
        var privateRoutes = new RouteTable(name + "-private-rt", RouteTableArgs.builder()
                .vpcId(vpc.id())
                .routes(List.of())
                .tags(Map.of("Name", prefix + "-private"))
                .build(), child);

        List<Output<String>> publicIds = new ArrayList<>();
        List<Output<String>> privateIds = new ArrayList<>();
        String[] zoneSuffix = {"a", "b"};
        String[] publicRanges = {layout.publicA(), layout.publicB()};
        String[] privateRanges = {layout.privateA(), layout.privateB()};
        for (int i = 0; i < 2; i++) {
            int zone = i;
            Output<String> az = zones.applyValue(z -> z.get(zone));
            publicIds.add(subnet(name + "-public-" + zoneSuffix[i], prefix + "-public-" + zoneSuffix[i], vpc, az,
                    publicRanges[i], true, "public", publicRoutes, child));
            privateIds.add(subnet(name + "-private-" + zoneSuffix[i], prefix + "-private-" + zoneSuffix[i], vpc, az,
                    privateRanges[i], false, "private", privateRoutes, child));
        }

        this.vpcId = vpc.id();
        this.cidrBlock = vpc.cidrBlock();
        this.publicSubnetIds = Output.all(publicIds);
        this.privateSubnetIds = Output.all(privateIds);
        this.availabilityZones = zones;
        registerOutputs(Map.of("vpcId", vpcId, "cidrBlock", cidrBlock, "publicSubnetIds", publicSubnetIds,
                "privateSubnetIds", privateSubnetIds, "availabilityZones", availabilityZones));
    }

    static List<String> firstTwo(List<String> names) {
        List<String> sorted = names.stream().sorted().toList();
        if (sorted.size() < 2) {
            throw new IllegalStateException("AwsNetwork needs two availability zones, the region offers " + sorted);
        }
        return sorted.subList(0, 2);
    }

    /**
     * Public subnets give instances a public address at launch: cloud-init runs apt before the Elastic IP is
     * associated, and without one the first boot would have no way out.
     */
    private static Output<String> subnet(String logicalName, String tagName, Vpc vpc, Output<String> az, String range,
                                         boolean isPublic, String tier, RouteTable routes, CustomResourceOptions child) {
        var subnet = new Subnet(logicalName, SubnetArgs.builder()
                .vpcId(vpc.id())
                .availabilityZone(az)
                .cidrBlock(range)
                .mapPublicIpOnLaunch(isPublic)
                .tags(Map.of("Name", tagName, "tier", tier))
                .build(), child);
        new RouteTableAssociation(logicalName + "-rta", RouteTableAssociationArgs.builder()
                .subnetId(subnet.id()).routeTableId(routes.id()).build(), child);
        return subnet.id();
    }

    public Output<String> vpcId() {
        return vpcId;
    }

    public Output<String> cidrBlock() {
        return cidrBlock;
    }

    public Output<List<String>> publicSubnetIds() {
        return publicSubnetIds;
    }

    public Output<List<String>> privateSubnetIds() {
        return privateSubnetIds;
    }

    public Output<List<String>> availabilityZones() {
        return availabilityZones;
    }
}
