package ma.marinemaroc.fleet.testing;

import ma.marinemaroc.fleet.testing.Proc;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * s3proxy 4.1.0 (org.gaul:s3proxy, jar-with-dependencies from Maven Central, fetched by
 * .ci/setup.d/30-backup.sh) run as a separate JVM on 127.0.0.1 with its filesystem backend.
 */
public final class S3ProxyServer implements AutoCloseable {
    public static final String VERSION = "4.1.0";
    public static final String JAR = "s3proxy-" + VERSION + "-jar-with-dependencies.jar";
    public static final String ACCESS_KEY = "fleet-test-access";
    public static final String SECRET_KEY = "fleet-test-secret";

    private final Process process;
    private final int port;
    private final Path dir;

    private S3ProxyServer(Process process, int port, Path dir) {
        this.process = process;
        this.port = port;
        this.dir = dir;
    }

    /** The s3proxy jar: -Ds3proxy.jar, $S3PROXY_JAR, ~/.cache/fleet-tools or the local Maven repository. */
    public static Path locateJar() {
        String home = System.getProperty("user.home");
        return Stream.of(
                        Optional.ofNullable(System.getProperty("s3proxy.jar")).map(Path::of),
                        Optional.ofNullable(System.getenv("S3PROXY_JAR")).map(Path::of),
                        Optional.of(Path.of(home, ".cache", "fleet-tools", JAR)),
                        Optional.of(Path.of(home, ".m2", "repository", "org", "gaul", "s3proxy", VERSION, JAR)))
                .flatMap(Optional::stream)
                .filter(Files::isRegularFile)
                .findFirst()
                .orElseThrow(() -> new AssertionError(JAR + " not found: run .ci/setup.d/30-backup.sh (it fetches "
                        + "org.gaul:s3proxy:" + VERSION + ":jar:jar-with-dependencies into ~/.cache/fleet-tools)"));
    }

    public static S3ProxyServer start(Path dir) {
        try {
            Path jar = locateJar();
            int port = Proc.freePort();
            Path data = dir.resolve("data");
            Files.createDirectories(data);
            Path props = dir.resolve("s3proxy.properties");
            Files.writeString(props, String.join("\n",
                    "s3proxy.endpoint=http://127.0.0.1:" + port,
                    "s3proxy.authorization=aws-v2-or-v4",
                    "s3proxy.identity=" + ACCESS_KEY,
                    "s3proxy.credential=" + SECRET_KEY,
                    "jclouds.provider=filesystem",
                    "jclouds.filesystem.basedir=" + data) + "\n");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process p = new ProcessBuilder(java, "-Xmx256m", "-jar", jar.toString(), "--properties", props.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("s3proxy.log").toFile()).start();
            S3ProxyServer server = new S3ProxyServer(p, port, dir);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!server.accepting()) {
                if (!p.isAlive() || System.nanoTime() > deadline) {
                    p.destroyForcibly();
                    throw new AssertionError("s3proxy did not start:\n" + Files.readString(dir.resolve("s3proxy.log")));
                }
                Thread.sleep(200);
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private boolean accepting() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    /** Runs {@code aws s3 ARGS...} against this server with its test credentials. */
    public Proc.Result s3(String... args) {
        List<String> cmd = new java.util.ArrayList<>(List.of("aws", "--endpoint-url", endpoint(),
                "--region", "eu-west-1", "s3"));
        cmd.addAll(List.of(args));
        return Proc.run(cmd, Map.of("AWS_ACCESS_KEY_ID", ACCESS_KEY, "AWS_SECRET_ACCESS_KEY", SECRET_KEY,
                "AWS_CONFIG_FILE", dir.resolve("no-aws-config").toString(),
                "AWS_SHARED_CREDENTIALS_FILE", dir.resolve("no-aws-credentials").toString()), null, Duration.ofMinutes(2));
    }

    public void createBucket(String bucket) {
        Proc.Result r = s3("mb", "s3://" + bucket);
        if (r.exit() != 0) {
            throw new AssertionError("cannot create bucket " + bucket + ": " + r.all());
        }
    }

    /** Object keys under a prefix ("" when none). */
    public List<String> keys(String bucket, String prefix) {
        Proc.Result r = s3("ls", "--recursive", "s3://" + bucket + "/" + prefix);
        return r.out().lines().map(l -> l.substring(l.lastIndexOf(' ') + 1)).toList();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
