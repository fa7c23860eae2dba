package ma.marinemaroc.fleet;

import ma.marinemaroc.fleet.plan.PlanMocks;
import ma.marinemaroc.fleet.plan.PlanRun;
import ma.marinemaroc.fleet.plan.RecordedResource;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The foundation on both clouds: host, firewall, DNS, their inputs and the stack outputs. */
class FoundationTest {
    static final String DROPLET = "digitalocean:index/droplet:Droplet";
    static final String DO_FIREWALL = "digitalocean:index/firewall:Firewall";

    @Test
    void digitalOceanStackHasDropletReservedIpFirewallAndDns() {
        PlanRun.Result r = Stacks.run("production");
        assertThat(r.failed()).as("errors: %s %s", r.errors(), r.exceptions()).isFalse();

        RecordedResource droplet = r.one(DROPLET);
        assertThat(droplet.plainInput("region")).isEqualTo("fra1");
        assertThat(droplet.plainInput("size")).isEqualTo("s-4vcpu-8gb");
        assertThat(droplet.plainInput("image")).isEqualTo("ubuntu-22-04-x64");
        assertThat(droplet.plainInput("ipv6")).isEqualTo(true);
        assertThat(droplet.plainInput("monitoring")).isEqualTo(true);
        assertThat(droplet.strings("tags")).contains("stack:production", "project:fleet");
        assertThat(droplet.input("userData")).isInstanceOf(RecordedResource.Secret.class);
        // user-data holds only what should rebuild the host, so a replacement boots with the current one
        assertThat(droplet.ignoreChanges()).isEmpty();
        assertThat(droplet.version()).isEqualTo("4.76.0");

        RecordedResource reserved = r.one("digitalocean:index/reservedIp:ReservedIp");
        assertThat(reserved.plainInput("region")).isEqualTo("fra1");
        assertThat(reserved.protect()).as("DNS rests on the reserved IP").isTrue();
        RecordedResource assignment = r.one("digitalocean:index/reservedIpAssignment:ReservedIpAssignment");
        assertThat(assignment.plainInput("ipAddress")).isEqualTo(PlanMocks.RESERVED_IP);

        RecordedResource fw = r.one(DO_FIREWALL);
        assertThat(fw.plainInput("dropletIds")).isEqualTo(List.of(Long.parseLong(dropletId(r))));

        List<RecordedResource> records = r.ofType("digitalocean:index/dnsRecord:DnsRecord");
        assertThat(records).extracting(x -> x.plainInput("type")).containsExactlyInAnyOrder("A", "AAAA");
        RecordedResource a = records.stream().filter(x -> "A".equals(x.plainInput("type"))).findFirst().orElseThrow();
        assertThat(a.plainInput("domain")).isEqualTo("marinemaroc.ma");
        assertThat(a.plainInput("name")).isEqualTo("fleet");
        assertThat(a.plainInput("value")).as("A record points at the reserved IP, not the droplet").isEqualTo(PlanMocks.RESERVED_IP);
        assertThat(a.plainInput("ttl")).isEqualTo(300L);

        assertThat(RecordedResource.unwrap(r.outputs().get("publicIp"))).isEqualTo(PlanMocks.RESERVED_IP);
        assertThat(r.outputs().get("url")).isEqualTo("https://fleet.marinemaroc.ma");
        assertThat(RecordedResource.unwrap(r.outputs().get("sshCommand"))).isEqualTo("ssh -p 2222 deploy@" + PlanMocks.RESERVED_IP);
        assertThat(r.ofType("aws:ec2/instance:Instance")).isEmpty();
    }

    private static String dropletId(PlanRun.Result r) {
        // The mock gives the droplet a numeric id; the firewall must reference exactly that droplet.
        return String.valueOf(100000 + Math.abs("host-droplet".hashCode() % 900000));
    }

    @Test
    void awsStackHasInstanceElasticIpSecurityGroupAndRoute53Record() {
        PlanRun.Result r = Stacks.run("staging");
        assertThat(r.failed()).as("errors: %s %s", r.errors(), r.exceptions()).isFalse();

        RecordedResource instance = r.one("aws:ec2/instance:Instance");
        assertThat(instance.plainInput("ami")).isEqualTo(PlanMocks.AMI_ID);
        assertThat(instance.plainInput("instanceType")).isEqualTo("t3.medium");
        @SuppressWarnings("unchecked")
        Map<String, Object> root = (Map<String, Object>) instance.plainInput("rootBlockDevice");
        assertThat(root).containsEntry("volumeType", "gp3").containsEntry("encrypted", true);
        @SuppressWarnings("unchecked")
        Map<String, Object> md = (Map<String, Object>) instance.plainInput("metadataOptions");
        assertThat(md).containsEntry("httpTokens", "required");
        // a newer Ubuntu image does not rebuild the host; a new user-data does (and boots with it)
        assertThat(instance.ignoreChanges()).containsExactly("ami");
        assertThat(instance.plainInput("userDataReplaceOnChange")).isEqualTo(true);
        assertThat(instance.input("userData")).isInstanceOf(RecordedResource.Secret.class);

        RecordedResource sg = r.one("aws:ec2/securityGroup:SecurityGroup");
        assertThat(instance.strings("vpcSecurityGroupIds")).containsExactly(sgId(r));
        RecordedResource eip = r.one("aws:ec2/eip:Eip");
        assertThat(eip.plainInput("domain")).isEqualTo("vpc");
        assertThat(eip.protect()).as("DNS rests on the Elastic IP").isTrue();

        RecordedResource rec = r.one("aws:route53/record:Record");
        assertThat(rec.plainInput("zoneId")).isEqualTo(PlanMocks.ZONE_ID);
        assertThat(rec.plainInput("name")).isEqualTo("staging.fleet.marinemaroc.ma");
        assertThat(rec.plainInput("records")).isEqualTo(List.of(PlanMocks.ELASTIC_IP));
        assertThat(rec.plainInput("ttl")).isEqualTo(60L);

        assertThat(RecordedResource.unwrap(r.outputs().get("publicIp"))).isEqualTo(PlanMocks.ELASTIC_IP);
        assertThat(r.ofType(DROPLET)).isEmpty();
        assertThat(sg.provider()).contains("aws-eu-west-1");
    }

    private static String sgId(PlanRun.Result r) {
        return "sg-0mock" + Integer.toHexString(Math.abs("firewall".hashCode()));
    }

    @Test
    void userDataIsCloudConfigGrantingOnlyTheRestrictedBootstrapKey() {
        PlanRun.Result r = Stacks.run("production");
        String userData = String.valueOf(r.one(DROPLET).plainInput("userData"));
        assertThat(userData).startsWith("#cloud-config\n");
        Map<String, Object> doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(userData);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> users = (List<Map<String, Object>>) doc.get("users");
        Map<String, Object> deploy = users.stream().filter(u -> "deploy".equals(u.get("name"))).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        List<String> keys = (List<String>) deploy.get("ssh_authorized_keys");
        // the team's keys and the deploy key are installed by the first step through the bootstrap key: a change to
        // them (or a rotated deploy key) never changes the user-data, hence never replaces the host
        assertThat(keys).singleElement().asString()
                .startsWith("restrict,command=\"/usr/local/sbin/fleet-authorize-keys\" ssh-ed25519 ")
                .endsWith("mock-host-bootstrap-key");
        assertThat(userData).doesNotContain("platform-oncall@marinemaroc.ma", "mock-host-deploy-key", "timezone");
        assertThat(String.valueOf(deploy.get("groups"))).contains("docker");
        assertThat(doc.get("ssh_pwauth")).isEqualTo(false);
        assertThat(doc.get("disable_root")).isEqualTo(true);
        assertThat(String.valueOf(doc.get("packages"))).contains("docker-ce", "fail2ban", "ufw", "unattended-upgrades");
    }

    @Test
    void everyChildIsParentedToItsComponent() {
        for (String stack : Stacks.FILES.keySet()) {
            PlanRun.Result r = Stacks.run(stack);
            String stackUrn = r.resources().stream().filter(x -> x.type().equals("pulumi:pulumi:Stack"))
                    .findFirst().orElseThrow().urn();
            for (RecordedResource res : r.resources()) {
                if (res.type().equals("pulumi:pulumi:Stack") || res.type().startsWith("pulumi:providers:")) continue;
                if (res.isComponent()) {
                    assertThat(res.parentUrn()).as(res.name()).isEqualTo(stackUrn);
                } else {
                    assertThat(res.parentUrn()).as("%s %s is parented to a component", res.type(), res.name())
                            .isNotEqualTo(stackUrn).isNotEmpty();
                }
            }
        }
    }
}
