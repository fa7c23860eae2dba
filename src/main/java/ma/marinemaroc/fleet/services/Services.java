package ma.marinemaroc.fleet.services;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.docker.Container;
import com.pulumi.docker.ContainerArgs;
import com.pulumi.docker.Network;
import com.pulumi.docker.NetworkArgs;
import com.pulumi.docker.Provider;
import com.pulumi.docker.ProviderArgs;
import com.pulumi.docker.Volume;
import com.pulumi.docker.VolumeArgs;
import com.pulumi.docker.inputs.ContainerCapabilitiesArgs;
import com.pulumi.docker.inputs.ContainerHealthcheckArgs;
import com.pulumi.docker.inputs.ContainerLabelArgs;
import com.pulumi.docker.inputs.ContainerNetworksAdvancedArgs;
import com.pulumi.docker.inputs.ContainerPortArgs;
import com.pulumi.docker.inputs.ContainerVolumeArgs;
import com.pulumi.docker.inputs.NetworkLabelArgs;
import com.pulumi.docker.inputs.VolumeLabelArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import ma.marinemaroc.fleet.bindings.command.Command;
import ma.marinemaroc.fleet.bindings.command.CommandArgs;
import ma.marinemaroc.fleet.config.StackSettings;
import ma.marinemaroc.fleet.host.HostAccess;
import ma.marinemaroc.fleet.host.RemoteFile;
import ma.marinemaroc.fleet.host.bootstrap.CloudInit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything on the host after the bootstrap: the rendered files (installed over SSH), the Fleetbase containers on a
 * private Docker network (pulumi-docker over {@code ssh://}), and the steps that run only when what they depend on
 * changes: migrations on a new API image, an NGINX reload on new config, timers on new units, and — on a disaster
 * recovery stack — the restore of the newest backup before the application first starts.
 */
public class Services extends ComponentResource {
    public static final String TYPE = "fleet:services:Services";

    @Export(name = "containers", refs = {List.class, String.class}, tree = "[0,1]")
    private final Output<List<String>> containers;
    @Export(name = "network", refs = {String.class}, tree = "[0]")
    private final Output<String> network;

    private final Map<String, Container> byName = new LinkedHashMap<>();
    private final List<ServiceSpec> specs;

    /**
     * What the other components bring to the host.
     *
     * @param files            every rendered file the stack puts on the host (edge, TLS, backup, monitoring)
     * @param beforeHttpd      steps before NGINX starts
     * @param afterStart       steps once all containers run
     * @param firstBootRestore DR: the restore command run once before the API first starts
     * @param afterStartDeps   what the after-start steps also wait for (the DNS record, which ACME validation needs)
     */
    public record Inputs(List<RemoteFile.Spec> files, List<HostStep> beforeHttpd, List<HostStep> afterStart,
                         java.util.Optional<String> firstBootRestore, List<Resource> afterStartDeps) {
    }

    /** @param specs the containers, as {@link FleetServices#specs} made them for {@code sizing} */
    public Services(String name, StackSettings s, HostAccess access, Sizing sizing, List<ServiceSpec> specs, Inputs in,
                    ComponentResourceOptions options) {
        super(TYPE, name, options);
        this.specs = List.copyOf(specs);
        List<RemoteFile.Spec> files = in.files();
        List<HostStep> beforeHttpd = in.beforeHttpd();
        List<HostStep> afterStart = in.afterStart();

        var bootstrap = command(name + "-bootstrap-ready", access, CloudInit.readyCommand() + " && " + hostDirs(), List.of(),
                List.of("bootstrap"));

        List<RemoteFile.Spec> all = new ArrayList<>(ServiceFiles.all(s, sizing));
        all.addAll(files);
        List<Resource> installed = new ArrayList<>();
        Map<String, Output<String>> nginxFiles = new TreeMap<>();
        Map<String, Output<String>> units = new TreeMap<>();
        for (RemoteFile.Spec f : all) {
            installed.add(RemoteFile.install(name + "-file" + f.path().replace('/', '-'), f, access, this, List.of(bootstrap)));
            if (f.path().startsWith(HostPaths.NGINX_DIR + "/")) nginxFiles.put(f.path(), f.content());
            if (f.path().startsWith(HostPaths.SYSTEMD + "/")) units.put(f.path(), f.content());
        }

        var docker = new Provider(name + "-docker", ProviderArgs.builder()
                .host(access.dockerHost())
                .sshOpts(access.dockerSshOpts())
                .build(), CustomResourceOptions.builder().parent(this).dependsOn(bootstrap).build());

        var net = new Network(name + "-network", NetworkArgs.builder()
                .name(FleetServices.NETWORK).driver("bridge")
                .labels(labels(s).stream().map(l -> NetworkLabelArgs.builder().label(l[0]).value(l[1]).build()).toList())
                .build(), CustomResourceOptions.builder().parent(this).provider(docker).build());
        this.network = net.name();
        Map<String, Volume> volumes = new TreeMap<>();
        for (ServiceSpec spec : specs) {
            for (ServiceSpec.Mount m : spec.mounts()) {
                if (m.namedVolume() && !volumes.containsKey(m.source())) {
                    volumes.put(m.source(), new Volume(name + "-volume-" + m.source(), VolumeArgs.builder()
                            .name(m.source())
                            .labels(labels(s).stream().map(l -> VolumeLabelArgs.builder().label(l[0]).value(l[1]).build()).toList())
                            // Data volumes outlive any container replacement; deleting them is a manual act.
                            .build(), CustomResourceOptions.builder().parent(this).provider(docker).protect(true).build()));
                }
            }
        }

        List<Resource> httpdPrereqs = new ArrayList<>();
        for (HostStep step : beforeHttpd) {
            httpdPrereqs.add(command(step.name(), access, step.script(), installed, step.triggers()));
        }

        Resource restore = null;
        List<Resource> beforeApp = new ArrayList<>();
        for (ServiceSpec spec : specs) {
            if (spec.service().equals("application") && in.firstBootRestore().isPresent()) {
                // Disaster recovery: the database is up, nothing writes to it yet; restore before the API starts.
                restore = command(name + "-restore-on-first-boot", access, restoreCommand(in.firstBootRestore().get()),
                        List.of(byName.get(FleetServices.container("database"))), List.of("restore", s.backup().restoreFrom()));
                beforeApp.add(restore);
            }
            List<Resource> deps = new ArrayList<>(installed);
            deps.add(net);
            deps.addAll(volumes.values());
            spec.dependsOn().forEach(d -> byName.entrySet().stream()
                    .filter(e -> e.getKey().startsWith(FleetServices.container(d))).forEach(e -> deps.add(e.getValue())));
            if (!spec.service().equals("database") && !spec.service().equals("cache")
                    && !spec.service().equals("socket") && !spec.service().equals("console")) {
                deps.addAll(beforeApp);
            }
            if (spec.service().equals("httpd")) deps.addAll(httpdPrereqs);
            byName.put(spec.containerName(), container(name, s, spec, net, docker, deps));
        }

        List<Resource> running = new ArrayList<>(byName.values());
        running.addAll(in.afterStartDeps());
        for (HostStep step : afterStart) {
            command(step.name(), access, step.script(), running, step.triggers());
        }

        List<Resource> apiContainers = specs.stream().filter(x -> x.image().equals(s.images().api()))
                .map(x -> (Resource) byName.get(x.containerName())).toList();
        command(name + "-deploy-app", access, deployCommand(specs, s), apiContainers, List.of("api-image", s.images().api()));

        if (!nginxFiles.isEmpty()) {
            Output<String> hash = hash(nginxFiles);
            new Command(name + "-reload-httpd", CommandArgs.builder()
                    .connection(access.connection())
                    .create("set -eu; docker exec " + FleetServices.container("httpd") + " nginx -t -q && docker exec "
                            + FleetServices.container("httpd") + " nginx -s reload")
                    .triggers(hash.applyValue(h -> List.<Object>of("nginx-config", h)))
                    .logging("stderr")
                    .build(), CustomResourceOptions.builder().parent(this)
                    .dependsOn(List.of(byName.get(FleetServices.container("httpd")))).dependsOn(installed).build());
        }
        if (!units.isEmpty()) {
            List<String> timers = units.keySet().stream().map(p -> p.substring(p.lastIndexOf('/') + 1))
                    .filter(u -> u.endsWith(".timer")).toList();
            new Command(name + "-systemd-timers", CommandArgs.builder()
                    .connection(access.connection())
                    .create("set -eu; sudo systemctl daemon-reload; sudo systemctl enable --now " + String.join(" ", timers))
                    .delete("sudo systemctl disable --now " + String.join(" ", timers) + " || true")
                    .triggers(hash(units).applyValue(h -> List.<Object>of("systemd-units", h)))
                    .logging("stderr")
                    .build(), CustomResourceOptions.builder().parent(this).dependsOn(installed)
                    .dependsOn(new ArrayList<>(byName.values())).build());
        }

        this.containers = Output.of(List.copyOf(byName.keySet()));
        registerOutputs(Map.of("containers", containers, "network", network));
    }

    private Container container(String name, StackSettings s, ServiceSpec spec, Network net, Provider docker,
                                List<Resource> deps) {
        var args = ContainerArgs.builder()
                .name(spec.containerName())
                .image(spec.image())
                .restart("unless-stopped")
                .memory(spec.memoryMib())
                .memorySwap(spec.memoryMib())
                .logDriver("json-file")
                .logOpts(Map.of("max-size", "10m", "max-file", "5"))
                .networksAdvanced(ContainerNetworksAdvancedArgs.builder().name(net.name()).build())
                .envs(spec.env().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).sorted().toList())
                .volumes(spec.mounts().stream().map(m -> m.namedVolume()
                        ? ContainerVolumeArgs.builder().volumeName(m.source()).containerPath(m.target()).build()
                        : ContainerVolumeArgs.builder().hostPath(m.source()).containerPath(m.target()).readOnly(m.readOnly()).build())
                        .toList())
                .ports(spec.ports().stream().map(p -> ContainerPortArgs.builder()
                        .internal(p.internal()).external(p.external()).ip(p.hostIp()).protocol("tcp").build()).toList())
                .securityOpts(List.of("no-new-privileges:true"))
                .capabilities(ContainerCapabilitiesArgs.builder().drops(List.of("NET_RAW")).build())
                .labels(labels(s).stream().map(l -> ContainerLabelArgs.builder().label(l[0]).value(l[1]).build()).toList());
        if (!spec.entrypoint().isEmpty()) args.entrypoints(spec.entrypoint());
        if (!spec.command().isEmpty()) args.command(spec.command());
        spec.health().ifPresent(h -> args.healthcheck(ContainerHealthcheckArgs.builder().tests(h.test())
                .interval(h.interval()).timeout(h.timeout()).retries(h.retries()).startPeriod(h.startPeriod()).build()));
        // Fixed names and ports: the old container must go before its replacement starts (pulumi-docker #1356).
        return new Container(name + "-" + spec.containerName(), args.build(),
                CustomResourceOptions.builder().parent(this).provider(docker).deleteBeforeReplace(true).dependsOn(deps).build());
    }

    private Command command(String name, HostAccess access, String script, List<Resource> deps, List<Object> triggers) {
        return new Command(name, CommandArgs.builder()
                .connection(access.connection())
                .create(script)
                .triggers(triggers)
                .logging("stderr")
                .build(), CustomResourceOptions.builder().parent(this).dependsOn(deps).build());
    }

    /** Directories the containers mount; storage belongs to www-data (uid 33) inside the API image. */
    static String hostDirs() {
        return "sudo install -d -m 0750 -o 33 -g 33 " + HostPaths.STORAGE
                + " && sudo install -d -m 0755 " + HostPaths.NGINX_LOGS + " " + HostPaths.ACME_WEBROOT + " "
                + HostPaths.LETSENCRYPT + " " + HostPaths.STATE + "/backups";
    }

    /** Migrations, sandbox migrations, seed, caches and a graceful queue restart, in the running API container. */
    static String deployCommand(List<ServiceSpec> specs, StackSettings s) {
        String app = FleetServices.container("application");
        String exec = "docker exec " + app + " php artisan ";
        List<String> queues = specs.stream().filter(x -> x.service().equals("queue")).map(ServiceSpec::containerName).toList();
        return "set -eu; "
                + waitHealthy(FleetServices.container("database"), 300)
                + exec + "migrate --force; "
                + exec + "sandbox:migrate --force; "
                + exec + "fleetbase:seed; "
                + exec + "config:cache; " + exec + "route:cache; "
                + exec + "queue:restart; "
                + "docker restart " + String.join(" ", queues) + " " + FleetServices.container("scheduler") + " >/dev/null";
    }

    static String restoreCommand(String restore) {
        String marker = HostPaths.STATE + "/restored-on-first-boot";
        return "set -eu; if [ -f " + marker + " ]; then echo 'already restored'; exit 0; fi; "
                + waitHealthy(FleetServices.container("database"), 300)
                + restore + " && sudo touch " + marker;
    }

    /** Waits up to {@code seconds} for a container's health check to pass; fails the step otherwise. */
    static String waitHealthy(String container, int seconds) {
        String status = "\"$(docker inspect -f '{{.State.Health.Status}}' " + container + ")\"";
        return "for _ in $(seq 1 " + (seconds / 5) + "); do [ " + status + " = healthy ] && break; sleep 5; done; "
                + "[ " + status + " = healthy ] || { echo '" + container + " is not healthy' >&2; exit 1; }; ";
    }

    private static List<String[]> labels(StackSettings s) {
        return List.of(new String[]{"project", s.project()}, new String[]{"stack", s.stack()},
                new String[]{"managed-by", "pulumi"});
    }

    private static Output<String> hash(Map<String, Output<String>> files) {
        List<Output<String>> parts = files.entrySet().stream()
                .map(e -> e.getValue().applyValue(c -> e.getKey() + "\0" + c)).toList();
        return Output.all(parts).applyValue(l -> {
            try {
                MessageDigest md = MessageDigest.getInstance("SHA-256");
                l.forEach(p -> md.update(p.getBytes(StandardCharsets.UTF_8)));
                return HexFormat.of().formatHex(md.digest(), 0, 12);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    public List<ServiceSpec> specs() {
        return specs;
    }

    public Output<List<String>> containers() {
        return containers;
    }
}
