package ma.marinemaroc.fleet.components;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;

import java.util.Optional;

/** Inputs of {@link DigitalOceanDnsRecord} and {@link Route53DnsRecord}: a name pointing at a host's addresses. */
public final class DnsRecordArgs extends ResourceArgs {
    /** The zone (an existing DigitalOcean domain / Route53 public hosted zone), e.g. example.com. Required. */
    @Import(name = "zone", required = true)
    private String zone;
    /** The full name served, e.g. fleet.example.com (the zone itself for the apex). Required. */
    @Import(name = "fqdn", required = true)
    private String fqdn;
    /** TTL in seconds. Default 300 (short enough for a DR cut-over). */
    @Import(name = "ttl")
    private Integer ttl;
    /** IPv4 address (A record). Required. */
    @Import(name = "ipv4", required = true)
    private Output<String> ipv4;
    /** IPv6 address (AAAA record). Default none. */
    @Import(name = "ipv6")
    private Output<String> ipv6;

    private DnsRecordArgs() {
    }

    public String zone() {
        return zone;
    }

    public String fqdn() {
        return fqdn;
    }

    /** The record's name inside the zone ({@code @} for the apex). */
    public String recordName() {
        return fqdn.equals(zone) ? "@" : fqdn.substring(0, fqdn.length() - zone.length() - 1);
    }

    public int ttl() {
        return ttl == null ? 300 : ttl;
    }

    public Output<String> ipv4() {
        return ipv4;
    }

    public Optional<Output<String>> ipv6() {
        return Optional.ofNullable(ipv6);
    }

    public void validate() {
        new ArgsCheck("DnsRecordArgs").required("zone", zone).required("fqdn", fqdn).required("ipv4", ipv4)
                .range("ttl", ttl, 30, 86400)
                .that(zone == null || fqdn == null || fqdn.equals(zone) || fqdn.endsWith("." + zone),
                        "fqdn '" + fqdn + "' is not inside the zone '" + zone + "'")
                .done();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final DnsRecordArgs a = new DnsRecordArgs();

        private Builder() {
        }

        public Builder zone(String v) { a.zone = v; return this; }
        public Builder fqdn(String v) { a.fqdn = v; return this; }
        public Builder ttl(int v) { a.ttl = v; return this; }
        public Builder ipv4(Output<String> v) { a.ipv4 = v; return this; }
        public Builder ipv6(Output<String> v) { a.ipv6 = v; return this; }

        public DnsRecordArgs build() {
            a.validate();
            return a;
        }
    }
}
