package ma.marinemaroc.fleet.host.bootstrap;

import ma.marinemaroc.fleet.testing.Proc;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The swap, firewall and ready-check scripts run for real against recording stubs of the system commands. */
class HostScriptsTest {

    @TempDir
    Path dir;
    Path log;
    Path state;
    Map<String, String> env;
    final BootstrapSpec spec = HostFixtures.representative().build();

    @BeforeEach
    void stubs() throws IOException {
        Path bin = HostFixtures.stubs(dir.resolve("bin"), "ufw", "swapon", "mkswap", "fallocate", "dd", "cloud-init", "sudo");
        log = dir.resolve("calls.log");
        state = Files.createDirectories(dir.resolve("state"));
        env = new HashMap<>(HostFixtures.stubEnv(bin, log, state));
        env.put("FLEET_SWAP_FILE", state.resolve("swapfile").toString());
        env.put("FLEET_FSTAB", state.resolve("fstab").toString());
        env.put("FLEET_MEMINFO", meminfo(1024).toString());
    }

    /** A /proc/meminfo stand-in for a host with that much RAM (the swap script sizes the file from it). */
    private Path meminfo(int mib) throws IOException {
        return HostFixtures.write(dir.resolve("meminfo-" + mib), "MemTotal:       " + (mib * 1024L) + " kB\nMemFree: 1 kB\n", "rw-r--r--");
    }

    /** The script's size rule is SwapPolicy's, computed on the host from its RAM at first boot. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {512, 1024, 2048, 3000, 4096, 6144, 8192, 16384, 65536})
    void swapSizeFollowsSwapPolicyFromTheHostsMemory(int mib) throws IOException {
        env.put("FLEET_MEMINFO", meminfo(mib).toString());
        HostFixtures.write(state.resolve("fstab"), "LABEL=cloudimg-rootfs / ext4 defaults 0 1\n", "rw-r--r--");
        Path swap = state.resolve("swapfile");
        Proc.Result r = script(BootstrapFiles.SWAP_SCRIPT);
        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(calls()).first().isEqualTo("fallocate -l " + SwapPolicy.swapMiB(mib) + "M " + swap + ".partial");
    }

    @Test
    void unreadableMemoryFailsWithTheReason() throws IOException {
        env.put("FLEET_MEMINFO", dir.resolve("missing").toString());
        Proc.Result r = script(BootstrapFiles.SWAP_SCRIPT);
        assertThat(r.exit()).isNotZero();
        assertThat(r.all()).contains("cannot read MemTotal");
    }

    private Proc.Result script(String path) throws IOException {
        Path file = HostFixtures.write(dir.resolve(Path.of(path).getFileName()), BootstrapFiles.scripts(spec).get(path), "rwxr-xr-x");
        return Proc.run(List.of(file.toString()), env, dir);
    }

    private List<String> calls() throws IOException {
        return HostFixtures.lines(log).stream().filter(l -> !l.startsWith("swapon --show")).toList();
    }

    @Test
    void swapIsCreatedOnceAndMountedOnce() throws IOException {
        HostFixtures.write(state.resolve("fstab"), "LABEL=cloudimg-rootfs / ext4 defaults 0 1", "rw-r--r--"); // no final newline
        Path swap = state.resolve("swapfile");
        Proc.Result first = script(BootstrapFiles.SWAP_SCRIPT);
        assertThat(first.exit()).as(first.all()).isZero();
        assertThat(calls()).containsExactly("fallocate -l 2048M " + swap + ".partial", "mkswap " + swap + ".partial", "swapon " + swap);
        assertThat(swap).exists();
        assertThat(Path.of(swap + ".partial")).doesNotExist();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(swap))).isEqualTo("rw-------");
        assertThat(Files.readString(state.resolve("fstab")))
                .isEqualTo("LABEL=cloudimg-rootfs / ext4 defaults 0 1\n" + swap + " none swap sw 0 0\n");

        Files.delete(log);
        Proc.Result second = script(BootstrapFiles.SWAP_SCRIPT);
        assertThat(second.exit()).as(second.all()).isZero();
        assertThat(calls()).isEmpty();
        assertThat(second.out()).contains("already active", "already mounts");
        assertThat(Files.readString(state.resolve("fstab")).lines().filter(l -> l.contains("swapfile"))).hasSize(1);
    }

    @Test
    void existingInactiveSwapFileIsOnlyEnabled() throws IOException {
        Path swap = HostFixtures.write(state.resolve("swapfile"), "", "rw-------");
        HostFixtures.write(state.resolve("fstab"), swap + " none swap sw 0 0\n", "rw-r--r--");
        Proc.Result r = script(BootstrapFiles.SWAP_SCRIPT);
        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(calls()).containsExactly("swapon " + swap);
    }

    @Test
    void fallsBackToDdWhenFallocateFails() throws IOException {
        HostFixtures.write(state.resolve("fstab"), "", "rw-r--r--");
        env.put("STUB_FAIL", "fallocate");
        Path swap = state.resolve("swapfile");
        Proc.Result r = script(BootstrapFiles.SWAP_SCRIPT);
        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(calls()).containsExactly("fallocate -l 2048M " + swap + ".partial",
                "dd if=/dev/zero of=" + swap + ".partial bs=1M count=2048 status=none", "mkswap " + swap + ".partial", "swapon " + swap);
    }

    @Test
    void failedMkswapLeavesNoSwapFileAndNoFstabEntry() throws IOException {
        HostFixtures.write(state.resolve("fstab"), "", "rw-r--r--");
        env.put("STUB_FAIL", "mkswap");
        Proc.Result r = script(BootstrapFiles.SWAP_SCRIPT);
        assertThat(r.exit()).isNotZero();
        assertThat(state.resolve("swapfile")).doesNotExist();
        assertThat(Files.readString(state.resolve("fstab"))).isEmpty();
    }

    @Test
    void firewallAllowsSshBeforeEnabling() throws IOException {
        Proc.Result r = script(BootstrapFiles.FIREWALL_SCRIPT);
        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(calls()).containsExactly("ufw default deny incoming", "ufw default allow outgoing",
                "ufw allow 2222/tcp comment fleet ssh", "ufw allow 80/tcp comment fleet http", "ufw allow 443/tcp comment fleet https",
                "ufw allow 38000/tcp comment fleet websocket", "ufw --force enable", "ufw status verbose");
        Files.delete(log);
        assertThat(script(BootstrapFiles.FIREWALL_SCRIPT).exit()).isZero();
        assertThat(calls()).hasSize(8); // same calls again: ufw itself skips existing rules
    }

    @Test
    void firewallIsNeverEnabledWithoutTheSshRule() throws IOException {
        env.put("STUB_FAIL", "ufw allow 2222/tcp");
        Proc.Result r = script(BootstrapFiles.FIREWALL_SCRIPT);
        assertThat(r.exit()).isNotZero();
        assertThat(calls()).doesNotContain("ufw --force enable").last().asString().startsWith("ufw allow 2222/tcp");
    }

    private Proc.Result ready(int cloudInitExit, boolean markerPresent) throws IOException {
        Path marker = dir.resolve("lib/bootstrap.done");
        if (markerPresent) {
            HostFixtures.write(marker, "2030-01-01T00:00:00Z\n", "rw-r--r--");
        } else {
            Files.deleteIfExists(marker);
        }
        HostFixtures.write(dir.resolve("cloud-init-output.log"), "step one\nfatal: boom-line\n", "rw-r--r--");
        BootstrapSpec s = HostFixtures.representative().readyMarker(marker.toString()).build();
        Map<String, String> e = new HashMap<>(env);
        e.put("STUB_CLOUD_INIT_RC", Integer.toString(cloudInitExit));
        e.put("CLOUD_INIT_LOG", dir.resolve("cloud-init-output.log").toString());
        // /bin/sh (dash here): the command must work whatever the remote login shell is
        return Proc.run(List.of("/bin/sh", "-c", CloudInit.readyCommand(s)), e, dir);
    }

    @Test
    void readyCommandSucceedsWhenCloudInitIsDoneAndTheMarkerExists() throws IOException {
        Proc.Result r = ready(0, true);
        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(r.out()).contains("host bootstrap complete: 2030-01-01T00:00:00Z");
        assertThat(HostFixtures.lines(log)).startsWith("cloud-init status --wait");
    }

    @Test
    void readyCommandAcceptsRecoverableErrorsOnlyWithTheMarker() throws IOException {
        Proc.Result ok = ready(2, true);
        assertThat(ok.exit()).as(ok.all()).isZero();
        assertThat(ok.err()).contains("recoverable errors");
        Proc.Result bad = ready(2, false);
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("marker").contains("missing").contains("boom-line");
    }

    @Test
    void readyCommandFailsWithTheLogTail() throws IOException {
        Proc.Result failed = ready(1, true);
        assertThat(failed.exit()).isEqualTo(1);
        assertThat(failed.err()).contains("cloud-init failed (status exit 1)").contains("fatal: boom-line");
        assertThat(HostFixtures.lines(log)).contains("cloud-init status --long");
        Proc.Result timedOut = ready(124, true);
        assertThat(timedOut.exit()).isEqualTo(1);
        assertThat(timedOut.err()).contains("did not finish within 1800 s");
        Proc.Result noMarker = ready(0, false);
        assertThat(noMarker.exit()).isEqualTo(1);
        assertThat(noMarker.err()).contains("bootstrap step failed");
    }
}
