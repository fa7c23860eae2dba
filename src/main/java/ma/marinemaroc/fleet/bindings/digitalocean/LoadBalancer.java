package ma.marinemaroc.fleet.bindings.digitalocean;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import java.util.List;
import java.util.Objects;
import javax.annotation.Nullable;

/**
 * Load balancer ({@code digitalocean:index/loadBalancer:LoadBalancer}); id is its UUID. TLS terminates with a
 * {@link DoCertificate} named in an https forwarding rule ({@code certificateName}: unlike the id, the name survives
 * DigitalOcean's Let's Encrypt renewals). Targets are Droplets by tag (dropletTag) or by id.
 *
 * <p>Not bound: algorithm (deprecated, ignored), domains, glbSettings, targetLoadBalancerIds (global load balancers
 * only). Not bound as outputs: forwardingRules, healthcheck, stickySessions, firewall (object types).
 */
@ResourceType(type = LoadBalancer.TOKEN)
public class LoadBalancer extends CustomResource {

    /** Pulumi type token. */
    public static final String TOKEN = "digitalocean:index/loadBalancer:LoadBalancer";

    /** Properties registered with {@code additionalSecretOutputs}. */
    public static final List<String> SECRET_OUTPUTS =
            List.of();

    @Export(name = "disableLetsEncryptDnsRecords", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> disableLetsEncryptDnsRecords;

    @Export(name = "dropletIds", refs = {List.class, Integer.class}, tree = "[0,1]")
    private Output<List<Integer>> dropletIds;

    @Export(name = "dropletTag", refs = {String.class}, tree = "[0]")
    private Output<String> dropletTag;

    @Export(name = "enableBackendKeepalive", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> enableBackendKeepalive;

    @Export(name = "enableProxyProtocol", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> enableProxyProtocol;

    @Export(name = "httpIdleTimeoutSeconds", refs = {Integer.class}, tree = "[0]")
    private Output<Integer> httpIdleTimeoutSeconds;

    @Export(name = "ip", refs = {String.class}, tree = "[0]")
    private Output<String> ip;

    @Export(name = "ipv6", refs = {String.class}, tree = "[0]")
    private Output<String> ipv6;

    @Export(name = "loadBalancerUrn", refs = {String.class}, tree = "[0]")
    private Output<String> loadBalancerUrn;

    @Export(name = "name", refs = {String.class}, tree = "[0]")
    private Output<String> name;

    @Export(name = "network", refs = {String.class}, tree = "[0]")
    private Output<String> network;

    @Export(name = "networkStack", refs = {String.class}, tree = "[0]")
    private Output<String> networkStack;

    @Export(name = "projectId", refs = {String.class}, tree = "[0]")
    private Output<String> projectId;

    @Export(name = "redirectHttpToHttps", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> redirectHttpToHttps;

    @Export(name = "region", refs = {String.class}, tree = "[0]")
    private Output<String> region;

    @Export(name = "size", refs = {String.class}, tree = "[0]")
    private Output<String> size;

    @Export(name = "sizeUnit", refs = {Integer.class}, tree = "[0]")
    private Output<Integer> sizeUnit;

    @Export(name = "status", refs = {String.class}, tree = "[0]")
    private Output<String> status;

    @Export(name = "tlsCipherPolicy", refs = {String.class}, tree = "[0]")
    private Output<String> tlsCipherPolicy;

    @Export(name = "type", refs = {String.class}, tree = "[0]")
    private Output<String> type;

    @Export(name = "vpcUuid", refs = {String.class}, tree = "[0]")
    private Output<String> vpcUuid;

    public Output<Boolean> disableLetsEncryptDnsRecords() {
        return disableLetsEncryptDnsRecords;
    }

    public Output<List<Integer>> dropletIds() {
        return dropletIds;
    }

    public Output<String> dropletTag() {
        return dropletTag;
    }

    public Output<Boolean> enableBackendKeepalive() {
        return enableBackendKeepalive;
    }

    public Output<Boolean> enableProxyProtocol() {
        return enableProxyProtocol;
    }

    public Output<Integer> httpIdleTimeoutSeconds() {
        return httpIdleTimeoutSeconds;
    }

    /** Public IPv4 address (point the DNS record here). */
    public Output<String> ip() {
        return ip;
    }

    /** Public IPv6 address (DUALSTACK). */
    public Output<String> ipv6() {
        return ipv6;
    }

    /** Load balancer URN (for projects). */
    public Output<String> loadBalancerUrn() {
        return loadBalancerUrn;
    }

    public Output<String> name() {
        return name;
    }

    public Output<String> network() {
        return network;
    }

    public Output<String> networkStack() {
        return networkStack;
    }

    public Output<String> projectId() {
        return projectId;
    }

    public Output<Boolean> redirectHttpToHttps() {
        return redirectHttpToHttps;
    }

    public Output<String> region() {
        return region;
    }

    public Output<String> size() {
        return size;
    }

    public Output<Integer> sizeUnit() {
        return sizeUnit;
    }

    /** e.g. {@code active}. */
    public Output<String> status() {
        return status;
    }

    public Output<String> tlsCipherPolicy() {
        return tlsCipherPolicy;
    }

    public Output<String> type() {
        return type;
    }

    public Output<String> vpcUuid() {
        return vpcUuid;
    }

    public LoadBalancer(String name, LoadBalancerArgs args) {
        this(name, args, null);
    }

    /** Caller options are kept; the plugin version and {@link #SECRET_OUTPUTS} are added. */
    public LoadBalancer(String name, LoadBalancerArgs args, @Nullable CustomResourceOptions options) {
        super(TOKEN, name, Objects.requireNonNull(args, "args"),
                DigitalOceanPlugin.resourceOptions(options, SECRET_OUTPUTS));
    }
}
