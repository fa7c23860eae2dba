package ma.marinemaroc.fleet.rehearsal;

import com.google.gson.JsonObject;
import ma.marinemaroc.fleet.plan.PlanRun;
import ma.marinemaroc.fleet.plan.RecordedResource;
import ma.marinemaroc.fleet.testing.Proc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;

/**
 * Applies a recorded resource graph ({@link PlanRun.Result}) to a {@link NamespaceHost} the way {@code pulumi up}
 * would, pass after pass, keeping the state between passes:
 * <ul>
 *   <li>order: the recorded dependencies (explicit and from inputs; a component stands for all its descendants) and
 *   each resource's provider; each resource as early as they allow, and among those ready together the one
 *   registered <em>last</em> first ({@link #order}), so a missing dependency shows up as a failure instead of
 *   passing by luck;</li>
 *   <li>{@code command:remote:Command}: created once; later, changed {@code triggers} replace it (old {@code delete},
 *   new {@code create}), any other changed input updates it ({@code update}, else {@code create}), nothing changed
 *   runs nothing ({@link RemoteCommands});</li>
 *   <li>docker containers, networks, volumes through the Engine API with pulumi-docker's rules
 *   ({@link DockerResources}): replace-forcing inputs, in-place updates, {@code deleteBeforeReplace} or
 *   create-before-delete (the old one deleted at the end of the pass), {@code protect}ed resources never replaced or
 *   deleted;</li>
 *   <li>cloud resources (DigitalOcean, AWS, tls) are not applied: their outputs came from the mocks; their diffs are
 *   reported as such.</li>
 * </ul>
 * A failing step stops the pass; the report names it with its output.
 */
public final class Driver {
    public static final String COMMAND = "command:remote:Command";
    public static final String CONTAINER = "docker:index/container:Container";
    public static final String NETWORK = "docker:index/network:Network";
    public static final String VOLUME = "docker:index/volume:Volume";
    public static final String DOCKER_PROVIDER = "pulumi:providers:docker";
    /** Packages whose resources live in a cloud (or only in state, like tls keys): recorded, never applied. */
    static final Set<String> CLOUD_PACKAGES = Set.of("digitalocean", "aws", "tls");

    /** A resource as the last pass left it: its registration and the id the host gave it (container id...). */
    public record Applied(RecordedResource resource, String id) {
    }

    private static final class StepFailure extends RuntimeException {
        StepFailure(String message) {
            super(message);
        }
    }

    private NamespaceHost host;
    private RemoteCommands commands;
    private final Optional<String> operatorKey;
    private final Map<String, Applied> state = new LinkedHashMap<>();
    /**
     * Replaced resources not deleted yet (Pulumi's {@code delete: true} state entries): a create-before-delete
     * replacement marks the old one as soon as its replacement exists; the deletes run at the end of a pass that
     * completes, this one's or a later one's (pulumi/pulumi {@code pkg/resource/deploy/step.go} CreateStep.Apply,
     * {@code step_generator.go} GenerateDeletes).
     */
    private final List<Applied> pendingDeletes = new ArrayList<>();
    private int passes;
    private boolean continueOnError;

    /** @param operatorKey the operator's private key (stands in for their ssh-agent) for pulumi-docker's SSH check */
    public Driver(NamespaceHost host, Optional<String> operatorKey) {
        this.host = host;
        this.commands = new RemoteCommands(host);
        this.operatorKey = operatorKey;
    }

    /**
     * {@code pulumi up --continue-on-error}: a failing resource does not stop the pass; what depends on it is skipped,
     * everything else is applied (deletes are then left for a later pass, as Pulumi does).
     */
    public Driver continueOnError(boolean on) {
        this.continueOnError = on;
        return this;
    }

    /**
     * The stack's host was replaced (same address, same Pulumi state): from now on every step and Docker call reaches
     * {@code next}, as SSH and the Docker provider reach whatever machine holds the reserved IP.
     */
    public void moveTo(NamespaceHost next) {
        this.host = next;
        this.commands = new RemoteCommands(next);
    }

    public Map<String, Applied> state() {
        return Map.copyOf(state);
    }

    /** Forgets what was applied (the host is gone, e.g. before a disaster-recovery pass on a new host). */
    public void forget() {
        state.clear();
        pendingDeletes.clear();
    }

    /**
     * {@code pulumi refresh}: every Docker object in the state (and among the pending deletes) is read from the host;
     * one the host does not have leaves the state (terraform-provider-docker v3 {@code resourceDockerContainerRead},
     * {@code resourceDockerNetworkRead}, {@code resourceDockerVolumeRead}: not found sets the id to "", Pulumi then
     * drops the resource). Commands and cloud resources are kept as they are (pulumi-command has no read).
     *
     * @return the logical names dropped
     */
    public List<String> refresh() {
        List<String> dropped = new ArrayList<>();
        java.util.function.Predicate<Applied> gone = a -> switch (a.resource().type()) {
            case CONTAINER -> host.docker().containerInspect(a.id()) == null;
            case NETWORK -> host.docker().networkInspect(a.id()) == null;
            case VOLUME -> host.docker().volumeInspect(a.id()) == null;
            default -> false;
        };
        for (var it = state.entrySet().iterator(); it.hasNext(); ) {
            Applied a = it.next().getValue();
            if (gone.test(a)) {
                dropped.add(a.resource().name());
                it.remove();
            }
        }
        pendingDeletes.removeIf(a -> {
            boolean g = gone.test(a);
            if (g) dropped.add(a.resource().name() + " (pending delete)");
            return g;
        });
        return dropped;
    }

    /** The replaced resources still waiting for their delete (a pass that failed after creating their replacement). */
    public List<Applied> pendingDeletes() {
        return List.copyOf(pendingDeletes);
    }

    public PassReport apply(PlanRun.Result graph) {
        if (graph.failed()) throw new AssertionError("the program failed in the mock engine: " + graph.errors() + graph.exceptions());
        PassReport report = new PassReport(++passes);
        List<RecordedResource> order = order(graph);
        Set<String> present = new HashSet<>();
        order.forEach(r -> present.add(r.urn()));
        String current = null;
        Set<String> failed = new HashSet<>();
        Map<String, Set<String>> deps = dependencies(graph);
        try {
            for (RecordedResource r : order) {
                current = r.name();
                if (deps.get(r.urn()).stream().anyMatch(failed::contains)) {
                    failed.add(r.urn());
                    report.skip(r.name());
                    continue;
                }
                try {
                    apply(r, report);
                } catch (StepFailure | DockerApi.DockerException | IllegalArgumentException e) {
                    if (!continueOnError) throw e;
                    failed.add(r.urn());
                    report.fail(r.name(), e.getMessage());
                }
            }
            if (!failed.isEmpty()) return report;
            current = "(deletes)";
            List<Applied> deletes = new ArrayList<>(pendingDeletes);
            List<Applied> gone = state.values().stream().filter(a -> !present.contains(a.resource().urn())).toList();
            List<Applied> reversed = new ArrayList<>(gone);
            java.util.Collections.reverse(reversed);
            deletes.addAll(reversed);
            for (Applied old : deletes) {
                current = old.resource().name();
                if (old.resource().protect()) {
                    throw new StepFailure("unable to delete resource " + old.resource().urn() + ": it is protected");
                }
                delete(old, report);
                if (gone.contains(old)) state.remove(old.resource().urn());
                else pendingDeletes.remove(old);
                report.step(new PassReport.Step(old.resource().urn(), old.resource().name(), old.resource().type(),
                        PassReport.Action.DELETE, onHost(old.resource().type()), Set.of()));
            }
        } catch (StepFailure | DockerApi.DockerException | IllegalArgumentException e) {
            report.fail(current, e.getMessage());
        }
        return report;
    }

    private void apply(RecordedResource r, PassReport report) {
        Applied old = state.get(r.urn());
        Set<String> changed = old == null ? Set.of() : diff(old.resource(), r);
        String type = r.type();
        PassReport.Action action;
        String id = old == null ? null : old.id();
        if (!onHost(type)) {
            action = old == null ? PassReport.Action.CREATE : changed.isEmpty() ? PassReport.Action.SAME : PassReport.Action.UPDATE;
        } else if (type.equals(COMMAND)) {
            Map<String, Object> in = plain(r);
            if (old == null) {
                action = PassReport.Action.CREATE;
                run(r.name(), "create", in, report);
            } else if (changed.isEmpty()) {
                action = PassReport.Action.SAME;
            } else if (changed.contains("triggers")) {
                action = PassReport.Action.REPLACE;
                checkProtect(old, r);
                if (r.deleteBeforeReplace()) deleteNow(old, report);
                run(r.name(), "create", in, report);
                if (!r.deleteBeforeReplace()) pendingDeletes.add(old);
            } else {
                action = PassReport.Action.UPDATE;
                String script = in.get("update") != null ? "update" : "create";
                run(r.name(), script, in, report);
            }
        } else if (type.equals(CONTAINER)) {
            Map<String, Object> in = plain(r);
            List<String> unknown = DockerResources.unknownContainerInputs(in);
            if (!unknown.isEmpty()) throw new StepFailure(r.name() + ": input fields the rehearsal driver does not apply: " + unknown);
            DockerResources.Change change = old == null ? null : DockerResources.containerChange(changed);
            if (old == null) {
                action = PassReport.Action.CREATE;
                id = createContainer(r.name(), in);
            } else if (change == DockerResources.Change.NONE) {
                action = PassReport.Action.SAME;
            } else if (change == DockerResources.Change.REPLACE) {
                action = PassReport.Action.REPLACE;
                checkProtect(old, r);
                if (r.deleteBeforeReplace()) deleteNow(old, report);
                id = createContainer(r.name(), in);
                if (!r.deleteBeforeReplace()) pendingDeletes.add(old);
            } else {
                action = PassReport.Action.UPDATE;
                if (change == DockerResources.Change.UPDATE) host.docker().containerUpdate(id, DockerResources.containerUpdateBody(in));
            }
        } else if (type.equals(NETWORK) || type.equals(VOLUME)) {
            Map<String, Object> in = plain(r);
            Set<String> known = type.equals(NETWORK) ? DockerResources.NETWORK_INPUTS : DockerResources.VOLUME_INPUTS;
            List<String> unknown = in.keySet().stream().filter(k -> !known.contains(k)).sorted().toList();
            if (!unknown.isEmpty()) throw new StepFailure(r.name() + ": input fields the rehearsal driver does not apply: " + unknown);
            if (old != null && changed.isEmpty()) {
                action = PassReport.Action.SAME;
            } else {
                // every network and volume input is ForceNew upstream
                action = old == null ? PassReport.Action.CREATE : PassReport.Action.REPLACE;
                if (old != null) {
                    checkProtect(old, r);
                    if (r.deleteBeforeReplace()) deleteNow(old, report);
                }
                id = type.equals(NETWORK) ? host.docker().networkCreate(DockerResources.networkCreateBody(in))
                        : host.docker().volumeCreate(DockerResources.volumeCreateBody(in));
                if (old != null && !r.deleteBeforeReplace()) pendingDeletes.add(old);
            }
        } else if (type.equals(DOCKER_PROVIDER)) {
            action = old == null ? PassReport.Action.CREATE : changed.isEmpty() ? PassReport.Action.SAME : PassReport.Action.UPDATE;
            if (action != PassReport.Action.SAME) dialDocker(r);
        } else {
            throw new StepFailure(r.name() + ": resource type " + type + " is not supported by the rehearsal driver");
        }
        state.put(r.urn(), new Applied(r, id));
        report.step(new PassReport.Step(r.urn(), r.name(), type, action, onHost(type), changed));
    }

    private void checkProtect(Applied old, RecordedResource r) {
        if (old.resource().protect() || r.protect()) {
            throw new StepFailure("unable to replace resource " + r.urn() + " as it is currently marked for protection");
        }
    }

    private void run(String name, String phase, Map<String, Object> in, PassReport report) {
        Object script = in.get(phase);
        if (script == null) return;
        PassReport.CommandRun run = commands.run(name, phase, in, String.valueOf(script));
        report.command(run);
        if (!run.ok()) {
            throw new StepFailure(name + " (" + phase + ") exited " + run.exit() + "\n--- stdout\n" + run.stdout() + "\n--- stderr\n" + run.stderr());
        }
    }

    /** deleteBeforeReplace: the old one goes first and leaves the state, so a failing create is retried as a create. */
    private void deleteNow(Applied old, PassReport report) {
        delete(old, report);
        state.remove(old.resource().urn());
    }

    private void delete(Applied old, PassReport report) {
        RecordedResource r = old.resource();
        Map<String, Object> in = plain(r);
        switch (r.type()) {
            case COMMAND -> run(r.name(), "delete", in, report);
            case CONTAINER -> deleteContainer(r.name(), old.id(), in);
            case NETWORK -> deleteNetwork(r.name(), old.id());
            case VOLUME -> host.docker().volumeRemove(old.id());
            default -> {
                // cloud resources and the provider: nothing on the host
            }
        }
    }

    /**
     * pulumi-docker's container delete (terraform-provider-docker v3 {@code resourceDockerContainerDelete}): stop with
     * {@code destroyGraceSeconds} when it is set, then a forced remove; a container that is not there fails the delete
     * ("Error stopping container ...: No such container", pulumi/pulumi-docker#703, #370).
     */
    private void deleteContainer(String resource, String id, Map<String, Object> in) {
        if (Boolean.TRUE.equals(in.get("rm"))) return;
        int grace = in.get("destroyGraceSeconds") == null ? 0 : (int) DockerResources.num(in.get("destroyGraceSeconds"));
        if (host.docker().containerInspect(id) == null) {
            throw new StepFailure(resource + ": deleting: Error " + (grace > 0 ? "stopping" : "deleting")
                    + " container " + id + ": Error response from daemon: No such container: " + id);
        }
        if (grace > 0) host.docker().containerStop(id, grace);
        // remove_volumes defaults to true upstream
        host.docker().containerRemove(id, !Boolean.FALSE.equals(in.get("removeVolumes")));
    }

    /** pulumi-docker's network delete ({@code resourceDockerNetworkRemoveRefreshFunc}): absent is removed; in use is retried. */
    private void deleteNetwork(String resource, String id) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (host.docker().networkInspect(id) != null) {
            try {
                host.docker().networkRemove(id);
                return;
            } catch (DockerApi.DockerException e) {
                if (!e.getMessage().contains("has active endpoints") || System.nanoTime() > deadline) {
                    throw new StepFailure(resource + ": deleting: " + e.getMessage());
                }
                sleep(1000);
            }
        }
    }

    /** pulumi-docker's create: image must exist (no registry here), create, networks, start, must still run. */
    private String createContainer(String resource, Map<String, Object> in) {
        String image = String.valueOf(in.get("image"));
        if (host.docker().imageInspect(image) == null) {
            throw new StepFailure(resource + ": Unable to create container with image " + image + ": not on the host and no registry is reachable");
        }
        for (String k : List.of("attach", "logs", "rm")) {
            if (Boolean.TRUE.equals(in.get(k))) throw new StepFailure(resource + ": " + k + "=true is not supported by the rehearsal driver");
        }
        JsonObject body = DockerResources.containerCreateBody(in);
        String name = String.valueOf(in.get("name"));
        String id;
        try {
            id = host.docker().containerCreate(name, body);
        } catch (DockerApi.DockerException e) {
            throw new StepFailure(resource + ": Unable to create container: " + e.getMessage());
        }
        Map<String, JsonObject> networks = DockerResources.networks(in);
        if (!networks.isEmpty()) {
            host.docker().networkDisconnect("bridge", id);
            networks.forEach((net, ep) -> host.docker().networkConnect(net, id, ep));
        }
        if (!Boolean.FALSE.equals(in.get("start"))) {
            try {
                host.docker().containerStart(id);
            } catch (DockerApi.DockerException e) {
                throw new StepFailure(resource + ": Unable to start container: " + e.getMessage());
            }
            sleep(500);
            JsonObject state = host.docker().containerInspect(id).getAsJsonObject("State");
            if (!Boolean.FALSE.equals(in.get("mustRun")) && !state.get("Running").getAsBoolean()) {
                String logs = host.docker().logs(id, 40);
                host.docker().containerRemove(id, true);
                throw new StepFailure(resource + ": container exited immediately (exit " + state.get("ExitCode") + ")\n" + logs);
            }
            if (Boolean.TRUE.equals(in.get("wait"))) waitHealthy(resource, id, in.get("waitTimeout") == null ? 60 : (int) DockerResources.num(in.get("waitTimeout")));
        }
        return id;
    }

    private void waitHealthy(String resource, String id, int seconds) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            var health = host.docker().containerInspect(id).getAsJsonObject("State").get("Health");
            if (health != null && "healthy".equals(health.getAsJsonObject().get("Status").getAsString())) return;
            sleep(1000);
        }
        throw new StepFailure(resource + ": container did not become healthy within " + seconds + " s");
    }

    private void dialDocker(RecordedResource provider) {
        if (operatorKey.isEmpty()) return;
        Map<String, Object> in = plain(provider);
        // provider inputs reach the engine JSON-encoded when they are not strings
        Object raw = in.get("sshOpts");
        if (raw instanceof String json && json.startsWith("[")) raw = new com.google.gson.Gson().fromJson(json, List.class);
        List<String> opts = raw instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
        Proc.Result r = commands.dialDocker(String.valueOf(in.get("host")), opts, operatorKey.get());
        if (r.exit() != 0 || !r.out().contains("OK")) {
            throw new StepFailure(provider.name() + ": cannot reach Docker over " + in.get("host") + " with the provider's sshOpts: exit "
                    + r.exit() + "\n" + r.all());
        }
    }

    /** Input keys whose values differ (secrets compared by value; ignoreChanges honoured; docker sets unordered). */
    static Set<String> diff(RecordedResource old, RecordedResource now) {
        Set<String> keys = new TreeSet<>(old.inputs().keySet());
        keys.addAll(now.inputs().keySet());
        Set<String> changed = new TreeSet<>();
        for (String k : keys) {
            if (now.ignoreChanges().contains(k)) continue;
            Object a = RecordedResource.unwrap(old.inputs().get(k));
            Object b = RecordedResource.unwrap(now.inputs().get(k));
            if (now.type().equals(CONTAINER)) {
                a = DockerResources.normalized(k, a);
                b = DockerResources.normalized(k, b);
            }
            if (!Objects.equals(a, b)) changed.add(k);
        }
        return changed;
    }

    /**
     * Application order: what Pulumi's parallel engine reaches, serialised adversarially. Dependencies first (a
     * component dependency means all its custom descendants; a resource's provider is a dependency); a resource runs
     * as early as its dependencies allow (its depth in the graph: the engine starts everything ready at once), and
     * among resources ready at the same depth the one registered last goes first. A dependency the program forgot
     * to declare then shows up as a failing step.
     */
    static List<RecordedResource> order(PlanRun.Result graph) {
        List<RecordedResource> all = graph.resources();
        Map<String, Integer> index = new HashMap<>();
        Map<String, RecordedResource> custom = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            index.put(all.get(i).urn(), i);
            if (all.get(i).custom()) custom.put(all.get(i).urn(), all.get(i));
        }
        Map<String, Set<String>> deps = dependencies(graph);
        List<RecordedResource> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        Map<String, Integer> depth = new HashMap<>();
        PriorityQueue<String> ready = new PriorityQueue<>((a, b) -> depth.get(a).equals(depth.get(b))
                ? Integer.compare(index.get(b), index.get(a)) : Integer.compare(depth.get(a), depth.get(b)));
        Map<String, Integer> waiting = new HashMap<>();
        Map<String, List<String>> dependents = new HashMap<>();
        deps.forEach((urn, d) -> {
            waiting.put(urn, d.size());
            d.forEach(x -> dependents.computeIfAbsent(x, k -> new ArrayList<>()).add(urn));
            if (d.isEmpty()) {
                depth.put(urn, 0);
                ready.add(urn);
            }
        });
        while (!ready.isEmpty()) {
            String next = ready.poll();
            out.add(custom.get(next));
            done.add(next);
            for (String dep : dependents.getOrDefault(next, List.of())) {
                depth.merge(dep, depth.get(next) + 1, Math::max);
                if (waiting.merge(dep, -1, Integer::sum) == 0) ready.add(dep);
            }
        }
        if (out.size() != custom.size()) {
            List<String> stuck = custom.keySet().stream().filter(u -> !done.contains(u)).toList();
            throw new AssertionError("dependency cycle among " + stuck);
        }
        return out;
    }

    /** Each custom resource's direct dependencies (components expanded to their custom descendants; the provider). */
    static Map<String, Set<String>> dependencies(PlanRun.Result graph) {
        Map<String, RecordedResource> custom = new LinkedHashMap<>();
        Map<String, List<String>> children = new HashMap<>();
        for (RecordedResource r : graph.resources()) {
            if (r.custom()) custom.put(r.urn(), r);
            if (r.parentUrn() != null && !r.parentUrn().isEmpty()) children.computeIfAbsent(r.parentUrn(), k -> new ArrayList<>()).add(r.urn());
        }
        Map<String, Set<String>> deps = new HashMap<>();
        for (RecordedResource r : custom.values()) {
            Set<String> d = new HashSet<>();
            for (String dep : r.dependencies()) expand(dep, custom, children, d);
            if (r.provider() != null && !r.provider().isEmpty()) {
                String providerUrn = r.provider().substring(0, r.provider().lastIndexOf("::"));
                if (custom.containsKey(providerUrn)) d.add(providerUrn);
            }
            d.remove(r.urn());
            deps.put(r.urn(), d);
        }
        return deps;
    }

    private static void expand(String urn, Map<String, RecordedResource> custom, Map<String, List<String>> children, Set<String> into) {
        if (custom.containsKey(urn)) {
            into.add(urn);
            return;
        }
        for (String child : children.getOrDefault(urn, List.of())) expand(child, custom, children, into);
    }

    static boolean onHost(String type) {
        if (type.startsWith("pulumi:providers:")) return type.equals(DOCKER_PROVIDER);
        return !CLOUD_PACKAGES.contains(type.substring(0, type.indexOf(':')));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> plain(RecordedResource r) {
        return (Map<String, Object>) RecordedResource.unwrap(r.inputs());
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StepFailure("interrupted");
        }
    }
}
