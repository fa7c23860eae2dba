package ma.marinemaroc.fleet.components;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import ma.marinemaroc.fleet.bindings.digitalocean.Volume;
import ma.marinemaroc.fleet.bindings.digitalocean.VolumeArgs;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * A DigitalOcean block storage volume for the host's state, {@code protect}ed: it is declared apart from the droplet,
 * so replacing the droplet (image, region of the host, a {@code --replace}) attaches the same volume to the new one,
 * and {@code pulumi destroy} stops at it instead of deleting the data.
 *
 * <p>No filesystem is requested from the cloud: the host formats the volume itself, and only when the device is
 * blank. DigitalOcean has no scheduled snapshot policy for volumes (snapshots are on demand); the stack's off-region
 * logical backups are the scheduled copy.
 */
public class DropletDataVolume extends ComponentResource implements FleetDataVolume {
    public static final String TYPE = Components.type(DropletDataVolume.class);
    /** The by-id prefix udev gives a DigitalOcean volume (SCSI serial = the volume's name). */
    public static final String BY_ID_PREFIX = "/dev/disk/by-id/scsi-0DO_Volume_";
    static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,63}");

    /** The volume's id. */
    @Export(name = "volumeId", refs = {String.class}, tree = "[0]")
    private final Output<String> volumeId;
    /** Where the host sees the volume. */
    @Export(name = "devicePath", refs = {String.class}, tree = "[0]")
    private final Output<String> devicePath;

    private final int sizeGb;

    public DropletDataVolume(String name, DropletDataVolumeArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        args.validate();
        this.sizeGb = args.sizeGb();
        var volume = new Volume(name + "-volume", VolumeArgs.builder()
                .name(args.volumeName())
                .region(args.region())
                .size(args.sizeGb())
                .description(args.description())
                .tags(args.tags())
                .build(), CustomResourceOptions.builder().parent(this).protect(true).build());
        this.volumeId = volume.id();
        this.devicePath = volume.name().applyValue(n -> BY_ID_PREFIX + n);
        registerOutputs(Map.of("volumeId", volumeId, "devicePath", devicePath));
    }

    @Override
    public Output<String> volumeId() {
        return volumeId;
    }

    @Override
    public Output<String> devicePath() {
        return devicePath;
    }

    @Override
    public int sizeGb() {
        return sizeGb;
    }
}
