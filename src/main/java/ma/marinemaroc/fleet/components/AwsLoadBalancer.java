package ma.marinemaroc.fleet.components;

import com.pulumi.aws.acm.Certificate;
import com.pulumi.aws.acm.CertificateArgs;
import com.pulumi.aws.acm.CertificateValidation;
import com.pulumi.aws.acm.CertificateValidationArgs;
import com.pulumi.aws.acm.outputs.CertificateDomainValidationOption;
import com.pulumi.aws.cloudwatch.MetricAlarmArgs;
import com.pulumi.aws.ec2.SecurityGroup;
import com.pulumi.aws.ec2.SecurityGroupArgs;
import com.pulumi.aws.ec2.inputs.SecurityGroupEgressArgs;
import com.pulumi.aws.ec2.inputs.SecurityGroupIngressArgs;
import com.pulumi.aws.lb.Listener;
import com.pulumi.aws.lb.ListenerArgs;
import com.pulumi.aws.lb.LoadBalancer;
import com.pulumi.aws.lb.LoadBalancerArgs;
import com.pulumi.aws.lb.TargetGroup;
import com.pulumi.aws.lb.TargetGroupArgs;
import com.pulumi.aws.lb.inputs.ListenerDefaultActionArgs;
import com.pulumi.aws.lb.inputs.ListenerDefaultActionRedirectArgs;
import com.pulumi.aws.lb.inputs.TargetGroupHealthCheckArgs;
import com.pulumi.aws.lb.inputs.TargetGroupStickinessArgs;
import com.pulumi.aws.route53.Record;
import com.pulumi.aws.route53.RecordArgs;
import com.pulumi.aws.route53.Route53Functions;
import com.pulumi.aws.route53.inputs.GetZoneArgs;
import com.pulumi.aws.route53.inputs.RecordAliasArgs;
import com.pulumi.aws.route53.outputs.GetZoneResult;
import com.pulumi.core.Either;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.deployment.InvokeOptions;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import ma.marinemaroc.fleet.fleetbase.FleetbaseContract;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The Application Load Balancer in front of a scaled fleet's app hosts on AWS, terminating TLS with an ACM
 * certificate validated through DNS in the domain's Route53 zone. The AWS provider comes through the component's
 * options (the certificate lives in the ALB's region, as ALB listeners require).
 *
 * <p>Listeners: 80 redirects to https (301), 443 HTTPS → target group {@code <name>-web} (hosts' port 80), 38000
 * HTTPS → target group {@code <name>-ws} (hosts' port 38000, the console's websocket: see
 * {@link FleetbaseContract#SOCKET_PUBLIC_PORT}). App hosts join both groups ({@link AwsTargetAttachment}); each host's
 * nginx relays 38000 to the one SocketCluster over the VPC, as on DigitalOcean, so one edge template serves both
 * clouds. Health: {@code /health} on 80 for the web group, SocketCluster's {@code /health-check} through the relay for
 * the websocket group.
 *
 * <p><b>No stickiness</b> (both groups {@code lb_cookie} disabled): the websocket always ends at the single
 * SocketCluster whichever host relays it and never moves once open, SocketCluster has no long-polling fallback, and
 * the API keeps no per-host state once sessions live in the shared cache.
 *
 * <p>Security group: 80, 443 and 38000 from anywhere (IPv4; the ALB is IPv4-only), out only to the VPC's range on
 * the two target ports. The ALB drops invalid header fields (request smuggling).
 */
public class AwsLoadBalancer extends ComponentResource {
    public static final String TYPE = Components.type(AwsLoadBalancer.class);
    public static final String DEFAULT_SSL_POLICY = "ELBSecurityPolicy-TLS13-1-2-2021-06";
    static final int WEB_PORT = 80;
    static final int SOCKET_PORT = FleetbaseContract.SOCKET_PUBLIC_PORT;
    static final List<Integer> PUBLIC_PORTS = List.of(80, 443, SOCKET_PORT);

    /** The ALB's DNS name. */
    @Export(name = "dnsName", refs = {String.class}, tree = "[0]")
    private final Output<String> dnsName;
    /** The ALB's hosted zone id (for alias records). */
    @Export(name = "zoneId", refs = {String.class}, tree = "[0]")
    private final Output<String> zoneId;
    @Export(name = "arn", refs = {String.class}, tree = "[0]")
    private final Output<String> arn;
    /** The ALB's security group: put it as the source of the app hosts' 80 and 38000 rules. */
    @Export(name = "securityGroupId", refs = {String.class}, tree = "[0]")
    private final Output<String> securityGroupId;
    /** Target group of the site and API (hosts' port 80). */
    @Export(name = "webTargetGroupArn", refs = {String.class}, tree = "[0]")
    private final Output<String> webTargetGroupArn;
    /** Target group of the console's websocket (hosts' port 38000). */
    @Export(name = "socketTargetGroupArn", refs = {String.class}, tree = "[0]")
    private final Output<String> socketTargetGroupArn;
    /** The validated ACM certificate. */
    @Export(name = "certificateArn", refs = {String.class}, tree = "[0]")
    private final Output<String> certificateArn;
    /** The alarms declared, in words (empty without an alarm topic). */
    @Export(name = "alarms", refs = {List.class, String.class}, tree = "[0,1]")
    private final Output<List<String>> alarms;

    public AwsLoadBalancer(String name, AwsLoadBalancerArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        args.validate();
        var child = CustomResourceOptions.builder().parent(this).build();
        String lbName = args.name();

        Output<String> zone = Route53Functions.getZone(GetZoneArgs.builder().name(args.zoneName()).privateZone(false).build(),
                InvokeOptions.builder().parent(this).build()).applyValue(GetZoneResult::zoneId);
        var cert = new Certificate(name + "-cert", CertificateArgs.builder()
                .domainName(args.domain())
                .validationMethod("DNS")
                .keyAlgorithm("RSA_2048")
                .tags(Map.of("Name", args.domain()))
                .build(), child);
        Output<CertificateDomainValidationOption> dvo = cert.domainValidationOptions().applyValue(l -> l.get(0));
        var validationRecord = new Record(name + "-cert-validation", RecordArgs.builder()
                .zoneId(zone)
                .name(dvo.applyValue(field(CertificateDomainValidationOption::resourceRecordName)))
                .type(dvo.applyValue(field(CertificateDomainValidationOption::resourceRecordType)).applyValue(Either::ofLeft))
                .records(dvo.applyValue(field(CertificateDomainValidationOption::resourceRecordValue)).applyValue(List::of))
                .ttl(60)
                .allowOverwrite(true)
                .build(), child);
        var validation = new CertificateValidation(name + "-cert-validated", CertificateValidationArgs.builder()
                .certificateArn(cert.arn())
                .validationRecordFqdns(validationRecord.fqdn().applyValue(List::of))
                .build(), child);

        var sg = new SecurityGroup(name + "-sg", SecurityGroupArgs.builder()
                .name(lbName + "-alb")
                .description("ALB " + lbName + ": web and websocket from anywhere")
                .vpcId(args.vpcId())
                .ingress(PUBLIC_PORTS.stream().map(p -> SecurityGroupIngressArgs.builder()
                        .description(p == SOCKET_PORT ? "console websocket" : p == 443 ? "https" : "http (redirect)")
                        .protocol("tcp").fromPort(p).toPort(p).cidrBlocks("0.0.0.0/0").build()).toList())
                .egress(List.of(WEB_PORT, SOCKET_PORT).stream().map(p -> SecurityGroupEgressArgs.builder()
                        .description("to the app hosts")
                        .protocol("tcp").fromPort(p).toPort(p)
                        .cidrBlocks(args.vpcCidr().applyValue(List::of)).build()).toList())
                .tags(Map.of("Name", lbName + "-alb"))
                .build(), child);
        var alb = new LoadBalancer(name + "-alb", LoadBalancerArgs.builder()
                .name(lbName)
                .loadBalancerType("application")
                .internal(false)
                .ipAddressType("ipv4")
                .securityGroups(sg.id().applyValue(List::of))
                .subnets(args.publicSubnetIds())
                .idleTimeout(args.idleTimeoutSeconds())
                .dropInvalidHeaderFields(true)
                .enableHttp2(true)
                .tags(Map.of("Name", lbName))
                .build(), child);

        var webGroup = targetGroup(name + "-web", lbName + "-web", WEB_PORT, args.healthCheckPath(), args, child);
        var socketGroup = targetGroup(name + "-ws", lbName + "-ws", SOCKET_PORT, args.socketHealthCheckPath(), args, child);

        new Listener(name + "-http", ListenerArgs.builder()
                .loadBalancerArn(alb.arn()).port(80).protocol("HTTP")
                .defaultActions(ListenerDefaultActionArgs.builder().type("redirect")
                        .redirect(ListenerDefaultActionRedirectArgs.builder()
                                .protocol("HTTPS").port("443").statusCode("HTTP_301").build())
                        .build())
                .build(), child);
        https(name + "-https", 443, alb, validation, webGroup, args, child);
        https(name + "-wss", SOCKET_PORT, alb, validation, socketGroup, args, child);

        if (args.aliasRecord()) {
            new Record(name + "-alias", RecordArgs.builder()
                    .zoneId(zone)
                    .name(args.domain())
                    .type("A")
                    .aliases(RecordAliasArgs.builder().name(alb.dnsName()).zoneId(alb.zoneId())
                            .evaluateTargetHealth(true).build())
                    .build(), child);
        }

        List<String> declared = args.alarmTopicArn()
                .map(topic -> alarms(name, lbName, alb, webGroup, socketGroup, topic, child)).orElse(List.of());

        this.dnsName = alb.dnsName();
        this.zoneId = alb.zoneId();
        this.arn = alb.arn();
        this.securityGroupId = sg.id();
        this.webTargetGroupArn = webGroup.arn();
        this.socketTargetGroupArn = socketGroup.arn();
        this.certificateArn = validation.certificateArn();
        this.alarms = Output.of(declared);
        registerOutputs(Map.of("dnsName", dnsName, "zoneId", zoneId, "arn", arn, "securityGroupId", securityGroupId,
                "webTargetGroupArn", webTargetGroupArn, "socketTargetGroupArn", socketTargetGroupArn,
                "certificateArn", certificateArn, "alarms", alarms));
    }

    private static Function<CertificateDomainValidationOption, String> field(
            Function<CertificateDomainValidationOption, java.util.Optional<String>> getter) {
        return o -> getter.apply(o).orElseThrow(() -> new IllegalStateException("ACM gave no DNS validation record"));
    }

    private static TargetGroup targetGroup(String logicalName, String groupName, int port, String healthPath,
                                           AwsLoadBalancerArgs args, CustomResourceOptions child) {
        return new TargetGroup(logicalName, TargetGroupArgs.builder()
                .name(groupName)
                .vpcId(args.vpcId())
                .targetType("instance")
                .port(port)
                .protocol("HTTP")
                .deregistrationDelay(30)
                .healthCheck(TargetGroupHealthCheckArgs.builder()
                        .enabled(true).protocol("HTTP").port("traffic-port").path(healthPath).matcher("200")
                        .interval(15).timeout(5).healthyThreshold(2).unhealthyThreshold(3)
                        .build())
                .stickiness(TargetGroupStickinessArgs.builder().type("lb_cookie").enabled(false).build())
                .tags(Map.of("Name", groupName))
                .build(), child);
    }

    private static void https(String logicalName, int port, LoadBalancer alb, CertificateValidation validation,
                              TargetGroup group, AwsLoadBalancerArgs args, CustomResourceOptions child) {
        new Listener(logicalName, ListenerArgs.builder()
                .loadBalancerArn(alb.arn()).port(port).protocol("HTTPS")
                .sslPolicy(args.sslPolicy())
                .certificateArn(validation.certificateArn())
                .defaultActions(ListenerDefaultActionArgs.builder().type("forward").targetGroupArn(group.arn()).build())
                .build(), child);
    }

    /** 5xx from the ALB and from the hosts, unhealthy hosts in each group, the site's p95 response time. */
    private static List<String> alarms(String name, String lbName, LoadBalancer alb, TargetGroup web, TargetGroup socket,
                                       Output<String> topic, CustomResourceOptions child) {
        Output<Map<String, String>> lbDims = alb.arnSuffix().applyValue(s -> Map.of("LoadBalancer", s));
        Function<TargetGroup, Output<Map<String, String>>> groupDims = g -> Output.tuple(alb.arnSuffix(), g.arnSuffix())
                .applyValue(t -> Map.of("LoadBalancer", t.t1, "TargetGroup", t.t2));
        return new CloudWatchAlarms(name, topic, child)
                .add("elb-5xx", "ALB " + lbName + ": more than 10 load balancer 5xx in 5 minutes (no healthy host, or a host refusing)",
                        MetricAlarmArgs.builder().name(lbName + "-elb-5xx").namespace("AWS/ApplicationELB")
                                .metricName("HTTPCode_ELB_5XX_Count").dimensions(lbDims).statistic("Sum")
                                .period(300).evaluationPeriods(1).comparisonOperator("GreaterThanThreshold")
                                .threshold(10.0).treatMissingData("notBreaching"))
                .add("target-5xx", "ALB " + lbName + ": more than 10 application 5xx in 5 minutes",
                        MetricAlarmArgs.builder().name(lbName + "-target-5xx").namespace("AWS/ApplicationELB")
                                .metricName("HTTPCode_Target_5XX_Count").dimensions(lbDims).statistic("Sum")
                                .period(300).evaluationPeriods(1).comparisonOperator("GreaterThanThreshold")
                                .threshold(10.0).treatMissingData("notBreaching"))
                .add("unhealthy-web", "ALB " + lbName + ": an app host failing /health for 2 minutes",
                        MetricAlarmArgs.builder().name(lbName + "-unhealthy-web").namespace("AWS/ApplicationELB")
                                .metricName("UnHealthyHostCount").dimensions(groupDims.apply(web)).statistic("Maximum")
                                .period(60).evaluationPeriods(2).comparisonOperator("GreaterThanThreshold")
                                .threshold(0.0).treatMissingData("notBreaching"))
                .add("unhealthy-ws", "ALB " + lbName + ": an app host's websocket relay failing for 2 minutes",
                        MetricAlarmArgs.builder().name(lbName + "-unhealthy-ws").namespace("AWS/ApplicationELB")
                                .metricName("UnHealthyHostCount").dimensions(groupDims.apply(socket)).statistic("Maximum")
                                .period(60).evaluationPeriods(2).comparisonOperator("GreaterThanThreshold")
                                .threshold(0.0).treatMissingData("notBreaching"))
                .add("latency", "ALB " + lbName + ": p95 response time of the site above 2 s for 10 minutes",
                        MetricAlarmArgs.builder().name(lbName + "-latency").namespace("AWS/ApplicationELB")
                                .metricName("TargetResponseTime").dimensions(groupDims.apply(web))
                                .extendedStatistic("p95").period(300).evaluationPeriods(2)
                                .comparisonOperator("GreaterThanThreshold").threshold(2.0)
                                .treatMissingData("notBreaching"))
                .declared();
    }

    public Output<String> dnsName() {
        return dnsName;
    }

    public Output<String> zoneId() {
        return zoneId;
    }

    public Output<String> arn() {
        return arn;
    }

    public Output<String> securityGroupId() {
        return securityGroupId;
    }

    public Output<String> webTargetGroupArn() {
        return webTargetGroupArn;
    }

    public Output<String> socketTargetGroupArn() {
        return socketTargetGroupArn;
    }

    public Output<String> certificateArn() {
        return certificateArn;
    }

    public Output<List<String>> alarms() {
        return alarms;
    }
}
