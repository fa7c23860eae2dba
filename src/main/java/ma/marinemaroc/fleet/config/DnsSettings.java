package ma.marinemaroc.fleet.config;

/**
 * @param domain the FQDN the platform is served on (fleet.example.ma)
 * @param zone   the DNS zone that holds it (example.ma): a DigitalOcean domain or a Route53 hosted zone
 * @param ttl    record TTL in seconds; short for DR cut-over
 */
public record DnsSettings(String domain, String zone, int ttl) {
    /** The record name relative to the zone ("@" at the apex). */
    public String recordName() {
        if (domain.equals(zone)) return "@";
        return domain.substring(0, domain.length() - zone.length() - 1);
    }
}
