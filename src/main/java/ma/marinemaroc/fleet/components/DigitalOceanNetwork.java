package ma.marinemaroc.fleet.components;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import ma.marinemaroc.fleet.bindings.digitalocean.Tag;
import ma.marinemaroc.fleet.bindings.digitalocean.TagArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.Vpc;
import ma.marinemaroc.fleet.bindings.digitalocean.VpcArgs;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The private network of a scaled fleet on DigitalOcean: a VPC in the region (app hosts, managed MySQL, managed
 * Valkey and the load balancer all join it, so their traffic never crosses the public internet) and the tag that
 * marks the app hosts. The tag is declared here, before any droplet carries it, so the database firewalls that
 * admit it and the load balancer that targets it depend on a resource rather than on a string. DigitalOcean has no
 * NAT or routing to configure: every droplet keeps its own public interface (closed by the cloud firewall).
 */
public class DigitalOceanNetwork extends ComponentResource {
    public static final String TYPE = Components.type(DigitalOceanNetwork.class);
    static final Pattern TAG = Pattern.compile("[A-Za-z0-9:_-]{1,255}");

    /** The VPC's id (the {@code vpcUuid} / {@code privateNetworkUuid} of droplets, clusters and the load balancer). */
    @Export(name = "vpcId", refs = {String.class}, tree = "[0]")
    private final Output<String> vpcId;
    /** The VPC's URN (for a DigitalOcean project). */
    @Export(name = "vpcUrn", refs = {String.class}, tree = "[0]")
    private final Output<String> vpcUrn;
    /** The VPC's private range. */
    @Export(name = "ipRange", refs = {String.class}, tree = "[0]")
    private final Output<String> ipRange;
    /** The app hosts' tag name; put it in every app droplet's {@code tags}. */
    @Export(name = "appTag", refs = {String.class}, tree = "[0]")
    private final Output<String> appTag;

    public DigitalOceanNetwork(String name, DigitalOceanNetworkArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        args.validate();
        var child = CustomResourceOptions.builder().parent(this).build();
        var vpc = new Vpc(name + "-vpc", VpcArgs.builder()
                .name(args.vpcName())
                .region(args.region())
                .ipRange(args.ipRange())
                .description(args.description())
                .build(), child);
        var tag = new Tag(name + "-app-tag", TagArgs.builder().name(args.appTag()).build(), child);
        this.vpcId = vpc.id();
        this.vpcUrn = vpc.vpcUrn();
        this.ipRange = vpc.ipRange();
        this.appTag = tag.name();
        registerOutputs(Map.of("vpcId", vpcId, "vpcUrn", vpcUrn, "ipRange", ipRange, "appTag", appTag));
    }

    public Output<String> vpcId() {
        return vpcId;
    }

    public Output<String> vpcUrn() {
        return vpcUrn;
    }

    public Output<String> ipRange() {
        return ipRange;
    }

    public Output<String> appTag() {
        return appTag;
    }
}
