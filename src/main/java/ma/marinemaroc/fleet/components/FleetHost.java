package ma.marinemaroc.fleet.components;

import com.pulumi.core.Output;
import ma.marinemaroc.fleet.host.HostAccess;

/**
 * What the rest of a stack needs from its host, whatever the cloud ({@link DropletHost}, {@link Ec2Host}): where it
 * is, who it is, and how to log in to it.
 */
public interface FleetHost {
    /** The stable public IPv4 address (reserved IP / Elastic IP): survives a replacement of the machine. */
    Output<String> publicIp();

    /** The machine's private IPv4 address (in the VPC): how other hosts of a scaled fleet reach it. */
    Output<String> privateIp();

    /** The machine's cloud id (droplet id / instance id): changes when the machine is replaced. */
    Output<String> hostId();

    /** The host's SSH public key (OpenSSH line), pinned by every login. */
    Output<String> hostPublicKey();

    /** The deploy key's public half (OpenSSH line). */
    Output<String> deployPublicKey();

    /** The deploy key's private half (secret): every on-host step logs in with it. */
    Output<String> deployPrivateKey();

    /** The bootstrap key's private half (secret): can only replace the authorized keys (forced command). */
    Output<String> bootstrapPrivateKey();

    /** sshd's port. */
    int sshPort();

    /** How on-host steps reach this host. */
    default HostAccess access() {
        return new HostAccess(publicIp(), sshPort(), deployPrivateKey(), bootstrapPrivateKey(), hostPublicKey(), hostId());
    }
}
