package ma.marinemaroc.fleet.components;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import ma.marinemaroc.fleet.config.Validators;
import ma.marinemaroc.fleet.fleetbase.FleetbaseContract;

import java.util.List;
import java.util.Optional;

/** Inputs of {@link AwsLoadBalancer}. */
public final class AwsLoadBalancerArgs extends ResourceArgs {
    /**
     * The ALB's name: letters, digits, single hyphens, at most 28 (the target groups add {@code -web} and {@code -ws}
     * within AWS's 32). Also names its security group and alarms. Required. A change replaces the ALB.
     */
    @Import(name = "name", required = true)
    private String name;
    /** The VPC ({@link AwsNetwork#vpcId()}). Required. */
    @Import(name = "vpcId", required = true)
    private Output<String> vpcId;
    /** The VPC's range ({@link AwsNetwork#cidrBlock()}): the only destination of the ALB's outbound traffic. Required. */
    @Import(name = "vpcCidr", required = true)
    private Output<String> vpcCidr;
    /** The public subnets, two zones ({@link AwsNetwork#publicSubnetIds()}). Required. */
    @Import(name = "publicSubnetIds", required = true)
    private Output<List<String>> publicSubnetIds;
    /** The public name served, e.g. fleet.example.ma. Required. */
    @Import(name = "domain", required = true)
    private String domain;
    /** The Route53 public hosted zone holding {@code domain} (e.g. example.ma): certificate validation and the alias record go there. Required. */
    @Import(name = "zoneName", required = true)
    private String zoneName;
    /** Create the A alias record {@code domain} → ALB. Default true (false when another component owns the name). */
    @Import(name = "aliasRecord")
    private Boolean aliasRecord;
    /** The API's health route, checked on the hosts' port 80. Default {@link FleetbaseContract#HEALTH_PATH}. */
    @Import(name = "healthCheckPath")
    private String healthCheckPath;
    /**
     * The websocket group's health route, checked on the hosts' port 38000 (each host's nginx passes it to the
     * SocketCluster). Default {@link FleetbaseContract#SOCKET_HEALTH_PATH}.
     */
    @Import(name = "socketHealthCheckPath")
    private String socketHealthCheckPath;
    /** Idle seconds before a connection (including a websocket) is closed (1..4000). Default 60. */
    @Import(name = "idleTimeoutSeconds")
    private Integer idleTimeoutSeconds;
    /** TLS policy of the HTTPS listeners. Default {@value AwsLoadBalancer#DEFAULT_SSL_POLICY} (TLS 1.2 and 1.3). */
    @Import(name = "sslPolicy")
    private String sslPolicy;
    /** SNS topic ARN the CloudWatch alarms notify. Default none: no alarms. */
    @Import(name = "alarmTopicArn")
    private Output<String> alarmTopicArn;

    private AwsLoadBalancerArgs() {
    }

    public String name() {
        return name;
    }

    public Output<String> vpcId() {
        return vpcId;
    }

    public Output<String> vpcCidr() {
        return vpcCidr;
    }

    public Output<List<String>> publicSubnetIds() {
        return publicSubnetIds;
    }

    public String domain() {
        return domain;
    }

    public String zoneName() {
        return zoneName;
    }

    public boolean aliasRecord() {
        return aliasRecord == null || aliasRecord;
    }

    public String healthCheckPath() {
        return healthCheckPath == null ? FleetbaseContract.HEALTH_PATH : healthCheckPath;
    }

    public String socketHealthCheckPath() {
        return socketHealthCheckPath == null ? FleetbaseContract.SOCKET_HEALTH_PATH : socketHealthCheckPath;
    }

    public int idleTimeoutSeconds() {
        return idleTimeoutSeconds == null ? 60 : idleTimeoutSeconds;
    }

    public String sslPolicy() {
        return sslPolicy == null ? AwsLoadBalancer.DEFAULT_SSL_POLICY : sslPolicy;
    }

    public Optional<Output<String>> alarmTopicArn() {
        return Optional.ofNullable(alarmTopicArn);
    }

    /** Every problem at once, naming the inputs. */
    public void validate() {
        ArgsCheck c = new ArgsCheck("AwsLoadBalancerArgs")
                .required("name", name)
                .that(name == null || (name.length() <= 28 && name.matches("[A-Za-z0-9]+(-[A-Za-z0-9]+)*") && !name.startsWith("internal-")),
                        "name '" + name + "' must be letters, digits and single hyphens, at most 28, not starting with internal-")
                .required("vpcId", vpcId).required("vpcCidr", vpcCidr).required("publicSubnetIds", publicSubnetIds)
                .required("domain", domain).required("zoneName", zoneName)
                .range("idleTimeoutSeconds", idleTimeoutSeconds, 1, 4000)
                .that(healthCheckPath().matches("/\\S{0,1023}"), "healthCheckPath '" + healthCheckPath() + "' must be an absolute path")
                .that(socketHealthCheckPath().matches("/\\S{0,1023}"),
                        "socketHealthCheckPath '" + socketHealthCheckPath() + "' must be an absolute path")
                .that(sslPolicy().startsWith("ELBSecurityPolicy-"), "sslPolicy '" + sslPolicy() + "' is not an ELB security policy");
        if (domain != null && !domain.isBlank()) Validators.domain(domain).ifPresent(p -> c.that(false, "domain: " + p));
        if (zoneName != null && !zoneName.isBlank()) Validators.domain(zoneName).ifPresent(p -> c.that(false, "zoneName: " + p));
        c.that(domain == null || zoneName == null || domain.equals(zoneName) || domain.endsWith("." + zoneName),
                "domain " + domain + " is not inside zoneName " + zoneName);
        c.done();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final AwsLoadBalancerArgs a = new AwsLoadBalancerArgs();

        private Builder() {
        }

        public Builder name(String v) { a.name = v; return this; }
        public Builder vpcId(Output<String> v) { a.vpcId = v; return this; }
        public Builder vpcCidr(Output<String> v) { a.vpcCidr = v; return this; }
        public Builder publicSubnetIds(Output<List<String>> v) { a.publicSubnetIds = v; return this; }
        public Builder domain(String v) { a.domain = v; return this; }
        public Builder zoneName(String v) { a.zoneName = v; return this; }
        public Builder aliasRecord(boolean v) { a.aliasRecord = v; return this; }
        public Builder healthCheckPath(String v) { a.healthCheckPath = v; return this; }
        public Builder socketHealthCheckPath(String v) { a.socketHealthCheckPath = v; return this; }
        public Builder idleTimeoutSeconds(int v) { a.idleTimeoutSeconds = v; return this; }
        public Builder sslPolicy(String v) { a.sslPolicy = v; return this; }
        public Builder alarmTopicArn(Output<String> v) { a.alarmTopicArn = v; return this; }

        /** Checks the inputs; see {@link AwsLoadBalancerArgs#validate()}. */
        public AwsLoadBalancerArgs build() {
            a.validate();
            return a;
        }
    }
}
