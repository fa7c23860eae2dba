package ma.marinemaroc.fleet;

import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import ma.marinemaroc.fleet.components.AwsLoadBalancer;
import ma.marinemaroc.fleet.components.AwsNetwork;
import ma.marinemaroc.fleet.components.AwsTargetAttachment;
import ma.marinemaroc.fleet.components.AwsTargetAttachmentArgs;
import ma.marinemaroc.fleet.components.Ec2Host;
import ma.marinemaroc.fleet.components.Ec2HostArgs;
import ma.marinemaroc.fleet.components.ElastiCacheRedis;
import ma.marinemaroc.fleet.components.FleetHost;
import ma.marinemaroc.fleet.components.HostRole;
import ma.marinemaroc.fleet.components.HostRoleArgs;
import ma.marinemaroc.fleet.components.HostSecurityGroup;
import ma.marinemaroc.fleet.components.HostSecurityGroupArgs;
import ma.marinemaroc.fleet.components.RdsMysql;
import ma.marinemaroc.fleet.components.S3Uploads;
import ma.marinemaroc.fleet.config.ScaledSettings;
import ma.marinemaroc.fleet.config.StackSettings;
import ma.marinemaroc.fleet.monitoring.AwsMonitoring;
import ma.marinemaroc.fleet.monitoring.HostMonitoringFiles;
import ma.marinemaroc.fleet.services.AppHostServices;
import ma.marinemaroc.fleet.services.HostStep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A scaled stack on AWS: a VPC over two zones (public subnets for the load balancer and the app hosts, private ones for
 * the data stores); the ALB with an ACM certificate validated in the Route53 zone and the alias record of the domain;
 * the app hosts' security group, which takes the site and the websocket only from the ALB's group; the app instances
 * (Elastic IPs, spread over both zones, the CloudWatch agent's role) registered in both target groups; RDS MySQL
 * Multi-AZ and ElastiCache, each admitting only the app hosts' group; a private S3 bucket for uploads with the app's
 * IAM user; one alert topic in the region for the hosts, the engines and the ALB.
 */
final class ScaledAwsStack implements ScaledCloud {
    private final Providers providers;
    private final StackSettings settings;
    private final Output<String> topic;
    private final List<FleetHost> hosts = new ArrayList<>();
    private final AwsLoadBalancer lb;
    private final HostSecurityGroup firewall;
    private final RdsMysql rds;
    private final ElastiCacheRedis cache;
    private final S3Uploads uploads;

    ScaledAwsStack(StackSettings s, Providers providers) {
        this.providers = providers;
        this.settings = s;
        ScaledSettings x = ScaledMapping.scaled(s);
        var opts = providers.inHostRegion();
        // one topic in the region for every alarm here, made first: the engines and the ALB alarm to it
        var alerts = new AlertTopic("alert-topic");
        this.topic = AwsMonitoring.alertTopic("alerts", s.prefix() + "-alerts", StackMapping.alertRules(s),
                CustomResourceOptions.builder().provider(providers.awsHost()).parent(alerts).build());
        alerts.done(topic);
        var network = new AwsNetwork("network", ScaledMapping.awsNetwork(s), opts);
        this.lb = new AwsLoadBalancer("lb", ScaledMapping.awsLoadBalancer(s, network.vpcId(), network.cidrBlock(),
                network.publicSubnetIds(), topic), opts);
        this.firewall = new HostSecurityGroup("firewall", HostSecurityGroupArgs.builder()
                .name(ScaledMapping.baseName(s) + "-app")
                .description("Fleet app hosts: SSH from allowed ranges, the site and the websocket from the load balancer")
                .rules(ScaledMapping.appFirewallRules(s, lb.securityGroupId(), true))
                .vpcId(network.vpcId())
                .build(), opts);
        var role = new HostRole("cloudwatch-agent", HostRoleArgs.builder()
                .roleName(ScaledMapping.baseName(s) + "-host")
                .description("Fleet app hosts (" + s.stack() + "): CloudWatch agent metrics")
                .build(), opts);
        for (int i = 0; i < x.appHosts(); i++) {
            int zone = i;
            var host = new Ec2Host("app-" + i, Ec2HostArgs.builder()
                    .hostname(ScaledMapping.hostName(s, i))
                    .instanceType(s.hostSize().slug())
                    .image(s.image())
                    .sshPort(s.ssh().port())
                    .securityGroupIds(firewall.securityGroupId().applyValue(List::of))
                    .instanceProfile(role.instanceProfileName())
                    .rootDiskGb(StackMapping.rootDiskGb(s))
                    // alternate over the two zones: losing one keeps half the hosts
                    .subnetId(network.publicSubnetIds().applyValue(l -> l.get(zone % l.size())))
                    .build(), opts);
            hosts.add(host);
            new AwsTargetAttachment("app-" + i + "-lb", AwsTargetAttachmentArgs.builder()
                    .instanceId(host.hostId())
                    .webTargetGroupArn(lb.webTargetGroupArn())
                    .socketTargetGroupArn(lb.socketTargetGroupArn())
                    .build(), opts);
        }
        this.rds = new RdsMysql("database", ScaledMapping.rds(s, network.vpcId(), network.privateSubnetIds(),
                firewall.securityGroupId(), topic), opts);
        this.cache = new ElastiCacheRedis("cache", ScaledMapping.elastiCache(s, network.vpcId(), network.privateSubnetIds(),
                firewall.securityGroupId(), topic), opts);
        this.uploads = new S3Uploads("uploads", ScaledMapping.s3Uploads(s), opts);
    }

    @Override
    public List<FleetHost> hosts() {
        return List.copyOf(hosts);
    }

    @Override
    public Database database() {
        return new Database(rds.host(), rds.port(), rds.user(), rds.password(),
                Optional.of(AppHostServices.CA_DIR + "/" + ScaledMapping.RDS_CA_FILE));
    }

    @Override
    public Cache cache() {
        return new Cache(cache.host(), cache.port(), cache.authToken(), true);
    }

    @Override
    public Uploads uploads() {
        return new Uploads(uploads.bucketName(), settings.region(), Optional.empty(), uploads.accessKeyId(),
                uploads.secretAccessKey());
    }

    @Override
    public Output<String> loadBalancer() {
        return lb.dnsName();
    }

    @Override
    public Output<String> fqdn() {
        return Output.of(settings.dns().domain());
    }

    @Override
    public Output<String> firewallId() {
        return firewall.securityGroupId();
    }

    @Override
    public Optional<HostMonitoringFiles.CloudWatch> cloudWatch() {
        return Optional.of(new HostMonitoringFiles.CloudWatch(settings.dns().domain(), settings.region(), false));
    }

    @Override
    public HostStep databaseCa() {
        return ScaledMapping.databaseCa(settings.region());
    }

    @Override
    public List<List<String>> databaseSteps() {
        // RDS creates only the first database; Fleetbase's createdb makes the others (IF NOT EXISTS)
        return ScaledMapping.databaseSteps(true);
    }

    @Override
    public CloudStack.Monitored monitoring(StackSettings s) {
        var m = new AwsMonitoring("monitoring", new AwsMonitoring.Args(s.prefix(), StackMapping.alertRules(s),
                hosts.stream().map(FleetHost::hostId).toList(), s.region(), providers.awsHost(), providers.awsUsEast1(),
                false, Optional.of(topic)), ComponentResourceOptions.builder().build());
        Output<List<String>> monitored = Output.tuple(m.monitored(), rds.alarms(), cache.alarms(), lb.alarms())
                .applyValue(t -> {
                    List<String> all = new ArrayList<>(t.t1);
                    all.addAll(t.t2);
                    all.addAll(t.t3);
                    all.addAll(t.t4);
                    return List.copyOf(all);
                });
        return new CloudStack.Monitored(monitored, m.alertsTo());
    }

    /**
     * The region's alert topic of a scaled AWS stack and its e-mail subscription, as one component: made before the
     * managed services and the load balancer, whose alarms notify it (the hosts' alarms too, through
     * {@link AwsMonitoring.Args#hostTopicArn}).
     */
    static final class AlertTopic extends ComponentResource {
        static final String TYPE = "fleet:monitoring:AlertTopic";

        AlertTopic(String name) {
            super(TYPE, name, ComponentResourceOptions.builder().build());
        }

        void done(Output<String> arn) {
            registerOutputs(Map.of("arn", arn));
        }
    }
}
