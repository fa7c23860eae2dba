package ma.marinemaroc.fleet.components;

import com.pulumi.aws.route53.Record;
import com.pulumi.aws.route53.RecordArgs;
import com.pulumi.aws.route53.Route53Functions;
import com.pulumi.aws.route53.inputs.GetZoneArgs;
import com.pulumi.aws.route53.outputs.GetZoneResult;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.deployment.InvokeOptions;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;

import java.util.List;
import java.util.Map;

/** An A (and optionally AAAA) record in an existing Route53 public hosted zone, looked up by name. */
public class Route53DnsRecord extends ComponentResource {
    public static final String TYPE = Components.type(Route53DnsRecord.class);

    /** The record's full name. */
    @Export(name = "fqdn", refs = {String.class}, tree = "[0]")
    private final Output<String> fqdn;

    public Route53DnsRecord(String name, DnsRecordArgs args, ComponentResourceOptions options) {
        super(TYPE, name, Components.aliased(options, "fleet:network:DnsRecord"));
        args.validate();
        Output<String> zoneId = Route53Functions.getZone(GetZoneArgs.builder().name(args.zone()).privateZone(false).build(),
                InvokeOptions.builder().parent(this).build()).applyValue(GetZoneResult::zoneId);
        var child = CustomResourceOptions.builder().parent(this).build();
        var a = new Record(name + "-a", RecordArgs.builder()
                .zoneId(zoneId).name(args.fqdn()).type("A").ttl(args.ttl())
                .records(args.ipv4().applyValue(List::of)).build(), child);
        args.ipv6().ifPresent(v6 -> new Record(name + "-aaaa", RecordArgs.builder()
                .zoneId(zoneId).name(args.fqdn()).type("AAAA").ttl(args.ttl())
                .records(v6.applyValue(List::of)).build(), child));
        this.fqdn = a.fqdn();
        registerOutputs(Map.of("fqdn", fqdn));
    }

    public Output<String> fqdn() {
        return fqdn;
    }
}
