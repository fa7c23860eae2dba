package ma.marinemaroc.fleet.components;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import ma.marinemaroc.fleet.bindings.digitalocean.Droplet;
import ma.marinemaroc.fleet.bindings.digitalocean.DropletArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.ReservedIp;
import ma.marinemaroc.fleet.bindings.digitalocean.ReservedIpArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.ReservedIpAssignment;
import ma.marinemaroc.fleet.bindings.digitalocean.ReservedIpAssignmentArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.SshKey;
import ma.marinemaroc.fleet.bindings.digitalocean.SshKeyArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.VolumeAttachment;
import ma.marinemaroc.fleet.bindings.digitalocean.VolumeAttachmentArgs;

import java.util.List;
import java.util.Map;

/**
 * A DigitalOcean droplet bootstrapped by cloud-init, behind a reserved IP (which survives a rebuild and carries the
 * DNS name), with its generated deploy, bootstrap and SSH host keys.
 *
 * <p>User-data is rendered from what should replace the host when it changes (host name, SSH port, host key,
 * bootstrap key) and nothing else, so no {@code ignoreChanges} is needed and a replacement boots with the current
 * bootstrap. The reserved IP is {@code protect}ed: DNS and the cloud firewall's clients rest on it.
 */
public class DropletHost extends ComponentResource implements FleetHost {
    public static final String TYPE = Components.type(DropletHost.class);
    public static final String DEFAULT_IMAGE = "ubuntu-22-04-x64";

    /** The reserved IPv4 address (stable across rebuilds). */
    @Export(name = "publicIp", refs = {String.class}, tree = "[0]")
    private final Output<String> publicIp;
    /** The droplet's IPv6 address. */
    @Export(name = "ipv6Address", refs = {String.class}, tree = "[0]")
    private final Output<String> ipv6Address;
    /** The droplet's id, known once the droplet is up with its data volume (if any) attached. */
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

    public DropletHost(String name, DropletHostArgs args, ComponentResourceOptions options) {
        super(TYPE, name, Components.aliased(options, "fleet:host:Host"));
        args.validate();
        this.sshPort = args.sshPort();
        var child = CustomResourceOptions.builder().parent(this).build();
        HostKeys keys = new HostKeys(name, this, args.hostname(), args.sshPort());

        // Registering a (generated) key stops DigitalOcean from e-mailing a root password; it is the bootstrap key,
        // which never changes for the life of the droplet (the cloud installs it for root, whose login sshd refuses).
        var doKey = new SshKey(name + "-bootstrap-key", SshKeyArgs.builder()
                .name(args.hostname() + "-bootstrap")
                .publicKey(keys.bootstrapPublicKey).build(), child);
        var droplet = new Droplet(name + "-droplet", dropletArgs(args, keys, doKey), child);
        var reserved = new ReservedIp(name + "-reserved-ip", ReservedIpArgs.builder().region(args.region()).build(),
                CustomResourceOptions.builder().parent(this).protect(true).build());
        var assignment = new ReservedIpAssignment(name + "-reserved-ip-assignment", ReservedIpAssignmentArgs.builder()
                .ipAddress(reserved.ipAddress())
                .dropletId(droplet.id().applyValue(Integer::parseInt))
                .build(), child);

        this.publicIp = Output.tuple(reserved.ipAddress(), assignment.id()).applyValue(t -> t.t1);
        this.ipv6Address = droplet.ipv6Address();
        Output<Integer> dropletId = droplet.id().applyValue(Integer::parseInt);
        this.hostId = args.dataVolumeId().map(volumeId -> {
            // a volume is attached to one droplet at a time: on a replacement the old attachment goes first
            var attachment = new VolumeAttachment(name + "-data-volume-attachment", VolumeAttachmentArgs.builder()
                    .dropletId(dropletId).volumeId(volumeId).build(),
                    CustomResourceOptions.builder().parent(this).deleteBeforeReplace(true).build());
            return Output.tuple(droplet.id(), attachment.id()).applyValue(t -> t.t1);
        }).orElse(droplet.id());
        this.privateIp = droplet.ipv4AddressPrivate();
        this.hostPublicKey = keys.hostPublicKey;
        this.deployPublicKey = keys.deployPublicKey;
        this.deployPrivateKey = keys.deployPrivateKey.asSecret();
        this.bootstrapPrivateKey = keys.bootstrapPrivateKey.asSecret();
        registerOutputs(Map.of("publicIp", publicIp, "privateIp", privateIp, "ipv6Address", ipv6Address, "hostId", hostId,
                "hostPublicKey", hostPublicKey, "deployPublicKey", deployPublicKey,
                "deployPrivateKey", deployPrivateKey, "bootstrapPrivateKey", bootstrapPrivateKey));
    }

    private static DropletArgs dropletArgs(DropletHostArgs args, HostKeys keys, SshKey doKey) {
        var b = DropletArgs.builder()
                .name(args.hostname())
                .image(args.image())
                .region(args.region())
                .size(args.size())
                .ipv6(true)
                .monitoring(true)
                .dropletAgent(false)
                .gracefulShutdown(true)
                .sshKeys(doKey.fingerprint().applyValue(List::of))
                .tags(args.tags())
                .userData(keys.userData);
        args.vpcUuid().ifPresent(b::vpcUuid);
        return b.build();
    }

    @Override
    public Output<String> publicIp() {
        return publicIp;
    }

    public Output<String> ipv6Address() {
        return ipv6Address;
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
