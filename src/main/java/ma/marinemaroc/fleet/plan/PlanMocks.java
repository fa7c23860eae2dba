package ma.marinemaroc.fleet.plan;

import com.pulumi.test.Mocks;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Deterministic stand-ins for what the cloud providers compute (IDs, addresses, generated keys), so that the offline
 * plan and the tests run the real program without a cloud. Addresses come from the documentation ranges
 * (RFC 5737 / RFC 3849) and are the same on every run, which keeps plan text diffable.
 */
public class PlanMocks implements Mocks {
    /**
     * Per logical name, a salt that gives that resource other computed values (ids, generated keys): the offline
     * stand-in for "this resource was replaced" (a new droplet id, a rotated key). Empty for plans.
     */
    private final Map<String, String> salts;

    public PlanMocks() {
        this(Map.of());
    }

    public PlanMocks(Map<String, String> salts) {
        this.salts = Map.copyOf(salts);
    }

    private String salted(String name) {
        String salt = salts.get(name);
        return salt == null ? name : name + "#" + salt;
    }

    public static final String DROPLET_IPV4 = "203.0.113.10";
    public static final String DROPLET_IPV6 = "2001:db8::10";
    public static final String RESERVED_IP = "203.0.113.50";
    public static final String ELASTIC_IP = "198.51.100.20";
    public static final String AMI_ID = "ami-0a1b2c3d4e5f60718";
    public static final String ZONE_ID = "Z0MOCKZONE00001";
    /** A DigitalOcean load balancer's address (RFC 5737). */
    public static final String LOAD_BALANCER_IP = "203.0.113.60";
    /** Hosted zone of application load balancers in eu-west-1 (AWS's published value). */
    public static final String ALB_ZONE_ID = "Z32O12XQLNTSW2";

    @Override
    public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
        Map<String, Object> state = new HashMap<>(args.inputs);
        String id = args.name + "-id";
        switch (args.type) {
            case "digitalocean:index/droplet:Droplet" -> {
                id = String.valueOf(100000 + Math.abs(salted(args.name).hashCode() % 900000));
                state.put("ipv4Address", DROPLET_IPV4);
                // in a VPC of its own (scaled topology) each droplet gets its own private address
                state.put("ipv4AddressPrivate", args.inputs.containsKey("vpcUuid")
                        ? "10.20.0." + (10 + Math.abs(args.name.hashCode() % 200)) : "10.114.0.2");
                state.put("ipv6Address", DROPLET_IPV6);
                state.put("dropletUrn", "do:droplet:" + id);
                state.put("status", "active");
            }
            case "digitalocean:index/reservedIp:ReservedIp" -> {
                id = RESERVED_IP;
                state.put("ipAddress", RESERVED_IP);
                state.put("reservedIpUrn", "do:reservedip:" + RESERVED_IP);
            }
            case "digitalocean:index/dnsRecord:DnsRecord" -> {
                String name = String.valueOf(args.inputs.getOrDefault("name", "@"));
                String domain = String.valueOf(args.inputs.get("domain"));
                state.put("fqdn", "@".equals(name) ? domain : name + "." + domain);
                id = String.valueOf(Math.abs(args.name.hashCode()));
            }
            case "digitalocean:index/volume:Volume" -> {
                id = "506f78a4-mock-" + shortHash(salted(args.name));
                state.put("volumeUrn", "do:volume:" + id);
            }
            case "digitalocean:index/sshKey:SshKey" -> state.put("fingerprint", "3b:16:bf:e4:8b:00:8b:b8:59:8c:a9:d3:f0:19:45:fa");
            case "digitalocean:index/monitorAlert:MonitorAlert" -> state.put("uuid", "mock-" + args.name);
            case "tls:index/privateKey:PrivateKey" -> {
                MockSshKeys.Pair pair = MockSshKeys.of(salted(args.name));
                state.put("publicKeyOpenssh", pair.publicLine() + "\n");
                state.put("privateKeyOpenssh", pair.privateOpenssh());
                state.put("privateKeyPem", "-----BEGIN PRIVATE KEY-----\nmock\n-----END PRIVATE KEY-----\n");
                state.put("publicKeyFingerprintSha256", "SHA256:mock-" + args.name);
            }
            case "tls:index/selfSignedCert:SelfSignedCert" -> {
                state.put("certPem", "-----BEGIN CERTIFICATE-----\nmock\n-----END CERTIFICATE-----\n");
                state.put("validityEndTime", "2027-11-25T00:00:00Z");
                state.put("validityStartTime", "2026-11-25T00:00:00Z");
                state.put("readyForRenewal", false);
            }
            case "command:remote:Command" -> {
                state.put("stdout", "");
                state.put("stderr", "");
                // pulumi-command gives a new id to every create, i.e. when the triggers change (a replacement);
                // an update keeps it. Deterministic here: derived from the triggers.
                id = args.name + "-" + shortHash(String.valueOf(args.inputs.get("triggers")));
            }
            case "aws:ec2/instance:Instance" -> {
                id = "i-0mock" + Integer.toHexString(Math.abs(salted(args.name).hashCode()));
                state.put("publicIp", "198.51.100.7");
                state.put("privateIp", args.inputs.containsKey("subnetId")
                        ? "10.30.0." + (10 + Math.abs(args.name.hashCode() % 50)) : "172.31.0.10");
                state.put("arn", "arn:aws:ec2:eu-west-1:123456789012:instance/" + id);
            }
            case "aws:ec2/eip:Eip" -> {
                id = "eipalloc-0mock";
                state.put("publicIp", ELASTIC_IP);
            }
            case "aws:ebs/volume:Volume" -> {
                // 17 hex digits, as AWS gives them; from the logical name only (a volume is never salted: it outlives hosts)
                id = "vol-0" + String.format("%016x", (long) args.name.hashCode() & 0xffffffffL | 0x1000000000000000L);
                state.put("arn", "arn:aws:ec2:eu-west-1:123456789012:volume/" + id);
            }
            case "aws:ec2/securityGroup:SecurityGroup" -> id = "sg-0mock" + Integer.toHexString(Math.abs(args.name.hashCode()));
            case "aws:route53/record:Record" -> state.put("fqdn", args.inputs.get("name"));
            case "aws:s3/bucketV2:BucketV2", "aws:s3/bucket:Bucket" -> {
                Object bucket = args.inputs.getOrDefault("bucket", args.name);
                id = String.valueOf(bucket);
                state.put("bucket", bucket);
                state.put("arn", "arn:aws:s3:::" + bucket);
            }
            case "aws:iam/user:User" -> state.put("arn", "arn:aws:iam::123456789012:user/" + args.inputs.getOrDefault("name", args.name));
            case "aws:iam/accessKey:AccessKey" -> {
                state.put("secret", "mock-secret-access-key");
                id = "AKIAMOCK" + Integer.toHexString(Math.abs(args.name.hashCode())).toUpperCase();
            }
            case "aws:sns/topic:Topic" -> state.put("arn", "arn:aws:sns:us-east-1:123456789012:" + args.name);
            case "aws:route53/healthCheck:HealthCheck" -> id = "hc-" + Math.abs(args.name.hashCode());
            // ---- scaled topology (components DigitalOcean*/Aws*/Rds*/ElastiCache*); outputs as in the
            // providers' schemas, shapes as in ManagedServiceBindingsTest's mock provider.
            case "digitalocean:index/vpc:Vpc" -> {
                id = "vpc-" + shortHash(args.name);
                state.put("vpcUrn", "do:vpc:" + id);
                state.put("default", false);
                state.put("createdAt", "2026-11-25T10:00:00Z");
            }
            case "digitalocean:index/tag:Tag" -> {
                id = String.valueOf(args.inputs.getOrDefault("name", args.name));
                state.put("name", id);
                state.put("dropletsCount", 0);
                state.put("totalResourceCount", 0);
            }
            case "digitalocean:index/databaseCluster:DatabaseCluster" -> {
                id = "dbaas-" + shortHash(salted(args.name));
                boolean mysql = "mysql".equals(args.inputs.get("engine"));
                String host = args.inputs.getOrDefault("name", args.name) + "-do-user-0.db.example";
                String user = mysql ? "doadmin" : "default";
                int port = mysql ? 25060 : 25061;
                String scheme = mysql ? "mysql" : "rediss";
                String password = "mock-" + args.name + "-cluster-password";
                state.put("host", host);
                state.put("privateHost", "private-" + host);
                state.put("port", port);
                state.put("user", user);
                state.put("password", password);
                state.put("database", "defaultdb");
                state.put("clusterUrn", "do:dbaas:" + id);
                state.put("uri", scheme + "://" + user + ":" + password + "@" + host + ":" + port);
                state.put("privateUri", scheme + "://" + user + ":" + password + "@private-" + host + ":" + port);
                state.put("uiPassword", "");
                state.put("uiUri", "");
            }
            case "digitalocean:index/databaseUser:DatabaseUser" -> {
                state.put("password", "mock-" + args.name + "-password");
                state.put("role", "normal");
            }
            case "digitalocean:index/databaseDb:DatabaseDb" ->
                    id = args.inputs.get("clusterId") + "/database/" + args.inputs.get("name");
            case "digitalocean:index/loadBalancer:LoadBalancer" -> {
                id = "lb-" + shortHash(args.name);
                state.put("ip", LOAD_BALANCER_IP);
                state.put("loadBalancerUrn", "do:loadbalancer:" + id);
                state.put("status", "active");
            }
            case "digitalocean:index/certificate:Certificate" -> {
                id = String.valueOf(args.inputs.getOrDefault("name", args.name));
                state.put("uuid", "cert-" + shortHash(args.name));
                state.put("state", "verified");
                state.put("notAfter", "2027-02-23T00:00:00Z");
            }
            case "digitalocean:index/spacesBucket:SpacesBucket" -> {
                Object bucket = args.inputs.getOrDefault("name", args.name);
                Object region = args.inputs.getOrDefault("region", "nyc3");
                id = String.valueOf(bucket);
                state.put("name", bucket);
                state.put("region", region);
                state.put("endpoint", region + ".digitaloceanspaces.com");
                state.put("bucketDomainName", bucket + "." + region + ".digitaloceanspaces.com");
                state.put("bucketUrn", "do:space:" + bucket);
            }
            case "aws:ec2/vpc:Vpc" -> {
                id = "vpc-0mock" + shortHash(args.name);
                state.put("arn", "arn:aws:ec2:eu-west-1:123456789012:vpc/" + id);
            }
            case "aws:ec2/subnet:Subnet" -> {
                id = "subnet-0mock" + shortHash(args.name);
                state.put("arn", "arn:aws:ec2:eu-west-1:123456789012:subnet/" + id);
            }
            case "aws:ec2/internetGateway:InternetGateway" -> id = "igw-0mock" + shortHash(args.name);
            case "aws:ec2/routeTable:RouteTable" -> id = "rtb-0mock" + shortHash(args.name);
            case "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup" -> id = "sg-0default" + shortHash(args.name);
            case "aws:rds/instance:Instance" -> {
                id = String.valueOf(args.inputs.getOrDefault("identifier", args.name));
                String address = id + ".c0mock0abcde.eu-west-1.rds.amazonaws.com";
                state.put("address", address);
                state.put("port", args.inputs.getOrDefault("port", 3306));
                state.put("endpoint", address + ":" + state.get("port"));
                state.put("arn", "arn:aws:rds:eu-west-1:123456789012:db:" + id);
                state.put("resourceId", "db-MOCK" + shortHash(id).toUpperCase());
            }
            case "aws:rds/subnetGroup:SubnetGroup", "aws:elasticache/subnetGroup:SubnetGroup" -> {
                id = String.valueOf(args.inputs.getOrDefault("name", args.name));
                state.put("name", id);
                state.put("arn", "arn:aws:mock:::" + id);
            }
            case "aws:rds/parameterGroup:ParameterGroup" -> {
                // auto-named by the provider: the logical name and a fixed suffix here
                id = String.valueOf(args.inputs.getOrDefault("name", args.name + "-0mock"));
                state.put("name", id);
                state.put("arn", "arn:aws:rds:eu-west-1:123456789012:pg:" + id);
            }
            case "aws:elasticache/replicationGroup:ReplicationGroup" -> {
                id = String.valueOf(args.inputs.getOrDefault("replicationGroupId", args.name));
                state.put("primaryEndpointAddress", "master." + id + ".0mock.euw1.cache.amazonaws.com");
                state.put("readerEndpointAddress", "replica." + id + ".0mock.euw1.cache.amazonaws.com");
                state.put("arn", "arn:aws:elasticache:eu-west-1:123456789012:replicationgroup:" + id);
            }
            case "aws:lb/loadBalancer:LoadBalancer" -> {
                String lbName = String.valueOf(args.inputs.getOrDefault("name", args.name));
                String suffix = "app/" + lbName + "/0mock" + shortHash(args.name);
                state.put("arnSuffix", suffix);
                state.put("arn", "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/" + suffix);
                state.put("dnsName", lbName + "-1234567890.eu-west-1.elb.amazonaws.com");
                state.put("zoneId", ALB_ZONE_ID);
                id = String.valueOf(state.get("arn"));
            }
            case "aws:lb/targetGroup:TargetGroup" -> {
                String tgName = String.valueOf(args.inputs.getOrDefault("name", args.name));
                String suffix = "targetgroup/" + tgName + "/0mock" + shortHash(args.name);
                state.put("arnSuffix", suffix);
                state.put("arn", "arn:aws:elasticloadbalancing:eu-west-1:123456789012:" + suffix);
                id = String.valueOf(state.get("arn"));
            }
            case "aws:acm/certificate:Certificate" -> {
                String domain = String.valueOf(args.inputs.get("domainName"));
                state.put("arn", "arn:aws:acm:eu-west-1:123456789012:certificate/0mock" + shortHash(domain));
                state.put("domainValidationOptions", java.util.List.of(Map.of(
                        "domainName", domain,
                        "resourceRecordName", "_0mock" + shortHash(domain) + "." + domain + ".",
                        "resourceRecordType", "CNAME",
                        "resourceRecordValue", "_0mock" + shortHash(domain + "#value") + ".acm-validations.aws.")));
                state.put("status", "ISSUED");
                id = String.valueOf(state.get("arn"));
            }
            default -> {
                if (!state.containsKey("arn") && args.type.startsWith("aws:")) {
                    state.put("arn", "arn:aws:mock:::" + args.name);
                }
            }
        }
        return CompletableFuture.completedFuture(ResourceResult.of(Optional.of(id), state));
    }

    @Override
    public CompletableFuture<Map<String, Object>> callAsync(CallArgs args) {
        Map<String, Object> out = new HashMap<>();
        switch (args.token) {
            case "aws:ec2/getAmi:getAmi" -> {
                out.put("id", AMI_ID);
                out.put("imageId", AMI_ID);
                out.put("name", "ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-20261101");
                out.put("architecture", "x86_64");
            }
            case "aws:route53/getZone:getZone" -> {
                out.put("zoneId", ZONE_ID);
                out.put("id", ZONE_ID);
                out.put("name", args.args.get("name"));
            }
            case "aws:index/getCallerIdentity:getCallerIdentity" -> {
                out.put("accountId", "123456789012");
                out.put("arn", "arn:aws:iam::123456789012:user/mock");
                out.put("userId", "AIDAMOCK");
                out.put("id", "123456789012");
            }
            case "aws:index/getRegion:getRegion" -> out.put("name", "eu-west-1");
            case "aws:index/getAvailabilityZones:getAvailabilityZones" -> {
                out.put("id", "eu-west-1");
                out.put("names", java.util.List.of("eu-west-1a", "eu-west-1b", "eu-west-1c"));
                out.put("zoneIds", java.util.List.of("euw1-az1", "euw1-az2", "euw1-az3"));
                out.put("groupNames", java.util.List.of("eu-west-1"));
                out.put("excludeNames", java.util.List.of());
                out.put("excludeZoneIds", java.util.List.of());
                out.put("filters", java.util.List.of());
            }
            default -> out.putAll(args.args);
        }
        return CompletableFuture.completedFuture(out);
    }

    static String shortHash(String s) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d, 0, 4);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public key line the mock engine gives the tls PrivateKey of that logical name. */
    public static String ed25519PublicKey(String name) {
        return MockSshKeys.of(name).publicLine();
    }
}
