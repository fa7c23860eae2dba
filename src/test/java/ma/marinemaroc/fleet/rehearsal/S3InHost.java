package ma.marinemaroc.fleet.rehearsal;

import ma.marinemaroc.fleet.testing.Proc;
import ma.marinemaroc.fleet.testing.S3ProxyServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * "Amazon S3" for a rehearsal host: s3proxy (the shared test server's jar, filesystem backend) started inside the
 * host, in a network namespace of its own joined to the host's by a veth pair (an endpoint "on the internet" the test
 * created: no port clash with the host's published 443), with TLS for the regional endpoint names
 * ({@code <bucket>.s3.<region>.amazonaws.com}, {@code s3.<region>.amazonaws.com}) from a CA the rehearsal makes and
 * the host trusts (system bundle and the AWS CLI's bundle, inside the host only), and the host's /etc/hosts pointing
 * those names at it. The backup scripts run unchanged (no endpoint override). Its data lives in a folder outside the
 * host, so it survives the host's loss; {@link #attach} starts it in a new host. Stopped by pid with the host or by
 * {@link #stop}.
 */
public final class S3InHost implements AutoCloseable {
    /** A documentation address (RFC 5737) for the endpoint, in its own network namespace. */
    public static final String ADDRESS = "192.0.2.80";
    static final String GATEWAY = "192.0.2.1";
    static final String NETNS = "rehearsal-s3";

    private final Path dir;
    private String region;
    private String accessKey;
    private String secretKey;
    private NamespaceHost host;
    private int pid = -1;

    private S3InHost(Path dir) {
        this.dir = dir;
    }

    /** A new, empty S3: its data folder (bind it into every host that should reach it) and its CA. */
    public static S3InHost create() {
        try {
            Path dir = Files.createTempDirectory(Path.of("/var/tmp"), "fleet-rehearsal-s3-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Files.createDirectories(dir.resolve("data"));
            // lets NamespaceHost's clean-up remove it if this JVM dies before close()
            Files.writeString(dir.resolve("owner"), ProcessHandle.current().pid() + "\n");
            run("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                    "-keyout", dir.resolve("ca.key").toString(), "-out", dir.resolve("ca.pem").toString(), "-days", "7",
                    "-subj", "/CN=Fleet rehearsal S3 CA");
            return new S3InHost(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder the host must bind (pass it to the host's start). */
    public Path dir() {
        return dir;
    }

    public String endpointHost() {
        return "s3." + region + ".amazonaws.com";
    }

    /**
     * Starts s3proxy in {@code host} (which must have {@link #dir} bound) for a region and the identity the host's
     * backup.env carries, with the buckets (created if new), and makes the host resolve and trust it.
     */
    public void attach(NamespaceHost host, String region, String accessKey, String secretKey, List<String> buckets) {
        stop();
        this.host = host;
        this.region = region;
        this.accessKey = accessKey;
        this.secretKey = secretKey;
        if (!region.matches("[a-z]{2}(-[a-z]+)+-\\d+")) throw new IllegalArgumentException("bad region " + region);
        try {
            serverTls();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String b : buckets) {
            if (!b.matches("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")) throw new IllegalArgumentException("bad bucket name " + b);
            try {
                Files.createDirectories(dir.resolve("data").resolve(b));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        StringBuilder names = new StringBuilder(endpointHost());
        buckets.forEach(b -> names.append(' ').append(b).append('.').append(endpointHost()));
        // its own network namespace behind a veth pair, like an endpoint on the internet: the host's published
        // ports (0.0.0.0:443) do not clash with it
        host.sh("set -eu; if [ ! -e /run/netns/" + NETNS + " ]; then ip netns add " + NETNS + "; "
                + "ip link add s3-host type veth peer name s3-peer; ip link set s3-peer netns " + NETNS + "; "
                + "ip addr add " + GATEWAY + "/24 dev s3-host; ip link set s3-host up; "
                + "ip netns exec " + NETNS + " sh -c 'ip link set lo up; ip addr add " + ADDRESS + "/24 dev s3-peer; ip link set s3-peer up'; "
                + "fi; echo '" + ADDRESS + " " + names + "' >>/etc/hosts; "
                + "for f in /etc/ssl/certs/ca-certificates.crt /usr/lib/python3/dist-packages/awscli/botocore/cacert.pem; do "
                + "  [ -f \"$f\" ] && cat " + HostSpec.quote(dir.resolve("ca.pem").toString()) + " >>\"$f\"; done; true")
                .requireOk("pointing the host at the S3 stand-in");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        pid = host.spawn("s3proxy", List.of("ip", "netns", "exec", NETNS, java, "-Xmx256m", "-jar", S3ProxyServer.locateJar().toString(),
                "--properties", dir.resolve("s3proxy.properties").toString()));
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (host.exec(List.of("curl", "-s", "-o", "/dev/null", "--cacert", dir.resolve("ca.pem").toString(),
                "https://" + endpointHost() + "/"), Map.of(), null, Duration.ofSeconds(20)).exit() != 0) {
            if (System.nanoTime() > deadline) throw new AssertionError("s3proxy did not start in the host:\n" + log());
            sleep();
        }
    }

    /** {@code aws s3 ...} inside the host with the stand-in's identity. */
    public Proc.Result aws(String... args) {
        List<String> cmd = new java.util.ArrayList<>(List.of("aws", "--region", region, "s3"));
        cmd.addAll(List.of(args));
        return host.exec(cmd, Map.of("AWS_ACCESS_KEY_ID", accessKey, "AWS_SECRET_ACCESS_KEY", secretKey,
                "AWS_CONFIG_FILE", "/dev/null", "AWS_SHARED_CREDENTIALS_FILE", "/dev/null"), null, Duration.ofMinutes(2));
    }

    /** Object keys stored in a bucket (read from the backend folder). */
    public List<String> keys(String bucket) {
        Path b = dir.resolve("data").resolve(bucket);
        if (!Files.isDirectory(b)) return List.of();
        try (Stream<Path> files = Files.walk(b)) {
            return files.filter(Files::isRegularFile).map(f -> b.relativize(f).toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String log() {
        try {
            return host == null ? "" : Files.readString(host.dir().resolve("s3proxy.log"));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Stops s3proxy by its pid in the host (the data stays). */
    public void stop() {
        if (host != null && pid > 0) host.stop(pid);
        pid = -1;
    }

    @Override
    public void close() {
        stop();
        Proc.run(List.of("rm", "-rf", "--one-file-system", "--", dir.toString()));
    }

    private void serverTls() throws IOException {
        Path ca = dir.resolve("ca.pem");
        Path caKey = dir.resolve("ca.key");
        Path key = dir.resolve("server.key");
        Path csr = dir.resolve("server.csr");
        Path cert = dir.resolve("server.pem");
        Path ext = dir.resolve("server.ext");
        String endpoint = "s3." + region + ".amazonaws.com";
        Files.writeString(ext, "subjectAltName=DNS:" + endpoint + ",DNS:*." + endpoint + ",DNS:s3.amazonaws.com\n"
                + "extendedKeyUsage=serverAuth\n");
        run("openssl", "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                "-keyout", key.toString(), "-out", csr.toString(), "-subj", "/CN=" + endpoint);
        run("openssl", "x509", "-req", "-in", csr.toString(), "-CA", ca.toString(), "-CAkey", caKey.toString(),
                "-CAcreateserial", "-out", cert.toString(), "-days", "7", "-extfile", ext.toString());
        String password = java.util.UUID.randomUUID().toString();
        Path p12 = dir.resolve("server.p12");
        Proc.run(List.of("openssl", "pkcs12", "-export", "-in", cert.toString(), "-inkey", key.toString(),
                "-out", p12.toString(), "-passout", "env:P12_PASSWORD", "-name", "s3"), Map.of("P12_PASSWORD", password), null)
                .requireOk("making the S3 stand-in's keystore");
        Path props = dir.resolve("s3proxy.properties");
        Files.writeString(props, String.join("\n",
                "s3proxy.secure-endpoint=https://" + ADDRESS + ":443",
                "s3proxy.keystore-path=" + p12,
                "s3proxy.keystore-password=" + password,
                "s3proxy.virtual-host=" + endpoint,
                "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=" + accessKey,
                "s3proxy.credential=" + secretKey,
                "jclouds.provider=filesystem",
                "jclouds.filesystem.basedir=" + dir.resolve("data")) + "\n");
        Files.setPosixFilePermissions(props, PosixFilePermissions.fromString("rw-------"));
    }

    private static void run(String... cmd) {
        Proc.run(List.of(cmd)).requireOk(String.join(" ", cmd));
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
