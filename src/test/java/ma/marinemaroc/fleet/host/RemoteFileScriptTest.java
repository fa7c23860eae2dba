package ma.marinemaroc.fleet.host;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the real install step of {@link RemoteFile} in bash (sudo replaced by a pass-through) and shellcheck. */
class RemoteFileScriptTest {
    @TempDir
    Path dir;

    private Path shim() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path sudo = bin.resolve("sudo");
        Files.writeString(sudo, "#!/bin/sh\nexec \"$@\"\n");
        Files.setPosixFilePermissions(sudo, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    private int install(String path, String content, Path bin) throws Exception {
        String script = RemoteFile.installScript(RemoteFile.Spec.of(path, content, "0640"));
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true);
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        Process p = ma.marinemaroc.fleet.testing.Proc.launch(pb);
        p.getOutputStream().write(content.getBytes());
        p.getOutputStream().close();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        return p.exitValue();
    }

    @Test
    void writesContentFromStdinWithModeAndNoLeftovers() throws Exception {
        Path target = dir.resolve("etc/fleet/app.env");
        assertThat(install(target.toString(), "A=1\nB='two'\n", shim())).isZero();
        assertThat(Files.readString(target)).isEqualTo("A=1\nB='two'\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r-----");
        try (var s = Files.list(target.getParent())) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("app.env");
        }
    }

    @Test
    void aFailedWriteKeepsTheOldFileAndLeavesNoTemporary() throws Exception {
        Path target = dir.resolve("etc/fleet/app.env");
        Files.createDirectories(target.getParent());
        Files.writeString(target, "OLD=1\n");
        Path bin = shim();
        Path tee = bin.resolve("tee");
        Files.writeString(tee, "#!/bin/sh\ncat >/dev/null\necho 'tee: No space left on device' >&2\nexit 1\n");
        Files.setPosixFilePermissions(tee, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThat(install(target.toString(), "NEW=1\n", bin)).isNotZero();
        assertThat(Files.readString(target)).isEqualTo("OLD=1\n");
        try (var s = Files.list(target.getParent())) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("app.env");
        }
    }

    @Test
    void passesShellcheck() throws Exception {
        Path f = dir.resolve("install.sh");
        Files.writeString(f, "#!/bin/bash\n" + RemoteFile.installScript(RemoteFile.Spec.of("/etc/fleet/x.conf", "", "0644")) + "\n");
        Process p = new ProcessBuilder("shellcheck", "-s", "bash", f.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(out).isZero();
    }
}
