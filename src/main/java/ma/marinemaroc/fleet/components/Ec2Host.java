package ma.marinemaroc.fleet.components;

import com.pulumi.aws.ec2.Ec2Functions;
import com.pulumi.aws.ec2.Eip;
import com.pulumi.aws.ec2.EipArgs;
import com.pulumi.aws.ec2.Instance;
import com.pulumi.aws.ec2.InstanceArgs;
import com.pulumi.aws.ec2.VolumeAttachment;
import com.pulumi.aws.ec2.VolumeAttachmentArgs;
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

import java.util.Map;

/**
 * An EC2 instance bootstrapped by cloud-init, behind an Elastic IP (stable across rebuilds, {@code protect}ed), with
 * its generated deploy, bootstrap and SSH host keys. IMDSv2 only with a hop limit of 1 (containers cannot reach the
 * metadata service through the bridge), root disk gp3 encrypted.
 *
 * <p>User-data holds only what should replace the host (host name, SSH port, host key, bootstrap key) and a change
 * replaces the instance ({@code userDataReplaceOnChange}), so a replacement always boots with the current bootstrap.
 * The AMI lookup is ignored after creation: a newer Ubuntu image does not rebuild a running host.
 */
public class Ec2Host extends ComponentResource implements FleetHost {
    public static final String TYPE = Components.type(Ec2Host.class);
    /** Canonical's account for Ubuntu AMIs. */
    public static final String UBUNTU_OWNER = "099720109477";
    /** The attachment's device name (Nitro hosts see an NVMe device instead: use the volume's by-id path). */
    public static final String DATA_VOLUME_DEVICE_NAME = "/dev/sdf";
    public static final String DEFAULT_IMAGE_FILTER = "ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*";

    /** The Elastic IP (stable across rebuilds). */
    @Export(name = "publicIp", refs = {String.class}, tree = "[0]")
    private final Output<String> publicIp;
    /** The instance id, known once the instance is up with its data volume (if any) attached. */
    @Export(name = "hostId", refs = {String.class}, tree = "[0]")
    private final Output<String> hostId;
    /** The machine's private IPv4 address (in its VPC). */
    @Export(name = "privateIp", refs = {String.class}, tree = "[0]")
    private final Output<String> privateIp;
    /** The host's SSH public key (OpenSSH line), to pin. */
    @Export(name = "hostPublicKey", refs = {String.class}, tree = "[0]")
    private final Output<String> hostPublicKey;
    /** The deploy key's public half. */
    @Export(name = "deployPublicKey", refs = {String.class}, tree = "[0]")
    private final Output<String> deployPublicKey;
    /** The deploy key's private half (secret). */
    @Export(name = "deployPrivateKey", refs = {String.class}, tree = "[0]")
    private final Output<String> deployPrivateKey;
    /** The bootstrap key's private half (secret). */
    @Export(name = "bootstrapPrivateKey", refs = {String.class}, tree = "[0]")
    private final Output<String> bootstrapPrivateKey;

    private final int sshPort;

    public Ec2Host(String name, Ec2HostArgs args, ComponentResourceOptions options) {
        super(TYPE, name, Components.aliased(options, "fleet:host:Host"));
        args.validate();
        this.sshPort = args.sshPort();
        HostKeys keys = new HostKeys(name, this, args.hostname(), args.sshPort());
        Output<String> ami = args.image().startsWith("ami-") ? Output.of(args.image())
                : Ec2Functions.getAmi(GetAmiArgs.builder()
                        .owners(UBUNTU_OWNER)
                        .mostRecent(true)
                        .filters(GetAmiFilterArgs.builder().name("name").values(args.image()).build(),
                                GetAmiFilterArgs.builder().name("virtualization-type").values("hvm").build())
                        .build(), InvokeOptions.builder().parent(this).build())
                .applyValue(GetAmiResult::id);
        var instanceArgs = InstanceArgs.builder();
        args.instanceProfile().ifPresent(instanceArgs::iamInstanceProfile);
        args.subnetId().ifPresent(instanceArgs::subnetId);
        args.availabilityZone().ifPresent(instanceArgs::availabilityZone);
        var instance = new Instance(name + "-instance", instanceArgs
                .ami(ami)
                .instanceType(args.instanceType())
                .vpcSecurityGroupIds(args.securityGroupIds())
                .userData(keys.userData)
                .userDataReplaceOnChange(true)
                .monitoring(true)
                .rootBlockDevice(InstanceRootBlockDeviceArgs.builder()
                        .volumeType("gp3").volumeSize(args.rootDiskGb()).encrypted(true).deleteOnTermination(true).build())
                .metadataOptions(InstanceMetadataOptionsArgs.builder()
                        .httpTokens("required").httpEndpoint("enabled").httpPutResponseHopLimit(1).build())
                .tags(Map.of("Name", args.hostname()))
                .build(), CustomResourceOptions.builder().parent(this).ignoreChanges("ami").build());
        var eip = new Eip(name + "-eip", EipArgs.builder()
                .domain("vpc")
                .instance(instance.id())
                .tags(Map.of("Name", args.hostname()))
                .build(), CustomResourceOptions.builder().parent(this).protect(true).build());

        this.publicIp = eip.publicIp();
        this.hostId = args.dataVolumeId().map(volumeId -> {
            // one instance at a time; the old instance is stopped before the volume leaves it
            var attachment = new VolumeAttachment(name + "-data-volume-attachment", VolumeAttachmentArgs.builder()
                    .deviceName(DATA_VOLUME_DEVICE_NAME)
                    .volumeId(volumeId)
                    .instanceId(instance.id())
                    .stopInstanceBeforeDetaching(true)
                    .build(), CustomResourceOptions.builder().parent(this).deleteBeforeReplace(true).build());
            return Output.tuple(instance.id(), attachment.id()).applyValue(t -> t.t1);
        }).orElse(instance.id());
        this.privateIp = instance.privateIp();
        this.hostPublicKey = keys.hostPublicKey;
        this.deployPublicKey = keys.deployPublicKey;
        this.deployPrivateKey = keys.deployPrivateKey.asSecret();
        this.bootstrapPrivateKey = keys.bootstrapPrivateKey.asSecret();
        registerOutputs(Map.of("publicIp", publicIp, "privateIp", privateIp, "hostId", hostId, "hostPublicKey", hostPublicKey,
                "deployPublicKey", deployPublicKey, "deployPrivateKey", deployPrivateKey,
                "bootstrapPrivateKey", bootstrapPrivateKey));
    }

    @Override
    public Output<String> publicIp() {
        return publicIp;
    }

    @Override
    public Output<String> privateIp() {
        return privateIp;
    }

    @Override
    public Output<String> hostId() {
        return hostId;
    }

    @Override
    public Output<String> hostPublicKey() {
        return hostPublicKey;
    }

    @Override
    public Output<String> deployPublicKey() {
        return deployPublicKey;
    }

    @Override
    public Output<String> deployPrivateKey() {
        return deployPrivateKey;
    }

    @Override
    public Output<String> bootstrapPrivateKey() {
        return bootstrapPrivateKey;
    }

    @Override
    public int sshPort() {
        return sshPort;
    }
}
