package ma.marinemaroc.fleet.components;

import com.pulumi.core.Output;

/**
 * What the rest of a stack needs from the host's data volume, whatever the cloud ({@link DropletDataVolume},
 * {@link EbsDataVolume}): which volume it is, where the host sees it, and how big it is. The volume outlives the
 * machine: the host attaches it ({@code dataVolumeId} of {@link DropletHostArgs} / {@link Ec2HostArgs}) and a
 * replaced host attaches the same one.
 */
public interface FleetDataVolume {
    /** The cloud's volume id. */
    Output<String> volumeId();

    /**
     * The stable path of the volume's block device on the host, a {@code /dev/disk/by-id/} link made from the
     * volume's own identity (never a device letter, which depends on attach order).
     */
    Output<String> devicePath();

    /** The size in GiB as declared (a larger size grows the volume in place; it never shrinks). */
    int sizeGb();
}
