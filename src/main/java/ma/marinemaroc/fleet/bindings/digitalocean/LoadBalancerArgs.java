package ma.marinemaroc.fleet.bindings.digitalocean;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * Inputs of {@link LoadBalancer}.
 */
public final class LoadBalancerArgs extends ResourceArgs {

    @Import(name = "disableLetsEncryptDnsRecords")
    private @Nullable Output<Boolean> disableLetsEncryptDnsRecords;

    @Import(name = "dropletIds")
    private @Nullable Output<List<Integer>> dropletIds;

    @Import(name = "dropletTag")
    private @Nullable Output<String> dropletTag;

    @Import(name = "enableBackendKeepalive")
    private @Nullable Output<Boolean> enableBackendKeepalive;

    @Import(name = "enableProxyProtocol")
    private @Nullable Output<Boolean> enableProxyProtocol;

    @Import(name = "firewall")
    private @Nullable Output<LoadBalancerFirewallArgs> firewall;

    @Import(name = "forwardingRules")
    private @Nullable Output<List<LoadBalancerForwardingRuleArgs>> forwardingRules;

    @Import(name = "healthcheck")
    private @Nullable Output<LoadBalancerHealthcheckArgs> healthcheck;

    @Import(name = "httpIdleTimeoutSeconds")
    private @Nullable Output<Integer> httpIdleTimeoutSeconds;

    @Import(name = "name")
    private @Nullable Output<String> name;

    @Import(name = "network")
    private @Nullable Output<String> network;

    @Import(name = "networkStack")
    private @Nullable Output<String> networkStack;

    @Import(name = "projectId")
    private @Nullable Output<String> projectId;

    @Import(name = "redirectHttpToHttps")
    private @Nullable Output<Boolean> redirectHttpToHttps;

    @Import(name = "region")
    private @Nullable Output<String> region;

    @Import(name = "size")
    private @Nullable Output<String> size;

    @Import(name = "sizeUnit")
    private @Nullable Output<Integer> sizeUnit;

    @Import(name = "stickySessions")
    private @Nullable Output<LoadBalancerStickySessionsArgs> stickySessions;

    @Import(name = "tlsCipherPolicy")
    private @Nullable Output<String> tlsCipherPolicy;

    @Import(name = "type")
    private @Nullable Output<String> type;

    @Import(name = "vpcUuid")
    private @Nullable Output<String> vpcUuid;

    private LoadBalancerArgs() {
    }

    /** Do not create DNS records for Let's Encrypt certificates added to it (default false). */
    public Optional<Output<Boolean>> disableLetsEncryptDnsRecords() {
        return Optional.ofNullable(disableLetsEncryptDnsRecords);
    }

    /** Target Droplet ids as integers (or use dropletTag). */
    public Optional<Output<List<Integer>>> dropletIds() {
        return Optional.ofNullable(dropletIds);
    }

    /** Target every Droplet carrying this tag (instead of dropletIds). */
    public Optional<Output<String>> dropletTag() {
        return Optional.ofNullable(dropletTag);
    }

    /** Keep HTTP connections to the Droplets open (default false). */
    public Optional<Output<Boolean>> enableBackendKeepalive() {
        return Optional.ofNullable(enableBackendKeepalive);
    }

    /** Send the PROXY protocol header to the Droplets (default false). */
    public Optional<Output<Boolean>> enableProxyProtocol() {
        return Optional.ofNullable(enableProxyProtocol);
    }

    /** Client address allow/deny rules. */
    public Optional<Output<LoadBalancerFirewallArgs>> firewall() {
        return Optional.ofNullable(firewall);
    }

    /** Listeners: entry port/protocol to target port/protocol. */
    public Optional<Output<List<LoadBalancerForwardingRuleArgs>>> forwardingRules() {
        return Optional.ofNullable(forwardingRules);
    }

    /** Health check of the Droplets. */
    public Optional<Output<LoadBalancerHealthcheckArgs>> healthcheck() {
        return Optional.ofNullable(healthcheck);
    }

    /** Idle timeout of HTTP(S) connections in seconds; long-lived websockets must send traffic within it. */
    public Optional<Output<Integer>> httpIdleTimeoutSeconds() {
        return Optional.ofNullable(httpIdleTimeoutSeconds);
    }

    /** Load balancer name; autonamed when omitted. */
    public Optional<Output<String>> name() {
        return Optional.ofNullable(name);
    }

    /** {@code EXTERNAL} (default) or {@code INTERNAL}; forces replacement. */
    public Optional<Output<String>> network() {
        return Optional.ofNullable(network);
    }

    /** {@code IPV4} (default) or {@code DUALSTACK}; forces replacement. */
    public Optional<Output<String>> networkStack() {
        return Optional.ofNullable(networkStack);
    }

    /** Project id; the default project when omitted. */
    public Optional<Output<String>> projectId() {
        return Optional.ofNullable(projectId);
    }

    /** Redirect HTTP on port 80 to HTTPS on port 443 (default false). */
    public Optional<Output<Boolean>> redirectHttpToHttps() {
        return Optional.ofNullable(redirectHttpToHttps);
    }

    /** Region slug, e.g. {@code fra1}; forces replacement. */
    public Optional<Output<String>> region() {
        return Optional.ofNullable(region);
    }

    /** {@code lb-small}, {@code lb-medium} or {@code lb-large}; set size or sizeUnit, not both. */
    public Optional<Output<String>> size() {
        return Optional.ofNullable(size);
    }

    /** Number of nodes, 1-200 (default 1); set size or sizeUnit, not both. */
    public Optional<Output<Integer>> sizeUnit() {
        return Optional.ofNullable(sizeUnit);
    }

    /** Sticky sessions (default none). */
    public Optional<Output<LoadBalancerStickySessionsArgs>> stickySessions() {
        return Optional.ofNullable(stickySessions);
    }

    /** {@code DEFAULT} or {@code STRONG} (default DEFAULT). */
    public Optional<Output<String>> tlsCipherPolicy() {
        return Optional.ofNullable(tlsCipherPolicy);
    }

    /** {@code REGIONAL} (default), {@code REGIONAL_NETWORK} or {@code GLOBAL}; forces replacement. */
    public Optional<Output<String>> type() {
        return Optional.ofNullable(type);
    }

    /** VPC id; forces replacement. */
    public Optional<Output<String>> vpcUuid() {
        return Optional.ofNullable(vpcUuid);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@link #build()} checks the schema-required inputs. */
    public static final class Builder {
        private final LoadBalancerArgs $ = new LoadBalancerArgs();

        private Builder() {
        }

        public Builder disableLetsEncryptDnsRecords(@Nullable Output<Boolean> disableLetsEncryptDnsRecords) {
            $.disableLetsEncryptDnsRecords = disableLetsEncryptDnsRecords;
            return this;
        }

        public Builder disableLetsEncryptDnsRecords(Boolean disableLetsEncryptDnsRecords) {
            return disableLetsEncryptDnsRecords(Output.of(disableLetsEncryptDnsRecords));
        }

        public Builder dropletIds(@Nullable Output<List<Integer>> dropletIds) {
            $.dropletIds = dropletIds;
            return this;
        }

        public Builder dropletIds(List<Integer> dropletIds) {
            return dropletIds(Output.of(dropletIds));
        }

        public Builder dropletIds(Integer... dropletIds) {
            return dropletIds(List.of(dropletIds));
        }

        public Builder dropletTag(@Nullable Output<String> dropletTag) {
            $.dropletTag = dropletTag;
            return this;
        }

        public Builder dropletTag(String dropletTag) {
            return dropletTag(Output.of(dropletTag));
        }

        public Builder enableBackendKeepalive(@Nullable Output<Boolean> enableBackendKeepalive) {
            $.enableBackendKeepalive = enableBackendKeepalive;
            return this;
        }

        public Builder enableBackendKeepalive(Boolean enableBackendKeepalive) {
            return enableBackendKeepalive(Output.of(enableBackendKeepalive));
        }

        public Builder enableProxyProtocol(@Nullable Output<Boolean> enableProxyProtocol) {
            $.enableProxyProtocol = enableProxyProtocol;
            return this;
        }

        public Builder enableProxyProtocol(Boolean enableProxyProtocol) {
            return enableProxyProtocol(Output.of(enableProxyProtocol));
        }

        public Builder firewall(@Nullable Output<LoadBalancerFirewallArgs> firewall) {
            $.firewall = firewall;
            return this;
        }

        public Builder firewall(LoadBalancerFirewallArgs firewall) {
            return firewall(Output.of(firewall));
        }

        public Builder forwardingRules(@Nullable Output<List<LoadBalancerForwardingRuleArgs>> forwardingRules) {
            $.forwardingRules = forwardingRules;
            return this;
        }

        public Builder forwardingRules(List<LoadBalancerForwardingRuleArgs> forwardingRules) {
            return forwardingRules(Output.of(forwardingRules));
        }

        public Builder forwardingRules(LoadBalancerForwardingRuleArgs... forwardingRules) {
            return forwardingRules(List.of(forwardingRules));
        }

        public Builder healthcheck(@Nullable Output<LoadBalancerHealthcheckArgs> healthcheck) {
            $.healthcheck = healthcheck;
            return this;
        }

        public Builder healthcheck(LoadBalancerHealthcheckArgs healthcheck) {
            return healthcheck(Output.of(healthcheck));
        }

        public Builder httpIdleTimeoutSeconds(@Nullable Output<Integer> httpIdleTimeoutSeconds) {
            $.httpIdleTimeoutSeconds = httpIdleTimeoutSeconds;
            return this;
        }

        public Builder httpIdleTimeoutSeconds(Integer httpIdleTimeoutSeconds) {
            return httpIdleTimeoutSeconds(Output.of(httpIdleTimeoutSeconds));
        }

        public Builder name(@Nullable Output<String> name) {
            $.name = name;
            return this;
        }

        public Builder name(String name) {
            return name(Output.of(name));
        }

        public Builder network(@Nullable Output<String> network) {
            $.network = network;
            return this;
        }

        public Builder network(String network) {
            return network(Output.of(network));
        }

        public Builder networkStack(@Nullable Output<String> networkStack) {
            $.networkStack = networkStack;
            return this;
        }

        public Builder networkStack(String networkStack) {
            return networkStack(Output.of(networkStack));
        }

        public Builder projectId(@Nullable Output<String> projectId) {
            $.projectId = projectId;
            return this;
        }

        public Builder projectId(String projectId) {
            return projectId(Output.of(projectId));
        }

        public Builder redirectHttpToHttps(@Nullable Output<Boolean> redirectHttpToHttps) {
            $.redirectHttpToHttps = redirectHttpToHttps;
            return this;
        }

        public Builder redirectHttpToHttps(Boolean redirectHttpToHttps) {
            return redirectHttpToHttps(Output.of(redirectHttpToHttps));
        }

        public Builder region(@Nullable Output<String> region) {
            $.region = region;
            return this;
        }

        public Builder region(String region) {
            return region(Output.of(region));
        }

        public Builder size(@Nullable Output<String> size) {
            $.size = size;
            return this;
        }

        public Builder size(String size) {
            return size(Output.of(size));
        }

        public Builder sizeUnit(@Nullable Output<Integer> sizeUnit) {
            $.sizeUnit = sizeUnit;
            return this;
        }

        public Builder sizeUnit(Integer sizeUnit) {
            return sizeUnit(Output.of(sizeUnit));
        }

        public Builder stickySessions(@Nullable Output<LoadBalancerStickySessionsArgs> stickySessions) {
            $.stickySessions = stickySessions;
            return this;
        }

        public Builder stickySessions(LoadBalancerStickySessionsArgs stickySessions) {
            return stickySessions(Output.of(stickySessions));
        }

        public Builder tlsCipherPolicy(@Nullable Output<String> tlsCipherPolicy) {
            $.tlsCipherPolicy = tlsCipherPolicy;
            return this;
        }

        public Builder tlsCipherPolicy(String tlsCipherPolicy) {
            return tlsCipherPolicy(Output.of(tlsCipherPolicy));
        }

        public Builder type(@Nullable Output<String> type) {
            $.type = type;
            return this;
        }

        public Builder type(String type) {
            return type(Output.of(type));
        }

        public Builder vpcUuid(@Nullable Output<String> vpcUuid) {
            $.vpcUuid = vpcUuid;
            return this;
        }

        public Builder vpcUuid(String vpcUuid) {
            return vpcUuid(Output.of(vpcUuid));
        }

        public LoadBalancerArgs build() {
            return $;
        }
    }
}
