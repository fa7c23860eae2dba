package ma.marinemaroc.fleet.host.bootstrap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The on-host part of the data volume: a script that finds the volume by its stable id, creates its filesystem only
 * when the device is blank, mounts it and binds every state path onto it (persistently, in /etc/fstab), and a
 * docker.service drop-in that keeps Docker down until those mounts are in place. Pure: values in, files out. The
 * rules are in the script's header ({@code templates/host/fleet-data-volume.sh.mustache}).
 *
 * @param device      the volume's by-id path
 * @param layout      mount point, filesystem label and state paths
 * @param waitSeconds how long the script waits for the device to appear before it fails (the cloud attaches the
 *                    volume after the host exists); also the fstab device timeout at boot
 */
public record DataVolumeScript(DataVolumeDevice device, DataVolumeLayout layout, int waitSeconds) {

    public static final String SCRIPT = "/opt/fleet/bin/fleet-data-volume";
    public static final String DOCKER_DROP_IN = "/etc/systemd/system/docker.service.d/10-fleet-data-volume.conf";
    /** Mount (and on first use format) the volume over SSH; idempotent. */
    public static final String SETUP_COMMAND = "sudo " + SCRIPT;
    /** Grow the filesystem to the volume's size, online; a no-op when it already fills it. */
    public static final String GROW_COMMAND = "sudo " + SCRIPT + " --grow";
    public static final int DEFAULT_WAIT_SECONDS = 600;
    public static final int MAX_WAIT_SECONDS = 3600;
    /** Exit codes of the script besides 0 and 1 (failure): usage, device missing, device refused. */
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_MISSING = 3;
    public static final int EXIT_REFUSED = 4;

    public DataVolumeScript {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(layout, "layout");
        if (waitSeconds < 1 || waitSeconds > MAX_WAIT_SECONDS) {
            throw new IllegalArgumentException("data volume wait must be 1.." + MAX_WAIT_SECONDS + " s, got " + waitSeconds);
        }
    }

    /** The standard layout with the default wait. */
    public static DataVolumeScript standard(DataVolumeDevice device) {
        return new DataVolumeScript(device, DataVolumeLayout.standard(), DEFAULT_WAIT_SECONDS);
    }

    /** The script, at {@value #SCRIPT}. */
    public HostFile script() {
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("device", device.byIdPath());
        scope.put("mountPoint", layout.mountPoint());
        scope.put("label", layout.label());
        scope.put("waitSeconds", waitSeconds);
        scope.put("binds", layout.binds());
        scope.put("scriptPath", SCRIPT);
        return HostFile.root(SCRIPT, Templates.render("fleet-data-volume.sh.mustache", scope), "0755");
    }

    /** The docker.service drop-in, at {@value #DOCKER_DROP_IN}. */
    public HostFile dockerDropIn() {
        return HostFile.root(DOCKER_DROP_IN, Templates.render("docker-fleet-data-volume.conf.mustache",
                Map.of("paths", String.join(" ", layout.paths()), "scriptPath", SCRIPT)), "0644");
    }

    /** Both files, for cloud-init's write_files. */
    public List<HostFile> files() {
        return List.of(script(), dockerDropIn());
    }

    /**
     * The step as a cloud-init runcmd line: run it before anything writes state and before the ready marker; it fails
     * (non-zero) when the volume is missing or holds something else. Note the script is about 14 KB: with the rest of
     * the user-data it does not fit EC2's 16 KiB, so there it must be installed over SSH ({@link #setupCommand()}).
     */
    public String runcmd() {
        return SCRIPT;
    }

    /**
     * The same step over SSH (the first deployment, before any container starts): idempotent, so it can run on every
     * deployment; a second run changes nothing.
     */
    public String setupCommand() {
        return SETUP_COMMAND;
    }

    /** Grows the filesystem to the volume's size, online (a no-op when it already fills it); over SSH. */
    public String growCommand() {
        return GROW_COMMAND;
    }
}
