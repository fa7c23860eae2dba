package ma.marinemaroc.fleet.network;

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
import ma.marinemaroc.fleet.Providers;
import ma.marinemaroc.fleet.bindings.digitalocean.DnsRecordArgs;
import ma.marinemaroc.fleet.config.Cloud;
import ma.marinemaroc.fleet.config.StackSettings;

import java.util.Map;

/**
 * The platform's DNS name: an A record to the reserved / Elastic IP (so it survives a host rebuild) and, on
 * DigitalOcean, an AAAA record to the droplet's IPv6 address, in the existing DigitalOcean domain or Route53 zone.
 * The TTL is short and configurable for DR cut-over.
 */
public class DnsRecord extends ComponentResource {
    public static final String TYPE = "fleet:network:DnsRecord";

    @Export(name = "fqdn", refs = {String.class}, tree = "[0]")
    private final Output<String> fqdn;

    public DnsRecord(String name, StackSettings s, Providers providers, Output<String> ipv4, Output<String> ipv6,
                     ComponentResourceOptions options) {
        super(TYPE, name, options);
        var child = CustomResourceOptions.builder().parent(this).build();
        if (s.cloud() == Cloud.DIGITALOCEAN) {
            var a = new ma.marinemaroc.fleet.bindings.digitalocean.DnsRecord(name + "-a", DnsRecordArgs.builder()
                    .domain(s.dns().zone()).name(s.dns().recordName()).type("A").ttl(s.dns().ttl())
                    .value(ipv4).build(), child);
            new ma.marinemaroc.fleet.bindings.digitalocean.DnsRecord(name + "-aaaa", DnsRecordArgs.builder()
                    .domain(s.dns().zone()).name(s.dns().recordName()).type("AAAA").ttl(s.dns().ttl())
                    .value(ipv6).build(), child);
            this.fqdn = a.fqdn();
        } else {
            Output<String> zoneId = Route53Functions.getZone(GetZoneArgs.builder().name(s.dns().zone()).privateZone(false).build(),
                    InvokeOptions.builder().provider(providers.awsHost()).parent(this).build()).applyValue(GetZoneResult::zoneId);
            var a = new Record(name + "-a", RecordArgs.builder()
                    .zoneId(zoneId).name(s.dns().domain()).type("A").ttl(s.dns().ttl())
                    .records(ipv4.applyValue(java.util.List::of)).build(),
                    CustomResourceOptions.builder().parent(this).provider(providers.awsHost()).build());
            this.fqdn = a.fqdn();
        }
        registerOutputs(Map.of("fqdn", fqdn));
    }

    public Output<String> fqdn() {
        return fqdn;
    }
}
