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

/**
 * The user-data as cloud-init itself turns it into files and a runcmd script (its own write_files, shellify and
 * apt key code, under a scratch root), then: shellcheck on every script, modes, the apt source, and the runcmd
 * script run end to end against recording stubs of the host commands.
 */
class MaterializedBootstrapTest {

    private static final String[] HOST_COMMANDS = {"install", "sshd", "systemctl", "ufw", "swapon", "mkswap", "fallocate", "dd",
        "fleet-extra-step"};

    @TempDir
    Path dir;
    Path root;
    Path marker;
    BootstrapSpec spec;

    @BeforeEach
    void materialize() throws IOException {
        root = dir.resolve("root");
        marker = root.resolve("var/lib/fleet-host/bootstrap.done");
        spec = HostFixtures.representative().readyMarker(marker.toString()).build();
        HostFixtures.materialize(CloudInit.render(spec), root);
    }

    private Path onHost(String absolute) {
        return root.resolve(absolute.substring(1));
    }

    @Test
    void filesHaveTheirContentAndModes() throws IOException {
        for (HostFile f : BootstrapFiles.all(spec)) {
            Path p = onHost(f.path());
            assertThat(Files.readString(p)).as(f.path()).isEqualTo(f.content());
        }
        assertThat(mode(onHost(BootstrapFiles.SWAP_SCRIPT))).isEqualTo("rwxr-xr-x");
        assertThat(mode(onHost(BootstrapFiles.FIREWALL_SCRIPT))).isEqualTo("rwxr-xr-x");
        assertThat(mode(onHost(BootstrapFiles.SSHD_DROP_IN))).isEqualTo("rw-r--r--");
        assertThat(mode(onHost(BootstrapFiles.DOCKER_DAEMON_JSON))).isEqualTo("rw-r--r--");
        assertThat(mode(onHost("/home/deploy/.fleet-motd"))).isEqualTo("rw-------");
    }

    @Test
    void everyScriptPassesShellcheck() throws IOException {
        for (String path : BootstrapFiles.scripts(spec).keySet()) {
            Proc.Result r = Proc.run(List.of("shellcheck", onHost(path).toString()));
            assertThat(r.exit()).as(path + "\n" + r.all()).isZero();
        }
        Path ready = HostFixtures.write(dir.resolve("ready-check"), CloudInit.readyScript(spec), "rwxr-xr-x");
        Proc.Result r = Proc.run(List.of("shellcheck", ready.toString()));
        assertThat(r.exit()).as(r.all()).isZero();
        // cloud-init's own runcmd script (/bin/sh): our list items are quoted, the marker step is a literal sh -c program
        Proc.Result rc = Proc.run(List.of("shellcheck", "-s", "sh", "-e", "SC2016", root.resolve("runcmd").toString()));
        assertThat(rc.exit()).as(rc.all()).isZero();
    }

    @Test
    void shellcheckCatchesABrokenScript() throws IOException {
        Path broken = HostFixtures.write(dir.resolve("broken"), BootstrapFiles.scripts(spec).get(BootstrapFiles.SWAP_SCRIPT)
                .replace("swapon \"$SWAP_FILE\"", "swapon $SWAP_FILE"), "rwxr-xr-x");
        assertThat(Proc.run(List.of("shellcheck", broken.toString())).exit()).isNotZero();
    }

    @Test
    void dockerSourceIsScopedToTheEmbeddedKey() throws IOException {
        Path keyring = root.resolve("etc/apt/cloud-init.gpg.d/docker.gpg");
        assertThat(Files.readString(root.resolve("etc/apt/sources.list.d/docker.list")))
                .isEqualTo("deb [arch=amd64 signed-by=" + keyring + "] https://download.docker.com/linux/ubuntu jammy stable\n");
        Path home = dir.resolve("gnupg");
        Files.createDirectories(home);
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwx------"));
        Proc.Result r = Proc.run(List.of("gpg", "--batch", "--no-default-keyring", "--keyring", keyring.toString(), "--with-colons",
                "--list-keys"), Map.of("GNUPGHOME", home.toString()), null);
        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(r.out()).contains("fpr:::::::::" + DockerApt.KEY_FINGERPRINT + ":");
    }

    private Map<String, String> hostEnv(Path stubDir, Path log, Path state) throws java.io.IOException {
        Map<String, String> env = new HashMap<>(HostFixtures.stubEnv(stubDir, log, state));
        env.put("FLEET_SWAP_FILE", state.resolve("swapfile").toString());
        env.put("FLEET_FSTAB", state.resolve("fstab").toString());
        env.put("FLEET_MEMINFO", HostFixtures.write(state.resolve("meminfo"), "MemTotal:       4194304 kB\n", "rw-r--r--").toString());
        return env;
    }

    private Proc.Result runcmd(Map<String, String> env) throws IOException {
        Path script = root.resolve("runcmd");
        String text = Files.readString(script).replace("'/opt/fleet/bin/", "'" + root + "/opt/fleet/bin/");
        HostFixtures.write(script, text, "rwx------");
        return Proc.run(List.of(script.toString()), env, dir);
    }

    @Test
    void runcmdRunsEveryStepInOrderThenWritesTheMarker() throws IOException {
        Path stubDir = HostFixtures.stubs(dir.resolve("bin"), HOST_COMMANDS);
        Path log = dir.resolve("calls.log");
        Path state = Files.createDirectories(dir.resolve("state"));
        HostFixtures.write(state.resolve("fstab"), "LABEL=cloudimg-rootfs / ext4 defaults 0 1\n", "rw-r--r--");
        Map<String, String> env = hostEnv(stubDir, log, state);

        Proc.Result r = runcmd(env);
        assertThat(r.exit()).as(r.all()).isZero();
        List<String> calls = HostFixtures.lines(log).stream().filter(l -> !l.startsWith("swapon --show")).toList();
        assertThat(calls).containsSubsequence(
                "install -d -m 0755 -o root -g root /etc/fleet /var/lib/fleet /var/log/fleet",
                "fallocate -l 4096M " + state.resolve("swapfile.partial"),
                "mkswap " + state.resolve("swapfile.partial"),
                "swapon " + state.resolve("swapfile"),
                "ufw default deny incoming",
                "ufw allow 2222/tcp comment fleet ssh",
                "ufw --force enable",
                "sshd -t",
                "systemctl restart ssh",
                "systemctl enable fail2ban",
                "systemctl restart fail2ban",
                "systemctl enable --now docker",
                "fleet-extra-step one two");
        assertThat(Files.readString(marker)).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\\n");
        assertThat(Files.readString(state.resolve("fstab"))).isEqualTo("LABEL=cloudimg-rootfs / ext4 defaults 0 1\n"
                + state.resolve("swapfile") + " none swap sw 0 0\n");

        // a second run (e.g. cloud-init re-run by hand) changes nothing on the swap side
        Files.delete(log);
        Proc.Result again = runcmd(env);
        assertThat(again.exit()).as(again.all()).isZero();
        assertThat(HostFixtures.lines(log)).noneMatch(l -> l.startsWith("fallocate") || l.startsWith("mkswap") || l.startsWith("swapon /"));
        assertThat(Files.readString(state.resolve("fstab")).lines().filter(l -> l.contains("swapfile"))).hasSize(1);
    }

    @Test
    void aFailingStepStopsTheBootstrapWithoutMarker() throws IOException {
        for (String failing : List.of("ufw allow 2222", "sshd -t", "systemctl enable --now docker", "fleet-extra-step")) {
            Path stubDir = HostFixtures.stubs(dir.resolve("bin-" + failing.hashCode()), HOST_COMMANDS);
            Path log = dir.resolve("calls-" + failing.hashCode() + ".log");
            Path state = Files.createDirectories(dir.resolve("state-" + failing.hashCode()));
            HostFixtures.write(state.resolve("fstab"), "", "rw-r--r--");
            Map<String, String> env = hostEnv(stubDir, log, state);
            env.put("STUB_FAIL", failing);

            Proc.Result r = runcmd(env);
            assertThat(r.exit()).as("failing step '%s'", failing).isNotZero();
            assertThat(marker).as("marker after failing '%s'", failing).doesNotExist();
            List<String> calls = HostFixtures.lines(log);
            assertThat(calls.get(calls.size() - 1)).startsWith(failing);
        }
        List<String> ufwFailed = HostFixtures.lines(dir.resolve("calls-" + "ufw allow 2222".hashCode() + ".log"));
        assertThat(ufwFailed).noneMatch(l -> l.equals("ufw --force enable") || l.startsWith("systemctl restart ssh"));
    }

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
