package ma.marinemaroc.fleet.monitoring.scripts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a real program with a timeout and captures its output (through files: no pipe deadlock). */
final class Proc {
    record Result(int exit, String out, String err) {
        String all() {
            return out + err;
        }
    }

    private Proc() {
    }

    static Result run(List<String> command, Map<String, String> env, Path workDir, String stdin, Duration timeout)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile(workDir, "out", ".txt");
        Path err = Files.createTempFile(workDir, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().putAll(env);
        if (stdin == null) {
            pb.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        }
        Process process = pb.start();
        if (stdin != null) {
            try (var in = process.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        }
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not finish within " + timeout);
        }
        Result result = new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
        return result;
    }

    static Result run(List<String> command, Map<String, String> env, Path workDir)
            throws IOException, InterruptedException {
        return run(command, env, workDir, null, Duration.ofSeconds(60));
    }

    /** Fails (never skips) when a program the tests need is not installed. */
    static String require(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        throw new AssertionError(program + " is not installed; .ci/setup.d installs it");
    }
}
