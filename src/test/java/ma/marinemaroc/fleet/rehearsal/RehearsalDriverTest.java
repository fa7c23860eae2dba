package ma.marinemaroc.fleet.rehearsal;

import com.google.gson.JsonObject;
import ma.marinemaroc.fleet.plan.PlanRun;
import ma.marinemaroc.fleet.plan.RecordedResource;
import ma.marinemaroc.fleet.testing.Proc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rehearsal's pieces that need no host: the driver's order and diff rules, the pulumi-docker mapping and its
 * replace table, the host spec read from the graph, the rehearsal mocks, the recipes and their cache keys.
 */
class RehearsalDriverTest {
    private static final PlanRun.Result GRAPH = new RehearsalPlan().run(RehearsalPlan.stackFile(Map.of()));

    private static RecordedResource r(String name, String type, String parent, List<String> deps, String provider, Map<String, Object> in) {
        return new RecordedResource("urn:" + name, type, name, parent == null ? "" : "urn:" + parent, !type.startsWith("fleet:"),
                in, provider == null ? "" : "urn:" + provider + "::id", "1.0", List.of(), List.of(), false,
                deps.stream().map(d -> "urn:" + d).toList(), false);
    }

    @Test
    void eachResourceRunsAfterItsDependenciesAsEarlyAsTheyAllowAndTheLastRegisteredFirst() {
        String cmd = Driver.COMMAND;
        List<RecordedResource> rs = List.of(
                r("a", cmd, null, List.of(), null, Map.of()),
                r("b", cmd, null, List.of("a"), null, Map.of()),
                r("c", cmd, null, List.of("a"), null, Map.of()),
                r("d", cmd, null, List.of("b"), null, Map.of()),
                r("x", "fleet:test:Component", null, List.of(), null, Map.of()),
                r("e", cmd, "x", List.of("d"), null, Map.of()),
                r("f", cmd, "x", List.of(), null, Map.of()),
                r("g", cmd, null, List.of("x"), null, Map.of()),
                r("p", Driver.DOCKER_PROVIDER, null, List.of("a"), null, Map.of()),
                r("h", Driver.NETWORK, null, List.of(), "p", Map.of()));
        List<String> order = Driver.order(new PlanRun.Result(rs, Map.of(), List.of(), List.of())).stream().map(RecordedResource::name).toList();
        assertThat(order).doesNotContain("x").hasSize(9);
        assertThat(order.indexOf("f")).as("ready at once, registered after a").isLessThan(order.indexOf("a"));
        assertThat(order.indexOf("c")).as("same depth as b, registered later").isLessThan(order.indexOf("b"));
        assertThat(order.indexOf("b")).isLessThan(order.indexOf("d"));
        assertThat(order.indexOf("g")).as("a component dependency waits for all its children")
                .isGreaterThan(order.indexOf("e")).isGreaterThan(order.indexOf("f"));
        assertThat(order.indexOf("h")).as("a resource waits for its provider").isGreaterThan(order.indexOf("p"));
        assertThat(order.indexOf("p")).as("as early as its dependencies allow: before d (depth 2)").isLessThan(order.indexOf("d"));
    }

    @Test
    void theProgramsGraphHasAnOrderAndEveryOnHostResourceIsOneTheDriverApplies() {
        List<RecordedResource> order = Driver.order(GRAPH);
        assertThat(order).hasSize((int) GRAPH.resources().stream().filter(RecordedResource::custom).count());
        Map<String, Set<String>> deps = Driver.dependencies(GRAPH);
        List<String> seen = new ArrayList<>();
        for (RecordedResource r : order) {
            assertThat(seen).as(r.name() + " after its dependencies").containsAll(deps.get(r.urn()));
            seen.add(r.urn());
            if (Driver.onHost(r.type())) {
                assertThat(r.type()).isIn(Driver.COMMAND, Driver.CONTAINER, Driver.NETWORK, Driver.VOLUME, Driver.DOCKER_PROVIDER);
            }
        }
        for (RecordedResource c : GRAPH.ofType(Driver.CONTAINER)) {
            assertThat(DockerResources.unknownContainerInputs(Driver.plain(c))).as(c.name()).isEmpty();
        }
    }

    @Test
    void aChangedInputIsADiffButSetOrderSecretsWrappingAndIgnoredInputsAreNot() {
        Map<String, Object> in = new HashMap<>(Map.of("envs", List.of("A=1", "B=2"), "memory", 100, "image", "x:1",
                "userData", "one"));
        RecordedResource old = new RecordedResource("urn:c", Driver.CONTAINER, "c", "", true, in, "", "", List.of(), List.of("userData"),
                true, List.of(), false);
        Map<String, Object> now = new HashMap<>(in);
        now.put("envs", List.of("B=2", "A=1"));
        now.put("image", new RecordedResource.Secret("x:1"));
        now.put("userData", "two");
        RecordedResource same = new RecordedResource("urn:c", Driver.CONTAINER, "c", "", true, now, "", "", List.of(), List.of("userData"),
                true, List.of(), false);
        assertThat(Driver.diff(old, same)).isEmpty();
        now.put("memory", 200);
        assertThat(Driver.diff(old, new RecordedResource("urn:c", Driver.CONTAINER, "c", "", true, now, "", "", List.of(),
                List.of("userData"), true, List.of(), false))).containsExactly("memory");
    }

    @Test
    void containerChangesFollowTheProvidersReplaceRules() {
        assertThat(DockerResources.containerChange(Set.of())).isEqualTo(DockerResources.Change.NONE);
        assertThat(DockerResources.containerChange(Set.of("memory", "restart"))).isEqualTo(DockerResources.Change.UPDATE);
        assertThat(DockerResources.containerChange(Set.of("mustRun"))).isEqualTo(DockerResources.Change.STATE_ONLY);
        for (String replace : List.of("image", "envs", "command", "volumes", "labels", "healthcheck", "ports", "name")) {
            assertThat(DockerResources.containerChange(Set.of("memory", replace))).as(replace).isEqualTo(DockerResources.Change.REPLACE);
        }
        assertThat(DockerResources.unknownContainerInputs(Map.of("name", "n", "image", "i", "gpus", "all", "mounts", List.of())))
                .containsExactly("gpus", "mounts");
    }

    @Test
    void everyRecordedContainerInputBecomesAnEngineApiField() {
        RecordedResource edge = GRAPH.ofType(Driver.CONTAINER).stream().filter(Rehearsal.publishing(443)).findFirst().orElseThrow();
        Map<String, Object> in = Driver.plain(edge);
        JsonObject body = DockerResources.containerCreateBody(in);
        JsonObject host = body.getAsJsonObject("HostConfig");
        assertThat(body.get("Image").getAsString()).isEqualTo(in.get("image"));
        assertThat(host.get("Memory").getAsLong()).isEqualTo(DockerResources.num(in.get("memory")) * 1024 * 1024);
        assertThat(host.getAsJsonObject("RestartPolicy").get("Name").getAsString()).isEqualTo(in.get("restart"));
        assertThat(host.getAsJsonObject("LogConfig").getAsJsonObject("Config").keySet()).isNotEmpty();
        assertThat(host.getAsJsonArray("CapDrop").toString()).contains("NET_RAW");
        assertThat(host.getAsJsonArray("SecurityOpt").toString()).contains("no-new-privileges:true");
        assertThat(host.getAsJsonArray("Binds").size()).isEqualTo(((List<?>) in.get("volumes")).size());
        assertThat(host.getAsJsonObject("PortBindings").getAsJsonArray("443/tcp").toString()).contains("\"HostIp\":\"0.0.0.0\"").contains("\"HostIp\":\"::\"");
        assertThat(body.getAsJsonObject("Healthcheck").get("Interval").getAsLong()).isPositive();
        assertThat(body.getAsJsonObject("Labels").keySet()).isNotEmpty();
        assertThat(DockerResources.networks(in)).isNotEmpty();
        assertThat(DockerResources.nanos("1m30s")).isEqualTo(90_000_000_000L);
        assertThat(DockerResources.nanos("500ms")).isEqualTo(500_000_000L);
    }

    @Test
    void theHostSpecComesFromTheGraph() {
        HostSpec spec = HostSpec.from(GRAPH);
        Map<?, ?> connection = (Map<?, ?>) GRAPH.ofType(Driver.COMMAND).get(0).plainInput("connection");
        assertThat(spec.addresses()).contains(String.valueOf(connection.get("host")));
        assertThat(spec.hosts()).containsEntry("fleet.rehearsal.test", String.valueOf(connection.get("host")));
        assertThat(spec.userData().user().name()).isEqualTo(connection.get("user"));
        assertThat(spec.userData().hostKeyPublic()).isEqualTo(String.valueOf(connection.get("hostKey")).trim());
        assertThat(spec.userData().writeFiles()).anySatisfy(f -> assertThat(f.path()).startsWith("/etc/ssh/sshd_config.d/"));
        assertThat(String.join("\n", spec.userData().runcmd())).contains("skipped " + HostSpec.SKIPPED_RUNCMD.iterator().next())
                .doesNotContain("'" + HostSpec.SKIPPED_RUNCMD.iterator().next() + "'");
        assertThat(spec.dataVolume()).as("the DigitalOcean volume's by-id path").hasValue("/dev/disk/by-id/scsi-0DO_Volume_fleet-rehearsal-data");
    }

    @Test
    void theRehearsalMocksMakeARealCertificateAndCanRotateTheDeployKey(@TempDir Path dir) throws IOException {
        RehearsalPlan plan = new RehearsalPlan();
        PlanRun.Result g = plan.run(RehearsalPlan.stackFile(Map.of()));
        Path cert = dir.resolve("cert.pem");
        Files.writeString(cert, plan.certificatePems().get(0));
        assertThat(Proc.run(List.of("openssl", "x509", "-in", cert.toString(), "-noout", "-ext", "subjectAltName")).out())
                .contains("DNS:fleet.rehearsal.test");
        PlanRun.Result again = plan.run(RehearsalPlan.stackFile(Map.of()));
        assertThat(again.resources()).hasSameSizeAs(g.resources());
        for (RecordedResource r : g.resources()) {
            RecordedResource same = again.byUrn(r.urn()).orElseThrow();
            assertThat(Driver.diff(r, same)).as("a second run records the same inputs for " + r.name()).isEmpty();
        }
        plan.salt(RehearsalPlan.DEPLOY_KEY, "rotated");
        PlanRun.Result rotated = plan.run(RehearsalPlan.stackFile(Map.of()));
        RecordedResource access = step(g, "services-access");
        assertThat(Driver.diff(access, step(rotated, "services-access"))).as("the access step installs the new deploy key")
                .containsExactlyInAnyOrder("stdin", "triggers");
        RecordedResource timezone = step(g, "services-timezone");
        assertThat(Driver.diff(timezone, step(rotated, "services-timezone"))).as("every other step only logs in with it")
                .containsExactly("connection");
    }

    private static RecordedResource step(PlanRun.Result graph, String name) {
        return graph.ofType(Driver.COMMAND).stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no step " + name + " in the graph"));
    }

    @Test
    void recipesParseAndACacheKeyChangesWithItsRecipeOnly(@TempDir Path dir) throws IOException {
        Path recipes = dir.resolve("images");
        Proc.run(List.of("cp", "-a", ImageBuilder.resource("rehearsal/images").toString(), recipes.toString())).requireOk("copy");
        ImageBuilder builder = new ImageBuilder(dir.resolve("cache"), recipes);
        Map<String, String> before = new HashMap<>();
        for (ImageRecipe recipe : builder.recipes()) {
            before.put(recipe.name(), builder.hash(recipe));
            assertThat(recipe.changes()).anyMatch(c -> c.startsWith("CMD ["));
        }
        assertThat(before.keySet()).containsExactlyInAnyOrder("api", "console", "mysql", "nginx", "redis", "socket");
        assertThat(builder.recipeFor("mysql:8.0.40").name()).isEqualTo("mysql");
        assertThat(builder.recipeFor("fleetbase/fleetbase-api:v0.7.56").name()).isEqualTo("api");
        Files.writeString(recipes.resolve("redis/post.sh"), "\n# changed\n", java.nio.file.StandardOpenOption.APPEND);
        for (ImageRecipe recipe : builder.recipes()) {
            assertThat(builder.hash(recipe).equals(before.get(recipe.name()))).as(recipe.name()).isEqualTo(!recipe.name().equals("redis"));
        }
        Files.writeString(recipes.resolve("build-rootfs.sh"), "\n# changed\n", java.nio.file.StandardOpenOption.APPEND);
        for (ImageRecipe recipe : builder.recipes()) {
            assertThat(builder.hash(recipe)).as("the build script is part of every key").isNotEqualTo(before.get(recipe.name()));
        }
    }

    @Test
    void everyRehearsalScriptPassesShellcheck() throws IOException {
        List<String> cmd = new ArrayList<>(List.of("shellcheck", "-x"));
        try (var files = Files.walk(ImageBuilder.resource("rehearsal"))) {
            files.filter(Files::isRegularFile).filter(f -> {
                try {
                    String head = Files.readString(f).lines().findFirst().orElse("");
                    return f.toString().endsWith(".sh") || head.startsWith("#!/bin/sh") || head.startsWith("#!/usr/bin/env bash");
                } catch (IOException e) {
                    return false;
                }
            }).sorted().forEach(f -> cmd.add(f.toString()));
        }
        assertThat(cmd.size()).as("scripts found").isGreaterThan(12);
        Proc.Result r = Proc.run(cmd);
        assertThat(r.exit()).as(r.all()).isZero();
    }

    @Test
    void dockerStreamsAreDemultiplexed() {
        ByteBuffer b = ByteBuffer.allocate(64);
        b.put((byte) 1).put(new byte[3]).putInt(3).put("out".getBytes(StandardCharsets.UTF_8));
        b.put((byte) 2).put(new byte[3]).putInt(3).put("err".getBytes(StandardCharsets.UTF_8));
        byte[] raw = java.util.Arrays.copyOf(b.array(), b.position());
        DockerApi.ExecResult r = DockerApi.demux(raw);
        assertThat(r.out()).isEqualTo("out");
        assertThat(r.err()).isEqualTo("err");
    }
}
