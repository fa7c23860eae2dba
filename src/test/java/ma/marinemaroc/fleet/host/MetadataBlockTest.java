package ma.marinemaroc.fleet.host;

import ma.marinemaroc.fleet.host.bootstrap.BootstrapFiles;
import ma.marinemaroc.fleet.host.bootstrap.HostFile;
import ma.marinemaroc.fleet.testing.Proc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The metadata block, for real, in three network namespaces the test makes: a "container" behind a "host" that
 * forwards (with Docker's FORWARD -> DOCKER-USER jump), and a "cloud" that holds the metadata address
 * 169.254.169.254 and another address. After the rendered fleet-metadata-block runs in the host, the container
 * still reaches the other address but not the metadata service, while the host itself still does. Every address
 * here exists only inside the test's namespaces (documentation and link-local ranges).
 */
@org.junit.jupiter.api.parallel.Isolated("loop devices, mounts and iptables are the machine's: nothing else runs meanwhile")
class MetadataBlockTest {
    static final String METADATA = BootstrapFiles.METADATA_IPV4.get(0);
    static final String OTHER = "198.51.100.9";
    @TempDir
    static Path dir;
    static final String TAG = "fmb" + (ProcessHandle.current().pid() % 100000);
    static final String HOST = TAG + "-host";
    static final String CTR = TAG + "-ctr";
    static final String CLOUD = TAG + "-cloud";
    static Process server;
    static Path script;

    @BeforeAll
    static void namespaces() throws Exception {
        Proc.require("ip");
        Proc.require("iptables");
        Proc.require("python3");
        for (String ns : List.of(HOST, CTR, CLOUD)) ip("netns", "add", ns);
        // container <-> host
        ip("link", "add", TAG + "c0", "type", "veth", "peer", "name", TAG + "c1");
        ip("link", "set", TAG + "c0", "netns", CTR);
        ip("link", "set", TAG + "c1", "netns", HOST);
        // host <-> cloud
        ip("link", "add", TAG + "h0", "type", "veth", "peer", "name", TAG + "h1");
        ip("link", "set", TAG + "h0", "netns", HOST);
        ip("link", "set", TAG + "h1", "netns", CLOUD);
        in(CTR, "ip", "addr", "add", "172.30.9.2/24", "dev", TAG + "c0");
        in(HOST, "ip", "addr", "add", "172.30.9.1/24", "dev", TAG + "c1");
        in(HOST, "ip", "addr", "add", "192.0.2.1/24", "dev", TAG + "h0");
        in(CLOUD, "ip", "addr", "add", "192.0.2.2/24", "dev", TAG + "h1");
        in(CLOUD, "ip", "addr", "add", METADATA + "/32", "dev", "lo");
        in(CLOUD, "ip", "addr", "add", OTHER + "/32", "dev", "lo");
        for (String[] l : List.of(new String[]{CTR, TAG + "c0"}, new String[]{HOST, TAG + "c1"},
                new String[]{HOST, TAG + "h0"}, new String[]{CLOUD, TAG + "h1"})) {
            in(l[0], "ip", "link", "set", l[1], "up");
            in(l[0], "ip", "link", "set", "lo", "up");
        }
        in(CTR, "ip", "route", "add", "default", "via", "172.30.9.1");
        in(HOST, "ip", "route", "add", METADATA + "/32", "via", "192.0.2.2");
        in(HOST, "ip", "route", "add", OTHER + "/32", "via", "192.0.2.2");
        in(CLOUD, "ip", "route", "add", "172.30.9.0/24", "via", "192.0.2.1");
        in(HOST, "sysctl", "-q", "-w", "net.ipv4.ip_forward=1");
        // what Docker sets up: its user chain, jumped to first from FORWARD
        in(HOST, "iptables", "-w", "-N", "DOCKER-USER");
        in(HOST, "iptables", "-w", "-I", "FORWARD", "-j", "DOCKER-USER");
        Files.writeString(dir.resolve("index.html"), "metadata\n");
        server = new ProcessBuilder("ip", "netns", "exec", CLOUD, Proc.require("python3"), "-m", "http.server", "80",
                "--bind", "0.0.0.0", "--directory", dir.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("server.log").toFile()).start();
        for (int i = 0; i < 50 && in(CLOUD, "curl", "-s", "-o", "/dev/null", "http://" + OTHER + "/").exit() != 0; i++) {
            Thread.sleep(100);
        }
        HostFile f = BootstrapFiles.afterBoot(Optional.empty()).stream()
                .filter(x -> x.path().equals(BootstrapFiles.METADATA_BLOCK_SCRIPT)).findFirst().orElseThrow();
        script = dir.resolve("fleet-metadata-block");
        Files.writeString(script, f.content());
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @AfterAll
    static void cleanUp() throws Exception {
        if (server != null) {
            server.descendants().forEach(ProcessHandle::destroy);
            server.destroy();
            server.waitFor();
        }
        for (String ns : List.of(HOST, CTR, CLOUD)) Proc.run(List.of("ip", "netns", "delete", ns));
    }

    @Test
    void containersLoseTheMetadataServiceAndKeepEverythingElse() throws Exception {
        assertThat(curl(CTR, METADATA).exit()).as("reachable before the block").isZero();
        Proc.Result first = in(HOST, script.toString());
        assertThat(first.exit()).as(first.all()).isZero();
        assertThat(first.out()).contains(METADATA + " refused for containers");

        Proc.Result blocked = curl(CTR, METADATA);
        assertThat(blocked.exit()).as("the container is refused at once").isNotZero();
        assertThat(blocked.err()).containsAnyOf("Connection refused", "Couldn't connect");
        assertThat(curl(CTR, OTHER).out()).isEqualTo("metadata\n");
        assertThat(curl(HOST, METADATA).out()).as("the host itself keeps access").isEqualTo("metadata\n");

        // idempotent: a second run (every restart of Docker) adds nothing
        Proc.Result again = in(HOST, script.toString());
        assertThat(again.out()).contains("already refused");
        assertThat(in(HOST, "iptables", "-w", "-S", "DOCKER-USER").out().lines()
                .filter(l -> l.contains(METADATA)).count()).isEqualTo(1);
    }

    private static Proc.Result curl(String ns, String address) throws Exception {
        return in(ns, "curl", "-sS", "--max-time", "3", "http://" + address + "/");
    }

    private static Proc.Result in(String ns, String... cmd) {
        List<String> all = new ArrayList<>(List.of("ip", "netns", "exec", ns));
        all.addAll(List.of(cmd));
        return Proc.run(all, Map.of(), null, Duration.ofSeconds(20));
    }

    private static void ip(String... args) {
        List<String> all = new ArrayList<>(List.of("ip"));
        all.addAll(List.of(args));
        Proc.run(all).requireOk(String.join(" ", all));
    }

    static {
        // a failed set-up must not leave namespaces behind
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (String ns : List.of(HOST, CTR, CLOUD)) {
                try {
                    new ProcessBuilder("ip", "netns", "delete", ns).start().waitFor();
                } catch (Exception ignored) {
                    // nothing left to do
                }
            }
        }));
    }
}
