package ma.marinemaroc.fleet.edge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a program to completion with a time limit; output goes through temp files so pipes never block. */
public final class Proc {
    public record Result(int exit, String out, String err) {
        public String all() {
            return out + err;
        }

        public Result requireOk(String what) {
            if (exit != 0) {
                throw new AssertionError(what + " exited " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err);
            }
            return this;
        }
    }

    private Proc() {
    }

    public static Result run(List<String> cmd) {
        return run(cmd, Map.of(), null, Duration.ofSeconds(60));
    }

    public static Result run(List<String> cmd, Map<String, String> env, String stdin, Duration timeout) {
        try {
            Path out = Files.createTempFile("proc", ".out");
            Path err = Files.createTempFile("proc", ".err");
            Path in = Files.createTempFile("proc", ".in");
            try {
                Files.writeString(in, stdin == null ? "" : stdin);
                ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile())
                        .redirectInput(in.toFile());
                pb.environment().putAll(env);
                Process p = pb.start();
                if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly();
                    p.waitFor(5, TimeUnit.SECONDS);
                    throw new AssertionError("timed out after " + timeout + ": " + cmd + "\n"
                            + new String(Files.readAllBytes(out), StandardCharsets.UTF_8)
                            + new String(Files.readAllBytes(err), StandardCharsets.UTF_8));
                }
                return new Result(p.exitValue(), new String(Files.readAllBytes(out), StandardCharsets.UTF_8),
                        new String(Files.readAllBytes(err), StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
                Files.deleteIfExists(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The absolute path of a program on PATH; fails the test (never skips) when it is missing. */
    public static String require(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            Path p = Path.of(dir, program);
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        for (String dir : List.of("/usr/sbin", "/sbin", "/usr/bin")) {
            Path p = Path.of(dir, program);
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        throw new AssertionError(program + " is not installed (see .ci/setup.d/); this test needs the real program");
    }
}
