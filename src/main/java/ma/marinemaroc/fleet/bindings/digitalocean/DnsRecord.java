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
 * DNS record in a DigitalOcean-hosted domain ({@code digitalocean:index/dnsRecord:DnsRecord}).
 */
@ResourceType(type = DnsRecord.TOKEN)
public class DnsRecord extends CustomResource {

    /** Pulumi type token. */
    public static final String TOKEN = "digitalocean:index/dnsRecord:DnsRecord";

    /** Properties registered with {@code additionalSecretOutputs}. */
    public static final List<String> SECRET_OUTPUTS =
            List.of();

    @Export(name = "domain", refs = {String.class}, tree = "[0]")
    private Output<String> domain;

    @Export(name = "flags", refs = {Integer.class}, tree = "[0]")
    private Output<Integer> flags;

    @Export(name = "fqdn", refs = {String.class}, tree = "[0]")
    private Output<String> fqdn;

    @Export(name = "name", refs = {String.class}, tree = "[0]")
    private Output<String> name;

    @Export(name = "port", refs = {Integer.class}, tree = "[0]")
    private Output<Integer> port;

    @Export(name = "priority", refs = {Integer.class}, tree = "[0]")
    private Output<Integer> priority;

    @Export(name = "tag", refs = {String.class}, tree = "[0]")
    private Output<String> tag;

    @Export(name = "ttl", refs = {Integer.class}, tree = "[0]")
    private Output<Integer> ttl;

    @Export(name = "type", refs = {String.class}, tree = "[0]")
    private Output<String> type;

    @Export(name = "value", refs = {String.class}, tree = "[0]")
    private Output<String> value;

    @Export(name = "weight", refs = {Integer.class}, tree = "[0]")
    private Output<Integer> weight;

    public Output<String> domain() {
        return domain;
    }

    public Output<Integer> flags() {
        return flags;
    }

    /** Fully qualified name of the record. */
    public Output<String> fqdn() {
        return fqdn;
    }

    public Output<String> name() {
        return name;
    }

    public Output<Integer> port() {
        return port;
    }

    public Output<Integer> priority() {
        return priority;
    }

    public Output<String> tag() {
        return tag;
    }

    public Output<Integer> ttl() {
        return ttl;
    }

    public Output<String> type() {
        return type;
    }

    public Output<String> value() {
        return value;
    }

    public Output<Integer> weight() {
        return weight;
    }

    public DnsRecord(String name, DnsRecordArgs args) {
        this(name, args, null);
    }

    /** Caller options are kept; the plugin version and {@link #SECRET_OUTPUTS} are added. */
    public DnsRecord(String name, DnsRecordArgs args, @Nullable CustomResourceOptions options) {
        super(TOKEN, name, Objects.requireNonNull(args, "args"),
                DigitalOceanPlugin.resourceOptions(options, SECRET_OUTPUTS));
    }
}
