package ma.marinemaroc.fleet.host.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import ma.marinemaroc.fleet.services.HostPaths;
import ma.marinemaroc.fleet.testing.Proc;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The rendered data-volume script run for real, as root, against loop devices (sparse files in a temp dir) inside a
 * private mount namespace ({@code unshare --mount --propagation private}): every mount it makes dies with the
 * namespace, /etc/fstab is a temp file, and the layout is rendered under the temp dir. Nothing of the machine's own
 * mounts or fstab is touched. Loop devices are detached and the namespace stopped after every test.
 */
@org.junit.jupiter.api.parallel.Isolated("loop devices, mounts and iptables are the machine's: nothing else runs meanwhile")
class DataVolumeScriptTest {

    private static final long MIB = 1024 * 1024;
    private static final String ROOT_FSTAB = "UUID=0b7e6d1c-1111-4222-8333-944455556666 / ext4 errors=remount-ro 0 1\n"
            + "/swapfile none swap sw 0 0\n";

    /**
     * Online ext4 growth (the EXT4_IOC_RESIZE_FS ioctl resize2fs uses on a mounted filesystem) needs CAP_SYS_RESOURCE.
     * Where root lacks it (a container whose bounding set drops it), the recorded resize2fs grows the same device
     * offline instead: it unmounts the device's mounts, checks and grows it with the real resize2fs, and mounts them
     * back in the same order. Everything else --grow does (finding the device, comparing sizes, the no-op) is the same.
     */
    static final boolean ONLINE_RESIZE = hasCapability(24); // CAP_SYS_RESOURCE
    private static final String OFFLINE_RESIZE = """
            #!/bin/sh
            set -eu
            echo "resize2fs $*" >>"$CALLS"
            dev="$1"
            mounts=$(findmnt -rn -o TARGET,FSROOT -S "$dev")
            printf '%s\\n' "$mounts" | tac | while read -r target fsroot; do umount "$target"; done
            @E2FSCK@ -f -y "$dev" >/dev/null || [ "$?" -le 1 ]
            @RESIZE2FS@ "$dev"
            printf '%s\\n' "$mounts" | {
              volume=""
              while read -r target fsroot; do
                if [ "$fsroot" = / ]; then mount "$dev" "$target"; volume="$target"
                else mount --bind "$volume$fsroot" "$target"; fi
              done
            }
            """;

    @TempDir
    Path dir;
    private final List<Loop> loops = new ArrayList<>();
    private MountNamespace ns;
    private DataVolumeLayout layout;
    private Path fstab;
    private Path calls;
    private Path byId;
    private Map<String, String> env;

    @BeforeEach
    void setUp() throws IOException {
        Proc.require("losetup");
        Proc.require("unshare");
        Proc.require("nsenter");
        assertThat(Proc.run(List.of("id", "-u")).out().strip()).as("these tests need root (loop devices, mounts)").isEqualTo("0");
        layout = new DataVolumeLayout(dir.resolve("srv/fleet-data").toString(), "fleet-data", List.of(
                new DataVolumeLayout.Bind("state", dir.resolve("var/lib/fleet").toString()),
                new DataVolumeLayout.Bind("logs", dir.resolve("var/log/fleet").toString()),
                new DataVolumeLayout.Bind("letsencrypt", dir.resolve("etc/letsencrypt").toString())));
        fstab = HostFixtures.write(dir.resolve("etc/fstab"), ROOT_FSTAB, "rw-r--r--");
        calls = dir.resolve("calls.log");
        Path wrap = Files.createDirectories(dir.resolve("wrap"));
        // real programs, recorded: the tests can tell whether mkfs or resize2fs ran
        for (String program : List.of("mkfs.ext4", "resize2fs")) {
            HostFixtures.write(wrap.resolve(program), "#!/bin/sh\necho \"" + program + " $*\" >>\"$CALLS\"\nexec "
                    + Proc.require(program) + " \"$@\"\n", "rwxr-xr-x");
        }
        if (!ONLINE_RESIZE) {
            HostFixtures.write(wrap.resolve("resize2fs"), OFFLINE_RESIZE.replace("@RESIZE2FS@", Proc.require("resize2fs"))
                    .replace("@E2FSCK@", Proc.require("e2fsck")), "rwxr-xr-x");
        }
        HostFixtures.write(wrap.resolve("systemctl"), "#!/bin/sh\necho \"systemctl $*\" >>\"$CALLS\"\n", "rwxr-xr-x");
        byId = Files.createDirectories(dir.resolve("by-id")).resolve("scsi-0DO_Volume_fleet-data-test");
        env = new HashMap<>();
        env.put("PATH", wrap + ":" + System.getenv("PATH") + ":/usr/sbin:/sbin");
        env.put("CALLS", calls.toString());
        env.put("FLEET_DATA_DEVICE", byId.toString());
        env.put("FLEET_FSTAB", fstab.toString());
        env.put("FLEET_DATA_LOCK", dir.resolve("fleet-data-volume.lock").toString());
        env.put("FLEET_SYSTEMD_RUNTIME", Files.createDirectories(dir.resolve("run/systemd/system")).toString());
        env.put("FLEET_DATA_POLL_SECONDS", "0.2");
        ns = MountNamespace.start();
    }

    @AfterEach
    void tearDown() throws IOException {
        try {
            if (ns != null) ns.close();
        } finally {
            loops.forEach(Loop::close);
            Files.deleteIfExists(byId); // a link to /dev/loopN: JUnit would warn about it
        }
    }

    // ---- the script on real devices

    @Test
    void blankDeviceIsFormattedMountedAndBoundAndRecordedInFstab() throws IOException {
        Loop loop = attach(64);
        Path state = Path.of(layout.binds().get(0).target());
        Files.createDirectories(state.resolve("backups"));
        Files.writeString(state.resolve("made-by-cloud-init"), "first boot\n");
        Files.createDirectories(Path.of(layout.binds().get(1).target()));

        Proc.Result r = run(script(5));

        assertThat(r.exit()).as(r.all()).isZero();
        Map<String, String> probe = blkid(loop);
        assertThat(probe).containsEntry("TYPE", "ext4").containsEntry("LABEL", "fleet-data");
        String uuid = probe.get("UUID");
        assertThat(mounts()).containsExactly(
                layout.mountPoint() + " " + loop.majMin() + " / ext4",
                layout.binds().get(0).target() + " " + loop.majMin() + " /state ext4",
                layout.binds().get(1).target() + " " + loop.majMin() + " /logs ext4",
                layout.binds().get(2).target() + " " + loop.majMin() + " /letsencrypt ext4");
        // the root disk's first-boot content moved onto the volume: seen through the bind, gone from the root disk
        Path volume = ns.path(layout.mountPoint());
        assertThat(volume.resolve("state/made-by-cloud-init")).hasContent("first boot");
        assertThat(volume.resolve("state/backups")).isDirectory();
        assertThat(ns.path(state.toString()).resolve("made-by-cloud-init")).hasContent("first boot");
        try (Stream<Path> left = Files.list(state)) {
            assertThat(left).as("root-disk copy removed after the move").isEmpty();
        }
        assertThat(volume.resolve("letsencrypt")).isDirectory();
        assertThat(volume.resolve("state.partial")).doesNotExist();
        // a write through a state path lands on the volume
        Files.writeString(ns.path(layout.binds().get(2).target()).resolve("written-through-bind"), "x");
        assertThat(volume.resolve("letsencrypt/written-through-bind")).exists();

        String mp = layout.mountPoint();
        assertThat(Files.readString(fstab)).isEqualTo(ROOT_FSTAB
                + "# BEGIN fleet-data-volume (written by /opt/fleet/bin/fleet-data-volume; edits inside this block are replaced)\n"
                + "UUID=" + uuid + " " + mp + " ext4 defaults,nofail,x-systemd.device-timeout=5s 0 2\n"
                + mp + "/state " + dir.resolve("var/lib/fleet") + " none bind,nofail,x-systemd.requires-mounts-for=" + mp + " 0 0\n"
                + mp + "/logs " + dir.resolve("var/log/fleet") + " none bind,nofail,x-systemd.requires-mounts-for=" + mp + " 0 0\n"
                + mp + "/letsencrypt " + dir.resolve("etc/letsencrypt") + " none bind,nofail,x-systemd.requires-mounts-for=" + mp + " 0 0\n"
                + "# END fleet-data-volume\n");
        assertThat(HostFixtures.lines(calls)).containsExactly("mkfs.ext4 -q -L fleet-data " + loop.device(), "systemctl daemon-reload");
        // util-linux's own check of the block: it parses, the UUID finds the volume, the targets exist
        Path block = HostFixtures.write(dir.resolve("fstab-block"), Files.readString(fstab).substring(ROOT_FSTAB.length()), "rw-r--r--");
        Proc.Result verify = ns.run(List.of("findmnt", "--verify", "--tab-file", block.toString()), Map.of("BLKID_FILE", "/dev/null"));
        assertThat(verify.exit()).as(verify.all()).isZero();
        assertThat(verify.all()).contains("Success, no errors or warnings detected");
    }

    @Test
    void secondRunChangesNothing() throws IOException {
        Loop loop = attach(64);
        assertThat(run(script(5)).exit()).isZero();
        String uuid = blkid(loop).get("UUID");
        byte[] fstabAfterFirst = Files.readAllBytes(fstab);
        List<String> mountsAfterFirst = mounts();
        Files.writeString(ns.path(layout.binds().get(0).target()).resolve("written-between-runs"), "kept\n");
        Files.delete(calls);

        Proc.Result second = run(script(5));

        assertThat(second.exit()).as(second.all()).isZero();
        assertThat(Files.readAllBytes(fstab)).as("fstab byte-identical").isEqualTo(fstabAfterFirst);
        assertThat(HostFixtures.lines(calls)).as("no mkfs, no daemon-reload").isEmpty();
        assertThat(mounts()).as("no mount stacked twice").isEqualTo(mountsAfterFirst);
        assertThat(blkid(loop).get("UUID")).isEqualTo(uuid);
        assertThat(ns.path(layout.mountPoint()).resolve("state/written-between-runs")).hasContent("kept");
        assertThat(second.out()).contains("already mounted", "already the volume's state", "already holds the volume");
    }

    @Test
    void volumeWithDataIsMountedUntouchedAndRootDiskContentIsNotCopiedOverIt() throws IOException {
        Loop loop = attach(64);
        Proc.run(List.of(Proc.require("mkfs.ext4"), "-q", "-L", "fleet-data", loop.device())).requireOk("mkfs.ext4");
        String uuid = blkid(loop).get("UUID");
        Path premount = Files.createDirectories(dir.resolve("premount"));
        ns.run(List.of("mount", loop.device(), premount.toString()), Map.of()).requireOk("mount");
        Files.createDirectories(ns.path(premount.toString()).resolve("state/mysql"));
        Files.writeString(ns.path(premount.toString()).resolve("state/mysql/marker"), "rows from the last host\n");
        ns.run(List.of("umount", premount.toString()), Map.of()).requireOk("umount");
        // the new host's root disk already has something at the state path (cloud-init, a package)
        Path state = Path.of(layout.binds().get(0).target());
        Files.createDirectories(state.resolve("mysql"));
        Files.writeString(state.resolve("mysql/marker"), "empty root-disk copy\n");
        Files.writeString(state.resolve("root-only"), "root disk\n");

        Proc.Result r = run(script(5));

        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(HostFixtures.lines(calls)).as("no mkfs").containsExactly("systemctl daemon-reload");
        assertThat(blkid(loop).get("UUID")).isEqualTo(uuid);
        Path volume = ns.path(layout.mountPoint());
        assertThat(volume.resolve("state/mysql/marker")).hasContent("rows from the last host");
        assertThat(volume.resolve("state/root-only")).doesNotExist();
        assertThat(ns.path(state.toString()).resolve("mysql/marker")).hasContent("rows from the last host");
        assertThat(ns.path(state.toString()).resolve("root-only")).doesNotExist();
        // the root disk's own copy is left as it was (hidden under the bind inside the namespace)
        assertThat(state.resolve("mysql/marker")).hasContent("empty root-disk copy");
        assertThat(state.resolve("root-only")).exists();
        assertThat(r.out()).contains("holds our filesystem (UUID " + uuid + "); mounting it untouched")
                .contains("the volume already has state");
        assertThat(volume.resolve("logs")).isDirectory(); // a folder the volume lacked is added
    }

    /** What a refused device holds; each prepared on the loop device before the script runs. */
    enum Foreign {
        XFS_WITH_OUR_LABEL(320, "type='xfs'"),
        EXT4_WITH_ANOTHER_LABEL(64, "label='other'"),
        EXT4_WITHOUT_LABEL(64, "type='ext4' label=''"),
        GPT_PARTITION_TABLE(64, "partition-table='gpt'"),
        DOS_PARTITION_TABLE(64, "partition-table='dos'"),
        SWAP_WITH_OUR_LABEL(64, "type='swap'"),
        DATA_WITHOUT_SIGNATURE(64, "non-zero bytes"),
        DATA_AT_THE_END_ONLY(64, "non-zero bytes");

        final int mib;
        final String reported;

        Foreign(int mib, String reported) {
            this.mib = mib;
            this.reported = reported;
        }

        void prepare(Loop loop) throws IOException {
            String dev = loop.device();
            switch (this) {
                case XFS_WITH_OUR_LABEL -> ok(List.of(Proc.require("mkfs.xfs"), "-q", "-L", "fleet-data", dev));
                case EXT4_WITH_ANOTHER_LABEL -> ok(List.of(Proc.require("mkfs.ext4"), "-q", "-L", "other", dev));
                case EXT4_WITHOUT_LABEL -> ok(List.of(Proc.require("mkfs.ext4"), "-q", dev));
                case GPT_PARTITION_TABLE -> ok(List.of(Proc.require("sfdisk"), "-q", "--no-reread", dev), "label: gpt\n,,L\n");
                case DOS_PARTITION_TABLE -> ok(List.of(Proc.require("sfdisk"), "-q", "--no-reread", dev), "label: dos\n,,83\n");
                case SWAP_WITH_OUR_LABEL -> ok(List.of(Proc.require("mkswap"), "-L", "fleet-data", dev));
                case DATA_WITHOUT_SIGNATURE -> writeAt(dev, 0);
                case DATA_AT_THE_END_ONLY -> writeAt(dev, mib * MIB - 4096);
                default -> throw new IllegalStateException(name());
            }
            Proc.run(List.of(Proc.require("blockdev"), "--flushbufs", dev)).requireOk("blockdev --flushbufs");
        }

        private static void ok(List<String> cmd) {
            ok(cmd, null);
        }

        private static void ok(List<String> cmd, String stdin) {
            Proc.run(cmd, Map.of(), stdin, Duration.ofMinutes(1)).requireOk(String.join(" ", cmd));
        }

        private static void writeAt(String dev, long offset) throws IOException {
            try (RandomAccessFile f = new RandomAccessFile(dev, "rw")) {
                f.seek(offset);
                f.write("application rows without any filesystem signature\n".repeat(100).getBytes(StandardCharsets.US_ASCII), 0, 4096);
                f.getFD().sync();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Foreign.class)
    void deviceHoldingAnythingElseIsRefusedAndNothingIsWritten(Foreign kind) throws Exception {
        Loop loop = attach(kind.mib);
        kind.prepare(loop);
        String before = loop.digest();
        byte[] firstMiB = loop.firstMiB();
        Path state = Path.of(layout.binds().get(0).target());
        Files.createDirectories(state);
        Files.writeString(state.resolve("root-disk"), "kept\n");

        Proc.Result r = run(script(5));

        assertThat(r.exit()).as(r.all()).isEqualTo(DataVolumeScript.EXIT_REFUSED);
        assertThat(r.err()).contains("refusing " + byId).contains(kind.reported).contains("nothing was written");
        assertThat(loop.firstMiB()).as("first MiB unchanged").isEqualTo(firstMiB);
        assertThat(loop.digest()).as("whole device unchanged").isEqualTo(before);
        assertThat(Files.readString(fstab)).isEqualTo(ROOT_FSTAB);
        assertThat(Path.of(layout.mountPoint())).doesNotExist();
        assertThat(mounts()).isEmpty();
        assertThat(state.resolve("root-disk")).hasContent("kept");
        assertThat(HostFixtures.lines(calls)).isEmpty();
    }

    @Test
    void missingDeviceFailsAfterTheBoundedWaitWithoutWritingAnything() throws IOException {
        env.remove("FLEET_DATA_POLL_SECONDS"); // the rendered defaults: poll every 2 s, wait 3 s
        long start = System.nanoTime();

        Proc.Result r = run(script(3));

        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        assertThat(r.exit()).as(r.all()).isEqualTo(DataVolumeScript.EXIT_MISSING);
        assertThat(r.err()).contains("volume " + byId + " did not appear within 3 s")
                .contains("no state is written to the root disk");
        assertThat(seconds).isBetween(3L, 30L);
        assertThat(Files.readString(fstab)).isEqualTo(ROOT_FSTAB);
        assertThat(Path.of(layout.mountPoint())).doesNotExist();
        assertThat(mounts()).isEmpty();
    }

    @Test
    void deviceAttachedDuringTheWaitIsUsed() throws Exception {
        Loop loop = attach(64);
        Files.delete(byId);
        CompletableFuture<Void> attach = CompletableFuture.runAsync(() -> {
            try {
                Thread.sleep(1500);
                Files.createSymbolicLink(byId, Path.of(loop.device()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        Proc.Result r = run(script(60));

        attach.get(10, TimeUnit.SECONDS);
        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(mounts()).first().isEqualTo(layout.mountPoint() + " " + loop.majMin() + " / ext4");
    }

    @Test
    void conflictingFstabIsRefusedBeforeAnythingIsWritten() throws Exception {
        Loop loop = attach(64);
        String before = loop.digest();
        String conflicting = ROOT_FSTAB + "/dev/vdb1 " + layout.binds().get(1).target() + " ext4 defaults 0 2\n";
        Files.writeString(fstab, conflicting);

        Proc.Result r = run(script(5));

        assertThat(r.exit()).as(r.all()).isEqualTo(1);
        assertThat(r.err()).contains("conflicts with the data volume").contains("line 3 mounts " + layout.binds().get(1).target());
        assertThat(Files.readString(fstab)).isEqualTo(conflicting);
        assertThat(loop.digest()).isEqualTo(before);
        assertThat(mounts()).isEmpty();
    }

    @Test
    void growFollowsTheDeviceOnlineAndIsANoOpOnceItFills() throws IOException {
        Loop loop = attach(64);
        assertThat(run(script(5)).exit()).isZero();
        long before = filesystemBytes(loop);
        assertThat(before).isLessThanOrEqualTo(64 * MIB);
        Files.writeString(ns.path(layout.binds().get(0).target()).resolve("kept"), "data\n");
        Files.delete(calls);

        Proc.Result unchanged = run(script(5), "--grow");
        assertThat(unchanged.exit()).as(unchanged.all()).isZero();
        assertThat(unchanged.out()).contains("already fills the device");
        assertThat(HostFixtures.lines(calls)).isEmpty();

        List<String> mountsBefore = mounts();
        Proc.run(List.of("truncate", "-s", "128M", loop.file().toString())).requireOk("truncate");
        Proc.run(List.of(Proc.require("losetup"), "-c", loop.device())).requireOk("losetup -c");
        Proc.Result grown = run(script(5), "--grow");

        assertThat(grown.exit()).as(grown.all()).isZero();
        assertThat(HostFixtures.lines(calls)).containsExactly("resize2fs " + loop.device());
        assertThat(filesystemBytes(loop)).isEqualTo(128 * MIB);
        Proc.Result df = ns.run(List.of("df", "-B1", "--output=size", layout.mountPoint()), Map.of());
        assertThat(Long.parseLong(df.out().lines().toList().get(1).strip())).isGreaterThan(100 * MIB);
        assertThat(ns.path(layout.binds().get(0).target()).resolve("kept")).hasContent("data");
        assertThat(mounts()).isEqualTo(mountsBefore);
        System.out.println("grow test: resize2fs ran " + (ONLINE_RESIZE ? "online" : "offline (no CAP_SYS_RESOURCE here)"));

        Files.delete(calls);
        Proc.Result again = run(script(5), "--grow");
        assertThat(again.exit()).as(again.all()).isZero();
        assertThat(again.out()).contains("already fills the device");
        assertThat(HostFixtures.lines(calls)).isEmpty();
    }

    @Test
    void growRefusesWhenTheVolumeIsNotMounted() throws IOException {
        attach(64);
        Proc.Result r = run(script(5), "--grow");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("is not mounted at " + layout.mountPoint());
        assertThat(HostFixtures.lines(calls)).isEmpty();
    }

    @Test
    void unknownArgumentIsAUsageError() throws IOException {
        Proc.Result r = run(script(5), "--shrink");
        assertThat(r.exit()).isEqualTo(DataVolumeScript.EXIT_USAGE);
        assertThat(r.err()).contains("usage: fleet-data-volume [--grow]");
    }

    // ---- static checks of the rendered files

    @Test
    void renderedScriptsAreShellcheckClean() throws IOException {
        for (DataVolumeScript s : List.of(standard(), script(5))) {
            Path file = HostFixtures.write(dir.resolve("check/fleet-data-volume"), s.script().content(), "rwxr-xr-x");
            Proc.Result r = Proc.run(List.of(Proc.require("shellcheck"), "--severity=style", file.toString()), Map.of(), dir);
            assertThat(r.exit()).as(r.all()).isZero();
        }
        Path flawed = HostFixtures.write(dir.resolve("check/flawed"), standard().script().content()
                .replace("mkfs.ext4 -q -L \"$LABEL\" \"$DEV\"", "mkfs.ext4 -q -L \"$LABEL\" $DEV"), "rwxr-xr-x");
        Proc.Result r = Proc.run(List.of(Proc.require("shellcheck"), flawed.toString()), Map.of(), dir);
        assertThat(r.exit()).as("shellcheck catches an unquoted path, so the check above can fail").isNotZero();
    }

    /**
     * What systemd makes of the fstab the script wrote (its real fstab generator, pointed at the temp fstab) and of the
     * docker.service drop-in: {@code systemd-analyze verify} in a private root (a copy of the system's units, a
     * docker.service like the package's, the generated mount units and the drop-in) reports nothing.
     */
    @Test
    void systemdReadsTheFstabBlockAndTheDockerDropInAsIntended() throws IOException {
        Loop loop = attach(64);
        assertThat(run(script(5)).exit()).isZero();
        String uuid = blkid(loop).get("UUID");
        Path generated = Files.createDirectories(dir.resolve("generated"));
        Proc.run(List.of("/usr/lib/systemd/system-generators/systemd-fstab-generator", generated.toString(),
                        generated.toString(), generated.toString()), Map.of("SYSTEMD_FSTAB", fstab.toString()), dir)
                .requireOk("systemd-fstab-generator");
        String volumeUnit = unitName(layout.mountPoint());
        assertThat(generated.resolve(volumeUnit)).content()
                .contains("What=/dev/disk/by-uuid/" + uuid + "\n", "Where=" + layout.mountPoint() + "\n", "Type=ext4\n",
                        "Options=defaults,nofail\n", "Requires=systemd-fsck@");
        assertThat(generated.resolve(unitName("/dev/disk/by-uuid/" + uuid).replace(".mount", ".device.d")
                + "/50-device-timeout.conf")).content().contains("JobRunningTimeoutSec=5s");
        for (DataVolumeLayout.Bind b : layout.binds()) {
            assertThat(generated.resolve(unitName(b.target()))).content()
                    .contains("What=" + layout.mountPoint() + "/" + b.folder() + "\n", "Where=" + b.target() + "\n",
                            "RequiresMountsFor=" + layout.mountPoint() + "\n");
            // nofail: wanted by local-fs.target, not required, so a missing volume does not stop the boot
            assertThat(generated.resolve("local-fs.target.wants/" + unitName(b.target()))).exists();
            assertThat(generated.resolve("local-fs.target.requires/" + unitName(b.target()))).doesNotExist();
        }
        assertThat(generated.resolve("local-fs.target.wants/" + volumeUnit)).exists();
        assertThat(generated.resolve("local-fs.target.requires/" + volumeUnit)).doesNotExist();

        Path root = dir.resolve("root");
        Files.createDirectories(root.resolve("usr/lib/systemd"));
        Proc.run(List.of("cp", "-a", "/usr/lib/systemd/system", root.resolve("usr/lib/systemd/").toString())).requireOk("cp");
        Proc.run(List.of("cp", "-a", generated + "/.", Files.createDirectories(root.resolve("etc/systemd/system")).toString()))
                .requireOk("cp");
        HostFixtures.write(root.resolve("usr/bin/dockerd"), "#!/bin/sh\n", "rwxr-xr-x");
        HostFixtures.write(root.resolve("usr/lib/systemd/system/docker.service"), "[Unit]\nDescription=Docker\n"
                + "After=network-online.target containerd.service\nWants=network-online.target\n\n[Service]\n"
                + "Type=notify\nExecStart=/usr/bin/dockerd -H fd://\n\n[Install]\nWantedBy=multi-user.target\n", "rw-r--r--");
        HostFile dropIn = script(5).dockerDropIn();
        assertThat(dropIn.content()).contains("RequiresMountsFor=" + String.join(" ", layout.paths()) + "\n");
        Path dropInFile = HostFixtures.write(root.resolve(dropIn.path().substring(1)), dropIn.content(), "rw-r--r--");
        List<String> units = new ArrayList<>(List.of("docker.service", volumeUnit));
        layout.binds().forEach(b -> units.add(unitName(b.target())));

        Proc.Result ok = verify(root, units);
        assertThat(ok.exit()).as(ok.all()).isZero();
        assertThat(ok.all()).as("systemd-analyze warnings").isBlank();

        Files.writeString(dropInFile, dropIn.content().replace("RequiresMountsFor=", "RequiresMountFor="));
        assertThat(verify(root, List.of("docker.service")).all()).contains("Unknown key 'RequiresMountFor'");
    }

    private static Proc.Result verify(Path root, List<String> units) {
        List<String> cmd = new ArrayList<>(List.of(Proc.require("systemd-analyze"), "verify", "--root=" + root));
        cmd.addAll(units);
        return Proc.run(cmd, Map.of("SYSTEMD_LOG_COLOR", "0"), root);
    }

    private static String unitName(String path) {
        return Proc.run(List.of(Proc.require("systemd-escape"), "--path", "--suffix=mount", path)).requireOk("systemd-escape").out().strip();
    }

    // ---- the renderer

    @Test
    void standardLayoutIsTheProgramsHostPaths() {
        DataVolumeLayout standard = DataVolumeLayout.standard();
        assertThat(standard.mountPoint()).isEqualTo("/srv/fleet-data");
        assertThat(standard.label()).isEqualTo("fleet-data");
        assertThat(standard.binds()).extracting(DataVolumeLayout.Bind::target)
                .containsExactly(HostPaths.STATE, HostPaths.LOGS, HostPaths.LETSENCRYPT);
        assertThat(HostPaths.MYSQL_DATA).startsWith(HostPaths.STATE + "/");
        assertThat(HostPaths.REDIS_DATA).startsWith(HostPaths.STATE + "/");
        assertThat(HostPaths.STORAGE_APP).startsWith(HostPaths.STATE + "/");
        assertThat(HostPaths.API_LOGS).startsWith(HostPaths.LOGS + "/");
        assertThat(HostPaths.NGINX_LOGS).startsWith(HostPaths.LOGS + "/");
        assertThat(standard.requiresMountsFor())
                .isEqualTo("RequiresMountsFor=/srv/fleet-data /var/lib/fleet /var/log/fleet /etc/letsencrypt");
    }

    @Test
    void renderedFilesAndCommands() {
        DataVolumeScript s = standard();
        assertThat(s.files()).extracting(HostFile::path, HostFile::permissions, HostFile::owner).containsExactly(
                org.assertj.core.groups.Tuple.tuple(DataVolumeScript.SCRIPT, "0755", "root:root"),
                org.assertj.core.groups.Tuple.tuple(DataVolumeScript.DOCKER_DROP_IN, "0644", "root:root"));
        assertThat(s.dockerDropIn().content()).endsWith("[Unit]\n"
                + "RequiresMountsFor=/srv/fleet-data /var/lib/fleet /var/log/fleet /etc/letsencrypt\n");
        assertThat(s.script().content())
                .contains("DEVICE=\"${FLEET_DATA_DEVICE:-/dev/disk/by-id/scsi-0DO_Volume_fleet-prod-data}\"\n")
                .contains("MOUNT='/srv/fleet-data'\n", "LABEL='fleet-data'\n",
                        "WAIT_SECONDS=\"${FLEET_DATA_WAIT_SECONDS:-600}\"\n",
                        "BIND_FOLDERS=(\n  'state'\n  'logs'\n  'letsencrypt'\n)\n",
                        "BIND_TARGETS=(\n  '/var/lib/fleet'\n  '/var/log/fleet'\n  '/etc/letsencrypt'\n)\n")
                .doesNotContain("{{").doesNotContain("}}");
        assertThat(s.runcmd()).isEqualTo("/opt/fleet/bin/fleet-data-volume");
        assertThat(s.setupCommand()).isEqualTo("sudo /opt/fleet/bin/fleet-data-volume");
        assertThat(s.growCommand()).isEqualTo("sudo /opt/fleet/bin/fleet-data-volume --grow");
    }

    @Test
    void deviceIsAStableByIdPathNeverADeviceLetter() {
        assertThat(DataVolumeDevice.digitalOcean("fleet-prod-data").byIdPath())
                .isEqualTo("/dev/disk/by-id/scsi-0DO_Volume_fleet-prod-data");
        assertThat(DataVolumeDevice.aws("vol-0123456789abcdef0").byIdPath())
                .isEqualTo("/dev/disk/by-id/nvme-Amazon_Elastic_Block_Store_vol0123456789abcdef0");
        assertThat(DataVolumeDevice.aws("vol-0a1b2c3d").byIdPath())
                .isEqualTo("/dev/disk/by-id/nvme-Amazon_Elastic_Block_Store_vol0a1b2c3d");
        for (String bad : List.of("/dev/sdf", "/dev/xvdf", "/dev/nvme1n1", "/dev/disk/by-uuid/0b7e6d1c",
                "/dev/disk/by-id/scsi-0DO_Volume_Fleet", "/dev/disk/by-id/scsi-0DO_Volume_a/../../sda",
                "/dev/disk/by-id/nvme-Amazon_Elastic_Block_Store_vol-0123456789abcdef0",
                "/dev/disk/by-id/nvme-Amazon_Elastic_Block_Store_vol0123456789abcdef0_1")) {
            assertThatThrownBy(() -> new DataVolumeDevice(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("never a device letter");
        }
        assertThatThrownBy(() -> DataVolumeDevice.aws("vol-XYZ")).hasMessageContaining("vol-0123456789abcdef0");
        assertThatThrownBy(() -> DataVolumeDevice.digitalOcean("1data")).hasMessageContaining("start with a letter");
    }

    @Test
    void layoutRefusesWhatCannotBeMountedSafely() {
        DataVolumeLayout.Bind state = new DataVolumeLayout.Bind("state", "/var/lib/fleet");
        Map<String, Runnable> bad = new LinkedHashMap<>();
        bad.put("nested in the mount point", () -> new DataVolumeLayout("/var/lib/fleet/volume", "fleet-data", List.of(state)));
        bad.put("state paths nested", () -> new DataVolumeLayout("/srv/fleet-data", "fleet-data",
                List.of(state, new DataVolumeLayout.Bind("mysql", "/var/lib/fleet/mysql"))));
        bad.put("folder twice", () -> new DataVolumeLayout("/srv/fleet-data", "fleet-data",
                List.of(state, new DataVolumeLayout.Bind("state", "/var/log/fleet"))));
        bad.put("label too long for ext4", () -> new DataVolumeLayout("/srv/fleet-data", "fleet-data-volume-x", List.of(state)));
        bad.put("relative mount point", () -> new DataVolumeLayout("srv/fleet-data", "fleet-data", List.of(state)));
        bad.put("comma (mount options)", () -> new DataVolumeLayout("/srv/a,b", "fleet-data", List.of(state)));
        bad.put("dot-dot", () -> new DataVolumeLayout("/srv/../etc", "fleet-data", List.of(state)));
        bad.put("root", () -> new DataVolumeLayout("/", "fleet-data", List.of(state)));
        bad.put("no state path", () -> new DataVolumeLayout("/srv/fleet-data", "fleet-data", List.of()));
        bad.put("folder with a slash", () -> new DataVolumeLayout.Bind("a/b", "/var/lib/fleet"));
        bad.put("lost+found", () -> new DataVolumeLayout.Bind("lost+found", "/var/lib/fleet"));
        bad.put("quote in a target", () -> new DataVolumeLayout.Bind("state", "/var/lib/fle'et"));
        bad.forEach((what, make) -> assertThatThrownBy(make::run).as(what).isInstanceOf(IllegalArgumentException.class));
        assertThatThrownBy(() -> new DataVolumeScript(DataVolumeDevice.digitalOcean("d"), DataVolumeLayout.standard(), 0))
                .hasMessageContaining("1..3600");
    }

    // ---- helpers

    private static boolean hasCapability(int bit) {
        try {
            String caps = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("CapEff:"))
                    .findFirst().orElseThrow().substring("CapEff:".length()).strip();
            return new java.math.BigInteger(caps, 16).testBit(bit);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static DataVolumeScript standard() {
        return DataVolumeScript.standard(DataVolumeDevice.digitalOcean("fleet-prod-data"));
    }

    /** The test layout (under the temp dir) with the given wait, rendered and written to the temp dir. */
    private DataVolumeScript script(int waitSeconds) {
        return new DataVolumeScript(DataVolumeDevice.digitalOcean("fleet-data-test"), layout, waitSeconds);
    }

    private Proc.Result run(DataVolumeScript s, String... args) throws IOException {
        Path file = HostFixtures.write(dir.resolve("bin/fleet-data-volume"), s.script().content(), "rwxr-xr-x");
        List<String> cmd = new ArrayList<>(List.of(file.toString()));
        cmd.addAll(List.of(args));
        return ns.run(cmd, env);
    }

    private Loop attach(int mib) throws IOException {
        Loop loop = Loop.attach(dir.resolve("volume-" + loops.size() + ".img"), mib);
        loops.add(loop);
        Files.deleteIfExists(byId);
        Files.createSymbolicLink(byId, Path.of(loop.device()));
        return loop;
    }

    /** The mounts at or below the temp dir inside the namespace: "target maj:min fsroot fstype", in mount order. */
    private List<String> mounts() {
        Proc.Result r = ns.run(List.of("findmnt", "-rn", "-o", "TARGET,MAJ:MIN,FSROOT,FSTYPE"), Map.of()).requireOk("findmnt");
        return r.out().lines().filter(l -> l.startsWith(dir + "/")).toList();
    }

    private static Map<String, String> blkid(Loop loop) {
        Proc.Result r = Proc.run(List.of(Proc.require("blkid"), "-p", "-o", "export", loop.device())).requireOk("blkid");
        return r.out().lines().filter(l -> l.contains("="))
                .collect(Collectors.toMap(l -> l.substring(0, l.indexOf('=')), l -> l.substring(l.indexOf('=') + 1)));
    }

    private static long filesystemBytes(Loop loop) {
        Proc.Result r = Proc.run(List.of(Proc.require("dumpe2fs"), "-h", loop.device())).requireOk("dumpe2fs");
        Map<String, Long> values = new HashMap<>();
        r.out().lines().filter(l -> l.startsWith("Block count:") || l.startsWith("Block size:"))
                .forEach(l -> values.put(l.substring(0, l.indexOf(':')), Long.parseLong(l.substring(l.indexOf(':') + 1).strip())));
        return values.get("Block count") * values.get("Block size");
    }

    /** A loop device over a sparse file; {@link #close()} detaches it. */
    record Loop(Path file, String device) implements AutoCloseable {
        static Loop attach(Path file, int mib) {
            Proc.run(List.of("truncate", "-s", mib + "M", file.toString())).requireOk("truncate");
            Proc.Result r = Proc.run(List.of(Proc.require("losetup"), "--find", "--show", file.toString())).requireOk("losetup");
            return new Loop(file, r.out().strip());
        }

        String majMin() {
            return Proc.run(List.of("lsblk", "-dn", "-o", "MAJ:MIN", device)).requireOk("lsblk").out().strip();
        }

        String digest() throws IOException {
            try (InputStream in = Files.newInputStream(Path.of(device))) {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                byte[] buf = new byte[1 << 20];
                for (int n; (n = in.read(buf)) > 0; ) {
                    sha.update(buf, 0, n);
                }
                return HexFormat.of().formatHex(sha.digest());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        byte[] firstMiB() throws IOException {
            try (InputStream in = Files.newInputStream(Path.of(device))) {
                return in.readNBytes((int) MIB);
            }
        }

        @Override
        public void close() {
            Proc.run(List.of(Proc.require("losetup"), "-d", device));
            Proc.Result left = Proc.run(List.of(Proc.require("losetup"), "-j", file.toString()));
            if (!left.out().isBlank()) {
                throw new IllegalStateException("loop device still attached to " + file + ": " + left.out());
            }
        }
    }

    /**
     * A private mount namespace held open by one {@code sleep} (started with {@code unshare --mount --propagation
     * private}); commands enter it with {@code nsenter}, files are read through {@code /proc/<pid>/root}. Closing
     * stops the holder by its process id, and with it every mount made inside.
     */
    static final class MountNamespace implements AutoCloseable {
        private final Process holder;

        private MountNamespace(Process holder) {
            this.holder = holder;
        }

        static MountNamespace start() throws IOException {
            Process p = new ProcessBuilder(Proc.require("unshare"), "--mount", "--propagation", "private", "sleep", "900")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            MountNamespace ns = new MountNamespace(p);
            String own = Files.readSymbolicLink(Path.of("/proc/self/ns/mnt")).toString();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (true) {
                try {
                    if (!Files.readSymbolicLink(Path.of("/proc/" + p.pid() + "/ns/mnt")).toString().equals(own)) {
                        return ns;
                    }
                } catch (IOException notYet) {
                    // the process is still starting
                }
                if (!p.isAlive() || System.nanoTime() > deadline) {
                    ns.close();
                    throw new IllegalStateException("unshare --mount did not make a private mount namespace");
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    ns.close();
                    throw new IllegalStateException(e);
                }
            }
        }

        Proc.Result run(List<String> cmd, Map<String, String> env) {
            List<String> full = new ArrayList<>(List.of(Proc.require("nsenter"), "--target", Long.toString(holder.pid()), "--mount", "--"));
            full.addAll(cmd);
            return Proc.run(full, env, null, null, Duration.ofMinutes(2));
        }

        /** A path as seen inside the namespace. */
        Path path(String path) {
            return Path.of("/proc/" + holder.pid() + "/root" + path);
        }

        @Override
        public void close() {
            holder.destroy();
            try {
                if (!holder.waitFor(10, TimeUnit.SECONDS)) {
                    holder.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
