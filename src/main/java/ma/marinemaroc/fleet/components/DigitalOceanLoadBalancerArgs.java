package ma.marinemaroc.fleet.components;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import ma.marinemaroc.fleet.config.Validators;
import ma.marinemaroc.fleet.fleetbase.FleetbaseContract;

import java.util.List;

/** Inputs of {@link DigitalOceanLoadBalancer}. */
public final class DigitalOceanLoadBalancerArgs extends ResourceArgs {
    /** The load balancer's name (also prefixes its certificate's). One DNS label. Required. */
    @Import(name = "lbName", required = true)
    private String lbName;
    /** DigitalOcean region slug, the app hosts' (e.g. fra1). Required. A change replaces the load balancer (new IP). */
    @Import(name = "region", required = true)
    private String region;
    /** The VPC ({@link DigitalOceanNetwork#vpcId()}). Required. A change replaces the load balancer. */
    @Import(name = "vpcId", required = true)
    private Output<String> vpcId;
    /** The app hosts' tag ({@link DigitalOceanNetwork#appTag()}): every droplet carrying it is a target. Required. */
    @Import(name = "appTag", required = true)
    private Output<String> appTag;
    /**
     * The public name served, e.g. fleet.example.ma: Let's Encrypt issues its certificate through DigitalOcean DNS,
     * so its zone must be hosted by DigitalOcean. Required.
     */
    @Import(name = "domain", required = true)
    private String domain;
    /** Size in nodes (1..100; each node is billed and adds capacity). Default 1. */
    @Import(name = "sizeUnit")
    private Integer sizeUnit;
    /** The API's health route, checked over HTTP on the hosts' port 80. Default {@link FleetbaseContract#HEALTH_PATH}. */
    @Import(name = "healthCheckPath")
    private String healthCheckPath;
    /** Idle seconds before an HTTP(S) connection (including a websocket) is closed (30..600). Default 60. */
    @Import(name = "idleTimeoutSeconds")
    private Integer idleTimeoutSeconds;
    /** Where CPU, connection and 5xx alerts are e-mailed. Default none: no alerts. */
    @Import(name = "alertEmails")
    private List<String> alertEmails;

    private DigitalOceanLoadBalancerArgs() {
    }

    public String lbName() {
        return lbName;
    }

    public String region() {
        return region;
    }

    public Output<String> vpcId() {
        return vpcId;
    }

    public Output<String> appTag() {
        return appTag;
    }

    public String domain() {
        return domain;
    }

    public int sizeUnit() {
        return sizeUnit == null ? 1 : sizeUnit;
    }

    public String healthCheckPath() {
        return healthCheckPath == null ? FleetbaseContract.HEALTH_PATH : healthCheckPath;
    }

    public int idleTimeoutSeconds() {
        return idleTimeoutSeconds == null ? 60 : idleTimeoutSeconds;
    }

    public List<String> alertEmails() {
        return alertEmails == null ? List.of() : List.copyOf(alertEmails);
    }

    /** Every problem at once, naming the inputs. */
    public void validate() {
        ArgsCheck c = new ArgsCheck("DigitalOceanLoadBalancerArgs")
                .required("lbName", lbName).dnsLabel("lbName", lbName)
                .required("region", region).required("vpcId", vpcId).required("appTag", appTag)
                .required("domain", domain)
                .range("sizeUnit", sizeUnit, 1, 100)
                .range("idleTimeoutSeconds", idleTimeoutSeconds, 30, 600)
                .that(healthCheckPath().startsWith("/") && !healthCheckPath().contains(" "),
                        "healthCheckPath '" + healthCheckPath() + "' must be an absolute path");
        if (domain != null && !domain.isBlank()) Validators.domain(domain).ifPresent(p -> c.that(false, "domain: " + p));
        DigitalOceanAlerts.checkEmails(c, "alertEmails", alertEmails);
        c.done();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final DigitalOceanLoadBalancerArgs a = new DigitalOceanLoadBalancerArgs();

        private Builder() {
        }

        public Builder lbName(String v) { a.lbName = v; return this; }
        public Builder region(String v) { a.region = v; return this; }
        public Builder vpcId(Output<String> v) { a.vpcId = v; return this; }
        public Builder appTag(Output<String> v) { a.appTag = v; return this; }
        public Builder domain(String v) { a.domain = v; return this; }
        public Builder sizeUnit(int v) { a.sizeUnit = v; return this; }
        public Builder healthCheckPath(String v) { a.healthCheckPath = v; return this; }
        public Builder idleTimeoutSeconds(int v) { a.idleTimeoutSeconds = v; return this; }
        public Builder alertEmails(List<String> v) { a.alertEmails = List.copyOf(v); return this; }

        /** Checks the inputs; see {@link DigitalOceanLoadBalancerArgs#validate()}. */
        public DigitalOceanLoadBalancerArgs build() {
            a.validate();
            return a;
        }
    }
}
