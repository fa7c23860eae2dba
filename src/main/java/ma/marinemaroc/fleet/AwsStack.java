package ma.marinemaroc.fleet;

import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import ma.marinemaroc.fleet.components.DnsRecordArgs;
import ma.marinemaroc.fleet.components.Ec2Host;
import ma.marinemaroc.fleet.components.Ec2HostArgs;
import ma.marinemaroc.fleet.components.EbsDataVolume;
import ma.marinemaroc.fleet.components.FleetDataVolume;
import ma.marinemaroc.fleet.components.FleetHost;
import ma.marinemaroc.fleet.components.HostRole;
import ma.marinemaroc.fleet.components.HostRoleArgs;
import ma.marinemaroc.fleet.components.HostSecurityGroup;
import ma.marinemaroc.fleet.components.HostSecurityGroupArgs;
import ma.marinemaroc.fleet.components.Route53DnsRecord;
import ma.marinemaroc.fleet.config.StackSettings;
import ma.marinemaroc.fleet.monitoring.AwsMonitoring;
import ma.marinemaroc.fleet.monitoring.HostMonitoringFiles;

import java.util.List;
import java.util.Optional;

/**
 * The stack on AWS: a security group (created first: the instance launches in it), the host's IAM role for the
 * CloudWatch agent, an encrypted EBS data volume with daily snapshots, an EC2 instance in the volume's zone behind an
 * Elastic IP with the volume attached, an A record in the Route53 zone.
 */
final class AwsStack implements CloudStack {
    private final Providers providers;
    private final StackSettings settings;
    private final EbsDataVolume dataVolume;
    private final Ec2Host host;
    private final HostSecurityGroup firewall;
    private final Route53DnsRecord dns;

    AwsStack(StackSettings s, Providers providers) {
        this.providers = providers;
        this.settings = s;
        var opts = providers.inHostRegion();
        this.firewall = new HostSecurityGroup("firewall", HostSecurityGroupArgs.builder()
                .name(s.prefix())
                .description("Fleet host: SSH from allowed ranges, HTTP, HTTPS, the console's websocket")
                .rules(StackMapping.firewallRules(s))
                .build(), opts);
        var role = new HostRole("cloudwatch-agent", HostRoleArgs.builder()
                .roleName(s.prefix() + "-host")
                .description("Fleet host (" + s.stack() + "): CloudWatch agent metrics")
                .build(), opts);
        this.dataVolume = new EbsDataVolume("data", StackMapping.ebsDataVolume(s), opts);
        this.host = new Ec2Host("host", Ec2HostArgs.builder()
                .hostname(s.prefix())
                .instanceType(s.hostSize().slug())
                .image(s.image())
                .sshPort(s.ssh().port())
                .securityGroupIds(firewall.securityGroupId().applyValue(List::of))
                .instanceProfile(role.instanceProfileName())
                .rootDiskGb(StackMapping.rootDiskGb(s))
                .availabilityZone(s.availabilityZone().orElseThrow())
                .dataVolumeId(dataVolume.volumeId())
                .build(), opts);
        this.dns = new Route53DnsRecord("dns", DnsRecordArgs.builder()
                .zone(s.dns().zone()).fqdn(s.dns().domain()).ttl(s.dns().ttl())
                .ipv4(host.publicIp())
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
        return firewall.securityGroupId();
    }

    @Override
    public Optional<HostMonitoringFiles.CloudWatch> cloudWatch() {
        return Optional.of(new HostMonitoringFiles.CloudWatch(settings.dns().domain(), settings.region()));
    }

    @Override
    public Monitored monitoring(StackSettings s) {
        var m = new AwsMonitoring("monitoring", AwsMonitoring.Args.of(s.prefix(), StackMapping.alertRules(s),
                host.hostId(), s.region(), providers.awsHost(), providers.awsUsEast1()),
                com.pulumi.resources.ComponentResourceOptions.builder().build());
        return new Monitored(m.monitored(), m.alertsTo());
    }
}
