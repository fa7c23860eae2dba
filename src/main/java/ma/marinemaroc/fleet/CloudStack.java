package ma.marinemaroc.fleet;

import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import ma.marinemaroc.fleet.components.FleetDataVolume;
import ma.marinemaroc.fleet.components.FleetHost;
import ma.marinemaroc.fleet.config.Cloud;
import ma.marinemaroc.fleet.config.StackSettings;
import ma.marinemaroc.fleet.monitoring.HostMonitoringFiles;

import java.util.List;
import java.util.Optional;

/**
 * The cloud-specific part of the stack, chosen once: the host and its data volume, the cloud firewall in front of it, its DNS name and the
 * cloud's monitoring. {@link DigitalOceanStack} and {@link AwsStack} build it from the packaged components; everything
 * else in {@link FleetStack} is the same on both clouds.
 */
interface CloudStack {
    FleetHost host();

    /** The host's data volume: declared apart from the host, attached by it, outliving it. */
    FleetDataVolume dataVolume();

    /** The DNS record (ACME validation waits for it). */
    Resource dnsRecord();

    Output<String> fqdn();

    Output<String> firewallId();

    /** Where the CloudWatch agent publishes (EC2 hosts), else empty. */
    Optional<HostMonitoringFiles.CloudWatch> cloudWatch();

    /** Declares the cloud's monitoring of the host; returns (monitored, alertsTo). */
    Monitored monitoring(StackSettings s);

    record Monitored(Output<List<String>> monitored, Output<List<String>> alertsTo) {
    }

    static CloudStack of(StackSettings s, Providers providers) {
        return s.cloud() == Cloud.AWS ? new AwsStack(s, providers) : new DigitalOceanStack(s);
    }
}
