package ma.marinemaroc.fleet.host.bootstrap;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a real program with a timeout, capturing stdout and stderr through files (no pipe deadlock). */
final class Proc {

    record Result(int exit, String out, String err) {
        String all() {
            return out + err;
        }
    }

    private Proc() {
    }

    static Result run(List<String> command) {
        return run(command, Map.of(), null);
    }

    static Result run(List<String> command, Map<String, String> env, Path dir) {
        requireTool(command.get(0));
        try {
            Path out = Files.createTempFile("proc-out", ".txt");
            Path err = Files.createTempFile("proc-err", ".txt");
            try {
                ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
                pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
                pb.environment().putAll(env);
                if (dir != null) {
                    pb.directory(dir.toFile());
                }
                Process p = pb.start();
                if (!p.waitFor(120, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new AssertionError("timed out: " + command);
                }
                return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new AssertionError("could not run " + command + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Fails (never skips) when a program the test needs is missing; CI installs them (.ci/setup.d). */
    static void requireTool(String name) {
        if (name.contains("/")) {
            if (!Files.isExecutable(Path.of(name))) {
                throw new AssertionError("required program missing: " + name);
            }
            return;
        }
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, name))) {
                return;
            }
        }
        for (String dir : List.of("/usr/sbin", "/sbin")) {
            if (Files.isExecutable(Path.of(dir, name))) {
                return;
            }
        }
        throw new AssertionError("required program missing: " + name + " (see .ci/setup.d/10-host.sh)");
    }
}
