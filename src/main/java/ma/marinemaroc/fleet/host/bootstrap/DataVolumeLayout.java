package ma.marinemaroc.fleet.host.bootstrap;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where the data volume is mounted and which host paths are bind mounts of its folders. The host keeps its state
 * paths ({@code services.HostPaths}: {@value #STATE}, {@value #LOGS}, {@value #LETSENCRYPT}); each becomes a bind
 * mount of one folder of the volume, so nothing in the program or the containers needs to know about the volume.
 *
 * @param mountPoint where the volume's filesystem is mounted
 * @param label      its ext4 filesystem label (at most 16 bytes)
 * @param binds      the state paths, in mount order
 */
public record DataVolumeLayout(String mountPoint, String label, List<Bind> binds) {

    public static final String DEFAULT_MOUNT_POINT = "/srv/fleet-data";
    public static final String DEFAULT_LABEL = "fleet-data";
    /** The host paths of {@code services.HostPaths} (not imported: services depends on this package). */
    static final String STATE = "/var/lib/fleet";
    static final String LOGS = "/var/log/fleet";
    static final String LETSENCRYPT = "/etc/letsencrypt";

    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9._-]{1,16}");
    /** Plain segments only: no '.', '..', hidden names, spaces, commas (mount options) or quotes (shell). */
    private static final Pattern PATH = Pattern.compile("(/[A-Za-z0-9_][A-Za-z0-9._-]*)+");
    private static final Pattern FOLDER = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    /**
     * One state path: the host path {@code target} is the volume's folder {@code folder}.
     *
     * @param folder single folder name on the volume
     * @param target absolute host path
     */
    public record Bind(String folder, String target) {
        public Bind {
            Objects.requireNonNull(folder, "bind folder");
            Objects.requireNonNull(target, "bind target");
            if (!FOLDER.matcher(folder).matches() || folder.equals("lost+found") || folder.endsWith(".partial")) {
                throw new IllegalArgumentException("volume folder must be one plain name (a-z, 0-9, '.', '_', '-'; "
                        + "not lost+found, not *.partial), got '" + folder + "'");
            }
            plainPath("bind target", target);
        }
    }

    public DataVolumeLayout {
        Objects.requireNonNull(mountPoint, "mount point");
        Objects.requireNonNull(label, "label");
        binds = List.copyOf(Objects.requireNonNull(binds, "binds"));
        plainPath("mount point", mountPoint);
        if (!LABEL.matcher(label).matches()) {
            throw new IllegalArgumentException("filesystem label must be 1..16 of A-Z a-z 0-9 . _ -, got '" + label + "'");
        }
        if (binds.isEmpty()) {
            throw new IllegalArgumentException("the data volume layout needs at least one state path");
        }
        Set<String> folders = new HashSet<>();
        List<String> paths = new ArrayList<>(List.of(mountPoint));
        for (Bind b : binds) {
            if (!folders.add(b.folder())) {
                throw new IllegalArgumentException("volume folder '" + b.folder() + "' is used twice");
            }
            for (String other : paths) {
                if (nested(other, b.target())) {
                    throw new IllegalArgumentException("'" + b.target() + "' and '" + other
                            + "' are the same or nested; the mount point and each state path must be apart");
                }
            }
            paths.add(b.target());
        }
    }

    /** The standard layout: {@value #STATE}, {@value #LOGS} and {@value #LETSENCRYPT} on the volume. */
    public static DataVolumeLayout standard() {
        return new DataVolumeLayout(DEFAULT_MOUNT_POINT, DEFAULT_LABEL, List.of(
                new Bind("state", STATE), new Bind("logs", LOGS), new Bind("letsencrypt", LETSENCRYPT)));
    }

    /** The mount point and every state path, for {@code RequiresMountsFor=} of units that need the state. */
    public List<String> paths() {
        List<String> out = new ArrayList<>(List.of(mountPoint));
        binds.forEach(b -> out.add(b.target()));
        return out;
    }

    /** {@code RequiresMountsFor=...} line for any systemd unit that reads or writes the state. */
    public String requiresMountsFor() {
        return "RequiresMountsFor=" + String.join(" ", paths());
    }

    private static boolean nested(String a, String b) {
        return a.equals(b) || a.startsWith(b + "/") || b.startsWith(a + "/");
    }

    private static void plainPath(String what, String path) {
        if (!PATH.matcher(path).matches()) {
            throw new IllegalArgumentException(what + " must be an absolute path below / of plain names (A-Z a-z 0-9 . _ -, "
                    + "not starting with '.'; it goes into fstab, mount options, systemd and shell unquoted), got '" + path + "'");
        }
    }
}
