package ma.marinemaroc.fleet;

import com.pulumi.core.Output;
import ma.marinemaroc.fleet.components.AwsLoadBalancerArgs;
import ma.marinemaroc.fleet.components.AwsNetworkArgs;
import ma.marinemaroc.fleet.components.DigitalOceanLoadBalancerArgs;
import ma.marinemaroc.fleet.components.DigitalOceanMysqlArgs;
import ma.marinemaroc.fleet.components.DigitalOceanNetworkArgs;
import ma.marinemaroc.fleet.components.DigitalOceanValkeyArgs;
import ma.marinemaroc.fleet.components.ElastiCacheRedisArgs;
import ma.marinemaroc.fleet.components.FirewallRuleArgs;
import ma.marinemaroc.fleet.components.RdsMysqlArgs;
import ma.marinemaroc.fleet.components.S3UploadsArgs;
import ma.marinemaroc.fleet.components.SpacesUploadsArgs;
import ma.marinemaroc.fleet.config.ScaledSettings;
import ma.marinemaroc.fleet.config.StackSettings;
import ma.marinemaroc.fleet.fleetbase.FleetbaseContract;
import ma.marinemaroc.fleet.network.FirewallPolicy;
import ma.marinemaroc.fleet.quote.Shell;
import ma.marinemaroc.fleet.services.AppHostServices;
import ma.marinemaroc.fleet.services.HostStep;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The scaled topology's counterpart of {@link StackMapping}: validated settings to the scaled components' inputs, as
 * small pure functions. Names derive from {@code <project>-<stack>} so two stacks never collide.
 */
final class ScaledMapping {
    /** The RDS CA bundle of a region (AWS docs: "Using SSL/TLS to encrypt a connection to a DB instance"). */
    static final String RDS_CA_URL = "https://truststore.pki.rds.amazonaws.com/%1$s/%1$s-bundle.pem";
    static final String RDS_CA_FILE = "rds-ca.pem";

    private ScaledMapping() {
    }

    static ScaledSettings scaled(StackSettings s) {
        return s.scaled().orElseThrow(() -> new IllegalStateException("not a scaled stack"));
    }

    /**
     * {@code <project>-<stack>} as one DNS label for the clouds' names: lower case, {@code a-z0-9-}, no double hyphen,
     * starting with a letter, at most 28 characters (the ALB's limit here; longer ones keep a hash of the whole).
     */
    static String baseName(StackSettings s) {
        String n = s.prefix().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-").replaceAll("-{2,}", "-")
                .replaceAll("^-+|-+$", "");
        if (n.isEmpty() || !Character.isLetter(n.charAt(0))) n = "f" + n;
        if (n.length() > 28) n = n.substring(0, 21).replaceAll("-+$", "") + "-" + sha(s.prefix()).substring(0, 6);
        return n;
    }

    /** The name of app host {@code i}: {@code <base>-app-<i>}. */
    static String hostName(StackSettings s, int i) {
        return baseName(s) + "-app-" + i;
    }

    /** The app hosts' tag (DigitalOcean): unique to the stack, since firewalls and the load balancer select by it. */
    static String appTag(StackSettings s) {
        return baseName(s) + "-app";
    }

    /** {@code <base>-uploads-<hash>}: bucket names are global (S3) or regional (Spaces); the hash keeps them ours. */
    static String uploadsBucket(StackSettings s) {
        return baseName(s) + "-uploads-" + sha(s.project() + "/" + s.stack()).substring(0, 8);
    }

    /**
     * The app hosts' inbound rules: SSH as on a single host; the site (80) and the console's websocket (38000) only
     * from the load balancer; 38000 also from the private network, where the other hosts relay websockets to host 0.
     */
    static List<FirewallRuleArgs> appFirewallRules(StackSettings s, Output<String> loadBalancer, boolean aws) {
        List<FirewallRuleArgs> rules = new ArrayList<>();
        FirewallPolicy.inbound(s.ssh().port(), s.ssh().allowedCidrs()).stream().filter(r -> r.port() == s.ssh().port())
                .forEach(r -> rules.add(FirewallRuleArgs.of(r.description(), r.port(), r.sources())));
        Output<List<String>> lb = loadBalancer.applyValue(List::of);
        for (var web : List.of(new Object[] {"http from the load balancer", 80},
                new Object[] {"websocket (console) from the load balancer", FleetbaseContract.SOCKET_PUBLIC_PORT})) {
            rules.add(aws ? FirewallRuleArgs.fromSecurityGroups((String) web[0], (Integer) web[1], lb)
                    : FirewallRuleArgs.fromLoadBalancers((String) web[0], (Integer) web[1], lb));
        }
        rules.add(FirewallRuleArgs.of("websocket relay between the app hosts", FleetbaseContract.SOCKET_PUBLIC_PORT,
                List.of(scaled(s).networkRange())));
        return rules;
    }

    /** The database steps of the scaled stack: DigitalOcean creates every database (DatabaseDb), RDS only the first. */
    static List<List<String>> databaseSteps(boolean createsDatabases) {
        return createsDatabases ? FleetbaseContract.DATABASE_STEPS
                : FleetbaseContract.DATABASE_STEPS.stream().filter(step -> !step.equals(List.of("mysql:createdb"))).toList();
    }

    /**
     * The folder of the database's CA on every host ({@link AppHostServices#CA_DIR}, bound into the API's containers),
     * and on AWS the region's RDS CA bundle in it, fetched over HTTPS and checked to be PEM certificates before it
     * replaces the previous one.
     */
    static HostStep databaseCa(String awsRegion) {
        String dir = AppHostServices.CA_DIR;
        if (awsRegion == null) {
            String script = "sudo install -d -m 0755 " + Shell.quote(dir);
            return new HostStep("database-ca", HostStep.Phase.BEFORE_CONTAINERS, script, List.of("database-ca", "none"));
        }
        String url = String.format(RDS_CA_URL, awsRegion);
        String target = dir + "/" + RDS_CA_FILE;
        String script = Shell.script(List.of(
                "sudo install -d -m 0755 " + Shell.quote(dir),
                "tmp=$(mktemp)",
                "trap 'rm -f \"$tmp\"' EXIT",
                "curl -fsS --proto =https --tlsv1.2 --retry 3 -o \"$tmp\" " + Shell.quote(url),
                "grep -q -- '-----BEGIN CERTIFICATE-----' \"$tmp\" || { echo " + Shell.quote(url + " is not a PEM bundle")
                        + " >&2; exit 1; }",
                "sudo install -m 0644 \"$tmp\" " + Shell.quote(target + ".new"),
                "sudo mv -f " + Shell.quote(target + ".new") + " " + Shell.quote(target)));
        return new HostStep("database-ca", HostStep.Phase.BEFORE_CONTAINERS, script, List.of("database-ca", url));
    }

    // ---- DigitalOcean ---------------------------------------------------------------------------------------------

    static DigitalOceanNetworkArgs doNetwork(StackSettings s) {
        return DigitalOceanNetworkArgs.builder()
                .vpcName(baseName(s) + "-" + s.region())
                .region(s.region())
                .ipRange(scaled(s).networkRange())
                .appTag(appTag(s))
                .description("Fleet " + s.stack() + ": app hosts, managed MySQL and Valkey, load balancer")
                .build();
    }

    static DigitalOceanMysqlArgs doMysql(StackSettings s, Output<String> vpcId, Output<String> appTag) {
        return DigitalOceanMysqlArgs.builder()
                .clusterName(baseName(s) + "-mysql")
                .region(s.region())
                .size(scaled(s).databaseSize())
                .vpcId(vpcId)
                .appTag(appTag)
                .tags(s.doTags())
                .alertEmails(List.of(s.alertEmail()))
                .build();
    }

    static DigitalOceanValkeyArgs doValkey(StackSettings s, Output<String> vpcId, Output<String> appTag) {
        return DigitalOceanValkeyArgs.builder()
                .clusterName(baseName(s) + "-cache")
                .region(s.region())
                .size(scaled(s).cacheSize())
                .vpcId(vpcId)
                .appTag(appTag)
                .tags(s.doTags())
                .alertEmails(List.of(s.alertEmail()))
                .build();
    }

    static DigitalOceanLoadBalancerArgs doLoadBalancer(StackSettings s, Output<String> vpcId, Output<String> appTag) {
        return DigitalOceanLoadBalancerArgs.builder()
                .lbName(baseName(s))
                .region(s.region())
                .vpcId(vpcId)
                .appTag(appTag)
                .domain(s.dns().domain())
                .alertEmails(List.of(s.alertEmail()))
                .build();
    }

    static SpacesUploadsArgs spacesUploads(StackSettings s) {
        return SpacesUploadsArgs.builder().bucketName(uploadsBucket(s)).region(s.region()).build();
    }

    // ---- AWS --------------------------------------------------------------------------------------------------------

    static AwsNetworkArgs awsNetwork(StackSettings s) {
        return AwsNetworkArgs.builder().name(baseName(s)).cidrBlock(scaled(s).networkRange()).build();
    }

    static AwsLoadBalancerArgs awsLoadBalancer(StackSettings s, Output<String> vpcId, Output<String> vpcCidr,
                                               Output<List<String>> publicSubnets, Output<String> topic) {
        return AwsLoadBalancerArgs.builder()
                .name(baseName(s))
                .vpcId(vpcId).vpcCidr(vpcCidr).publicSubnetIds(publicSubnets)
                .domain(s.dns().domain()).zoneName(s.dns().zone())
                .alarmTopicArn(topic)
                .build();
    }

    static RdsMysqlArgs rds(StackSettings s, Output<String> vpcId, Output<List<String>> privateSubnets,
                            Output<String> appSecurityGroup, Output<String> topic) {
        return RdsMysqlArgs.builder()
                .identifier(baseName(s))
                .instanceClass(scaled(s).databaseSize())
                .vpcId(vpcId).privateSubnetIds(privateSubnets).appSecurityGroupId(appSecurityGroup)
                .masterPassword(s.secrets().dbPassword())
                .alarmTopicArn(topic)
                .build();
    }

    static ElastiCacheRedisArgs elastiCache(StackSettings s, Output<String> vpcId, Output<List<String>> privateSubnets,
                                            Output<String> appSecurityGroup, Output<String> topic) {
        return ElastiCacheRedisArgs.builder()
                .replicationGroupId(baseName(s))
                .nodeType(scaled(s).cacheSize())
                .vpcId(vpcId).privateSubnetIds(privateSubnets).appSecurityGroupId(appSecurityGroup)
                .authToken(s.secrets().redisPassword())
                .alarmTopicArn(topic)
                .build();
    }

    static S3UploadsArgs s3Uploads(StackSettings s) {
        return S3UploadsArgs.builder().bucketName(uploadsBucket(s)).region(s.region()).userName(baseName(s) + "-uploads").build();
    }

    private static String sha(String v) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(v.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
