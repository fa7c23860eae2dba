package ma.marinemaroc.fleet.rehearsal;

import ma.marinemaroc.fleet.testing.Proc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The host's data volume (DigitalOcean Volume / EBS) for a rehearsal: a sparse file outside every host, attached as
 * a loop device while a host uses it, like a cloud volume attached to a droplet. The host sees it under the by-id link
 * the cloud would give it ({@link NamespaceHost}). It outlives the hosts it is attached to: {@link #detach} after a
 * host is gone, {@link #attach} again for the next one ("re-attach"). {@link #close} detaches it and deletes the file;
 * {@link #removeAbandoned} detaches volumes of a JVM that died before it could.
 */
public final class LoopVolume implements AutoCloseable {
    static final String PREFIX = "fleet-rehearsal-volume-";
    /**
     * Size of the file: the rehearsal's data is small, and the volume's declared size (fleet:dataVolumeGb) is the
     * cloud's business; the script formats and grows whatever device it finds.
     */
    static final long DEFAULT_MIB = 4096;

    private final Path dir;
    private final Path file;
    private String device;

    private LoopVolume(Path dir) {
        this.dir = dir;
        this.file = dir.resolve("volume.img");
    }

    /** A new, blank volume (a sparse file of {@code mib} MiB); not attached yet. */
    public static LoopVolume create(long mib) {
        removeAbandoned();
        Proc.require("losetup");
        try {
            Path dir = Files.createTempDirectory(Path.of("/var/tmp"), PREFIX,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Files.writeString(dir.resolve("owner"), ProcessHandle.current().pid() + "\n");
            LoopVolume v = new LoopVolume(dir);
            Proc.run(List.of("truncate", "-s", mib + "M", v.file.toString())).requireOk("creating the volume file");
            return v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Attaches the file as a loop device (like the cloud attaching the volume to a host); returns /dev/loopN. */
    public synchronized String attach() {
        if (device != null) throw new IllegalStateException("the volume is attached already as " + device);
        device = Proc.run(List.of("losetup", "--find", "--show", file.toString())).requireOk("attaching the volume").out().strip();
        if (!device.matches("/dev/loop\\d+")) throw new AssertionError("losetup answered " + device);
        return device;
    }

    public synchronized Optional<String> device() {
        return Optional.ofNullable(device);
    }

    public Path file() {
        return file;
    }

    /**
     * Detaches the loop device once nothing mounts it any more (the host that mounted it is gone); fails when a mount
     * of it is still alive after 30 s, so a volume is never used by two hosts at once.
     */
    public synchronized void detach() {
        if (device == null) return;
        String majMin = Proc.run(List.of("lsblk", "-dn", "-o", "MAJ:MIN", device)).requireOk("lsblk " + device).out().strip();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (mounted(majMin)) {
            if (System.nanoTime() > deadline) throw new AssertionError(device + " (" + majMin + ") is still mounted by a process after its host stopped");
            sleep();
        }
        Proc.run(List.of("losetup", "-d", device)).requireOk("detaching " + device);
        device = null;
    }

    /** Whether any mount namespace still mounts the device (its maj:min in some /proc/PID/mountinfo). */
    static boolean mounted(String majMin) {
        Proc.Result r = Proc.run(List.of("sh", "-c", "grep -qs -- ' " + majMin + " ' /proc/[0-9]*/mountinfo"));
        return r.exit() == 0;
    }

    @Override
    public synchronized void close() {
        try {
            detach();
        } finally {
            // a device this run attached and could not detach cleanly is detached anyway (the file goes)
            detachAll(file);
            Proc.run(List.of("rm", "-rf", "--one-file-system", "--", dir.toString()));
        }
    }

    private static void detachAll(Path file) {
        Proc.Result r = Proc.run(List.of("losetup", "-j", file.toString(), "-O", "NAME", "-n"));
        for (String dev : r.out().lines().map(String::strip).filter(l -> l.matches("/dev/loop\\d+")).toList()) {
            Proc.run(List.of("losetup", "-d", dev));
        }
    }

    /** Volumes left by a JVM that is gone: detached and deleted. */
    static void removeAbandoned() {
        try (Stream<Path> dirs = Files.list(Path.of("/var/tmp"))) {
            for (Path d : dirs.filter(p -> p.getFileName().toString().startsWith(PREFIX)).toList()) {
                Path owner = d.resolve("owner");
                if (!Files.isRegularFile(owner)) continue;
                long pid = Long.parseLong(Files.readString(owner).trim());
                if (ProcessHandle.of(pid).isPresent()) continue;
                detachAll(d.resolve("volume.img"));
                Proc.run(List.of("rm", "-rf", "--one-file-system", "--", d.toString()));
            }
        } catch (IOException | NumberFormatException e) {
            // best effort: what we cannot read is left alone
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
