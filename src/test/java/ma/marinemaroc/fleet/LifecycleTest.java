package ma.marinemaroc.fleet;

import com.pulumi.resources.CustomResourceOptions;
import ma.marinemaroc.fleet.bindings.tls.PrivateKey;
import ma.marinemaroc.fleet.bindings.tls.PrivateKeyArgs;
import ma.marinemaroc.fleet.config.StackFile;
import ma.marinemaroc.fleet.plan.PlanDiff;
import ma.marinemaroc.fleet.plan.PlanMocks;
import ma.marinemaroc.fleet.plan.PlanRun;
import ma.marinemaroc.fleet.plan.RecordedResource;
import ma.marinemaroc.fleet.services.HostPaths;
import ma.marinemaroc.fleet.services.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static ma.marinemaroc.fleet.Graph.COMMAND;
import static ma.marinemaroc.fleet.Graph.CONTAINER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deploy as a whole, as the engine would run it: the order of the first {@code up}, what a changed connection
 * re-runs, and what a replaced host gets. Two programs are compared input by input the way Pulumi diffs them: a
 * command whose {@code triggers} changed is replaced (its {@code create} runs), one whose other inputs changed runs
 * its {@code update}, which here is the no-op {@value Services#NOTHING_TO_REDO}; a container whose inputs changed is
 * replaced.
 */
class LifecycleTest {

    /**
     * host ready -> files -> database (+ schemas, grants) -> (DR restore) -> (backup) -> migrations -> cache,
     * socket -> application, queue, scheduler, console (each through its health gate) -> placeholder certificate
     * -> NGINX configuration -> httpd -> reload -> certificate issuance (after DNS) -> timers.
     */
    @ParameterizedTest
    @ValueSource(strings = {"production", "staging", "dr"})
    void everyStackDeploysInOrder(String stack) {
        Graph g = new Graph(Stacks.run(stack));
        assertThat(g.orderViolations(chains(g))).isEmpty();
    }

    static List<List<RecordedResource>> chains(Graph g) {
        List<List<RecordedResource>> chains = new ArrayList<>();
        RecordedResource access = g.named("services-access");
        RecordedResource ready = g.named("services-bootstrap-ready");
        RecordedResource db = g.container("fleet-database");
        RecordedResource setup = g.named("services-database-setup");
        RecordedResource migrations = g.named("services-migrations");
        RecordedResource app = g.container("fleet-application");
        RecordedResource httpd = g.container("fleet-httpd");
        RecordedResource reload = g.named("services-reload-httpd");
        RecordedResource timers = g.named("services-systemd-timers");
        chains.add(List.of(access, ready, db, setup, migrations, app, g.named("services-gate-application"), httpd, reload, timers));
        // state lands on the data volume: mounted (and grown) before any folder, file or container is made
        RecordedResource mounted = g.named("services-data-volume-grow");
        chains.add(List.of(ready, g.named("services-data-volume"), mounted, g.named("services-host-dirs"), db));
        g.find("services-file-etc-fleet-app-app.env").ifPresent(f -> chains.add(List.of(mounted, f)));
        chains.add(List.of(g.named("services-backup-before-migrations"), migrations));
        g.find("services-restore-on-first-boot").ifPresent(restore -> chains.add(List.of(setup, restore, migrations)));
        chains.add(List.of(g.container("fleet-cache"), migrations));
        chains.add(List.of(g.named("services-gate-socket"), app));
        for (RecordedResource c : g.result().ofType(CONTAINER)) {
            chains.add(List.of(g.named("host-metadata-block"), c));
            String name = String.valueOf(c.plainInput("name"));
            if (name.startsWith("fleet-console") || name.startsWith("fleet-queue") || name.startsWith("fleet-scheduler")
                    || name.startsWith("fleet-socket")) {
                chains.add(List.of(c, httpd));
            }
            if (name.startsWith("fleet-queue") || name.startsWith("fleet-scheduler")) chains.add(List.of(migrations, c));
        }
        for (RecordedResource cmd : g.result().ofType(COMMAND)) {
            if (cmd.name().startsWith("services-file-")) {
                chains.add(List.of(ready, cmd));
                // every file a container mounts is in place before it starts
                String path = String.valueOf(RecordedResource.unwrap(cmd.input("triggers")) instanceof List<?> t ? t.get(1) : "");
                if (path.startsWith(HostPaths.NGINX_DIR + "/")) chains.add(List.of(cmd, httpd));
                if (path.startsWith(HostPaths.APP_DIR + "/")) chains.add(List.of(cmd, app));
            }
        }
        g.find("certificate-placeholder").ifPresent(p -> chains.add(List.of(p, httpd)));
        g.find("certificate-issue").ifPresent(issue -> {
            chains.add(List.of(reload, issue));
            chains.add(List.of(g.all(r -> r.name().equals("dns-a")).get(0), issue));
        });
        return chains;
    }

    /**
     * Scaled topology: host 0 runs the database steps once for the fleet (a first-boot restore into an empty
     * database, the backup before the migrations, the migrations, the indexes) and every host's API releases wait for
     * them; each host's own setup runs in the single host's order (access, bootstrap, folders, files, the database's CA,
     * the releases through their gates, the edge, the timers).
     */
    @ParameterizedTest
    @ValueSource(strings = {"scaled", "scaled-aws"})
    void scaledStacksRunTheDatabaseStepsOnceBeforeEveryHostsRelease(String stack) {
        Graph g = new Graph(Stacks.run(stack));
        List<RecordedResource> migrations = g.all(r -> r.custom() && r.type().equals(COMMAND) && r.name().endsWith("-services-migrations"));
        assertThat(migrations).extracting(RecordedResource::name).containsExactly("app-0-services-migrations");
        RecordedResource migrate = migrations.get(0);
        RecordedResource indexes = g.named("app-0-database-indexes");
        int hosts = Stacks.file(stack).values().get("fleet:appHosts") == null ? 2
                : Integer.parseInt(Stacks.file(stack).values().get("fleet:appHosts"));
        List<List<RecordedResource>> chains = new ArrayList<>();
        chains.add(List.of(g.named("app-0-services-backup-before-migrations"), migrate, indexes));
        g.find("app-0-services-restore-on-first-boot").ifPresent(restore -> chains.add(List.of(restore, migrate)));
        for (int i = 0; i < hosts; i++) {
            String p = "app-" + i + "-services";
            List<RecordedResource> apps = g.all(r -> r.type().equals(CONTAINER) && r.name().equals(p + "-fleet-application"));
            assertThat(apps).as("host %d's API", i).hasSize(1);
            RecordedResource api = apps.get(0);
            RecordedResource httpd = g.named(p + "-fleet-httpd");
            chains.add(List.of(g.named(p + "-access"), g.named(p + "-bootstrap-ready"), g.named(p + "-host-dirs"),
                    g.named("app-" + i + "-database-ca"), api, g.named(p + "-gate-application"), httpd,
                    g.named(p + "-reload-httpd"), g.named(p + "-systemd-timers")));
            chains.add(List.of(migrate, indexes, api));
            chains.add(List.of(g.named(p + "-file-etc-fleet-app-app.env"), api));
            chains.add(List.of(g.named(p + "-file-etc-fleet-app-database.php"), api));
            for (RecordedResource c : g.result().ofType(CONTAINER)) {
                if (c.name().startsWith(p + "-fleet-queue") || c.name().startsWith(p + "-fleet-scheduler")) {
                    chains.add(List.of(indexes, c));
                }
            }
        }
        assertThat(g.orderViolations(chains)).isEmpty();
        assertThat(g.find("app-1-services-backup-before-migrations")).as("only host 0 backs up").isEmpty();
        assertThat(g.all(r -> r.type().equals(CONTAINER) && r.name().endsWith("-fleet-database"))).isEmpty();
    }

    /**
     * A new API image: host 0 backs up and migrates once, every host starts a new release; nothing else runs again.
     * A replaced app host (not host 0) gets its own setup again and nothing on host 0 runs.
     */
    @Test
    void scaledStacksMigrateOnceAndAReplacedAppHostGetsOnlyItsOwnSetup() {
        Diff image = diff("scaled", Map.of(), Map.of("fleet:images", "{\"api\": \"fleetbase/fleetbase-api:v0.7.56\", "
                + "\"console\": \"fleetbase/fleetbase-console:v0.7.55\", \"socket\": \"socketcluster/socketcluster:v17.4.0\", "
                + "\"database\": \"mysql:8.0.40\", \"httpd\": \"nginx:1.27.3-alpine\"}"));
        assertThat(image.replacedCommands()).filteredOn(n -> n.endsWith("-services-migrations")).containsExactly("app-0-services-migrations");
        assertThat(image.replacedCommands()).contains("app-0-services-backup-before-migrations", "app-0-database-indexes");
        assertThat(image.replacedCommands()).noneMatch(n -> n.startsWith("app-1-") && (n.contains("migrations") || n.contains("backup")));
        assertThat(image.changedContainers()).contains("app-0-services-fleet-application", "app-1-services-fleet-application");
        assertThat(image.changedOthers()).isEmpty();

        Diff replaced = diff("scaled", Map.of("app-1-droplet", "replaced"), Map.of());
        assertThat(replaced.replacedCommands()).isNotEmpty().allMatch(n -> n.startsWith("app-1-"));
        assertThat(replaced.replacedCommands()).contains("app-1-services-access", "app-1-services-gate-application");
        assertThat(replaced.changedContainers()).isNotEmpty().allMatch(n -> n.startsWith("app-1-"));
    }

    /**
     * The trap the order test exists for: in SDK 1.36.1 {@code dependsOn(...)} replaces the list on each call, so a
     * builder that calls it twice keeps only the last list. With the httpd container dropped from the reload's
     * dependencies (what the old two-call builder did), the order check fails and names the pair.
     */
    @Test
    void theOrderCheckCatchesTheDependsOnTrap() {
        PlanRun.Result trap = PlanRun.run(Stacks.file("production"), "fleet", "trap", ctx -> {
            var args = PrivateKeyArgs.builder().algorithm("ED25519").build();
            var a = new PrivateKey("a", args, null);
            var b = new PrivateKey("b", args, null);
            new PrivateKey("c", args, CustomResourceOptions.builder().dependsOn(a).dependsOn(b).build());
        });
        Graph t = new Graph(trap);
        assertThat(t.before(t.named("b"), t.named("c"))).isTrue();
        assertThat(t.before(t.named("a"), t.named("c"))).as("the second dependsOn call replaced the first").isFalse();
        PlanRun.Result r = Stacks.run("production");
        Graph g = new Graph(r);
        RecordedResource reload = g.named("services-reload-httpd");
        String httpd = g.container("fleet-httpd").urn();
        List<RecordedResource> altered = r.resources().stream().map(x -> x != reload ? x : new RecordedResource(
                x.urn(), x.type(), x.name(), x.parentUrn(), x.custom(), x.inputs(), x.provider(), x.version(),
                x.additionalSecretOutputs(), x.ignoreChanges(), x.deleteBeforeReplace(),
                x.dependencies().stream().filter(d -> !d.equals(httpd)).toList(), x.protect())).toList();
        Graph broken = new Graph(new PlanRun.Result(altered, r.outputs(), r.errors(), r.exceptions()));
        assertThat(broken.orderViolations(chains(broken))).contains("services-reload-httpd does not wait for services-fleet-httpd");
    }

    /**
     * A rotated deploy key changes every step's connection and nothing else: no step is replaced but the one that
     * installs the new key (through the bootstrap key, which did not change); each other step runs its no-op update;
     * no container is touched. So the certificate is not issued again, migrations and seeders do not run, queues do
     * not restart.
     */
    @Test
    void aRotatedDeployKeyRerunsNothingThatCosts() {
        Diff d = diff("production", Map.of("host-deploy-key", "rotated"), Map.of());
        assertThat(d.replacedCommands).containsExactly("services-access");
        assertThat(d.updatedCommands).as("every other step only logs in again")
                .containsAll(List.of("certificate-issue", "services-migrations", "services-database-setup",
                        "services-file-etc-fleet-app-app.env"));
        assertThat(d.changedContainers).isEmpty();
        assertThat(d.changedOthers).as("the user-data (hence the host) does not change").isEmpty();
        for (RecordedResource c : Stacks.run("production").ofType(COMMAND)) {
            if (!c.name().equals("services-access")) {
                assertThat(c.plainInput("update")).as(c.name()).isEqualTo(Services.NOTHING_TO_REDO);
            }
        }
    }

    /** The team's keys, the time zone and the host's size never rebuild the host: they are applied over SSH. */
    @Test
    void routineChangesLeaveTheUserDataAlone() {
        for (Map<String, String> change : List.of(
                Map.of("fleet:sshPublicKeys", "[\"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOG2uHIP/n6N+CP6ofOJX3JDH4mMl+mB9zU4iDSbP0cS new@marinemaroc.ma\"]"),
                Map.of("fleet:timezone", "UTC"),
                Map.of("fleet:hostSize", "s-8vcpu-16gb"))) {
            Diff d = diff("production", Map.of(), change);
            assertThat(d.userDataChanged).as("%s", change).isFalse();
        }
        assertThat(diff("production", Map.of(), Map.of("fleet:sshPort", "2200")).userDataChanged)
                .as("sshd's port is set at first boot: a new port rebuilds the host").isTrue();
    }

    /**
     * A replaced machine (new droplet id: an image or region change, or {@code pulumi up --replace}) gets the whole
     * setup again: every on-host step is keyed by the host's id, and every container, the network included, carries
     * it as a label (a replace-forcing input of pulumi-docker).
     */
    @ParameterizedTest
    @ValueSource(strings = {"production", "staging"})
    void aReplacedHostGetsTheWholeSetupAgain(String stack) {
        String machine = stack.equals("production") ? "host-droplet" : "host-instance";
        Diff d = diff(stack, Map.of(machine, "replaced"), Map.of());
        PlanRun.Result r = Stacks.run(stack);
        Set<String> commands = r.ofType(COMMAND).stream().map(RecordedResource::name).collect(Collectors.toCollection(TreeSet::new));
        assertThat(d.replacedCommands).containsExactlyElementsOf(commands);
        Set<String> docker = r.resources().stream().filter(x -> x.type().startsWith("docker:index/"))
                .map(RecordedResource::name).collect(Collectors.toCollection(TreeSet::new));
        assertThat(d.changedContainers).containsExactlyElementsOf(docker);
    }

    /**
     * The data lives on a volume declared apart from the machine: a replace-forcing change to the host changes only
     * the attachment (removed from the old machine first), never the volume, which is {@code protect}ed.
     */
    @ParameterizedTest
    @ValueSource(strings = {"production", "staging", "dr"})
    void aReplacedHostKeepsItsDataVolume(String stack) {
        PlanRun.Result r = Stacks.run(stack);
        boolean aws = !r.ofType("aws:ec2/instance:Instance").isEmpty();
        String machine = aws ? "host-instance" : "host-droplet";
        RecordedResource volume = single(r, aws ? "aws:ebs/volume:Volume" : "digitalocean:index/volume:Volume");
        RecordedResource attachment = single(r, aws ? "aws:ec2/volumeAttachment:VolumeAttachment"
                : "digitalocean:index/volumeAttachment:VolumeAttachment");
        assertThat(volume.protect()).as("the volume is protected").isTrue();
        assertThat(attachment.deleteBeforeReplace()).as("a volume is attached to one machine at a time").isTrue();
        assertThat(attachment.dependencies()).contains(volume.urn());
        if (aws) {
            assertThat(volume.plainInput("encrypted")).isEqualTo(true);
            assertThat(volume.plainInput("availabilityZone"))
                    .isEqualTo(single(r, "aws:ec2/instance:Instance").plainInput("availabilityZone"));
            assertThat(attachment.plainInput("stopInstanceBeforeDetaching")).isEqualTo(true);
        }

        Diff d = diff(stack, Map.of(machine, "replaced"), Map.of());
        assertThat(d.changedOthers).as("cloud resources changed by a new machine").contains(attachment.name())
                .doesNotContain(volume.name());
        // ... and the on-host setup runs again on the new machine, mounting the same volume first
        assertThat(d.replacedCommands).contains("services-data-volume");
    }

    /** A larger volume: the cloud grows it in place, the host grows the filesystem online; nothing else runs. */
    @ParameterizedTest
    @ValueSource(strings = {"production", "staging"})
    void aLargerDataVolumeGrowsInPlaceAndNothingElseRuns(String stack) {
        Diff d = diff(stack, Map.of(), Map.of("fleet:dataVolumeGb", "500"));
        assertThat(d.changedOthers).containsExactly("data-volume");
        assertThat(d.replacedCommands).containsExactly("services-data-volume-grow");
        assertThat(d.updatedCommands).isEmpty();
        assertThat(d.changedContainers).isEmpty();
        assertThat(d.userDataChanged).isFalse();
    }

    private static RecordedResource single(PlanRun.Result r, String type) {
        assertThat(r.ofType(type)).as(type).hasSize(1);
        return r.ofType(type).get(0);
    }

    /** {@link PlanDiff} of the stack against itself with other mock values (salts) or config, and the user-data. */
    record Diff(Set<String> replacedCommands, Set<String> updatedCommands, Set<String> changedContainers,
                Set<String> changedOthers, boolean userDataChanged) {
    }

    static Diff diff(String stack, Map<String, String> salts, Map<String, String> config) {
        StackFile f = Stacks.file(stack);
        PlanRun.Result before = Stacks.run(stack);
        PlanRun.Result after = PlanRun.run(f.with(config, Set.of()), "fleet", stack, FleetStack::program, new PlanMocks(salts));
        assertThat(after.failed()).as("%s %s", after.errors(), after.exceptions()).isFalse();
        PlanDiff d = PlanDiff.of(before, after);
        return new Diff(new TreeSet<>(d.replacedSteps()), new TreeSet<>(d.updatedSteps()), new TreeSet<>(d.replacedDocker()),
                new TreeSet<>(d.changedCloud()), !userData(before).equals(userData(after)));
    }

    private static Object userData(PlanRun.Result r) {
        return r.resources().stream().filter(x -> x.input("userData") != null).map(x -> x.plainInput("userData"))
                .findFirst().orElseThrow();
    }
}
