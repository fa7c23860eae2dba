package ma.marinemaroc.fleet.testing;

import ma.marinemaroc.fleet.edge.NginxConfig;
import ma.marinemaroc.fleet.testing.Proc;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The real nginx binary running a rendered configuration in the foreground, on loopback ports. */
public final class TestNginx implements AutoCloseable {
    private final Path prefix;
    private final Path conf;
    private final Path stderr;
    private final Process process;

    private TestNginx(Path prefix, Path conf, Path stderr, Process process) {
        this.prefix = prefix;
        this.conf = conf;
        this.stderr = stderr;
        this.process = process;
    }

    /** Writes the files below {@code prefix/conf/} (with the system's mime.types), then starts and waits for the port. */
    public static TestNginx start(Path prefix, Map<String, String> files, int waitPort) throws IOException {
        Path confDir = writeConfig(prefix.resolve("conf"), files);
        Files.createDirectories(prefix.resolve("logs"));
        Files.createDirectories(prefix.resolve("tmp"));
        Path conf = confDir.resolve(NginxConfig.MAIN_FILE);
        Path stderr = prefix.resolve("logs/nginx.stderr");
        Process p = new ProcessBuilder(Proc.require("nginx"), "-c", conf.toString(), "-p", prefix + "/",
                "-g", "daemon off;")
                .redirectErrorStream(true).redirectOutput(stderr.toFile()).start();
        TestNginx nginx = new TestNginx(prefix, conf, stderr, p);
        nginx.awaitPort(waitPort);
        return nginx;
    }

    public static Path writeConfig(Path confDir, Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path target = confDir.resolve(f.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, f.getValue());
        }
        Path mime = Path.of("/etc/nginx/mime.types");
        if (!Files.exists(mime)) {
            throw new AssertionError("/etc/nginx/mime.types is missing: install the nginx package");
        }
        Files.copy(mime, confDir.resolve("mime.types"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return confDir;
    }

    /** {@code nginx -t} on a rendered configuration directory. */
    public static Proc.Result test(Path conf, Path prefix) {
        return Proc.run(List.of(Proc.require("nginx"), "-t", "-c", conf.toString(), "-p", prefix + "/"));
    }

    public Path conf() {
        return conf;
    }

    public Path prefix() {
        return prefix;
    }

    /** The command line that reloads this instance (for hooks under test). */
    public String reloadCommand() {
        return Proc.require("nginx") + " -c " + conf + " -p " + prefix + "/ -s reload";
    }

    public String testCommand() {
        return Proc.require("nginx") + " -t -q -c " + conf + " -p " + prefix + "/";
    }

    public void reload() {
        Proc.run(List.of("sh", "-c", reloadCommand()), Map.of(), null, Duration.ofSeconds(20)).requireOk("nginx reload");
    }

    public String log() {
        try {
            return Files.readString(stderr);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private void awaitPort(int port) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("nginx exited " + process.exitValue() + ":\n" + log());
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException e) {
                sleep(50);
            }
        }
        close();
        throw new AssertionError("nginx did not listen on " + port + " within 15 s:\n" + log());
    }


    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
