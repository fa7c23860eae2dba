package ma.marinemaroc.fleet.rehearsal;

import ma.marinemaroc.fleet.testing.Proc;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A rehearsal host on this machine: Linux mount, network, PID and UTS namespaces around an overlay of the machine's root
 * (see {@code rehearsal/host/host-init.sh}), with the stack's recorded addresses on lo, the user-data applied by a
 * cloud-init stand-in, its own dockerd ({@code --iptables=false}) and sshd with the stack's host key. Nothing listens
 * on the machine's own network namespace and nothing the deployment writes reaches the machine's files.
 *
 * <p>Clients run inside with {@link #exec} ({@code nsenter}); the JVM reaches dockerd through a socket under the
 * rehearsal folder. {@link #close} stops sshd and dockerd through the init process (by its pid), ends the namespaces
 * and deletes the folder; a JVM that dies closes the init's stdin, which stops the host the same way.
 */
public final class NamespaceHost implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

    private final Path dir;
    private final Process unshare;
    private final ProcessHandle init;
    private final OutputStream control;
    private final HostSpec spec;
    private final DockerApi docker;
    private final Thread shutdownHook;
    private boolean closed;

    private NamespaceHost(Path dir, Process unshare, ProcessHandle init, HostSpec spec) {
        this.dir = dir;
        this.unshare = unshare;
        this.init = init;
        this.control = unshare.getOutputStream();
        this.spec = spec;
        this.docker = new DockerApi(dir.resolve("docker.sock"));
        this.shutdownHook = new Thread(this::close, "rehearsal-host-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    public static NamespaceHost start(HostSpec spec) {
        return start(spec, List.of(), java.util.Optional.empty());
    }

    /**
     * @param extraBinds  real directories bound at the same path inside (they outlive the host)
     * @param dataDevice  the block device attached as the host's data volume ({@link LoopVolume}); required when the
     *                    graph declares one, linked inside at the by-id path the graph's volume gets
     */
    public static NamespaceHost start(HostSpec spec, List<Path> extraBinds, java.util.Optional<String> dataDevice) {
        if (spec.dataVolume().isPresent() != dataDevice.isPresent()) {
            throw new IllegalArgumentException("the graph " + (spec.dataVolume().isPresent() ? "declares a data volume: attach one"
                    : "declares no data volume: attach none"));
        }
        dataDevice.ifPresent(d -> {
            if (!d.matches("/dev/loop\\d+")) throw new IllegalArgumentException("bad data volume device " + d);
        });
        removeAbandoned();
        for (String tool : List.of("unshare", "nsenter", "ip", "dockerd", "docker", "sshd", "sudo", "visudo", "useradd", "findmnt")) {
            Proc.require(tool);
        }
        Path dir;
        try {
            // a real folder the host binds at the same path (its writes must reach the machine, unlike the overlay's)
            dir = Files.createTempDirectory(Path.of("/var/tmp"), "fleet-rehearsal-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Files.createDirectories(dir.resolve("ns"));
            Files.createDirectories(dir.resolve("docker"));
            Files.writeString(dir.resolve("owner"), ProcessHandle.current().pid() + "\n");
            writeSetup(dir.resolve("setup"), spec);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Process unshare;
        try {
            ProcessBuilder pb = new ProcessBuilder("unshare", "--mount", "--net", "--pid", "--uts", "--fork", "--mount-proc",
                    "--propagation", "private", "--kill-child", "bash", dir.resolve("setup/host-init.sh").toString(), dir.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("host.log").toFile());
            pb.environment().put("ADDRESSES", String.join(" ", spec.prefixes()));
            for (Path b : extraBinds) {
                if (!HostSpec.PATH.matcher(b.toString()).matches()) throw new IllegalArgumentException("bad bind path " + b);
            }
            pb.environment().put("EXTRA_BINDS", String.join(" ", extraBinds.stream().map(Path::toString).toList()));
            dataDevice.ifPresent(d -> {
                pb.environment().put("DATA_DEVICE", d);
                pb.environment().put("DATA_DEVICE_LINK", spec.dataVolume().orElseThrow());
            });
            unshare = pb.start();
        } catch (IOException e) {
            delete(dir);
            throw new UncheckedIOException("cannot start unshare", e);
        }
        NamespaceHost host = null;
        try {
            long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
            ProcessHandle init = null;
            while (init == null) {
                init = unshare.children().findFirst().orElse(null);
                if (init == null) {
                    if (!unshare.isAlive() || System.nanoTime() > deadline) throw new AssertionError("the host's init did not start" + log(dir));
                    Thread.sleep(50);
                }
            }
            host = new NamespaceHost(dir, unshare, init, spec);
            while (!Files.exists(dir.resolve("ready"))) {
                if (!init.isAlive() || System.nanoTime() > deadline) {
                    throw new AssertionError("the rehearsal host did not come up" + log(dir));
                }
                Thread.sleep(100);
            }
            return host;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (RuntimeException | Error e) {
            if (host != null) host.close();
            else {
                unshare.destroyForcibly();
                delete(dir);
            }
            throw e;
        }
    }

    private static String log(Path dir) {
        StringBuilder b = new StringBuilder();
        for (String f : List.of("host.log", "runcmd.log", "dockerd.log", "sshd.log")) {
            Path p = dir.resolve(f);
            try {
                if (Files.exists(p)) {
                    List<String> lines = Files.readAllLines(p);
                    b.append("\n--- ").append(f).append('\n')
                            .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())));
                }
            } catch (IOException ignored) {
                // best effort: the failure itself is reported by the caller
            }
        }
        return b.toString();
    }

    /** The files host-init.sh and cloud-init-apply.sh read; every value was validated by {@link HostSpec}. */
    private static void writeSetup(Path s, HostSpec spec) throws IOException {
        Files.createDirectories(s.resolve("bin"));
        Files.createDirectories(s.resolve("write_files"));
        Path res = ImageBuilder.resource("rehearsal/host");
        for (String f : List.of("host-init.sh", "cloud-init-apply.sh", "bin/systemctl", "bin/cloud-init", "bin/timedatectl", "bin/mysqldump")) {
            Files.copy(res.resolve(f), s.resolve(f));
        }
        StringBuilder hosts = new StringBuilder("127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n");
        spec.hosts().forEach((name, ip) -> hosts.append(ip).append('\t').append(name).append('\n'));
        Files.writeString(s.resolve("hosts"), hosts.toString());
        HostSpec.CloudConfig cc = spec.userData();
        HostSpec.User u = cc.user();
        Files.writeString(s.resolve("user.env"), "USER_NAME='" + u.name() + "'\nUSER_GROUPS='" + String.join(",", u.groups())
                + "'\nUSER_SHELL='" + u.shell() + "'\nUSER_GECOS='" + u.gecos() + "'\nUSER_SUDO='" + u.sudo() + "'\n");
        Files.writeString(s.resolve("authorized_keys"), String.join("\n", u.authorizedKeys()) + "\n");
        if (cc.hostKeyPrivate() != null) {
            Files.writeString(s.resolve("ssh_host_ed25519_key"), cc.hostKeyPrivate());
            Files.writeString(s.resolve("ssh_host_ed25519_key.pub"), cc.hostKeyPublic() + "\n");
        }
        StringBuilder tsv = new StringBuilder();
        for (int i = 0; i < cc.writeFiles().size(); i++) {
            HostSpec.WriteFile f = cc.writeFiles().get(i);
            Files.writeString(s.resolve("write_files").resolve(String.valueOf(i)), f.content());
            String owner = f.owner().contains(":") ? f.owner() : f.owner() + ":" + f.owner();
            tsv.append(i).append('\t').append(f.path()).append('\t').append(f.permissions()).append('\t').append(owner).append('\n');
        }
        Files.writeString(s.resolve("write_files.tsv"), tsv.toString());
        Files.writeString(s.resolve("hostname"), cc.hostname() == null ? "" : cc.hostname());
        Files.writeString(s.resolve("runcmd.sh"), "#!/bin/sh\n" + String.join("\n", cc.runcmd()) + "\n");
    }

    public HostSpec spec() {
        return spec;
    }

    public Path dir() {
        return dir;
    }

    public DockerApi docker() {
        return docker;
    }

    public long initPid() {
        return init.pid();
    }

    /** Runs a program inside the host's namespaces (as root, at the host's root), to completion. */
    public Proc.Result exec(List<String> cmd, Map<String, String> env, String stdin, Duration timeout) {
        List<String> full = new ArrayList<>(List.of("nsenter", "-t", String.valueOf(init.pid()), "-m", "-n", "-p", "-r", "-w", "--"));
        full.addAll(cmd);
        return Proc.run(full, env, null, stdin, timeout);
    }

    public Proc.Result exec(String... cmd) {
        return exec(List.of(cmd), Map.of(), null, Duration.ofMinutes(2));
    }

    /** A bash script inside the host (root). */
    public Proc.Result sh(String script) {
        return exec(List.of("bash", "-c", script), Map.of(), null, Duration.ofMinutes(5));
    }

    /** Starts a long-running program inside the host; it is stopped with the host. Returns its pid in the host. */
    public int spawn(String name, List<String> cmd) {
        StringBuilder q = new StringBuilder();
        for (String a : cmd) q.append(HostSpec.quote(a)).append(' ');
        Proc.Result r = sh("setsid " + q + ">" + HostSpec.quote(dir.resolve(name + ".log").toString()) + " 2>&1 </dev/null & echo $!")
                .requireOk("starting " + name + " in the rehearsal host");
        return Integer.parseInt(r.out().trim());
    }

    /** Stops a program {@link #spawn} started, by its pid, and waits up to 20 s for it. */
    public void stop(int pid) {
        sh("kill -TERM " + pid + " 2>/dev/null || exit 0; for _ in $(seq 1 100); do kill -0 " + pid
                + " 2>/dev/null || exit 0; sleep 0.2; done; kill -KILL " + pid + " 2>/dev/null || true");
    }

    public String file(String path) {
        return exec("cat", "--", path).requireOk("reading " + path + " on the rehearsal host").out();
    }

    public String logs() {
        return log(dir);
    }

    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException ignored) {
            // already shutting down: this is the hook
        }
        try {
            control.write("stop\n".getBytes(StandardCharsets.UTF_8));
            control.close();
        } catch (IOException ignored) {
            // the init is gone already
        }
        ProcessHandle exited = init.onExit().completeOnTimeout(null, 60, TimeUnit.SECONDS).join();
        if (exited == null) init.destroyForcibly();
        try {
            if (!unshare.waitFor(30, TimeUnit.SECONDS)) unshare.destroyForcibly();
            unshare.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (System.getenv("FLEET_REHEARSAL_KEEP") == null) delete(dir);
    }

    /**
     * Folders of rehearsal hosts whose JVM is gone (killed before it could clean up) and that no process names any
     * more: their namespaces ended with the JVM (the init's stdin closed); only the folder is left.
     */
    private static void removeAbandoned() {
        try (var dirs = Files.list(Path.of("/var/tmp"))) {
            for (Path d : dirs.filter(p -> p.getFileName().toString().startsWith("fleet-rehearsal-")).toList()) {
                Path owner = d.resolve("owner");
                if (!Files.isRegularFile(owner)) continue;
                long pid = Long.parseLong(Files.readString(owner).trim());
                String path = d.toString();
                boolean inUse = ProcessHandle.of(pid).isPresent() || ProcessHandle.allProcesses()
                        .anyMatch(p -> p.info().commandLine().map(c -> c.contains(path)).orElse(false));
                if (!inUse) delete(d);
            }
        } catch (IOException | NumberFormatException e) {
            // best effort: a folder we cannot read is left alone
        }
    }

    private static void delete(Path dir) {
        Proc.run(List.of("rm", "-rf", "--one-file-system", "--", dir.toString()));
    }
}
