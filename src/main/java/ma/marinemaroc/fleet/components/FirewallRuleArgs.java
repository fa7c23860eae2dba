package ma.marinemaroc.fleet.components;

import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;

import java.util.List;

/** One inbound TCP rule of {@link DropletFirewall} or {@link HostSecurityGroup}. */
public final class FirewallRuleArgs extends ResourceArgs {
    /** What the rule is for (shown in the security group). Required. */
    @Import(name = "description", required = true)
    private String description;
    /** TCP port. Required. */
    @Import(name = "port", required = true)
    private Integer port;
    /** IPv4 and IPv6 CIDRs allowed in. Required, not empty. */
    @Import(name = "sources", required = true)
    private List<String> sources;

    private FirewallRuleArgs() {
    }

    public static FirewallRuleArgs of(String description, int port, List<String> sources) {
        FirewallRuleArgs r = new FirewallRuleArgs();
        r.description = description;
        r.port = port;
        r.sources = List.copyOf(sources);
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

    void check(ArgsCheck c, String path) {
        c.required(path + ".description", description).required(path + ".port", port).range(path + ".port", port, 1, 65535)
                .that(sources != null && !sources.isEmpty(), path + ".sources must not be empty");
    }
}
