package ma.marinemaroc.fleet.components;

import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;

import java.util.List;

/** Inputs of {@link AwsNetwork}. */
public final class AwsNetworkArgs extends ResourceArgs {
    /** Prefix of every Name tag (e.g. {@code fleet-staging}). Required. */
    @Import(name = "name", required = true)
    private String name;
    /**
     * The VPC's IPv4 range: an RFC 1918 CIDR from /16 to /24, cut into four equal subnets (two public, two
     * private; see {@link AwsNetwork#subnetLayout}). Default {@value AwsNetwork#DEFAULT_CIDR}. A change replaces the
     * VPC and everything in it.
     */
    @Import(name = "cidrBlock")
    private String cidrBlock;
    /**
     * The two availability zones (names, e.g. eu-west-1a) the subnets are spread over. Default: the first two zones
     * of the provider's region that need no opt-in, in name order.
     */
    @Import(name = "availabilityZones")
    private List<String> availabilityZones;

    private AwsNetworkArgs() {
    }

    public String name() {
        return name;
    }

    public String cidrBlock() {
        return cidrBlock == null ? AwsNetwork.DEFAULT_CIDR : cidrBlock;
    }

    /** The configured zones, empty when they are looked up. */
    public List<String> availabilityZones() {
        return availabilityZones == null ? List.of() : List.copyOf(availabilityZones);
    }

    /** Every problem at once, naming the inputs. */
    public void validate() {
        Cidr cidr = Cidr.parse(cidrBlock());
        new ArgsCheck("AwsNetworkArgs")
                .required("name", name)
                .that(cidr != null, "cidrBlock '" + cidrBlock() + "' is not an IPv4 CIDR (a.b.c.d/n, no host bits)")
                .that(cidr == null || cidr.isPrivate(), "cidrBlock " + cidrBlock() + " is not inside an RFC 1918 private range")
                .that(cidr == null || (cidr.prefix() >= 16 && cidr.prefix() <= 24),
                        "cidrBlock " + cidrBlock() + " must be a /16 to /24 (AWS allows /16../28 per VPC; each of the four subnets needs at least a /26)")
                .that(availabilityZones == null || (availabilityZones.size() == 2
                                && availabilityZones.stream().distinct().count() == 2
                                && availabilityZones.stream().allMatch(z -> z != null && !z.isBlank())),
                        "availabilityZones must be two different zone names, got " + availabilityZones)
                .done();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final AwsNetworkArgs a = new AwsNetworkArgs();

        private Builder() {
        }

        public Builder name(String v) { a.name = v; return this; }
        public Builder cidrBlock(String v) { a.cidrBlock = v; return this; }
        public Builder availabilityZones(List<String> v) { a.availabilityZones = List.copyOf(v); return this; }

        /** Checks the inputs; see {@link AwsNetworkArgs#validate()}. */
        public AwsNetworkArgs build() {
            a.validate();
            return a;
        }
    }
}
