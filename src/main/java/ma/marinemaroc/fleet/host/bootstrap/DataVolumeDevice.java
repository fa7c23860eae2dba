package ma.marinemaroc.fleet.host.bootstrap;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The stable path of the data volume's block device on the host: a {@code /dev/disk/by-id/} link udev makes from the
 * volume's own identity, never a device letter ({@code /dev/sdb}, {@code /dev/xvdf}, {@code /dev/nvme1n1}: those
 * depend on attach order, and on Nitro instances the name given to the attachment is not the name the host sees).
 *
 * <ul>
 *   <li>DigitalOcean: {@code /dev/disk/by-id/scsi-0DO_Volume_<volume name>} (names: lowercase letters, digits and
 *       '-', starting with a letter, at most 64).</li>
 *   <li>AWS (Nitro, NVMe): {@code /dev/disk/by-id/nvme-Amazon_Elastic_Block_Store_vol<id without the dash>}, the
 *       NVMe serial number, which is the EBS volume id.</li>
 * </ul>
 *
 * @param byIdPath the by-id path
 */
public record DataVolumeDevice(String byIdPath) {

    public static final String BY_ID = "/dev/disk/by-id/";
    static final String DIGITALOCEAN_PREFIX = BY_ID + "scsi-0DO_Volume_";
    static final String AWS_PREFIX = BY_ID + "nvme-Amazon_Elastic_Block_Store_vol";
    private static final Pattern DO_NAME = Pattern.compile("[a-z][a-z0-9-]{0,63}");
    private static final Pattern AWS_ID = Pattern.compile("vol-([0-9a-f]{8}|[0-9a-f]{17})");
    private static final Pattern PATH = Pattern.compile(Pattern.quote(DIGITALOCEAN_PREFIX) + DO_NAME.pattern()
            + "|" + Pattern.quote(AWS_PREFIX) + "([0-9a-f]{8}|[0-9a-f]{17})");

    public DataVolumeDevice {
        Objects.requireNonNull(byIdPath, "data volume device path");
        if (!PATH.matcher(byIdPath).matches()) {
            throw new IllegalArgumentException("data volume device must be its stable by-id path, "
                    + DIGITALOCEAN_PREFIX + "<volume name> (DigitalOcean) or " + AWS_PREFIX
                    + "<volume id without the dash> (AWS), never a device letter; got '" + byIdPath + "'");
        }
    }

    /** The DigitalOcean volume called {@code volumeName}. */
    public static DataVolumeDevice digitalOcean(String volumeName) {
        Objects.requireNonNull(volumeName, "volume name");
        if (!DO_NAME.matcher(volumeName).matches()) {
            throw new IllegalArgumentException("DigitalOcean volume name must be lowercase letters, digits and '-', "
                    + "start with a letter and be at most 64 long, got '" + volumeName + "'");
        }
        return new DataVolumeDevice(DIGITALOCEAN_PREFIX + volumeName);
    }

    /** The EBS volume {@code vol-...} attached to a Nitro instance. */
    public static DataVolumeDevice aws(String volumeId) {
        Objects.requireNonNull(volumeId, "volume id");
        if (!AWS_ID.matcher(volumeId).matches()) {
            throw new IllegalArgumentException("EBS volume id must look like vol-0123456789abcdef0, got '" + volumeId + "'");
        }
        return new DataVolumeDevice(AWS_PREFIX + volumeId.substring("vol-".length()));
    }
}
