package ma.marinemaroc.fleet.services;

import com.pulumi.core.Output;
import ma.marinemaroc.fleet.host.RemoteFile;

import java.util.List;
import java.util.Objects;

/**
 * The block volume the host keeps its state on, as {@link Services} sets it up: right after the host is bootstrapped
 * and before anything writes state (the containers' folders, the database, certificates), its {@code files} are
 * installed (the mount script, the unit drop-ins that order services after the mount) and {@code mountCommand} runs.
 * {@code growCommand} runs again whenever {@code sizeGb} changes (the cloud grows the volume in place; the command
 * grows the filesystem online).
 *
 * @param files        installed first (not on the volume)
 * @param mountCommand finds the volume by its stable device path, formats it only when blank, mounts it, binds the
 *                     state folders; fails (with the reason) rather than let state land on the root disk
 * @param growCommand  grows the filesystem to the volume's size
 * @param sizeGb       the volume's declared size: a change re-runs {@code growCommand}
 */
public record StateVolume(List<RemoteFile.Spec> files, Output<String> mountCommand, String growCommand, int sizeGb) {
    public StateVolume {
        files = List.copyOf(files);
        Objects.requireNonNull(mountCommand, "mountCommand");
        Objects.requireNonNull(growCommand, "growCommand");
        if (sizeGb < 1) throw new IllegalArgumentException("StateVolume.sizeGb must be >= 1, got " + sizeGb);
    }
}
