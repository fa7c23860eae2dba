package ma.marinemaroc.fleet.services;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.docker.Container;
import com.pulumi.docker.ContainerArgs;
import com.pulumi.docker.Network;
import com.pulumi.docker.NetworkArgs;
import com.pulumi.docker.Provider;
import com.pulumi.docker.ProviderArgs;
import com.pulumi.docker.inputs.ContainerCapabilitiesArgs;
import com.pulumi.docker.inputs.ContainerHealthcheckArgs;
import com.pulumi.docker.inputs.ContainerLabelArgs;
import com.pulumi.docker.inputs.ContainerNetworksAdvancedArgs;
import com.pulumi.docker.inputs.ContainerPortArgs;
import com.pulumi.docker.inputs.ContainerVolumeArgs;
import com.pulumi.docker.inputs.NetworkIpamConfigArgs;
import com.pulumi.docker.inputs.NetworkLabelArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import ma.marinemaroc.fleet.bindings.command.Command;
import ma.marinemaroc.fleet.bindings.command.CommandArgs;
import ma.marinemaroc.fleet.edge.EdgeFiles;
import ma.marinemaroc.fleet.edge.Upstreams;
import ma.marinemaroc.fleet.fleetbase.FleetbaseContract;
import ma.marinemaroc.fleet.host.HostAccess;
import ma.marinemaroc.fleet.host.RemoteFile;
import ma.marinemaroc.fleet.host.bootstrap.BootstrapSpec;
import ma.marinemaroc.fleet.host.bootstrap.CloudInit;
import ma.marinemaroc.fleet.quote.Shell;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything on the host after the bootstrap: the rendered files (installed over SSH), the Fleetbase containers on a
 * private Docker network (pulumi-docker over {@code ssh://}), and the steps around them. The deploy order, as the
 * dependencies make it (the plan prints them):
 * <pre>
 * access (bootstrap key installs the team's keys + deploy key) -> host ready (cloud-init done) -> files
 *   -> database -> database set-up (schemas, grants) -> [DR restore] -> [backup before an upgrade] -> migrations
 *      (one-shot container of the API image) -> cache, socket -> application, queue, scheduler, console
 *      (each new release passes its health gate) -> placeholder certificate -> NGINX config -> httpd -> reload
 *   -> certificate issuance (after DNS) -> timers
 * </pre>
 *
 * <p>Rules every on-host step follows:
 * <ul>
 *   <li><b>Keyed by what it does, not how it logs in.</b> A step's {@code triggers} hold what it installs or runs
 *   (content or script hash, image, ...) and the host's identity; a change there replaces the step, which runs its
 *   {@code create} again. Any other change (the SSH connection: a rotated deploy key, another operator) runs its
 *   {@code update}, which is {@value #NOTHING_TO_REDO}: it proves the new login works and redoes nothing.</li>
 *   <li><b>Tied to the host.</b> Triggers of every step and labels of every Docker object carry the host's cloud id,
 *   so a replaced host gets the whole setup again (the reserved IP hides a replacement from everything else).</li>
 *   <li><b>Changed files reach the processes.</b> Containers bind folders; a release-named container (API, workers,
 *   console, socket) is named after its image, definition and the installs of every file it reads, so a change
 *   starts a new release beside the old one; the database and cache restart when their configuration is
 *   reinstalled; NGINX reloads when its configuration or certificate is.</li>
 *   <li><b>Idempotent.</b> Every script can run twice (migrations run only pending ones, seeders check first, certbot
 *   keeps a valid certificate, installs are temp file + rename).</li>
 * </ul>
 */
public class Services extends ComponentResource {
    public static final String TYPE = "fleet:services:Services";
    /** The update script of every step (see the class comment). */
    public static final String NOTHING_TO_REDO = "true";
    public static final String LABEL_ROLE = "fleet.role";
    public static final String LABEL_HOST = "fleet.host";
    public static final String LABEL_RELEASE = "fleet.release";
    public static final String LABEL_WRITES_DATABASE = "fleet.writes-database";

    /** The containers' names (release names included). */
    @Export(name = "containers", refs = {List.class, String.class}, tree = "[0,1]")
    private final Output<List<String>> containers;
    /** The private Docker network's name. */
    @Export(name = "network", refs = {String.class}, tree = "[0]")
    private final Output<String> network;

    private final ServicesArgs args;
    private final HostAccess access;
    private final Map<String, Command> installs = new LinkedHashMap<>();
    private final Map<String, Container> byName = new LinkedHashMap<>();
    private final Map<String, Resource> gates = new LinkedHashMap<>();
    private final Map<String, Resource> readiness = new LinkedHashMap<>();
    private final Map<ServiceRole, Output<String>> names = new LinkedHashMap<>();
    private final List<Resource> databaseStepsDone = new ArrayList<>();

    public Services(String name, ServicesArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        this.args = args;
        this.access = args.access();

        // 1. Authorized keys, through the bootstrap key (the only login the user-data grants).
        Command accessStep = new Command(name + "-access", CommandArgs.builder()
                .connection(access.bootstrapConnection())
                .create(BootstrapSpec.AUTHORIZE_COMMAND)
                .update(BootstrapSpec.AUTHORIZE_COMMAND)
                .stdin(args.authorizedKeys())
                .triggers(triggers(List.of("access"), Output.of(BootstrapSpec.AUTHORIZE_COMMAND), args.authorizedKeys()))
                .logging("stderr")
                .build(), opts(List.of()));

        // 2. The host is bootstrapped; its state volume is mounted before anything writes state; the folders the
        // containers bind exist.
        Command booted = step(name + "-bootstrap-ready", CloudInit.readyCommand(), List.of("bootstrap"), List.of(accessStep));
        Resource stateReady = args.stateVolume().map(v -> stateVolume(name, v, booted)).orElse(booted);
        Command ready = step(name + "-host-dirs", hostDirs(), List.of("host-dirs"), List.of(stateReady));
        step(name + "-timezone", "sudo timedatectl set-timezone " + Shell.quote(args.timezone()),
                List.of("timezone", args.timezone()), List.of(ready));

        // 3. Files (the edge's come later: they name the releases they route to), then what must be in place before
        // any container runs.
        for (RemoteFile.Spec f : args.files()) install(name, f, List.of(ready));
        List<Resource> hostReady = new ArrayList<>(List.of(ready));
        for (HostStep st : args.steps()) {
            if (st.phase() == HostStep.Phase.BEFORE_CONTAINERS) {
                hostReady.add(step(st.name(), st.script(), st.triggers(), new ArrayList<>(installs.values())));
            }
        }

        var docker = new Provider(name + "-docker", ProviderArgs.builder()
                .host(access.dockerHost())
                .sshOpts(access.dockerSshOpts())
                .build(), opts(List.of(ready)));
        var net = new Network(name + "-network", NetworkArgs.builder()
                .name(FleetServices.NETWORK)
                .driver("bridge")
                .ipamConfigs(NetworkIpamConfigArgs.builder().subnet(FleetServices.NETWORK_SUBNET).build())
                .labels(networkLabels())
                .build(), CustomResourceOptions.builder().parent(this).provider(docker)
                // a fixed name: the old network must go before its replacement exists
                .deleteBeforeReplace(true).dependsOn(List.of(ready)).build());
        this.network = net.name();

        // 4. Database, its schemas and grants, a DR restore, a backup before an upgrade, the migrations (an app host
        // of the scaled topology: the managed database's steps on host 0 only, the other hosts wait for them).
        List<Resource> beforeApi = args.appHost().isPresent() ? appHostDatabase(name, args.appHost().get(), hostReady)
                : hostDatabase(name, net, docker, hostReady);

        // 5. The stateless services in start order, each release health-gated.
        for (ServiceRole role : ServiceRole.values()) {
            if (role.update() == ServiceRole.Update.STATEFUL) continue;
            for (ServiceSpec s : services(role)) start(name, s, net, docker, role.runsApi() ? beforeApi : hostReady);
        }

        // 6. The edge: steps before NGINX, its configuration naming the running releases, the container, a reload.
        List<Resource> httpdDeps = new ArrayList<>(gates.values());
        for (HostStep st : args.steps()) {
            if (st.phase() == HostStep.Phase.BEFORE_HTTPD) {
                httpdDeps.add(step(st.name(), st.script(), st.triggers(), new ArrayList<>(installs.values())));
            }
        }
        Output<Upstreams> upstreams = args.appHost().flatMap(AppHost::socketRelay).map(relay ->
                        Output.tuple(name(ServiceRole.CONSOLE), name(ServiceRole.APPLICATION), relay).applyValue(t ->
                                new Upstreams(t.t1 + ":" + FleetbaseContract.CONSOLE_PORT, t.t2 + ":" + FleetbaseContract.API_PORT, t.t3)))
                .orElseGet(() -> Output.tuple(name(ServiceRole.CONSOLE), name(ServiceRole.APPLICATION), name(ServiceRole.SOCKET))
                        .applyValue(t -> Upstreams.of(t.t1, t.t2, t.t3)));
        Map<String, Output<String>> edgeFiles = new TreeMap<>();
        for (String path : EdgeFiles.files(args.edge()).keySet()) {
            edgeFiles.put(path, upstreams.applyValue(u -> EdgeFiles.files(args.edge().withUpstreams(u)).get(path)));
        }
        List<Resource> afterGates = new ArrayList<>(gates.values());
        afterGates.add(ready);
        edgeFiles.forEach((path, content) -> install(name, new RemoteFile.Spec(path, content, "0644", "root:root"), afterGates));
        ServiceSpec httpdSpec = one(ServiceRole.HTTPD);
        Resource httpd = start(name, httpdSpec, net, docker, httpdDeps);
        Command reload = configChanged(name + "-reload-httpd", httpdSpec, DeployScripts.reloadNginx(httpdSpec.name(), FleetServices.NGINX_CONF),
                List.of(httpd));

        // 7. Once everything runs: the other components' steps (certificate issuance after DNS), then the timers.
        List<Resource> running = new ArrayList<>(byName.values());
        running.add(reload);
        running.addAll(args.afterStartDependsOn());
        List<Resource> afterStart = new ArrayList<>(running);
        for (HostStep st : args.steps()) {
            if (st.phase() == HostStep.Phase.AFTER_START) afterStart.add(step(st.name(), st.script(), st.triggers(), running));
        }
        Map<String, Output<String>> units = new TreeMap<>();
        for (RemoteFile.Spec f : args.files()) {
            if (f.under(HostPaths.SYSTEMD)) units.put(f.path(), installs.get(f.path()).id());
        }
        if (!units.isEmpty()) {
            List<String> timers = units.keySet().stream().map(p -> p.substring(p.lastIndexOf('/') + 1))
                    .filter(u -> u.endsWith(".timer")).toList();
            // last: the jobs start once the platform runs (and its certificate is issued)
            List<Resource> deps = new ArrayList<>(afterStart);
            units.keySet().forEach(p -> deps.add(installs.get(p)));
            new Command(name + "-systemd-timers", CommandArgs.builder()
                    .connection(access.connection())
                    .create("set -eu; sudo systemctl daemon-reload; sudo systemctl enable --now " + String.join(" ", timers))
                    .update(NOTHING_TO_REDO)
                    .delete("sudo systemctl disable --now " + String.join(" ", timers) + " || true")
                    .triggers(triggers(List.of("systemd-units"), joined(new ArrayList<>(units.values())), null))
                    .logging("stderr")
                    // the old step's delete (disable) must run before the new one's create (enable): replaced
                    // create-first, it ran last and left the timers disabled (found by the deploy rehearsal, issue 16)
                    .build(), CustomResourceOptions.builder().parent(this).dependsOn(new ArrayList<>(deps))
                    .deleteBeforeReplace(true).build());
        }

        this.containers = Output.all(byName.values().stream().map(Container::name).toList());
        registerOutputs(Map.of("containers", containers, "network", network));
    }

    /** The single host's database: container, schemas and grants, a DR restore, a backup, the migrations. */
    private List<Resource> hostDatabase(String name, Network net, Provider docker, List<Resource> hostReady) {
        ServiceSpec db = one(ServiceRole.DATABASE);
        List<Resource> dbDeps = new ArrayList<>(hostReady);
        if (args.preUpgradeBackup().isPresent()) {
            // A new database image is never applied silently: a verified backup set of the running one first.
            dbDeps.add(step(name + "-backup-before-database-image", DeployScripts.guardIfRunning(db.name(),
                    DeployScripts.backupIfData(db.name(), args.preUpgradeBackup().get())),
                    List.of("backup-before-database-image", db.image()), hostReady));
        }
        Resource database = start(name, db, net, docker, dbDeps);
        List<Resource> beforeApi = new ArrayList<>();
        Command dbSetup = step(name + "-database-setup", Shell.script(List.of(
                        DeployScripts.waitHealthy(db.name(), 300),
                        DeployScripts.databaseSetup(db.name(), HostPaths.MYSQL_INIT_SQL))),
                List.of("database-setup"), List.of(database, installs.get(HostPaths.MYSQL_INIT_SQL)));
        beforeApi.add(dbSetup);
        if (args.firstBootRestore().isPresent()) {
            // Disaster recovery: the database is up, nothing writes to it yet; restore before the API first starts.
            beforeApi.add(step(name + "-restore-on-first-boot", DeployScripts.restoreOnce(db.name(), args.firstBootRestore().get()),
                    List.of("restore"), List.of(dbSetup)));
        }
        ServiceSpec app = one(ServiceRole.APPLICATION);
        Optional<ServiceSpec> cacheSpec = services(ServiceRole.CACHE).stream().findFirst();
        List<Resource> migrationDeps = new ArrayList<>(beforeApi);
        cacheSpec.ifPresent(c -> {
            // the cache holds the queue: a copy of its data folder before a new image replaces it
            List<Resource> cacheDeps = new ArrayList<>(hostReady);
            cacheDeps.add(step(name + "-snapshot-before-cache-image", DeployScripts.guardIfRunning(c.name(),
                    DeployScripts.snapshotFolder(HostPaths.REDIS_DATA, HostPaths.STATE + "/backups/redis", 2)),
                    List.of("snapshot-before-cache-image", c.image()), hostReady));
            migrationDeps.add(start(name, c, net, docker, cacheDeps));
        });
        if (args.preUpgradeBackup().isPresent()) {
            // A new API image migrates the schema: a verified backup set first (none on a fresh database).
            migrationDeps.add(step(name + "-backup-before-migrations",
                    DeployScripts.backupIfData(db.name(), args.preUpgradeBackup().get()),
                    List.of("backup-before-migrations", app.image()), List.copyOf(migrationDeps)));
        }
        List<Resource> migrationInstalls = mountedInstalls(app);
        migrationInstalls.addAll(migrationDeps);
        Command migrate = new Command(name + "-migrations", CommandArgs.builder()
                .connection(access.connection())
                .create(DeployScripts.oneShot(app, FleetServices.NETWORK, args.databaseSteps()))
                .update(NOTHING_TO_REDO)
                // once per API image (and per sequence); the container's environment is not part of it
                .triggers(triggers(List.of("migrations", app.image()), Output.of(String.valueOf(args.databaseSteps())), null))
                .logging("stdoutAndStderr")
                .build(), opts(migrationInstalls));
        beforeApi.add(migrate);
        for (HostStep st : args.steps()) {
            if (st.phase() == HostStep.Phase.AFTER_MIGRATIONS) {
                List<Resource> deps = new ArrayList<>(List.of(migrate));
                deps.addAll(installs.values());
                beforeApi.add(step(st.name(), st.script(), st.triggers(), deps));
            }
        }
        databaseStepsDone.addAll(beforeApi);
        return beforeApi;
    }

    /**
     * An app host's database steps: on host 0 a DR restore, a backup before the migrations (when the managed database
     * holds data), the migrations and the steps after them, in a one-shot container as on a single host; the other
     * hosts run none and wait for host 0's.
     */
    private List<Resource> appHostDatabase(String name, AppHost host, List<Resource> hostReady) {
        if (!host.leader()) {
            List<Resource> waits = new ArrayList<>(hostReady);
            waits.addAll(host.releasesWaitFor());
            return waits;
        }
        ServiceSpec app = one(ServiceRole.APPLICATION);
        List<Resource> beforeApi = new ArrayList<>();
        List<Resource> migrationDeps = new ArrayList<>(hostReady);
        migrationDeps.addAll(installs.values());
        if (args.firstBootRestore().isPresent()) {
            // Disaster recovery or the move from a single host: restore before the API first starts anywhere.
            Command restore = step(name + "-restore-on-first-boot", DeployScripts.restoreIntoEmpty(
                    host.tableCount().orElseThrow(), args.firstBootRestore().get()), List.of("restore"), List.copyOf(migrationDeps));
            beforeApi.add(restore);
            migrationDeps.add(restore);
        }
        if (args.preUpgradeBackup().isPresent()) {
            // A new API image migrates the schema: a verified backup set first (none on a fresh database).
            migrationDeps.add(step(name + "-backup-before-migrations",
                    DeployScripts.backupIfTables(host.tableCount().orElseThrow(), args.preUpgradeBackup().get()),
                    List.of("backup-before-migrations", app.image()), List.copyOf(migrationDeps)));
        }
        Command migrate = new Command(name + "-migrations", CommandArgs.builder()
                .connection(access.connection())
                .create(DeployScripts.oneShot(app, FleetServices.NETWORK, args.databaseSteps()))
                .update(NOTHING_TO_REDO)
                // once per API image (and per sequence), for the whole fleet
                .triggers(triggers(List.of("migrations", app.image()), Output.of(String.valueOf(args.databaseSteps())), null))
                .logging("stdoutAndStderr")
                .build(), opts(migrationDeps));
        beforeApi.add(migrate);
        for (HostStep st : args.steps()) {
            if (st.phase() == HostStep.Phase.AFTER_MIGRATIONS) {
                List<Resource> deps = new ArrayList<>(List.of(migrate));
                deps.addAll(installs.values());
                beforeApi.add(step(st.name(), st.script(), st.triggers(), deps));
            }
        }
        databaseStepsDone.addAll(beforeApi);
        return beforeApi;
    }

    /**
     * The database steps of the current API image, done (the migrations and the steps after them): what the other app
     * hosts of a scaled fleet wait for. Empty on an app host other than host 0.
     */
    public List<Resource> databaseStepsDone() {
        return List.copyOf(databaseStepsDone);
    }

    // ---- containers ---------------------------------------------------------------------------------------------

    /**
     * Creates one spec's container and its gate (release-named) or restart step (stateful); returns what dependents
     * wait for. Services are started in {@link ServiceRole} order, so a dependency is always started already.
     */
    private Resource start(String name, ServiceSpec spec, Network net, Provider docker, List<Resource> extraDeps) {
        List<Resource> deps = mountedInstalls(spec);
        deps.addAll(extraDeps);
        for (ServiceRole r : spec.dependsOn()) {
            for (ServiceSpec d : services(r)) {
                Resource started = readiness.get(d.name());
                if (started == null) {
                    throw new IllegalStateException(spec.name() + " depends on " + d.name() + ", which is not started yet");
                }
                deps.add(started);
            }
        }
        boolean stateful = spec.role().update() == ServiceRole.Update.STATEFUL;
        Output<String> containerName = stateful ? Output.of(spec.name())
                : release(spec).applyValue(r -> spec.name() + "-" + r);
        names.putIfAbsent(spec.role(), containerName);
        Container c = container(name, spec, containerName, net, docker, deps);
        byName.put(spec.name(), c);
        Resource ready = c;
        if (stateful) {
            if (spec.role() != ServiceRole.HTTPD && !configInstalls(spec).isEmpty()) {
                configChanged(name + "-restart-" + spec.role().key(), spec, DeployScripts.restartIfStale(spec.name(),
                        configPaths(spec)), List.of(c));
            }
        } else {
            Command gate = new Command(name + "-gate-" + spec.name().replaceFirst("^fleet-", ""), CommandArgs.builder()
                    .connection(access.connection())
                    .create(containerName.applyValue(n -> DeployScripts.gate(n, spec.health().isPresent(), args.gateSeconds())))
                    .update(NOTHING_TO_REDO)
                    .triggers(triggers(List.of("gate"), containerName, null))
                    .logging("stderr")
                    .build(), opts(List.of(c)));
            gates.put(spec.name(), gate);
            ready = gate;
        }
        readiness.put(spec.name(), ready);
        return ready;
    }

    private Container container(String name, ServiceSpec spec, Output<String> containerName, Network net,
                                Provider docker, List<Resource> deps) {
        Map<String, String> fixedLabels = new LinkedHashMap<>();
        fixedLabels.put(LABEL_ROLE, spec.role().key());
        if (spec.role().writesDatabase()) fixedLabels.put(LABEL_WRITES_DATABASE, "true");
        List<ContainerLabelArgs> labels = new ArrayList<>(labels(fixedLabels).entrySet().stream()
                .map(e -> ContainerLabelArgs.builder().label(e.getKey()).value(e.getValue()).build()).toList());
        labels.add(ContainerLabelArgs.builder().label(LABEL_HOST).value(access.hostId()).build());
        if (spec.role().update() != ServiceRole.Update.STATEFUL) {
            labels.add(ContainerLabelArgs.builder().label(LABEL_RELEASE)
                    .value(containerName.applyValue(n -> n.substring(spec.name().length() + 1))).build());
        }
        var args = ContainerArgs.builder()
                .name(containerName)
                .image(spec.image())
                .restart("unless-stopped")
                .memory(spec.memoryMib())
                .memorySwap(spec.memoryMib())
                .stopTimeout(spec.stopSeconds())
                .destroyGraceSeconds(spec.stopSeconds())
                .logDriver("json-file")
                .logOpts(Map.of("max-size", "10m", "max-file", "5"))
                // the stable service name resolves to the current release(s) on the private network
                .networksAdvanced(ContainerNetworksAdvancedArgs.builder().name(net.name())
                        .aliases(List.of(spec.role().containerBase())).build())
                .envs(spec.env().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).sorted().toList())
                .volumes(spec.mounts().stream().map(m -> ContainerVolumeArgs.builder()
                        .hostPath(m.source()).containerPath(m.target()).readOnly(m.readOnly()).build()).toList())
                .ports(spec.ports().stream().map(p -> ContainerPortArgs.builder()
                        .internal(p.internal()).external(p.external()).ip(p.hostIp()).protocol("tcp").build()).toList())
                .securityOpts(List.of("no-new-privileges:true"))
                .capabilities(ContainerCapabilitiesArgs.builder().drops(List.of("NET_RAW")).build())
                .labels(labels);
        if (!spec.entrypoint().isEmpty()) args.entrypoints(spec.entrypoint());
        if (!spec.command().isEmpty()) args.command(spec.command());
        spec.health().ifPresent(h -> args.healthcheck(ContainerHealthcheckArgs.builder().tests(h.test())
                .interval(h.interval()).timeout(h.timeout()).retries(h.retries()).startPeriod(h.startPeriod()).build()));
        // Stateful services hold data or published ports under a fixed name: the old container goes first. A
        // release-named service starts beside the old one, which Pulumi deletes once the update is through
        // (create-before-replace); the scheduler stops first (two would run each job twice).
        boolean deleteFirst = spec.role().update() != ServiceRole.Update.ROLLING;
        return new Container(name + "-" + spec.name(), args.build(), CustomResourceOptions.builder().parent(this)
                .provider(docker).deleteBeforeReplace(deleteFirst).dependsOn(deps).build());
    }

    /**
     * A release-named container's release: a short hash of its image, its definition and the installs (step ids:
     * a new id per reinstall) of every file it reads. Not secret: it is derived from ids, never from contents.
     */
    private Output<String> release(ServiceSpec spec) {
        String definition = String.join("\n", spec.image(), String.valueOf(spec.entrypoint()), String.valueOf(spec.command()),
                new TreeMap<>(spec.env()).toString(), String.valueOf(spec.mounts()), String.valueOf(spec.memoryMib()),
                String.valueOf(spec.health()), String.valueOf(spec.stopSeconds()));
        List<Output<String>> ids = new ArrayList<>(configInstalls(spec).stream().map(Command::id).toList());
        return joined(ids).applyValue(i -> sha(definition + "\n" + i).substring(0, 8));
    }

    /** Install steps of the files a container reads: everything under its mounts (data folders have none). */
    private List<Command> configInstalls(ServiceSpec spec) {
        List<Command> out = new ArrayList<>();
        installs.forEach((path, step) -> {
            if (spec.mounts().stream().anyMatch(m -> path.equals(m.source()) || path.startsWith(m.source() + "/"))) {
                out.add(step);
            }
        });
        return out;
    }

    private List<String> configPaths(ServiceSpec spec) {
        List<String> out = new ArrayList<>();
        installs.keySet().forEach(path -> {
            if (spec.mounts().stream().anyMatch(m -> path.equals(m.source()) || path.startsWith(m.source() + "/"))) {
                out.add(path);
            }
        });
        return out;
    }

    private List<Resource> mountedInstalls(ServiceSpec spec) {
        return new ArrayList<>(configInstalls(spec));
    }

    /** A step keyed by the installs of a stateful container's files: restart (database, cache) or reload (httpd). */
    private Command configChanged(String stepName, ServiceSpec spec, String script, List<Resource> deps) {
        List<Command> files = configInstalls(spec);
        List<Resource> all = new ArrayList<>(deps);
        all.addAll(files);
        return new Command(stepName, CommandArgs.builder()
                .connection(access.connection())
                .create(script)
                .update(NOTHING_TO_REDO)
                .triggers(triggers(List.of("config", spec.name()), joined(files.stream().map(Command::id).toList()), null))
                .logging("stderr")
                .build(), opts(all));
    }

    private Output<String> name(ServiceRole role) {
        Output<String> n = names.get(role);
        if (n == null) throw new IllegalStateException("no " + role.key() + " container");
        return n;
    }

    private ServiceSpec one(ServiceRole role) {
        return services(role).stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + role.key() + " service"));
    }

    private List<ServiceSpec> services(ServiceRole role) {
        return args.services().stream().filter(s -> s.role() == role).toList();
    }

    public List<ServiceSpec> specs() {
        return args.services();
    }

    public Output<List<String>> containers() {
        return containers;
    }

    // ---- steps ------------------------------------------------------------------------------------------------

    private Command install(String name, RemoteFile.Spec f, List<Resource> deps) {
        Command c = new Command(name + "-file" + f.path().replace('/', '-'), CommandArgs.builder()
                .connection(access.connection())
                .create(RemoteFile.installScript(f))
                .update(NOTHING_TO_REDO)
                .stdin(f.content())
                .triggers(triggers(List.of("file", f.path(), f.mode(), f.owner()), Output.of(RemoteFile.installScript(f)), f.content()))
                .logging("stderr")
                .build(), opts(deps));
        installs.put(f.path(), c);
        return c;
    }

    /** Mount script and drop-ins, the mount (keyed by the device and the script), the online grow (keyed by the size). */
    private Resource stateVolume(String name, StateVolume v, Resource booted) {
        List<Resource> files = new ArrayList<>();
        for (RemoteFile.Spec f : v.files()) files.add(install(name, f, List.of(booted)));
        Command mount = new Command(name + "-data-volume", CommandArgs.builder()
                .connection(access.connection())
                .create(v.mountCommand())
                .update(NOTHING_TO_REDO)
                .triggers(triggers(List.of("data-volume"), Output.tuple(v.mountCommand(),
                        joined(files.stream().map(f -> ((Command) f).id()).toList())).applyValue(t -> t.t1 + "\0" + t.t2), null))
                .logging("stderr")
                .build(), opts(files));
        return step(name + "-data-volume-grow", v.growCommand(), List.of("data-volume-grow", "size:" + v.sizeGb() + "GiB"),
                List.of(mount));
    }

    private Command step(String stepName, String script, List<Object> keys, List<Resource> deps) {
        return new Command(stepName, CommandArgs.builder()
                .connection(access.connection())
                .create(script)
                .update(NOTHING_TO_REDO)
                .triggers(triggers(keys, Output.of(script), null))
                .logging("stderr")
                .build(), opts(deps));
    }

    /**
     * {@code keys..., "sha:<script and stdin>", "host:<id>"}: what the step does and where. A secret stdin makes
     * the whole list secret (its hash never shows).
     */
    private Output<List<Object>> triggers(List<Object> keys, Output<String> script, Output<String> stdin) {
        Output<String> in = stdin == null ? Output.of("") : stdin;
        return Output.tuple(script, in, access.hostId()).applyValue(t -> {
            List<Object> out = new ArrayList<>(keys);
            out.add("sha:" + sha(t.t1 + "\0" + t.t2).substring(0, 12));
            out.add("host:" + t.t3);
            return out;
        });
    }

    private CustomResourceOptions opts(List<? extends Resource> deps) {
        // dependsOn replaces the list on every call (SDK 1.36.1): collect first, call once.
        return CustomResourceOptions.builder().parent(this).dependsOn(new ArrayList<>(deps)).build();
    }

    /** The stack's labels and the host's id (a new host gets a new network). */
    private List<NetworkLabelArgs> networkLabels() {
        List<NetworkLabelArgs> out = new ArrayList<>(labels(Map.of()).entrySet().stream().map(e -> NetworkLabelArgs.builder()
                .label(e.getKey()).value(e.getValue()).build()).toList());
        out.add(NetworkLabelArgs.builder().label(LABEL_HOST).value(access.hostId()).build());
        return out;
    }

    private Map<String, String> labels(Map<String, String> extra) {
        Map<String, String> all = new LinkedHashMap<>(args.labels());
        all.putAll(extra);
        return all;
    }

    private static Output<String> joined(List<Output<String>> values) {
        return values.isEmpty() ? Output.of("") : Output.all(values).applyValue(l -> String.join(",", l));
    }

    /** Folders the containers bind; the data folders are chowned by the images' own entrypoints. */
    static String hostDirs() {
        return "sudo install -d -m 0750 -o " + HostPaths.WWW_DATA_UID + " -g " + HostPaths.WWW_DATA_UID + " "
                + HostPaths.STORAGE_APP + " " + HostPaths.API_LOGS
                + " && sudo install -d -m 0750 " + HostPaths.MYSQL_DATA + " " + HostPaths.REDIS_DATA
                + " && sudo install -d -m 0755 " + HostPaths.NGINX_LOGS + " " + HostPaths.ACME_WEBROOT + " "
                + HostPaths.LETSENCRYPT + " " + HostPaths.OWN_TLS + " " + HostPaths.STATE + "/backups"
                + " && sudo install -d -m 0750 -o " + HostPaths.MYSQL_UID + " -g " + HostPaths.MYSQL_UID + " "
                + HostPaths.MYSQL_SOCKET_DIR;
    }

    static String sha(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
