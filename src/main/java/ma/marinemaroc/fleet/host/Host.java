package ma.marinemaroc.fleet.host;

import com.pulumi.aws.ec2.Ec2Functions;
import com.pulumi.aws.ec2.Eip;
import com.pulumi.aws.ec2.EipArgs;
import com.pulumi.aws.ec2.Instance;
import com.pulumi.aws.ec2.InstanceArgs;
import com.pulumi.aws.ec2.inputs.GetAmiArgs;
import com.pulumi.aws.ec2.inputs.GetAmiFilterArgs;
import com.pulumi.aws.ec2.inputs.InstanceMetadataOptionsArgs;
import com.pulumi.aws.ec2.inputs.InstanceRootBlockDeviceArgs;
import com.pulumi.aws.ec2.outputs.GetAmiResult;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.deployment.InvokeOptions;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import ma.marinemaroc.fleet.Providers;
import ma.marinemaroc.fleet.bindings.digitalocean.Droplet;
import ma.marinemaroc.fleet.bindings.digitalocean.DropletArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.ReservedIp;
import ma.marinemaroc.fleet.bindings.digitalocean.ReservedIpArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.ReservedIpAssignment;
import ma.marinemaroc.fleet.bindings.digitalocean.ReservedIpAssignmentArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.SshKey;
import ma.marinemaroc.fleet.bindings.digitalocean.SshKeyArgs;
import ma.marinemaroc.fleet.bindings.tls.PrivateKey;
import ma.marinemaroc.fleet.bindings.tls.PrivateKeyArgs;
import ma.marinemaroc.fleet.config.Catalog;
import ma.marinemaroc.fleet.config.Cloud;
import ma.marinemaroc.fleet.config.StackSettings;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one cloud host: a DigitalOcean droplet with a reserved IP, or an EC2 instance with an Elastic IP, bootstrapped
 * by cloud-init. Also generates the deploy key (on-host steps log in with it) and the host's SSH key (pinned by
 * those steps), both kept as secrets.
 *
 * <p>User-data is a first-boot bootstrap only ({@code ignoreChanges}): a change to it would replace the host, so
 * later changes to keys and settings are applied on the host by the services layer instead.
 */
public class Host extends ComponentResource {
    public static final String TYPE = "fleet:host:Host";

    /** The public IPv4 address DNS points at: reserved IP / Elastic IP, which survives a rebuild. */
    @Export(name = "publicIp", refs = {String.class}, tree = "[0]")
    private final Output<String> publicIp;
    /** The host's IPv6 address where the cloud gives one. */
    @Export(name = "ipv6Address", refs = {String.class}, tree = "[0]")
    private final Output<String> ipv6Address;
    @Export(name = "hostId", refs = {String.class}, tree = "[0]")
    private final Output<String> hostId;
    /** The host's SSH public key (OpenSSH line) pinned by on-host steps. */
    @Export(name = "hostPublicKey", refs = {String.class}, tree = "[0]")
    private final Output<String> hostPublicKey;

    private final Output<String> deployPrivateKey;
    private final Output<String> deployPublicKey;
    private final StackSettings settings;

    /**
     * @param securityGroupId AWS only: the firewall's security group, attached at launch
     * @param instanceProfile AWS only: the instance profile (CloudWatch agent's permissions)
     */
    public Host(String name, StackSettings settings, UserDataRenderer userData, Providers providers,
                Optional<Output<String>> securityGroupId, Optional<Output<String>> instanceProfile,
                ComponentResourceOptions options) {
        super(TYPE, name, options);
        this.settings = settings;
        var child = CustomResourceOptions.builder().parent(this).build();

        var deployKey = new PrivateKey(name + "-deploy-key",
                PrivateKeyArgs.builder().algorithm("ED25519").build(), child);
        var hostKey = new PrivateKey(name + "-ssh-host-key",
                PrivateKeyArgs.builder().algorithm("ED25519").build(), child);
        this.deployPrivateKey = deployKey.privateKeyOpenssh();
        this.deployPublicKey = deployKey.publicKeyOpenssh().applyValue(String::trim);
        this.hostPublicKey = hostKey.publicKeyOpenssh().applyValue(String::trim);

        // Secret, because it carries the host's private key.
        Output<String> renderedUserData = Output.tuple(deployKey.publicKeyOpenssh(), hostKey.privateKeyOpenssh(),
                        hostKey.publicKeyOpenssh())
                .applyValue(t -> userData.render(new UserDataRenderer.HostKeys(t.t1.trim(), t.t2, t.t3.trim())))
                .asSecret();

        if (settings.cloud() == Cloud.DIGITALOCEAN) {
            // Registering the (unique, generated) deploy key stops DigitalOcean from e-mailing a root password.
            var doKey = new SshKey(name + "-deploy-key", SshKeyArgs.builder()
                    .name(settings.prefix() + "-deploy")
                    .publicKey(deployKey.publicKeyOpenssh().applyValue(String::trim)).build(), child);
            var droplet = new Droplet(name + "-droplet", DropletArgs.builder()
                    .name(settings.prefix())
                    .image(settings.image())
                    .region(settings.region())
                    .size(settings.hostSize().slug())
                    .ipv6(true)
                    .monitoring(true)
                    .dropletAgent(false)
                    .gracefulShutdown(true)
                    .sshKeys(doKey.fingerprint().applyValue(List::of))
                    .tags(settings.doTags())
                    .userData(renderedUserData)
                    .build(), CustomResourceOptions.builder().parent(this)
                    .ignoreChanges(List.of("userData", "sshKeys")).build());
            var reserved = new ReservedIp(name + "-reserved-ip",
                    ReservedIpArgs.builder().region(settings.region()).build(),
                    CustomResourceOptions.builder().parent(this).protect(false).build());
            var assignment = new ReservedIpAssignment(name + "-reserved-ip-assignment",
                    ReservedIpAssignmentArgs.builder()
                            .ipAddress(reserved.ipAddress())
                            .dropletId(droplet.id().applyValue(Integer::parseInt))
                            .build(), child);
            this.publicIp = Output.tuple(reserved.ipAddress(), assignment.id()).applyValue(t -> t.t1);
            this.ipv6Address = droplet.ipv6Address();
            this.hostId = droplet.id();
        } else {
            var awsOpts = CustomResourceOptions.builder().parent(this).provider(providers.awsHost()).build();
            Output<String> ami = settings.image().startsWith("ami-") ? Output.of(settings.image())
                    : Ec2Functions.getAmi(GetAmiArgs.builder()
                            .owners(Catalog.UBUNTU_AMI_OWNER)
                            .mostRecent(true)
                            .filters(GetAmiFilterArgs.builder().name("name").values(settings.image()).build(),
                                    GetAmiFilterArgs.builder().name("virtualization-type").values("hvm").build())
                            .build(), InvokeOptions.builder().provider(providers.awsHost()).parent(this).build())
                    .applyValue(GetAmiResult::id);
            var instanceArgs = InstanceArgs.builder();
            instanceProfile.ifPresent(instanceArgs::iamInstanceProfile);
            var instance = new Instance(name + "-instance", instanceArgs
                    .ami(ami)
                    .instanceType(settings.hostSize().slug())
                    .vpcSecurityGroupIds(securityGroupId.orElseThrow().applyValue(List::of))
                    .userData(renderedUserData)
                    .userDataReplaceOnChange(false)
                    .monitoring(true)
                    .rootBlockDevice(InstanceRootBlockDeviceArgs.builder()
                            .volumeType("gp3").volumeSize(rootDiskGb()).encrypted(true).deleteOnTermination(true).build())
                    .metadataOptions(InstanceMetadataOptionsArgs.builder()
                            .httpTokens("required").httpEndpoint("enabled").httpPutResponseHopLimit(1).build())
                    .tags(nameTag(settings.prefix()))
                    .build(), CustomResourceOptions.builder().parent(this).provider(providers.awsHost())
                    .ignoreChanges(List.of("ami", "userData")).build());
            var eip = new Eip(name + "-eip", EipArgs.builder()
                    .domain("vpc")
                    .instance(instance.id())
                    .tags(nameTag(settings.prefix()))
                    .build(), awsOpts);
            this.publicIp = eip.publicIp();
            this.ipv6Address = Output.of("");
            this.hostId = instance.id();
        }

        registerOutputs(Map.of(
                "publicIp", publicIp,
                "ipv6Address", ipv6Address,
                "hostId", hostId,
                "hostPublicKey", hostPublicKey));
    }

    private int rootDiskGb() {
        // Room for images, the database and local backups: 10 GiB per GiB of RAM, at least 50.
        return Math.max(50, settings.hostSize().memoryMib() / 1024 * 10);
    }

    private static Map<String, String> nameTag(String name) {
        Map<String, String> m = new HashMap<>();
        m.put("Name", name);
        return m;
    }

    public Output<String> publicIp() {
        return publicIp;
    }

    public Output<String> ipv6Address() {
        return ipv6Address;
    }

    public Output<String> hostId() {
        return hostId;
    }

    public Output<String> hostPublicKey() {
        return hostPublicKey;
    }

    /** The deploy key's public half (OpenSSH line). */
    public Output<String> deployPublicKey() {
        return deployPublicKey;
    }

    /**
     * The admin user's authorized_keys as the stack wants it now: the team's keys and the deploy key. Installed on
     * every change, so adding or removing a team key needs no rebuild (user-data only applies at first boot).
     */
    public RemoteFile.Spec authorizedKeys() {
        return new RemoteFile.Spec("/home/" + HostAccess.USER + "/.ssh/authorized_keys",
                deployPublicKey.applyValue(k -> String.join("\n", settings.ssh().publicKeys()) + "\n" + k + "\n"),
                "0600", HostAccess.USER + ":" + HostAccess.USER);
    }

    /** The deploy key's private half (secret). */
    public Output<String> deployPrivateKey() {
        return deployPrivateKey;
    }

    public StackSettings settings() {
        return settings;
    }
}
