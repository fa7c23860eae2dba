package ma.marinemaroc.fleet.components;

import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;

/** Inputs of {@link DigitalOceanNetwork}. */
public final class DigitalOceanNetworkArgs extends ResourceArgs {
    /** The VPC's name (unique in the account and region). Required. A change renames the VPC in place. */
    @Import(name = "vpcName", required = true)
    private String vpcName;
    /** DigitalOcean region slug, e.g. fra1. Required. A change replaces the VPC (and everything in it). */
    @Import(name = "region", required = true)
    private String region;
    /**
     * The VPC's private range: an RFC 1918 IPv4 CIDR from /16 to /28 that overlaps no other VPC of the account.
     * Required. A change replaces the VPC.
     */
    @Import(name = "ipRange", required = true)
    private String ipRange;
    /**
     * Name of the tag that marks the app hosts; the database and cache firewalls, the load balancer and the hosts'
     * cloud firewall select by it, so it must be unique to the stack (e.g. {@code fleet-production-app}): another
     * stack's droplets carrying it would be let in. Letters, digits, ':', '-', '_', at most 255. Required.
     */
    @Import(name = "appTag", required = true)
    private String appTag;
    /** Shown in the control panel. Default "Fleet private network". */
    @Import(name = "description")
    private String description;

    private DigitalOceanNetworkArgs() {
    }

    public String vpcName() {
        return vpcName;
    }

    public String region() {
        return region;
    }

    public String ipRange() {
        return ipRange;
    }

    public String appTag() {
        return appTag;
    }

    public String description() {
        return description == null ? "Fleet private network" : description;
    }

    /** Every problem at once, naming the inputs. */
    public void validate() {
        Cidr range = Cidr.parse(ipRange);
        new ArgsCheck("DigitalOceanNetworkArgs")
                .required("vpcName", vpcName).required("region", region).required("ipRange", ipRange)
                .required("appTag", appTag)
                .that(ipRange == null || range != null, "ipRange '" + ipRange + "' is not an IPv4 CIDR (a.b.c.d/n, no host bits)")
                .that(range == null || range.isPrivate(), "ipRange " + ipRange + " is not inside an RFC 1918 private range")
                .that(range == null || (range.prefix() >= 16 && range.prefix() <= 28),
                        "ipRange " + ipRange + " must be a /16 to /28 (DigitalOcean's VPC limits)")
                .that(appTag == null || DigitalOceanNetwork.TAG.matcher(appTag).matches(),
                        "appTag '" + appTag + "' must be letters, digits, ':', '-', '_' (at most 255)")
                .done();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final DigitalOceanNetworkArgs a = new DigitalOceanNetworkArgs();

        private Builder() {
        }

        public Builder vpcName(String v) { a.vpcName = v; return this; }
        public Builder region(String v) { a.region = v; return this; }
        public Builder ipRange(String v) { a.ipRange = v; return this; }
        public Builder appTag(String v) { a.appTag = v; return this; }
        public Builder description(String v) { a.description = v; return this; }

        /** Checks the inputs; see {@link DigitalOceanNetworkArgs#validate()}. */
        public DigitalOceanNetworkArgs build() {
            a.validate();
            return a;
        }
    }
}
