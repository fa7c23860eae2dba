package ma.marinemaroc.fleet.components;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import ma.marinemaroc.fleet.bindings.digitalocean.DnsRecord;

import java.util.Map;

/** A and (optionally) AAAA records in an existing DigitalOcean domain. */
public class DigitalOceanDnsRecord extends ComponentResource {
    public static final String TYPE = Components.type(DigitalOceanDnsRecord.class);

    /** The record's full name as DigitalOcean reports it. */
    @Export(name = "fqdn", refs = {String.class}, tree = "[0]")
    private final Output<String> fqdn;

    public DigitalOceanDnsRecord(String name, DnsRecordArgs args, ComponentResourceOptions options) {
        super(TYPE, name, Components.aliased(options, "fleet:network:DnsRecord"));
        args.validate();
        var child = CustomResourceOptions.builder().parent(this).build();
        var a = new DnsRecord(name + "-a", ma.marinemaroc.fleet.bindings.digitalocean.DnsRecordArgs.builder()
                .domain(args.zone()).name(args.recordName()).type("A").ttl(args.ttl()).value(args.ipv4()).build(), child);
        args.ipv6().ifPresent(v6 -> new DnsRecord(name + "-aaaa", ma.marinemaroc.fleet.bindings.digitalocean.DnsRecordArgs.builder()
                .domain(args.zone()).name(args.recordName()).type("AAAA").ttl(args.ttl()).value(v6).build(), child));
        this.fqdn = a.fqdn();
        registerOutputs(Map.of("fqdn", fqdn));
    }

    public Output<String> fqdn() {
        return fqdn;
    }
}
