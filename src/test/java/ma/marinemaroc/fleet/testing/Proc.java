package ma.marinemaroc.fleet.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The one way tests run a real program: to completion, with a time limit, output captured through temp files (a
 * full pipe never blocks the program), stdin from a string or /dev/null. A program that is not installed fails the
 * test with a pointer to {@code .ci/setup.d/} (tests never skip).
 */
public final class Proc {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);

    /** Exit code and output of a finished program. */
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
        return run(cmd, Map.of(), null, null, DEFAULT_TIMEOUT);
    }

    public static Result run(List<String> cmd, Map<String, String> env, Path dir) {
        return run(cmd, env, dir, null, DEFAULT_TIMEOUT);
    }

    public static Result run(List<String> cmd, Map<String, String> env, String stdin, Duration timeout) {
        return run(cmd, env, null, stdin, timeout);
    }

    /**
     * @param env   added to the inherited environment; a {@code null} value removes the variable
     * @param dir   working directory, or null for the current one
     * @param stdin text on standard input, or null for /dev/null
     */
    public static Result run(List<String> cmd, Map<String, String> env, Path dir, String stdin, Duration timeout) {
        String program = cmd.get(0);
        if (!program.contains("/")) require(program);
        try {
            Path out = Files.createTempFile("proc", ".out");
            Path err = Files.createTempFile("proc", ".err");
            Path in = stdin == null ? null : Files.createTempFile("proc", ".in");
            try {
                ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
                if (in == null) {
                    pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
                } else {
                    Files.writeString(in, stdin);
                    pb.redirectInput(in.toFile());
                }
                if (dir != null) pb.directory(dir.toFile());
                env.forEach((k, v) -> {
                    if (v == null) pb.environment().remove(k);
                    else pb.environment().put(k, v);
                });
                Process p = launch(pb);
                if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly();
                    p.waitFor(5, TimeUnit.SECONDS);
                    throw new AssertionError("timed out after " + timeout + ": " + cmd + "\n--- stdout\n"
                            + text(out) + "\n--- stderr\n"
                            + text(err));
                }
                return new Result(p.exitValue(), text(out),
                        text(err));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
                if (in != null) Files.deleteIfExists(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + cmd, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + cmd, e);
        }
    }

    /**
     * A program running in the background (a server a test talks to), its output going to {@code log}. Closing it stops
     * it and its children by process id: TERM, then KILL after 5 s.
     */
    public static final class Background implements AutoCloseable {
        private final Process process;
        private final Path log;

        private Background(Process process, Path log) {
            this.process = process;
            this.log = log;
        }

        public long pid() {
            return process.pid();
        }

        public boolean alive() {
            return process.isAlive();
        }

        /** What it wrote so far (stdout and stderr). */
        public String output() {
            try {
                return Files.exists(log) ? text(log) : "";
            } catch (IOException e) {
                return "(cannot read " + log + ": " + e.getMessage() + ")";
            }
        }

        @Override
        public void close() {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                    process.waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * {@code pb.start()}, retried while the program is "Text file busy" (ETXTBSY, error=26): a script a test has just
     * written can still be open for writing in a child that another test thread is forking at that moment (the JDK
     * forks with every descriptor and closes them in the child before exec: JDK-8068370). The window is that fork's
     * life, so a few short retries always get through; any other failure is thrown at once.
     */
    public static Process launch(ProcessBuilder pb) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                return pb.start();
            } catch (IOException e) {
                if (attempt >= 40 || e.getMessage() == null || !e.getMessage().contains("error=26")) {
                    throw e;
                }
                try {
                    Thread.sleep(25);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** Starts {@code cmd} in the background (stdin /dev/null, stdout and stderr to {@code log}). */
    public static Background start(List<String> cmd, Path dir, Path log) {
        String program = cmd.get(0);
        if (!program.contains("/")) require(program);
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            if (dir != null) pb.directory(dir.toFile());
            return new Background(launch(pb), log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + cmd, e);
        }
    }

    /** A file's bytes as UTF-8; malformed bytes (binary tool output) become U+FFFD instead of failing. */
    private static String text(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }

    /** The absolute path of a program; fails the test (never skips) when it is missing. */
    public static String require(String program) {
        for (String dir : (System.getenv().getOrDefault("PATH", "/usr/bin:/bin") + ":/usr/sbin:/sbin").split(":")) {
            Path p = Path.of(dir, program);
            if (Files.isExecutable(p)) return p.toString();
        }
        throw new AssertionError(program + " is not installed (see .ci/setup.d/); this test needs the real program");
    }

    /** A TCP port free on 127.0.0.1 at the time of the call. */
    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
