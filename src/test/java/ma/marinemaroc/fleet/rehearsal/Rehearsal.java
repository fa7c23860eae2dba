package ma.marinemaroc.fleet.rehearsal;

import ma.marinemaroc.fleet.config.StackFile;
import ma.marinemaroc.fleet.plan.MockSshKeys;
import ma.marinemaroc.fleet.plan.PlanRun;
import ma.marinemaroc.fleet.plan.RecordedResource;
import ma.marinemaroc.fleet.testing.Proc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * One rehearsal: the program's graph ({@link RehearsalPlan}), a {@link NamespaceHost} built from it, the stand-in
 * images imported into the host's Docker, and the {@link Driver} that applies pass after pass. Plus the client-side
 * helpers the scenarios use (curl, verify and a websocket probe run inside the host). Containers are found by their
 * recorded inputs, never by name.
 */
public final class Rehearsal implements AutoCloseable {
    /** The operator's key (the rehearsal stack authorizes its public half): stands in for the operator's ssh-agent. */
    public static final String OPERATOR_SEED = "rehearsal-operator";

    private final RehearsalPlan plan;
    private final ImageBuilder images;
    private NamespaceHost host;
    private LoopVolume volume;
    private Driver driver;
    private PlanRun.Result graph;
    private final List<PassReport> reports = new ArrayList<>();
    private int replacements;

    private Rehearsal(RehearsalPlan plan, ImageBuilder images) {
        this.plan = plan;
        this.images = images;
    }

    /** A host for {@code file}'s graph, with the images the graph references; no pass applied yet. */
    public static Rehearsal start(StackFile file) {
        return start(file, List.of());
    }

    /** @param binds real directories bound into the host at the same path (e.g. the S3 stand-in's data) */
    public static Rehearsal start(StackFile file, List<Path> binds) {
        Rehearsal r = new Rehearsal(new RehearsalPlan(), new ImageBuilder(ImageBuilder.defaultCache()));
        try {
            r.graph = r.plan.run(file);
            if (r.graph.failed()) throw new AssertionError("the program failed in the mock engine: " + r.graph.errors() + r.graph.exceptions());
            r.newVolume();
            r.newHost(binds);
            r.driver = new Driver(r.host, Optional.of(MockSshKeys.of(OPERATOR_SEED).privateOpenssh()));
            return r;
        } catch (RuntimeException | Error e) {
            r.close();
            throw e;
        }
    }

    /** A blank data volume when the graph declares one (a new cloud volume). */
    private void newVolume() {
        if (volume != null) volume.close();
        volume = HostSpec.from(graph).dataVolume().isPresent() ? LoopVolume.create(LoopVolume.DEFAULT_MIB) : null;
    }

    /** A host for the current graph with the current volume attached, the images imported. */
    private void newHost(List<Path> binds) {
        long t0 = System.nanoTime();
        Optional<String> device = volume == null ? Optional.empty() : Optional.of(volume.attach());
        try {
            host = NamespaceHost.start(HostSpec.from(graph), binds, device);
        } catch (RuntimeException | Error e) {
            if (volume != null) volume.detach();
            throw e;
        }
        long t1 = System.nanoTime();
        importImages();
        System.out.printf("rehearsal: host up in %.1f s, images in %.1f s%n", (t1 - t0) / 1e9, (System.nanoTime() - t1) / 1e9);
    }

    /** The host is gone (its namespaces, containers and root disk); the data volume is detached, not destroyed. */
    private void stopHost() {
        if (host != null) host.close();
        host = null;
        if (volume != null) volume.detach();
    }

    private void importImages() {
        for (String ref : imageRefs(graph)) images.importInto(host.docker(), ref, Map.of());
    }

    static TreeSet<String> imageRefs(PlanRun.Result graph) {
        TreeSet<String> refs = new TreeSet<>();
        graph.ofType(Driver.CONTAINER).forEach(c -> refs.add(String.valueOf(c.plainInput("image"))));
        return refs;
    }

    /** Runs the program for {@code file} and applies the graph as the next pass. */
    public PassReport pass(StackFile file) {
        return pass(file, RehearsalPlan.STACK);
    }

    /**
     * The host is lost: its namespaces, containers, volumes and files are gone (the S3 stand-in's data is kept by its
     * owner). A new, empty host comes up for {@code file}'s graph; the driver starts from empty state.
     */
    public void loseHost(StackFile file, String stack, List<Path> binds) {
        stopHost();
        graph = plan.run(file, stack);
        newVolume();
        newHost(binds);
        driver = new Driver(host, Optional.of(MockSshKeys.of(OPERATOR_SEED).privateOpenssh()));
    }

    /**
     * Issue 16: the host is lost but its data volume survives. The old host's namespaces, containers and root disk are
     * gone; a new host boots from {@code file}'s graph as replaced by {@code pulumi up --replace} of the droplet (the
     * mock engine gives the droplet a new id), the same volume is attached to it, and the driver keeps Pulumi's state:
     * the next {@link #pass} is the {@code up} that replaced the host.
     */
    public void replaceHost(StackFile file, List<Path> binds) {
        stopHost();
        plan.salt(RehearsalPlan.DROPLET, "replaced-" + (++replacements));
        graph = plan.run(file);
        newHost(binds);
        driver.moveTo(host);
    }

    /** The data volume's backing file (it outlives hosts), or empty. */
    public Optional<LoopVolume> volume() {
        return Optional.ofNullable(volume);
    }

    /** {@code pulumi refresh} against the current host ({@link Driver#refresh}); returns the resources dropped. */
    public List<String> refresh() {
        return driver.refresh();
    }

    /** Like {@link #pass(StackFile)} for another stack name (e.g. the disaster-recovery stack). */
    public PassReport pass(StackFile file, String stack) {
        long t0 = System.nanoTime();
        graph = plan.run(file, stack);
        importImages();
        syncDns();
        long t1 = System.nanoTime();
        PassReport report = driver.apply(graph);
        System.out.printf("rehearsal: pass %d: program and images %.1f s, apply %.1f s%n", report.pass(), (t1 - t0) / 1e9, (System.nanoTime() - t1) / 1e9);
        reports.add(report);
        return report;
    }

    /**
     * DNS records are cloud resources: their effect on the host's clients is the resolver, here the host's /etc/hosts.
     * A pass whose graph publishes names the host does not know yet adds them (e.g. a changed domain).
     */
    private void syncDns() {
        HostSpec now = HostSpec.from(graph);
        now.hosts().forEach((name, ip) -> {
            if (!HostSpec.PATH.matcher("/" + name).matches()) throw new IllegalArgumentException("bad DNS name " + name);
            host.sh("grep -q " + HostSpec.quote("[[:space:]]" + name + "$") + " /etc/hosts || printf '%s\\t%s\\n' "
                    + HostSpec.quote(ip) + " " + HostSpec.quote(name) + " >>/etc/hosts").requireOk("adding " + name + " to the host's resolver");
        });
    }

    /**
     * The operator's SSH session to the host (their key, the pinned host key, the admin user the graph's commands
     * use): what on-call would type.
     */
    public Proc.Result operatorSsh(String command) {
        var cmd = graph.ofType(Driver.COMMAND).get(0);
        Map<?, ?> c = (Map<?, ?>) cmd.plainInput("connection");
        String address = String.valueOf(c.get("host"));
        String port = String.valueOf(DockerResources.num(c.get("port")));
        String[] hk = String.valueOf(c.get("hostKey")).trim().split("\\s+");
        try {
            Path keys = host.dir().resolve("operator");
            Files.createDirectories(keys);
            Path key = keys.resolve("id_ed25519");
            Path known = keys.resolve("known_hosts");
            if (!Files.exists(key)) {
                Files.writeString(key, MockSshKeys.of(OPERATOR_SEED).privateOpenssh());
                Files.setPosixFilePermissions(key, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(known, "[" + address + "]:" + port + " " + hk[0] + " " + hk[1] + "\n");
            return host.exec(List.of("ssh", "-F", "/dev/null", "-T", "-o", "BatchMode=yes", "-o", "IdentitiesOnly=yes",
                    "-i", key.toString(), "-o", "StrictHostKeyChecking=yes", "-o", "UserKnownHostsFile=" + known,
                    "-o", "LogLevel=ERROR", "-p", port, "-l", String.valueOf(c.get("user")), "--", address, command),
                    Map.of(), null, Duration.ofMinutes(15));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An SSH session to the host as the stack's admin user with the mock key of seed {@code keySeed} (PlanMocks gives
     * the tls key {@code name} the seed {@code name}, salted ones {@code name#salt}), the pinned host key, {@code stdin}
     * when not empty.
     */
    public Proc.Result ssh(String keySeed, String command, String stdin) {
        var c = (Map<?, ?>) graph.ofType(Driver.COMMAND).get(0).plainInput("connection");
        String address = String.valueOf(c.get("host"));
        String port = String.valueOf(DockerResources.num(c.get("port")));
        String[] hk = String.valueOf(c.get("hostKey")).trim().split("\\s+");
        try {
            Path keys = host.dir().resolve("probe-keys");
            Files.createDirectories(keys);
            Path key = keys.resolve(keySeed.replaceAll("[^A-Za-z0-9-]", "_"));
            Files.writeString(key, MockSshKeys.of(keySeed).privateOpenssh());
            Files.setPosixFilePermissions(key, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            Path known = keys.resolve("known_hosts");
            Files.writeString(known, "[" + address + "]:" + port + " " + hk[0] + " " + hk[1] + "\n");
            return host.exec(List.of("ssh", "-F", "/dev/null", "-T", "-o", "BatchMode=yes", "-o", "IdentitiesOnly=yes",
                    "-i", key.toString(), "-o", "StrictHostKeyChecking=yes", "-o", "UserKnownHostsFile=" + known,
                    "-o", "LogLevel=ERROR", "-p", port, "-l", String.valueOf(c.get("user")), "--", address, command),
                    Map.of(), stdin.isEmpty() ? null : stdin, Duration.ofMinutes(1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public RehearsalPlan plan() {
        return plan;
    }

    public ImageBuilder images() {
        return images;
    }

    public Driver driver() {
        return driver;
    }

    public NamespaceHost host() {
        return host;
    }

    public PlanRun.Result graph() {
        return graph;
    }

    public List<PassReport> reports() {
        return List.copyOf(reports);
    }

    // ---- the graph, by recorded inputs

    /** Container names (their {@code name} input) of the containers matching {@code filter}. */
    public List<String> containers(Predicate<RecordedResource> filter) {
        return graph.ofType(Driver.CONTAINER).stream().filter(filter).map(c -> String.valueOf(c.plainInput("name"))).toList();
    }

    public static Predicate<RecordedResource> image(String repository) {
        return c -> ImageBuilder.ImageRef.parse(String.valueOf(c.plainInput("image"))).repository().equals(repository);
    }

    /** Containers that publish {@code port} on the host. */
    public static Predicate<RecordedResource> publishing(int port) {
        return c -> c.plainInput("ports") instanceof List<?> ports && ports.stream()
                .anyMatch(p -> String.valueOf(((Map<?, ?>) p).get("external")).equals(String.valueOf(port)));
    }

    public static Predicate<RecordedResource> commandContains(String word) {
        return c -> c.strings("command").stream().anyMatch(a -> a.contains(word));
    }

    public String one(Predicate<RecordedResource> filter, String what) {
        List<String> l = containers(filter);
        if (l.size() != 1) throw new AssertionError("expected one " + what + " container in the graph, found " + l);
        return l.get(0);
    }

    /** The public domain and the address it points at (the stack's DNS records). */
    public Map.Entry<String, String> site() {
        var hosts = HostSpec.from(graph).hosts();
        if (hosts.isEmpty()) throw new AssertionError("the graph publishes no DNS name");
        return hosts.entrySet().iterator().next();
    }

    // ---- what the graph installs, the database, S3

    /** The content the graph installs at {@code path} (the stdin of its file step). */
    public String recordedFile(String path) {
        return graph.ofType(Driver.COMMAND).stream().filter(c -> {
                    List<String> t = c.strings("triggers");
                    return t.size() >= 2 && t.get(0).equals("file") && t.get(1).equals(path);
                }).map(c -> String.valueOf(c.plainInput("stdin"))).findFirst()
                .orElseThrow(() -> new AssertionError("the graph installs no " + path));
    }

    /** KEY=value lines (values optionally single-quoted), as the program writes backup.env / backup.conf. */
    public static Map<String, String> envFile(String text) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (String line : text.lines().toList()) {
            if (line.isBlank() || line.startsWith("#") || !line.contains("=")) continue;
            String v = line.substring(line.indexOf('=') + 1);
            if (v.length() >= 2 && v.startsWith("'") && v.endsWith("'")) v = v.substring(1, v.length() - 1);
            m.put(line.substring(0, line.indexOf('=')), v);
        }
        return m;
    }

    /** The backup bucket the graph's backup.conf names. */
    public String backupBucket() {
        return envFile(recordedFile("/etc/fleet/backup.conf")).get("S3_BUCKET");
    }

    /**
     * Starts {@code s3} in the current host for the region and identity the graph's backup.conf / backup.env name,
     * with the stack's bucket and {@code moreBuckets} (e.g. the bucket a DR stack restores from).
     */
    public void attachS3(S3InHost s3, List<String> moreBuckets) {
        Map<String, String> conf = envFile(recordedFile("/etc/fleet/backup.conf"));
        Map<String, String> env = envFile(recordedFile("/etc/fleet/backup.env"));
        List<String> buckets = new ArrayList<>(List.of(conf.get("S3_BUCKET")));
        moreBuckets.stream().filter(b -> !buckets.contains(b)).forEach(buckets::add);
        s3.attach(host, conf.get("S3_REGION"), env.get("AWS_ACCESS_KEY_ID"), env.get("AWS_SECRET_ACCESS_KEY"), buckets);
    }

    /** The database container's name (the one running the stack's database image). */
    public String database() {
        return one(image("mysql"), "database");
    }

    /** SQL as the database's root inside its container (password from the root password file the stack installs). */
    public DockerApi.ExecResult mysql(String sql) {
        String pw = recordedFile("/etc/fleet/mysql/secrets/root-password").strip();
        return host.docker().exec(database(), List.of("mysql", "-uroot", "-N", "-B", "-e", sql), Map.of("MYSQL_PWD", pw));
    }

    /** Rows per table of every Fleetbase database (COUNT(*) each: information_schema is approximate for InnoDB). */
    public Map<String, Long> rowCounts() {
        DockerApi.ExecResult tables = mysql("SELECT CONCAT(table_schema, '.', table_name) FROM information_schema.tables "
                + "WHERE table_schema LIKE 'fleetbase%' AND table_type = 'BASE TABLE' ORDER BY 1");
        if (tables.exit() != 0) throw new AssertionError("listing tables: " + tables.all());
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (String t : tables.out().lines().filter(l -> !l.isBlank()).toList()) {
            String[] p = t.split("\\.", 2);
            DockerApi.ExecResult n = mysql("SELECT COUNT(*) FROM `" + p[0] + "`.`" + p[1] + "`");
            if (n.exit() != 0) throw new AssertionError("counting " + t + ": " + n.all());
            counts.put(t, Long.parseLong(n.out().strip()));
        }
        return counts;
    }

    // ---- clients inside the host

    /** The certificate(s) the stack generated, as the trust anchor clients use (self-signed mode). */
    public Path caFile() {
        try {
            Path f = host.dir().resolve("ca.pem");
            Files.writeString(f, String.join("", plan.certificatePems()));
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** curl inside the host against the site: {@code -sS}, the stack's CA, no proxy; extra args appended. */
    public Proc.Result curl(String url, String... extra) {
        List<String> cmd = new ArrayList<>(List.of("curl", "-sS", "--noproxy", "*", "--max-time", "20", "--cacert", caFile().toString()));
        cmd.addAll(List.of(extra));
        cmd.add(url);
        return host.exec(cmd, Map.of(), null, Duration.ofMinutes(1));
    }

    /** {@code java -cp <test classpath> MAIN ARGS} inside the host. */
    public Proc.Result java(String main, List<String> args, Duration timeout) {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", cp, main));
        cmd.addAll(args);
        return host.exec(cmd, Map.of(), null, timeout);
    }

    /** {@code fleet verify} (the real VerifyCommand) against the site from inside the host. */
    public Proc.Result verify() {
        var site = site();
        return java("ma.marinemaroc.fleet.App", List.of("verify", "--url", "https://" + site.getKey(), "--expect-ip", site.getValue(),
                "--ca-file", caFile().toString()), Duration.ofMinutes(3));
    }

    public Proc.Result websocket(String url, String origin) {
        return java(InHostProbe.class.getName(), List.of("ws", url, origin, caFile().toString()), Duration.ofMinutes(1));
    }

    /** A {@link LoadLoop} running inside the host in the background; {@link #stop} ends it and returns its summary. */
    public final class Load {
        private final int pid;
        private final Path stopFile;
        private final Path log;
        private final int maxSeconds;

        private Load(int pid, Path stopFile, Path log, int maxSeconds) {
            this.pid = pid;
            this.stopFile = stopFile;
            this.log = log;
            this.maxSeconds = maxSeconds;
        }

        /** Asks the loop to stop, waits for it (bounded) and returns what it counted. */
        public LoadLoop.Summary stop() {
            try {
                Files.writeString(stopFile, "stop\n");
                long deadline = System.nanoTime() + Duration.ofSeconds(maxSeconds + 30L).toNanos();
                while (host.exec("kill", "-0", String.valueOf(pid)).exit() == 0) {
                    if (System.nanoTime() > deadline) {
                        host.stop(pid);
                        throw new AssertionError("the load loop did not stop within its bounds:\n" + Files.readString(log));
                    }
                    Thread.sleep(200);
                }
                String out = Files.readString(log);
                String last = out.lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b)
                        .orElseThrow(() -> new AssertionError("the load loop printed no summary:\n" + out));
                return LoadLoop.Summary.parse(last);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /**
     * Starts the bounded request loop against {@code urls} (the edge on the host's own address, resolved by the host):
     * at most {@code maxRequests} requests and {@code maxSeconds} seconds, or until {@link Load#stop}.
     */
    public Load startLoad(List<String> urls, int maxRequests, int maxSeconds) {
        String name = "load-" + System.nanoTime();
        Path stop = host.dir().resolve(name + ".stop");
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-Xmx128m", "-cp", cp, InHostProbe.class.getName(), "load",
                stop.toString(), String.valueOf(maxRequests), String.valueOf(maxSeconds), caFile().toString()));
        cmd.addAll(urls);
        int pid = host.spawn(name, cmd);
        return new Load(pid, stop, host.dir().resolve(name + ".log"), maxSeconds);
    }

    @Override
    public void close() {
        try {
            if (host != null) host.close();
        } finally {
            if (volume != null) volume.close();
        }
    }
}
