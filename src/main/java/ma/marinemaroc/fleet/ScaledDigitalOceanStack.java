package ma.marinemaroc.fleet;

import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import ma.marinemaroc.fleet.components.DigitalOceanDnsRecord;
import ma.marinemaroc.fleet.components.DigitalOceanLoadBalancer;
import ma.marinemaroc.fleet.components.DigitalOceanMysql;
import ma.marinemaroc.fleet.components.DigitalOceanNetwork;
import ma.marinemaroc.fleet.components.DigitalOceanValkey;
import ma.marinemaroc.fleet.components.DnsRecordArgs;
import ma.marinemaroc.fleet.components.DropletFirewall;
import ma.marinemaroc.fleet.components.DropletFirewallArgs;
import ma.marinemaroc.fleet.components.DropletHost;
import ma.marinemaroc.fleet.components.DropletHostArgs;
import ma.marinemaroc.fleet.components.FleetHost;
import ma.marinemaroc.fleet.components.SpacesUploads;
import ma.marinemaroc.fleet.config.ScaledSettings;
import ma.marinemaroc.fleet.config.StackSettings;
import ma.marinemaroc.fleet.monitoring.DigitalOceanMonitoring;
import ma.marinemaroc.fleet.monitoring.HostMonitoringFiles;
import ma.marinemaroc.fleet.services.HostStep;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A scaled stack on DigitalOcean: a VPC and the app hosts' tag; Managed MySQL with a standby and Managed Valkey, both
 * admitting only that tag; the app droplets (reserved IPs, in the VPC, tagged) behind a cloud firewall that takes the
 * site and the websocket only from the load balancer; the load balancer with DigitalOcean's Let's Encrypt certificate;
 * an A record on its address (it has no IPv6); a private Spaces bucket for uploads; the engines' and the load
 * balancer's alerts (their components) and the droplets' and the site's (uptime) alerts.
 */
final class ScaledDigitalOceanStack implements ScaledCloud {
    private final StackSettings settings;
    private final List<FleetHost> hosts = new ArrayList<>();
    private final DigitalOceanMysql mysql;
    private final DigitalOceanValkey cache;
    private final DigitalOceanLoadBalancer lb;
    private final DropletFirewall firewall;
    private final DigitalOceanDnsRecord dns;
    private final SpacesUploads uploads;

    ScaledDigitalOceanStack(StackSettings s) {
        this.settings = s;
        ScaledSettings x = ScaledMapping.scaled(s);
        var opts = ComponentResourceOptions.builder().build();
        var network = new DigitalOceanNetwork("network", ScaledMapping.doNetwork(s), opts);
        this.mysql = new DigitalOceanMysql("database", ScaledMapping.doMysql(s, network.vpcId(), network.appTag()), opts);
        this.cache = new DigitalOceanValkey("cache", ScaledMapping.doValkey(s, network.vpcId(), network.appTag()), opts);
        this.lb = new DigitalOceanLoadBalancer("lb", ScaledMapping.doLoadBalancer(s, network.vpcId(), network.appTag()), opts);
        List<String> tags = new ArrayList<>(s.doTags());
        tags.add(ScaledMapping.appTag(s));
        for (int i = 0; i < x.appHosts(); i++) {
            hosts.add(new DropletHost("app-" + i, DropletHostArgs.builder()
                    .hostname(ScaledMapping.hostName(s, i))
                    .region(s.region())
                    .size(s.hostSize().slug())
                    .image(s.image())
                    .sshPort(s.ssh().port())
                    .tags(tags)
                    .vpcUuid(network.vpcId())
                    .build(), ComponentResourceOptions.builder().dependsOn(network).build()));
        }
        this.firewall = new DropletFirewall("firewall", DropletFirewallArgs.builder()
                .name(ScaledMapping.baseName(s) + "-app")
                .rules(ScaledMapping.appFirewallRules(s, lb.loadBalancerId(), false))
                .dropletIds(Output.all(hosts.stream().map(FleetHost::hostId).toList()))
                .build(), opts);
        this.dns = new DigitalOceanDnsRecord("dns", DnsRecordArgs.builder()
                .zone(s.dns().zone()).fqdn(s.dns().domain()).ttl(s.dns().ttl())
                .ipv4(lb.ip())
                .build(), opts);
        this.uploads = new SpacesUploads("uploads", ScaledMapping.spacesUploads(s), opts);
    }

    @Override
    public List<FleetHost> hosts() {
        return List.copyOf(hosts);
    }

    @Override
    public Database database() {
        // DigitalOcean's CA certificate of the cluster is not bound yet: TLS is required, the server is not checked
        return new Database(mysql.privateHost(), mysql.port(), mysql.user(), mysql.password(), Optional.empty());
    }

    @Override
    public Cache cache() {
        return new Cache(cache.privateHost(), cache.port(), cache.password(), false);
    }

    @Override
    public Uploads uploads() {
        ScaledSettings x = ScaledMapping.scaled(settings);
        return new Uploads(uploads.bucketName(), settings.region(), Optional.of(SpacesUploads.endpointOf(settings.region())),
                x.uploadsAccessKeyId().orElseThrow(), x.uploadsSecretKey().orElseThrow());
    }

    @Override
    public Output<String> loadBalancer() {
        return lb.ip();
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
    public HostStep databaseCa() {
        return ScaledMapping.databaseCa(null);
    }

    @Override
    public List<List<String>> databaseSteps() {
        return ScaledMapping.databaseSteps(false);
    }

    @Override
    public CloudStack.Monitored monitoring(StackSettings s) {
        var m = new DigitalOceanMonitoring("monitoring", new DigitalOceanMonitoring.Args(s.prefix(),
                StackMapping.alertRules(s), Output.all(hosts.stream().map(FleetHost::hostId).toList())),
                ComponentResourceOptions.builder().build());
        Output<List<String>> monitored = Output.tuple(m.monitored(), mysql.alerts(), cache.alerts(), lb.alerts())
                .applyValue(t -> {
                    List<String> all = new ArrayList<>(t.t1);
                    all.addAll(t.t2);
                    all.addAll(t.t3);
                    all.addAll(t.t4);
                    return List.copyOf(all);
                });
        return new CloudStack.Monitored(monitored, m.alertsTo());
    }
}
