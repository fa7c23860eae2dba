package ma.marinemaroc.fleet.host;

import ma.marinemaroc.fleet.host.bootstrap.BootstrapFiles;
import ma.marinemaroc.fleet.testing.Proc;
import ma.marinemaroc.fleet.testing.TestSshd;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bootstrap key, as the user-data authorizes it, against a real sshd: whatever the client asks for, sshd runs the
 * forced command, which can only replace the other authorized keys (checked, atomically) and keeps the bootstrap
 * key's own line; the keys it installs log in normally. This is how the first step installs the team's keys and the
 * deploy key, and how a rotated deploy key is installed without touching the user-data.
 */
class BootstrapKeyTest {
    @TempDir
    static Path dir;
    static TestSshd sshd;
    static Path bootstrap;
    static Path deploy;
    static Path team;
    static String bootstrapLine;

    @BeforeAll
    static void start() throws Exception {
        Path script = dir.resolve("fleet-authorize-keys");
        Files.writeString(script, BootstrapFiles.authorizeKeysScript(script.toString()));
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        bootstrap = TestSshd.keygen(dir.resolve("bootstrap"));
        deploy = TestSshd.keygen(dir.resolve("deploy"));
        team = TestSshd.keygen(dir.resolve("team"));
        // the forced command edits the test's authorized_keys (SetEnv), never the machine's
        Path sshdDir = dir.resolve("sshd");
        sshd = TestSshd.start(sshdDir, List.of("SetEnv FLEET_AUTHORIZED_KEYS=" + sshdDir.resolve("authorized_keys")));
        bootstrapLine = "restrict,command=\"" + script + "\" " + pub(bootstrap);
    }

    @AfterAll
    static void stop() {
        if (sshd != null) sshd.close();
    }

    @BeforeEach
    void firstBoot() throws Exception {
        // what cloud-init writes: the bootstrap key, restricted to the forced command
        Files.writeString(sshd.authorizedKeys(), bootstrapLine + "\n");
    }

    private static String pub(Path key) throws Exception {
        return Files.readString(Path.of(key + ".pub")).trim();
    }

    @Test
    void installsTheWantedKeysAndKeepsItsOwnLine() throws Exception {
        Proc.Result r = sshd.ssh(bootstrap, pub(team) + "\n" + pub(deploy) + "\n", "anything", "the", "client", "asks");
        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(r.out()).contains("2 key(s) authorized besides the bootstrap key");
        assertThat(Files.readAllLines(sshd.authorizedKeys())).containsExactly(bootstrapLine, pub(team), pub(deploy));
        // the installed keys log in normally; the bootstrap key still only runs its forced command
        Proc.Result asDeploy = sshd.ssh(deploy, null, "echo", "deploy-shell");
        assertThat(asDeploy.exit()).as(asDeploy.all()).isZero();
        assertThat(asDeploy.out()).contains("deploy-shell");
        Proc.Result shell = sshd.ssh(bootstrap, null, "echo", "bootstrap-shell");
        assertThat(shell.out()).doesNotContain("bootstrap-shell");
        assertThat(shell.exit()).isNotZero();
    }

    @Test
    void aRotationReplacesTheOldDeployKey() throws Exception {
        assertThat(sshd.ssh(bootstrap, pub(team) + "\n" + pub(deploy) + "\n", "x").exit()).isZero();
        Path rotated = TestSshd.keygen(dir.resolve("rotated-" + System.nanoTime()));
        Proc.Result r = sshd.ssh(bootstrap, pub(team) + "\n" + pub(rotated) + "\n", "x");
        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(Files.readAllLines(sshd.authorizedKeys())).containsExactly(bootstrapLine, pub(team), pub(rotated));
        assertThat(sshd.ssh(deploy, null, "true").exit()).as("the old deploy key is gone").isNotZero();
        assertThat(sshd.ssh(rotated, null, "true").exit()).isZero();
    }

    @Test
    void refusesAnythingButPlainPublicKeysAndChangesNothing() throws Exception {
        String before = Files.readString(sshd.authorizedKeys());
        for (String bad : List.of("", "command=\"/bin/sh\" " + pub(team), "ssh-ed25519 not-base64 x",
                "from=\"*\" " + pub(team), pub(team) + "\n<script>")) {
            Proc.Result r = sshd.ssh(bootstrap, bad, "x");
            assertThat(r.exit()).as("stdin %s", bad).isNotZero();
            assertThat(r.err()).contains("fleet-authorize-keys:");
            assertThat(Files.readString(sshd.authorizedKeys())).as("unchanged after %s", bad).isEqualTo(before);
        }
    }
}
