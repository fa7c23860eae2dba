package ma.marinemaroc.fleet;

import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.Resource;
import ma.marinemaroc.fleet.components.DigitalOceanDnsRecord;
import ma.marinemaroc.fleet.components.DnsRecordArgs;
import ma.marinemaroc.fleet.components.DropletFirewall;
import ma.marinemaroc.fleet.components.DropletFirewallArgs;
import ma.marinemaroc.fleet.components.DropletHost;
import ma.marinemaroc.fleet.components.DropletHostArgs;
import ma.marinemaroc.fleet.components.DropletDataVolume;
import ma.marinemaroc.fleet.components.FleetDataVolume;
import ma.marinemaroc.fleet.components.FleetHost;
import ma.marinemaroc.fleet.config.StackSettings;
import ma.marinemaroc.fleet.monitoring.DigitalOceanMonitoring;
import ma.marinemaroc.fleet.monitoring.HostMonitoringFiles;

import java.util.List;
import java.util.Optional;

/**
 * The stack on DigitalOcean: a data volume, a droplet behind a reserved IP with the volume attached, a cloud firewall
 * on it, A + AAAA records.
 */
final class DigitalOceanStack implements CloudStack {
    private final DropletDataVolume dataVolume;
    private final DropletHost host;
    private final DropletFirewall firewall;
    private final DigitalOceanDnsRecord dns;

    DigitalOceanStack(StackSettings s) {
        var opts = ComponentResourceOptions.builder().build();
        this.dataVolume = new DropletDataVolume("data", StackMapping.dropletDataVolume(s), opts);
        this.host = new DropletHost("host", DropletHostArgs.builder()
                .hostname(s.prefix())
                .region(s.region())
                .size(s.hostSize().slug())
                .image(s.image())
                .sshPort(s.ssh().port())
                .tags(s.doTags())
                .dataVolumeId(dataVolume.volumeId())
                .build(), opts);
        this.firewall = new DropletFirewall("firewall", DropletFirewallArgs.builder()
                .name(s.prefix())
                .rules(StackMapping.firewallRules(s))
                .dropletIds(host.hostId().applyValue(List::of))
                .build(), opts);
        this.dns = new DigitalOceanDnsRecord("dns", DnsRecordArgs.builder()
                .zone(s.dns().zone()).fqdn(s.dns().domain()).ttl(s.dns().ttl())
                .ipv4(host.publicIp()).ipv6(host.ipv6Address())
                .build(), opts);
    }

    @Override
    public FleetHost host() {
        return host;
    }

    @Override
    public FleetDataVolume dataVolume() {
        return dataVolume;
    }

    @Override
    public Resource dnsRecord() {
        return dns;
    }

    @Override
    public Output<String> fqdn() {
        return dns.fqdn();
    }

    @Override
    public Output<String> firewallId() {
        return firewall.firewallId();
    }

    @Override
    public Optional<HostMonitoringFiles.CloudWatch> cloudWatch() {
        return Optional.empty();
    }

    @Override
    public Monitored monitoring(StackSettings s) {
        var m = new DigitalOceanMonitoring("monitoring", DigitalOceanMonitoring.Args.of(s.prefix(),
                StackMapping.alertRules(s), host.hostId()), ComponentResourceOptions.builder().build());
        return new Monitored(m.monitored(), m.alertsTo());
    }
}
