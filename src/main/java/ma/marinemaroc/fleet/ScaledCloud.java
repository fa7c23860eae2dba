package ma.marinemaroc.fleet;

import com.pulumi.core.Output;
import ma.marinemaroc.fleet.components.FleetHost;
import ma.marinemaroc.fleet.config.Cloud;
import ma.marinemaroc.fleet.config.StackSettings;
import ma.marinemaroc.fleet.monitoring.HostMonitoringFiles;
import ma.marinemaroc.fleet.services.HostStep;

import java.util.List;
import java.util.Optional;

/**
 * The cloud-specific part of a scaled stack, chosen once: the private network, the managed MySQL and cache, the app
 * hosts with their firewall, the load balancer with its certificate, the DNS name on the load balancer, the uploads
 * bucket and the cloud's alerts. {@link ScaledDigitalOceanStack} and {@link ScaledAwsStack} build it from the packaged
 * components; everything on the hosts ({@link ScaledFleetStack}) is the same on both clouds.
 */
interface ScaledCloud {
    /** The app hosts, host 0 first (it runs the scheduler, the socket server, the database steps and the backups). */
    List<FleetHost> hosts();

    /** The managed MySQL as the app hosts reach it. */
    Database database();

    /** The managed Redis-compatible cache as the app hosts reach it. */
    Cache cache();

    /** The uploads bucket and the app's key to it. */
    Uploads uploads();

    /** The load balancer's public address (IPv4 on DigitalOcean, the DNS name on AWS). */
    Output<String> loadBalancer();

    Output<String> fqdn();

    Output<String> firewallId();

    /** Where the CloudWatch agent publishes (EC2 hosts), else empty. */
    Optional<HostMonitoringFiles.CloudWatch> cloudWatch();

    /** A step on every host before any container starts: puts the database's CA certificate where the API reads it. */
    HostStep databaseCa();

    /** The artisan commands of each new API image (DigitalOcean creates every database itself: no createdb). */
    List<List<String>> databaseSteps();

    /** Declares the cloud's monitoring of the hosts; returns (monitored, alertsTo). */
    CloudStack.Monitored monitoring(StackSettings s);

    /**
     * @param host       private host name (follows a failover)
     * @param port       TLS port
     * @param user       the application's user
     * @param password   its password (secret)
     * @param caFile     the server's CA certificate on the hosts, where the cloud publishes one (AWS); empty: TLS
     *                   without checking the server (DigitalOcean: its CA is not bound yet)
     */
    record Database(Output<String> host, Output<Integer> port, Output<String> user, Output<String> password,
                    Optional<String> caFile) {
    }

    /**
     * @param host           host name (TLS)
     * @param port           port
     * @param password       password / AUTH token (secret)
     * @param verifyServer   the server's certificate chains to a public CA (ElastiCache) and is checked
     */
    record Cache(Output<String> host, Output<Integer> port, Output<String> password, boolean verifyServer) {
    }

    /**
     * @param bucket    the bucket's name
     * @param region    its region (signing region)
     * @param endpoint  its S3 endpoint when not AWS (Spaces)
     * @param keyId     the app's access key id (secret on DigitalOcean: operator-made; an identifier on AWS)
     * @param secretKey the app's secret key (secret)
     */
    record Uploads(Output<String> bucket, String region, Optional<String> endpoint, Output<String> keyId,
                   Output<String> secretKey) {
    }

    static ScaledCloud of(StackSettings s, Providers providers) {
        return s.cloud() == Cloud.AWS ? new ScaledAwsStack(s, providers) : new ScaledDigitalOceanStack(s);
    }
}
