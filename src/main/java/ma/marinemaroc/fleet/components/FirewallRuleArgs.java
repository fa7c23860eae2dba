package ma.marinemaroc.fleet.components;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;

import java.util.List;
import java.util.Optional;

/**
 * One inbound TCP rule of {@link DropletFirewall} or {@link HostSecurityGroup}: from address ranges, or (scaled
 * topology) from a load balancer alone: its security group on AWS, its id on DigitalOcean.
 */
public final class FirewallRuleArgs extends ResourceArgs {
    /** What the rule is for (shown in the security group). Required. */
    @Import(name = "description", required = true)
    private String description;
    /** TCP port. Required. */
    @Import(name = "port", required = true)
    private Integer port;
    /** IPv4 and IPv6 CIDRs allowed in. One of the three sources is required; this one must not be empty when set. */
    @Import(name = "sources")
    private List<String> sources;
    /** Security groups allowed in ({@link HostSecurityGroup} only), e.g. the load balancer's. */
    @Import(name = "sourceSecurityGroupIds")
    private Output<List<String>> sourceSecurityGroupIds;
    /** Load balancers allowed in ({@link DropletFirewall} only): their ids. */
    @Import(name = "sourceLoadBalancerUids")
    private Output<List<String>> sourceLoadBalancerUids;

    private FirewallRuleArgs() {
    }

    public static FirewallRuleArgs of(String description, int port, List<String> sources) {
        FirewallRuleArgs r = new FirewallRuleArgs();
        r.description = description;
        r.port = port;
        r.sources = List.copyOf(sources);
        return r;
    }

    /** A rule admitting only the given security groups (AWS: e.g. the load balancer's group). */
    public static FirewallRuleArgs fromSecurityGroups(String description, int port, Output<List<String>> groupIds) {
        FirewallRuleArgs r = new FirewallRuleArgs();
        r.description = description;
        r.port = port;
        r.sourceSecurityGroupIds = groupIds;
        return r;
    }

    /** A rule admitting only the given load balancers (DigitalOcean: their ids). */
    public static FirewallRuleArgs fromLoadBalancers(String description, int port, Output<List<String>> loadBalancerIds) {
        FirewallRuleArgs r = new FirewallRuleArgs();
        r.description = description;
        r.port = port;
        r.sourceLoadBalancerUids = loadBalancerIds;
        return r;
    }

    public String description() {
        return description;
    }

    public int port() {
        return port;
    }

    public List<String> sources() {
        return sources == null ? List.of() : List.copyOf(sources);
    }

    public List<String> ipv4Sources() {
        return sources().stream().filter(s -> !s.contains(":")).toList();
    }

    public List<String> ipv6Sources() {
        return sources().stream().filter(s -> s.contains(":")).toList();
    }

    public Optional<Output<List<String>>> sourceSecurityGroupIds() {
        return Optional.ofNullable(sourceSecurityGroupIds);
    }

    public Optional<Output<List<String>>> sourceLoadBalancerUids() {
        return Optional.ofNullable(sourceLoadBalancerUids);
    }

    void check(ArgsCheck c, String path) {
        int kinds = (sources != null ? 1 : 0) + (sourceSecurityGroupIds != null ? 1 : 0) + (sourceLoadBalancerUids != null ? 1 : 0);
        c.required(path + ".description", description).required(path + ".port", port).range(path + ".port", port, 1, 65535)
                .that(kinds == 1, path + ": give exactly one of sources, sourceSecurityGroupIds, sourceLoadBalancerUids")
                .that(sources == null || !sources.isEmpty(), path + ".sources must not be empty");
    }
}
