package ma.marinemaroc.fleet.rehearsal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import ma.marinemaroc.fleet.config.StackFile;
import ma.marinemaroc.fleet.plan.RecordedResource;
import ma.marinemaroc.fleet.services.Services;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deploy rehearsal on one host, pass after pass, as one operator's history of the stack (each test builds on the
 * one before; the order is the story):
 * <ol>
 *   <li>issue 14, scenario 1: a fresh deploy completes; the host is the stack's host; the data volume holds the state;
 *   every file and container is on the host as recorded; the stand-ins keep their contracts; {@code fleet verify}
 *   passes; the console, {@code /int/v1/} and {@code /v1/} reach the right stand-in through NGINX; the websocket on
 *   38000 upgrades;</li>
 *   <li>scenario 2: a second run with nothing changed runs nothing;</li>
 *   <li>scenario 3: a changed NGINX setting (the domain: server name and certificate) and a changed application env
 *   (the mail sender) reach the running processes;</li>
 *   <li>scenario 4: a rotated deploy key re-runs nothing that costs;</li>
 *   <li>issue 21: an API upgrade under a bounded request loop fails no request; a rollback (the previous tag) restores
 *   the previous version; a database image change backs up first; an upgrade to a stand-in that never becomes healthy
 *   fails at its gate, says why, and the running version keeps answering.</li>
 * </ol>
 * Scenario 5 (backup, host loss, disaster recovery) and issue 16 (a replaced host re-attaching its volume) are in
 * {@link RehearsalRecoveryTest}.
 */
@org.junit.jupiter.api.parallel.Isolated("a whole host: namespaces, its own dockerd, a loop device; the upgrade loop counts failures")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RehearsalScenariosTest {
    static final String API = "fleetbase/fleetbase-api";
    /** Scenario 3's change: the mail sender (application env) and the domain (NGINX's server name and certificate). */
    static final Map<String, String> CHANGED = Map.of(
            "fleet:smtp", "{\"host\":\"smtp.eu.mailgun.org\",\"port\":587,\"from\":\"fleet-changed@rehearsal.test\",\"user\":\"alerts@rehearsal.test\"}",
            "fleet:domain", "app.rehearsal.test");
    /** The bounds of the request loop that runs during an upgrade pass. */
    static final int LOAD_MAX_REQUESTS = 20_000;
    static final int LOAD_MAX_SECONDS = 900;

    private final Map<String, String> overrides = new LinkedHashMap<>();
    private StackFile config = RehearsalPlan.stackFile(Map.of());
    private Rehearsal rehearsal;
    private S3InHost s3;
    private PassReport first;
    private String initialApiImage;

    @BeforeAll
    void deploy() {
        s3 = S3InHost.create();
        rehearsal = Rehearsal.start(config, List.of(s3.dir()));
        rehearsal.attachS3(s3, List.of());
        initialApiImage = apiImage();
        first = rehearsal.pass(config);
        System.out.println(first.summary());
    }

    @AfterAll
    void stop() {
        try {
            if (s3 != null) s3.stop();
            if (rehearsal != null) rehearsal.close();
        } finally {
            if (s3 != null) s3.close();
        }
    }

    // ---- issue 14, scenario 1: fresh deploy

    @Test
    @Order(1)
    void scenario1FreshDeployCompletesAndTheEdgeWorks() {
        assertThat(first.failures()).as("the fresh deploy completes:\n" + first.summary()).isEmpty();
        long custom = rehearsal.graph().resources().stream().filter(RecordedResource::custom).count();
        assertThat(first.steps()).as("every resource of the graph was applied").hasSize((int) custom);
        var site = rehearsal.site();

        Proc.Result verify = rehearsal.verify();
        assertThat(verify.exit()).as("fleet verify against the host's edge:\n" + verify.all()).isZero();
        assertThat(verify.out()).contains("DNS " + site.getKey(), "TLS 1.1 refused", "GET /health 200", "port 3306 closed",
                "GET /int/v1/ reaches the API", "GET /v1/ reaches the API").doesNotContain("FAIL");

        Proc.Result console = rehearsal.curl("https://" + site.getKey() + "/", "-w", "\n%{http_code} %{ssl_verify_result}");
        assertThat(console.out()).as("/ is the console, with the stack's certificate").contains("<title>Fleetbase</title>").endsWith("200 0");
        Proc.Result http = rehearsal.curl("http://" + site.getKey() + "/", "-o", "/dev/null", "-w", "%{http_code} %{redirect_url}");
        assertThat(http.out()).isEqualTo("301 https://" + site.getKey() + "/");
        for (String family : List.of("int/v1", "v1")) {
            Proc.Result api = rehearsal.curl("https://" + site.getKey() + "/" + family + "/rehearsal-probe", "-w", "\n%{http_code}");
            assertThat(api.out()).as("/" + family + "/ reaches the API through NGINX").contains("\"family\":\"" + family + "\"").endsWith("200");
        }
        Proc.Result ws = rehearsal.websocket("wss://" + site.getKey() + ":38000/socketcluster/", "https://" + site.getKey());
        assertThat(ws.exit()).as("the console's websocket (wss://<domain>:38000/socketcluster/) upgrades and echoes: " + ws.all()).isZero();
    }

    @Test
    @Order(2)
    void theHostIsTheStacksHost() {
        var graph = rehearsal.graph();
        String hostKey = String.valueOf(RecordedResource.unwrap(graph.outputs().get("hostPublicKey")));
        Map<?, ?> connection = (Map<?, ?>) step("services-timezone").plainInput("connection");
        String address = String.valueOf(connection.get("host"));
        String port = String.valueOf(DockerResources.num(connection.get("port")));
        Proc.Result scan = rehearsal.host().exec("ssh-keyscan", "-T", "5", "-p", port, address);
        assertThat(scan.out()).as("sshd presents only the stack's generated host key")
                .contains(hostKey.split("\\s+")[1]).doesNotContain("ssh-rsa").doesNotContain("ecdsa-sha2");

        Proc.Result session = rehearsal.operatorSsh("id -nG; sudo -n true && echo sudo-ok; docker version --format '{{.Server.Version}}'");
        assertThat(session.exit()).as("a team key (installed by the access step) logs in: " + session.all()).isZero();
        assertThat(session.out()).contains("sudo", "docker", "sudo-ok");

        Proc.Result bootstrap = rehearsal.ssh(RehearsalPlan.BOOTSTRAP_KEY, "id", "");
        assertThat(bootstrap.all()).as("the bootstrap key runs only its forced command (fleet-authorize-keys), never a shell")
                .doesNotContain("uid=");

        Proc.Result password = rehearsal.host().exec(List.of("ssh", "-F", "/dev/null", "-o", "BatchMode=yes",
                "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "PreferredAuthentications=password,keyboard-interactive",
                "-p", port, "-l", String.valueOf(connection.get("user")), "--", address, "true"), Map.of(), null, java.time.Duration.ofMinutes(1));
        assertThat(password.exit()).as("password logins are refused").isNotZero();
        assertThat(password.err()).contains("Permission denied");
    }

    @Test
    @Order(3)
    void theDataVolumeHoldsTheStateAndWasFormattedBlank() {
        String device = rehearsal.volume().orElseThrow().device().orElseThrow();
        PassReport.CommandRun mount = first.commands().stream().filter(c -> c.name().equals("services-data-volume")).findFirst().orElseThrow();
        assertThat(mount.stdout() + mount.stderr()).as("the script found a blank device and formatted it").contains("is blank; creating an ext4 filesystem");
        Proc.Result mounts = rehearsal.host().exec("findmnt", "-rn", "-o", "TARGET,SOURCE,FSTYPE,LABEL");
        String majMin = Proc.run(List.of("lsblk", "-dn", "-o", "MAJ:MIN", device)).requireOk("lsblk").out().strip();
        Proc.Result binds = rehearsal.host().exec("findmnt", "-rn", "-o", "TARGET,MAJ:MIN,FSROOT");
        assertThat(mounts.out()).as("the volume is mounted at /srv/fleet-data").containsPattern("/srv/fleet-data \\S+ ext4 fleet-data");
        for (String bind : List.of("/var/lib/fleet " + majMin + " /state", "/var/log/fleet " + majMin + " /logs",
                "/etc/letsencrypt " + majMin + " /letsencrypt")) {
            assertThat(binds.out()).as("state folder bound from the volume: " + bind).contains(bind);
        }
        Proc.Result mysql = rehearsal.host().sh("ls /srv/fleet-data/state/mysql | grep -c ibdata1");
        assertThat(mysql.out().strip()).as("the database's files are on the volume").isEqualTo("1");
    }

    @Test
    @Order(4)
    void everyFileTheProgramInstalledIsOnTheHostAsRecorded() {
        int checked = 0;
        for (PassReport.Step s : first.steps(PassReport.Action.CREATE)) {
            if (!s.type().equals(Driver.COMMAND)) continue;
            RecordedResource r = rehearsal.graph().byUrn(s.urn()).orElseThrow();
            List<String> triggers = r.strings("triggers");
            if (triggers.size() < 4 || !triggers.get(0).equals("file")) continue;
            String path = triggers.get(1);
            Proc.Result stat = rehearsal.host().exec("stat", "-c", "%a %u:%g %U:%G", path);
            assertThat(stat.exit()).as(path + " exists: " + stat.err()).isZero();
            String[] st = stat.out().trim().split(" ");
            assertThat(Integer.parseInt(st[0], 8)).as(path + " mode").isEqualTo(Integer.parseInt(triggers.get(2), 8));
            assertThat(List.of(st[1], st[2])).as(path + " owner").contains(triggers.get(3));
            assertThat(rehearsal.host().file(path)).as(path + " content").isEqualTo(String.valueOf(r.plainInput("stdin")));
            checked++;
        }
        assertThat(checked).as("files checked").isGreaterThan(30);
    }

    @Test
    @Order(5)
    void everyContainerRunsWithEveryRecordedInput() {
        int checked = 0;
        for (RecordedResource r : rehearsal.graph().ofType(Driver.CONTAINER)) {
            String name = String.valueOf(r.plainInput("name"));
            JsonObject c = rehearsal.host().docker().containerInspect(name);
            assertThat(c).as(name + " exists").isNotNull();
            JsonObject cfg = c.getAsJsonObject("Config");
            JsonObject hostConfig = c.getAsJsonObject("HostConfig");
            assertThat(c.getAsJsonObject("State").get("Running").getAsBoolean()).as(name + " runs").isTrue();
            assertThat(cfg.get("Image").getAsString()).isEqualTo(r.plainInput("image"));
            assertThat(strings(cfg.get("Env"))).as(name + " env").containsAll(r.strings("envs"));
            if (!r.strings("command").isEmpty()) assertThat(strings(cfg.get("Cmd"))).isEqualTo(r.strings("command"));
            if (!r.strings("entrypoints").isEmpty()) assertThat(strings(cfg.get("Entrypoint"))).isEqualTo(r.strings("entrypoints"));
            Map<String, String> labels = new TreeMap<>();
            cfg.getAsJsonObject("Labels").entrySet().forEach(e -> labels.put(e.getKey(), e.getValue().getAsString()));
            for (Object l : (List<?>) r.plainInput("labels")) {
                Map<?, ?> m = (Map<?, ?>) l;
                assertThat(labels).containsEntry(String.valueOf(m.get("label")), String.valueOf(m.get("value")));
            }
            if (r.plainInput("healthcheck") instanceof Map<?, ?> hc) {
                JsonObject h = cfg.getAsJsonObject("Healthcheck");
                assertThat(strings(h.get("Test"))).isEqualTo(((List<?>) hc.get("tests")).stream().map(String::valueOf).toList());
                assertThat(h.get("Interval").getAsLong()).isEqualTo(DockerResources.nanos(hc.get("interval")));
                assertThat(h.get("Retries").getAsLong()).isEqualTo(DockerResources.num(hc.get("retries")));
            }
            assertThat(hostConfig.get("Memory").getAsLong()).isEqualTo(DockerResources.num(r.plainInput("memory")) * 1024 * 1024);
            assertThat(hostConfig.getAsJsonObject("RestartPolicy").get("Name").getAsString()).isEqualTo(r.plainInput("restart"));
            assertThat(hostConfig.getAsJsonObject("LogConfig").get("Type").getAsString()).isEqualTo(r.plainInput("logDriver"));
            assertThat(strings(hostConfig.get("SecurityOpt"))).containsExactlyInAnyOrderElementsOf(r.strings("securityOpts"));
            List<String> binds = new ArrayList<>();
            for (Object v : (List<?>) r.plainInput("volumes")) {
                Map<?, ?> m = (Map<?, ?>) v;
                binds.add(m.get("hostPath") + ":" + m.get("containerPath") + (Boolean.TRUE.equals(m.get("readOnly")) ? ":ro" : ""));
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
        assertThat(checked).as("containers checked").isGreaterThanOrEqualTo(8);
    }

    @Test
    @Order(6)
    void theStandInImagesKeepTheirContracts() {
        DockerApi docker = rehearsal.host().docker();
        String database = rehearsal.database();
        Map<String, String> dbEnv = env(container(database));
        String appPassword = rehearsal.host().file(hostPathOf(database, dbEnv.get("MYSQL_PASSWORD_FILE"))).strip();
        DockerApi.ExecResult app = docker.exec(database, List.of("mysql", "-u" + dbEnv.get("MYSQL_USER"), dbEnv.get("MYSQL_DATABASE"),
                "-N", "-e", "SELECT CURRENT_USER(); SHOW DATABASES"), Map.of("MYSQL_PWD", appPassword));
        assertThat(app.exit()).as("MYSQL_USER reaches MYSQL_DATABASE with MYSQL_PASSWORD_FILE: " + app.all()).isZero();
        assertThat(app.out()).contains(dbEnv.get("MYSQL_DATABASE"));
        assertThat(docker.exec(database, "cat", "/proc/1/status").out()).as("mysqld runs as uid 999").containsPattern("Uid:\\s+999\\s");

        String cache = rehearsal.one(Rehearsal.image("redis"), "cache");
        assertThat(docker.exec(cache, "redis-cli", "-h", "127.0.0.1", "ping").all()).as("the cache requires its password").contains("NOAUTH");

        String api = apiContainer();
        DockerApi.ExecResult unknown = docker.exec(api, "php", "artisan", "no-such:command");
        assertThat(unknown.exit()).isNotZero();
        assertThat(unknown.all()).contains("is not defined");

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
            for (int i = 0; i < 20 && (ok == null || ok.exit() != 0); i++) ok = rehearsal.websocket(url, "https://allowed.rehearsal.test");
            assertThat(ok.out()).as(ok.all()).contains("echoed");
            Proc.Result refused = rehearsal.websocket(url, "https://elsewhere.example");
            assertThat(refused.exit()).as(refused.all()).isNotZero();
        } finally {
            docker.containerRemove(id, true);
        }
    }

    // ---- issue 14, scenarios 2-4

    @Test
    @Order(10)
    void scenario2ASecondRunWithNothingChangedRunsNothing() {
        PassReport pass = rehearsal.pass(config);
        assertThat(pass.failures()).as(pass.summary()).isEmpty();
        assertThat(pass.commands()).as("no step runs:\n" + pass.summary()).isEmpty();
        assertThat(pass.hostChanges()).as("nothing on the host changes:\n" + pass.summary()).isEmpty();
    }

    @Test
    @Order(11)
    void scenario3AChangedNginxSettingAndApplicationEnvReachTheRunningProcesses() {
        String oldApi = apiContainer();
        reconfigure(CHANGED);
        PassReport pass = rehearsal.pass(config);
        System.out.println(pass.summary());
        assertThat(pass.failures()).as("the changed-config pass completes:\n" + pass.summary()).isEmpty();
        String domain = CHANGED.get("fleet:domain");
        Proc.Result edge = rehearsal.curl("https://" + domain + "/", "-o", "/dev/null", "-w", "%{http_code} %{ssl_verify_result}");
        assertThat(edge.out()).as("NGINX serves the new server name with its new certificate: " + edge.all()).isEqualTo("200 0");
        String api = apiContainer();
        assertThat(api).as("the API's env changed: a new release").isNotEqualTo(oldApi);
        assertThat(rehearsal.host().docker().containerInspect(oldApi)).as("the old release is gone after the switch").isNull();
        Proc.Result env = rehearsal.curl("https://" + domain + "/int/v1/_rehearsal/env?name=MAIL_FROM_ADDRESS");
        assertThat(env.out()).as("the API answering through the edge sees the new MAIL_FROM_ADDRESS").contains("fleet-changed@rehearsal.test");
    }

    @Test
    @Order(12)
    void scenario4ARotatedDeployKeyReRunsNothingThatCosts() {
        rehearsal.plan().salt(RehearsalPlan.DEPLOY_KEY, "rotated");
        PassReport pass = rehearsal.pass(config);
        System.out.println(pass.summary());
        assertThat(pass.failures()).as("the pass with the rotated deploy key completes:\n" + pass.summary()).isEmpty();
        assertThat(pass.hostChanges()).as("no container, network or volume is touched")
                .allSatisfy(s -> assertThat(s.type()).isEqualTo(Driver.COMMAND));
        assertThat(pass.commands()).as("the access step installs the new key").anySatisfy(c -> {
            assertThat(c.name()).isEqualTo("services-access");
            assertThat(c.phase()).isEqualTo("create");
        });
        for (PassReport.CommandRun run : pass.commands()) {
            if (run.name().equals("services-access")) continue;
            assertThat(run.phase()).as(run.name() + " only proves the new login").isEqualTo("update");
            assertThat(run.script()).as(run.name()).isEqualTo(Services.NOTHING_TO_REDO);
        }
        Proc.Result old = rehearsal.ssh(RehearsalPlan.DEPLOY_KEY, "true", "");
        assertThat(old.exit()).as("the old deploy key no longer logs in").isNotZero();
    }

    // ---- issue 21: upgrades

    @Test
    @Order(20)
    void issue21UpgradeOfTheApiUnderLoadFailsNoRequest() {
        String next = API + ":v0.7.56";
        String oldApi = apiContainer();
        LoadLoop.Summary load = passUnderLoad(Map.of("fleet:images", "{\"api\":\"" + next + "\"}"), "upgrade", pass -> {
            assertThat(pass.failures()).as("the upgrade pass completes:\n" + pass.summary()).isEmpty();
            List<String> order = pass.commands().stream().map(PassReport.CommandRun::name).toList();
            assertThat(order).as("a backup, then the migrations of the new image, before the new release's gate")
                    .containsSubsequence("services-backup-before-migrations", "services-migrations", "services-gate-application");
            PassReport.CommandRun backup = pass.commands().stream().filter(c -> c.name().equals("services-backup-before-migrations")).findFirst().orElseThrow();
            assertThat(backup.stdout()).as("the database holds data: a verified set is taken").contains("backing up");
        });
        assertThat(load.versions()).as("both versions answered during the pass").containsKeys("v0.7.55", "v0.7.56");
        assertThat(load.failed()).as("failed requests during the upgrade: " + load.failures()).isZero();
        assertThat(apiVersion()).isEqualTo("v0.7.56");
        assertThat(rehearsal.host().docker().containerInspect(oldApi)).as("the old release is removed after the switch").isNull();
    }

    @Test
    @Order(21)
    void issue21RollbackToThePreviousTagRestoresThePreviousVersion() {
        LoadLoop.Summary load = passUnderLoad(Map.of("fleet:images", "{\"api\":\"" + initialApiImage + "\"}"), "rollback",
                pass -> assertThat(pass.failures()).as("the rollback pass completes:\n" + pass.summary()).isEmpty());
        assertThat(load.failed()).as("failed requests during the rollback: " + load.failures()).isZero();
        assertThat(apiVersion()).isEqualTo("v0.7.55");
        assertThat(apiImage()).isEqualTo(initialApiImage);
    }

    @Test
    @Order(22)
    void issue21ADatabaseImageChangeIsBackedUpFirst() {
        Map<String, Long> before = rehearsal.rowCounts();
        int setsBefore = backupSets();
        reconfigure(Map.of("fleet:images", "{\"api\":\"" + initialApiImage + "\",\"database\":\"mysql:8.0.41\"}"));
        PassReport pass = rehearsal.pass(config);
        System.out.println(pass.summary());
        assertThat(pass.failures()).as("the database image change completes:\n" + pass.summary()).isEmpty();
        assertThat(pass.indexOf("services-backup-before-database-image")).as("the guarded backup runs before the database is replaced")
                .isNotNegative().isLessThan(pass.indexOf("services-fleet-database"));
        assertThat(pass.step("services-fleet-database").orElseThrow().action()).isEqualTo(PassReport.Action.REPLACE);
        assertThat(backupSets()).as("a new set reached S3").isGreaterThan(setsBefore);
        assertThat(rehearsal.rowCounts()).as("the new database container reads the same data folder").isEqualTo(before);
    }

    @Test
    @Order(23)
    void issue21AnUpgradeThatNeverBecomesHealthyFailsAtItsGateAndTheRunningVersionKeepsAnswering() {
        String broken = API + ":v0.7.57-never-healthy";
        rehearsal.images().importInto(rehearsal.host().docker(), broken, Map.of("REHEARSAL_NEVER_HEALTHY", "1"));
        String running = apiContainer();
        LoadLoop.Summary load = passUnderLoad(Map.of("fleet:images", "{\"api\":\"" + broken + "\",\"database\":\"mysql:8.0.41\"}"),
                "failed upgrade", pass -> {
                    assertThat(pass.failedResource()).as(pass.summary()).hasValue("services-gate-application");
                    String why = pass.failure().orElseThrow();
                    assertThat(why).as("the gate says why").contains("did not become healthy within", "last health checks", "503", "log tail:");
                    assertThat(pass.steps()).as("the edge was not switched")
                            .noneSatisfy(s -> assertThat(s.name()).startsWith("services-file-etc-fleet-nginx"));
                });
        assertThat(load.failed()).as("failed requests while the bad release was tried: " + load.failures()).isZero();
        assertThat(load.versions()).as("only the running version answered").containsOnlyKeys("v0.7.55");
        assertThat(rehearsal.host().docker().containerInspect(running).getAsJsonObject("State").get("Running").getAsBoolean())
                .as("the running release still runs").isTrue();
        assertThat(apiVersion()).isEqualTo("v0.7.55");
    }

    @Test
    @Order(30)
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

    // ---- helpers

    /** Applies the overrides (on top of the earlier ones) to the stack file the next pass uses. */
    private void reconfigure(Map<String, String> changes) {
        overrides.putAll(changes);
        config = RehearsalPlan.stackFile(overrides);
    }

    /**
     * Runs a pass with the changed config while the bounded request loop hits {@code /int/v1/...} and {@code /v1/...}
     * through the edge; checks the pass with {@code check}; returns what the loop counted (also printed).
     */
    private LoadLoop.Summary passUnderLoad(Map<String, String> changes, String what, java.util.function.Consumer<PassReport> check) {
        reconfigure(changes);
        String site = "https://" + rehearsal.site().getKey();
        Rehearsal.Load load = rehearsal.startLoad(List.of(site + "/int/v1/rehearsal-load", site + "/v1/rehearsal-load"),
                LOAD_MAX_REQUESTS, LOAD_MAX_SECONDS);
        PassReport pass;
        LoadLoop.Summary summary;
        try {
            sleep(3000); // the loop is answering before the pass starts
            pass = rehearsal.pass(config);
            sleep(3000); // and after it ends
        } finally {
            summary = load.stop();
        }
        System.out.println(pass.summary());
        System.out.printf("rehearsal: %s: %d requests, %d failed, in %.1f s; versions %s; first failures %s%n", what, summary.requests(),
                summary.failed(), summary.seconds(), summary.versions(), summary.failures());
        check.accept(pass);
        assertThat(summary.requests()).as("the loop ran").isGreaterThan(50);
        assertThat(summary.requests()).as("the loop stopped before its bounds").isLessThan(LOAD_MAX_REQUESTS);
        return summary;
    }

    private String apiContainer() {
        return rehearsal.containers(Rehearsal.image(API).and(Rehearsal.commandContains("octane"))).get(0);
    }

    private String apiImage() {
        return String.valueOf(container(apiContainer()).plainInput("image"));
    }

    /** The version the API answers with through the edge. */
    private String apiVersion() {
        Proc.Result r = rehearsal.curl("https://" + rehearsal.site().getKey() + "/v1/rehearsal-version");
        assertThat(r.exit()).as(r.all()).isZero();
        return com.google.gson.JsonParser.parseString(r.out()).getAsJsonObject().get("version").getAsString();
    }

    private int backupSets() {
        return (int) s3.keys(rehearsal.backupBucket()).stream().filter(k -> k.endsWith("SHA256SUMS")).count();
    }

    private RecordedResource step(String name) {
        return rehearsal.graph().ofType(Driver.COMMAND).stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private RecordedResource container(String name) {
        return rehearsal.graph().ofType(Driver.CONTAINER).stream().filter(c -> name.equals(c.plainInput("name"))).findFirst().orElseThrow();
    }

    private Map<String, String> env(RecordedResource c) {
        Map<String, String> m = new TreeMap<>();
        c.strings("envs").forEach(e -> m.put(e.substring(0, e.indexOf('=')), e.substring(e.indexOf('=') + 1)));
        return m;
    }

    /** The host path mounted at {@code containerPath} in a container (from its recorded volumes). */
    private String hostPathOf(String name, String containerPath) {
        for (Object v : (List<?>) container(name).plainInput("volumes")) {
            Map<?, ?> m = (Map<?, ?>) v;
            if (containerPath.startsWith(String.valueOf(m.get("containerPath")))) {
                return m.get("hostPath") + containerPath.substring(String.valueOf(m.get("containerPath")).length());
            }
        }
        throw new AssertionError(containerPath + " is not mounted in " + name);
    }

    private static List<String> strings(JsonElement e) {
        List<String> out = new ArrayList<>();
        if (e != null && e.isJsonArray()) e.getAsJsonArray().forEach(x -> out.add(x.getAsString()));
        return out;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
