package ma.marinemaroc.fleet.rehearsal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import ma.marinemaroc.fleet.config.StackFile;
import ma.marinemaroc.fleet.plan.RecordedResource;
import ma.marinemaroc.fleet.testing.Proc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deploy rehearsal on today's program, what holds whatever the program's state: the host is the stack's host;
 * the first pass ({@code --continue-on-error}) applies everything that does not depend on a failing program step,
 * and what it applied is on the host exactly as recorded (files, containers with every input field); failures are
 * program steps with their output; the stand-in images keep their contracts; the edge serves the console and
 * {@code fleet verify} passes against it; a second pass re-runs nothing that succeeded. The full scenarios of issue 14 are in {@link RehearsalPendingScenariosTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RehearsalScenariosTest {
    private final StackFile config = RehearsalPlan.stackFile(Map.of());
    private Rehearsal rehearsal;
    private PassReport first;

    @BeforeAll
    void deploy() {
        rehearsal = Rehearsal.start(config);
        rehearsal.driver().continueOnError(true);
        first = rehearsal.pass(config);
        System.out.println(first.summary());
    }

    @AfterAll
    void stop() {
        if (rehearsal != null) rehearsal.close();
    }

    @Test
    @Order(1)
    void theHostIsTheStacksHost() {
        var graph = rehearsal.graph();
        String hostKey = String.valueOf(RecordedResource.unwrap(graph.outputs().get("hostPublicKey")));
        Map<?, ?> connection = (Map<?, ?>) graph.ofType(Driver.COMMAND).get(0).plainInput("connection");
        String address = String.valueOf(connection.get("host"));
        String port = String.valueOf(DockerResources.num(connection.get("port")));
        Proc.Result scan = rehearsal.host().exec("ssh-keyscan", "-T", "5", "-p", port, address);
        assertThat(scan.out()).as("sshd presents only the stack's generated host key")
                .contains(hostKey.split("\\s+")[1]).doesNotContain("ssh-rsa").doesNotContain("ecdsa-sha2");

        Proc.Result session = rehearsal.operatorSsh("id -nG; sudo -n true && echo sudo-ok; docker version --format '{{.Server.Version}}'");
        assertThat(session.exit()).as(session.all()).isZero();
        assertThat(session.out()).contains("sudo", "docker", "sudo-ok");

        Proc.Result password = rehearsal.host().exec(List.of("ssh", "-F", "/dev/null", "-o", "BatchMode=yes",
                "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "PreferredAuthentications=password,keyboard-interactive",
                "-p", port, "-l", String.valueOf(connection.get("user")), "--", address, "true"), Map.of(), null, java.time.Duration.ofMinutes(1));
        assertThat(password.exit()).as("password logins are refused").isNotZero();
        assertThat(password.err()).contains("Permission denied");

        Proc.Result otherKey = rehearsal.host().exec(List.of("bash", "-c", "printf '[%s]:%s %s\\n' " + address + " " + port
                + " \"$(ssh-keygen -q -t ed25519 -N '' -f /tmp/other <<<y >/dev/null; cut -d' ' -f1,2 /tmp/other.pub)\" >/tmp/kh; "
                + "ssh -F /dev/null -o BatchMode=yes -o StrictHostKeyChecking=yes -o UserKnownHostsFile=/tmp/kh -p " + port + " " + address + " true"),
                Map.of(), null, java.time.Duration.ofMinutes(1));
        assertThat(otherKey.exit()).as("a client pinning another host key is refused").isNotZero();
        assertThat(otherKey.err()).contains("Host key verification failed");
    }

    @Test
    @Order(2)
    void theFirstPassAppliesEverythingThatDoesNotDependOnAFailingProgramStep() {
        var graph = rehearsal.graph();
        long custom = graph.resources().stream().filter(RecordedResource::custom).count();
        assertThat(first.steps().size() + first.failures().size() + first.skipped().size())
                .as("every resource was applied, failed, or skipped because a dependency failed").isEqualTo((int) custom);
        for (var failure : first.failures().entrySet()) {
            var run = first.commands().stream().filter(c -> c.name().equals(failure.getKey())).findFirst();
            assertThat(run).as("failure of %s is a program step that ran on the host: %s", failure.getKey(), failure.getValue()).isPresent();
            assertThat(run.get().exit()).isNotZero();
            assertThat(failure.getValue()).contains(run.get().stdout().strip()).contains(run.get().stderr().strip());
        }
        assertThat(first.steps(PassReport.Action.CREATE)).as("the host resources of the graph were created")
                .anySatisfy(s -> assertThat(s.type()).isEqualTo(Driver.CONTAINER))
                .anySatisfy(s -> assertThat(s.type()).isEqualTo(Driver.NETWORK))
                .anySatisfy(s -> assertThat(s.type()).isEqualTo(Driver.DOCKER_PROVIDER));
        assertThat(first.commands()).as("the first on-host step is the first command run").isNotEmpty();
        assertThat(first.commands().get(0).ok()).as(first.commands().get(0).stderr()).isTrue();
    }

    @Test
    @Order(3)
    void everyFileTheProgramInstalledIsOnTheHostAsRecorded() {
        int checked = 0;
        for (PassReport.Step step : first.steps(PassReport.Action.CREATE)) {
            if (!step.type().equals(Driver.COMMAND)) continue;
            RecordedResource r = rehearsal.graph().byUrn(step.urn()).orElseThrow();
            List<String> triggers = r.strings("triggers");
            if (triggers.size() != 4 || !triggers.get(0).equals("file")) continue;
            String path = triggers.get(1);
            Proc.Result stat = rehearsal.host().exec("stat", "-c", "%a %u:%g %U:%G", path);
            assertThat(stat.exit()).as(path + " exists: " + stat.err()).isZero();
            String[] s = stat.out().trim().split(" ");
            assertThat(Integer.parseInt(s[0], 8)).as(path + " mode").isEqualTo(Integer.parseInt(triggers.get(2), 8));
            assertThat(List.of(s[1], s[2])).as(path + " owner").contains(triggers.get(3));
            assertThat(rehearsal.host().file(path)).as(path + " content").isEqualTo(String.valueOf(r.plainInput("stdin")));
            checked++;
        }
        assertThat(checked).as("files checked").isGreaterThan(10);
    }

    @Test
    @Order(4)
    void everyContainerRunsWithEveryRecordedInput() {
        int checked = 0;
        for (PassReport.Step step : first.steps(PassReport.Action.CREATE)) {
            if (!step.type().equals(Driver.CONTAINER)) continue;
            RecordedResource r = rehearsal.graph().byUrn(step.urn()).orElseThrow();
            String name = String.valueOf(r.plainInput("name"));
            JsonObject c = rehearsal.host().docker().containerInspect(name);
            assertThat(c).as(name + " exists").isNotNull();
            JsonObject config = c.getAsJsonObject("Config");
            JsonObject hostConfig = c.getAsJsonObject("HostConfig");
            assertThat(c.getAsJsonObject("State").get("Running").getAsBoolean()).as(name + " runs").isTrue();
            assertThat(config.get("Image").getAsString()).isEqualTo(r.plainInput("image"));
            assertThat(strings(config.get("Env"))).as(name + " env").containsAll(r.strings("envs"));
            if (!r.strings("command").isEmpty()) assertThat(strings(config.get("Cmd"))).isEqualTo(r.strings("command"));
            if (!r.strings("entrypoints").isEmpty()) assertThat(strings(config.get("Entrypoint"))).isEqualTo(r.strings("entrypoints"));
            Map<String, String> labels = new TreeMap<>();
            config.getAsJsonObject("Labels").entrySet().forEach(e -> labels.put(e.getKey(), e.getValue().getAsString()));
            for (Object l : (List<?>) r.plainInput("labels")) {
                Map<?, ?> m = (Map<?, ?>) l;
                assertThat(labels).containsEntry(String.valueOf(m.get("label")), String.valueOf(m.get("value")));
            }
            if (r.plainInput("healthcheck") instanceof Map<?, ?> hc) {
                JsonObject h = config.getAsJsonObject("Healthcheck");
                assertThat(strings(h.get("Test"))).isEqualTo(((List<?>) hc.get("tests")).stream().map(String::valueOf).toList());
                assertThat(h.get("Interval").getAsLong()).isEqualTo(DockerResources.nanos(hc.get("interval")));
                assertThat(h.get("Retries").getAsLong()).isEqualTo(DockerResources.num(hc.get("retries")));
            }
            assertThat(hostConfig.get("Memory").getAsLong()).isEqualTo(DockerResources.num(r.plainInput("memory")) * 1024 * 1024);
            assertThat(hostConfig.getAsJsonObject("RestartPolicy").get("Name").getAsString()).isEqualTo(r.plainInput("restart"));
            assertThat(hostConfig.getAsJsonObject("LogConfig").get("Type").getAsString()).isEqualTo(r.plainInput("logDriver"));
            if (r.plainInput("logOpts") instanceof Map<?, ?> opts) {
                opts.forEach((k, v) -> assertThat(hostConfig.getAsJsonObject("LogConfig").getAsJsonObject("Config").get(String.valueOf(k)).getAsString())
                        .isEqualTo(String.valueOf(v)));
            }
            assertThat(strings(hostConfig.get("SecurityOpt"))).containsExactlyInAnyOrderElementsOf(r.strings("securityOpts"));
            if (r.plainInput("capabilities") instanceof Map<?, ?> caps && caps.get("drops") != null) {
                assertThat(strings(hostConfig.get("CapDrop"))).containsExactlyInAnyOrderElementsOf(((List<?>) caps.get("drops")).stream().map(String::valueOf).toList());
            }
            List<String> binds = new ArrayList<>();
            for (Object v : (List<?>) r.plainInput("volumes")) {
                Map<?, ?> m = (Map<?, ?>) v;
                binds.add((m.get("hostPath") != null ? m.get("hostPath") : m.get("volumeName")) + ":" + m.get("containerPath")
                        + (Boolean.TRUE.equals(m.get("readOnly")) ? ":ro" : ""));
            }
            assertThat(strings(hostConfig.get("Binds"))).as(name + " mounts").containsExactlyInAnyOrderElementsOf(binds);
            Set<String> networks = new HashSet<>(c.getAsJsonObject("NetworkSettings").getAsJsonObject("Networks").keySet());
            Set<String> wanted = new HashSet<>();
            ((List<?>) r.plainInput("networksAdvanced")).forEach(n -> wanted.add(String.valueOf(((Map<?, ?>) n).get("name"))));
            assertThat(networks).as(name + " networks").isEqualTo(wanted);
            for (Object p : (List<?>) r.plainInput("ports")) {
                Map<?, ?> m = (Map<?, ?>) p;
                JsonArray b = hostConfig.getAsJsonObject("PortBindings").getAsJsonArray(DockerResources.num(m.get("internal")) + "/" + m.get("protocol"));
                assertThat(b.toString()).as(name + " publishes " + m).contains("\"HostIp\":\"" + m.get("ip") + "\"")
                        .contains("\"HostPort\":\"" + DockerResources.num(m.get("external")) + "\"");
            }
            checked++;
        }
        assertThat(checked).as("containers checked").isGreaterThanOrEqualTo(5);
    }

    @Test
    @Order(5)
    void theStandInImagesKeepTheirContracts() {
        DockerApi docker = rehearsal.host().docker();
        String database = rehearsal.one(Rehearsal.image("mysql"), "database");
        Map<String, String> dbEnv = env(rehearsal.graph().ofType(Driver.CONTAINER).stream()
                .filter(c -> database.equals(c.plainInput("name"))).findFirst().orElseThrow());
        String appPassword = rehearsal.host().file(hostPathOf(database, dbEnv.get("MYSQL_PASSWORD_FILE"))).strip();
        DockerApi.ExecResult app = docker.exec(database, List.of("mysql", "-u" + dbEnv.get("MYSQL_USER"), dbEnv.get("MYSQL_DATABASE"),
                "-N", "-e", "SELECT CURRENT_USER(); SHOW DATABASES"), Map.of("MYSQL_PWD", appPassword));
        assertThat(app.exit()).as("MYSQL_USER reaches MYSQL_DATABASE with MYSQL_PASSWORD_FILE: " + app.all()).isZero();
        assertThat(app.out()).contains(dbEnv.get("MYSQL_DATABASE"));
        assertThat(docker.exec(database, "cat", "/proc/1/status").out()).as("mysqld runs as uid 999").containsPattern("Uid:\\s+999\\s");
        assertThat(docker.exec(database, "mysqladmin", "ping", "-h", "127.0.0.1", "--silent").exit()).isZero();

        String cache = rehearsal.one(Rehearsal.image("redis"), "cache");
        assertThat(docker.exec(cache, "redis-cli", "-h", "127.0.0.1", "ping").all()).as("the cache requires its password").contains("NOAUTH");
        assertThat(docker.exec(cache, "cat", "/proc/1/status").out()).containsPattern("Uid:\\s+999\\s");

        String api = rehearsal.containers(Rehearsal.image("fleetbase/fleetbase-api").and(Rehearsal.commandContains("octane"))).get(0);
        DockerApi.ExecResult unknown = docker.exec(api, "php", "artisan", "no-such:command");
        assertThat(unknown.exit()).isNotZero();
        assertThat(unknown.all()).contains("is not defined");
        // Laravel's rule: a variable the process already has (image ENV or container env) wins over .env
        List<String> imageEnv = strings(docker.imageInspect(String.valueOf(rehearsal.graph().ofType(Driver.CONTAINER).stream()
                .filter(c -> api.equals(c.plainInput("name"))).findFirst().orElseThrow().plainInput("image")))
                .getAsJsonObject("Config").get("Env"));
        for (String kv : imageEnv) {
            String k = kv.substring(0, kv.indexOf('='));
            if (!k.matches("[A-Z_]+") || k.equals("PATH")) continue;
            DockerApi.ExecResult effective = docker.exec(api, "php", "-r",
                    "require '/fleetbase/api/rehearsal/App.php'; echo Rehearsal\\App::config()['" + k + "'] ?? '';");
            assertThat(effective.out()).as("effective " + k).isEqualTo(kv.substring(kv.indexOf('=') + 1));
        }

        // SocketCluster stand-in: allowed origins from SOCKETCLUSTER_OPTIONS, echo (a container of the test's own)
        String socketImage = String.valueOf(rehearsal.graph().ofType(Driver.CONTAINER).stream()
                .filter(Rehearsal.image("socketcluster/socketcluster")).findFirst().orElseThrow().plainInput("image"));
        JsonObject body = new JsonObject();
        body.addProperty("Image", socketImage);
        JsonArray env = new JsonArray();
        env.add("SOCKETCLUSTER_OPTIONS={\"origins\":\"https://allowed.rehearsal.test:*\"}");
        body.add("Env", env);
        String id = docker.containerCreate("rehearsal-socket-origins", body);
        try {
            docker.containerStart(id);
            String ip = docker.containerInspect(id).getAsJsonObject("NetworkSettings").get("IPAddress").getAsString();
            String url = "ws://" + ip + ":8000/socketcluster/";
            Proc.Result ok = null;
            for (int i = 0; i < 20 && (ok == null || ok.exit() != 0); i++) {
                ok = rehearsal.websocket(url, "https://allowed.rehearsal.test");
            }
            assertThat(ok.out()).as(ok.all()).contains("echoed");
            Proc.Result refused = rehearsal.websocket(url, "https://elsewhere.example");
            assertThat(refused.exit()).as(refused.all()).isNotZero();
            assertThat(refused.out()).contains("upgrade failed");
        } finally {
            docker.containerRemove(id, true);
        }
    }

    @Test
    @Order(6)
    void theEdgeServesTheConsoleWithTheStacksCertificate() {
        var site = rehearsal.site();
        Proc.Result page = rehearsal.curl("https://" + site.getKey() + "/", "-w", "\n%{http_code} %{ssl_verify_result}");
        assertThat(page.exit()).as(page.all()).isZero();
        assertThat(page.out()).contains("<title>Fleetbase</title>").endsWith("200 0");
        Proc.Result http = rehearsal.curl("http://" + site.getKey() + "/", "-o", "/dev/null", "-w", "%{http_code} %{redirect_url}");
        assertThat(http.out()).isEqualTo("301 https://" + site.getKey() + "/");
    }

    @Test
    @Order(7)
    void fleetVerifyPassesAgainstTheHostsEdge() {
        Proc.Result verify = rehearsal.verify();
        assertThat(verify.exit()).as(verify.all()).isZero();
        assertThat(verify.out()).contains("DNS " + rehearsal.site().getKey(), "TLS 1.1 refused", "GET /health 200", "port 3306 closed")
                .doesNotContain("FAIL");
    }

    @Test
    @Order(8)
    void aSecondPassRetriesOnlyWhatDidNotSucceed() {
        Set<String> succeeded = new HashSet<>();
        first.steps().forEach(s -> succeeded.add(s.name()));
        PassReport second = rehearsal.pass(config);
        System.out.println(second.summary());
        for (PassReport.Step s : second.steps()) {
            if (succeeded.contains(s.name())) {
                assertThat(s.action()).as(s.name() + " succeeded in pass 1 and nothing changed").isEqualTo(PassReport.Action.SAME);
            }
        }
        assertThat(second.commands()).as("no command that succeeded in pass 1 runs again")
                .allSatisfy(c -> assertThat(succeeded).doesNotContain(c.name()));
        Set<String> retried = new HashSet<>(first.failures().keySet());
        retried.addAll(first.skipped());
        second.commands().forEach(c -> assertThat(retried).as("only failed or skipped steps are retried").contains(c.name()));
    }

    @Test
    @Order(9)
    void imagesComeFromTheCacheOnceBuilt() {
        ImageBuilder images = rehearsal.images();
        for (ImageRecipe recipe : images.recipes()) {
            long t0 = System.nanoTime();
            var tar = images.rootfs(recipe, images.hash(recipe));
            assertThat(tar).isRegularFile();
            assertThat((System.nanoTime() - t0) / 1e9).as(recipe.name() + " from the cache").isLessThan(5);
        }
        assertThat(images.built().subList(images.built().size() - images.recipes().size(), images.built().size()))
                .allSatisfy(b -> assertThat(b.cached()).isTrue());
    }

    private Map<String, String> env(RecordedResource container) {
        Map<String, String> m = new TreeMap<>();
        container.strings("envs").forEach(e -> m.put(e.substring(0, e.indexOf('=')), e.substring(e.indexOf('=') + 1)));
        return m;
    }

    /** The host path mounted at {@code containerPath} in a container (from its recorded volumes). */
    private String hostPathOf(String container, String containerPath) {
        RecordedResource c = rehearsal.graph().ofType(Driver.CONTAINER).stream().filter(x -> container.equals(x.plainInput("name")))
                .findFirst().orElseThrow();
        for (Object v : (List<?>) c.plainInput("volumes")) {
            Map<?, ?> m = (Map<?, ?>) v;
            if (containerPath.equals(m.get("containerPath"))) return String.valueOf(m.get("hostPath"));
        }
        throw new AssertionError(containerPath + " is not mounted in " + container);
    }

    private static List<String> strings(JsonElement e) {
        List<String> out = new ArrayList<>();
        if (e != null && e.isJsonArray()) e.getAsJsonArray().forEach(x -> out.add(x.getAsString()));
        return out;
    }
}
