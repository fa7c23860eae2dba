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
    private Driver driver;
    private PlanRun.Result graph;
    private final List<PassReport> reports = new ArrayList<>();

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
        r.graph = r.plan.run(file);
        r.newHost(binds);
        return r;
    }

    private void newHost(List<Path> binds) {
        host = NamespaceHost.start(HostSpec.from(graph), binds);
        try {
            driver = new Driver(host, Optional.of(MockSshKeys.of(OPERATOR_SEED).privateOpenssh()));
            importImages();
        } catch (RuntimeException | Error e) {
            host.close();
            throw e;
        }
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
        host.close();
        graph = plan.run(file, stack);
        newHost(binds);
    }

    /** Like {@link #pass(StackFile)} for another stack name (e.g. the disaster-recovery stack). */
    public PassReport pass(StackFile file, String stack) {
        graph = plan.run(file, stack);
        importImages();
        syncDns();
        PassReport report = driver.apply(graph);
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
        var hosts = host.spec().hosts();
        if (hosts.isEmpty()) throw new AssertionError("the graph publishes no DNS name");
        return hosts.entrySet().iterator().next();
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

    @Override
    public void close() {
        if (host != null) host.close();
    }
}
