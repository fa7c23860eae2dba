package ma.marinemaroc.fleet.services;

import ma.marinemaroc.fleet.Graph;
import ma.marinemaroc.fleet.Stacks;
import ma.marinemaroc.fleet.config.StackFile;
import ma.marinemaroc.fleet.fleetbase.FleetbaseContract;
import ma.marinemaroc.fleet.plan.PlanMocks;
import ma.marinemaroc.fleet.plan.PlanRun;
import ma.marinemaroc.fleet.plan.RecordedResource;
import ma.marinemaroc.fleet.plan.RenderedFile;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static ma.marinemaroc.fleet.Graph.CONTAINER;
import static org.assertj.core.api.Assertions.assertThat;

class ServicesTest {

    @Test
    void theEightServicesRunPinnedImagesOnThePrivateNetworkWithLimits() {
        PlanRun.Result r = Stacks.run("production");
        assertThat(r.failed()).as("%s %s", r.errors(), r.exceptions()).isFalse();
        List<RecordedResource> containers = r.ofType(CONTAINER);
        Set<String> roles = containers.stream().map(c -> label(c, Services.LABEL_ROLE)).collect(Collectors.toSet());
        assertThat(roles).containsExactlyInAnyOrder("database", "cache", "application", "queue", "scheduler",
                "socket", "console", "httpd");
        for (RecordedResource c : containers) {
            String name = String.valueOf(c.plainInput("name"));
            ServiceRole role = ServiceRole.of(label(c, Services.LABEL_ROLE)).orElseThrow();
            assertThat(c.plainInput("restart")).as(name).isEqualTo("unless-stopped");
            assertThat(c.plainInput("image")).as(name).asString().doesNotEndWith(":latest").contains(":");
            assertThat(((Number) c.plainInput("memory")).intValue()).as(name).isGreaterThan(32);
            assertThat(c.plainInput("logOpts")).as(name).isEqualTo(Map.of("max-size", "10m", "max-file", "5"));
            assertThat(String.valueOf(c.plainInput("networksAdvanced"))).as(name).contains("name=fleet")
                    .contains("aliases=[" + role.containerBase() + "]");
            // stateful services (and the scheduler) go first; stateless ones start beside the old release
            assertThat(c.deleteBeforeReplace()).as(name).isEqualTo(role.update() != ServiceRole.Update.ROLLING);
            if (role.update() == ServiceRole.Update.STATEFUL) {
                assertThat(name).isEqualTo(role.containerBase());
            } else {
                assertThat(name).as("release-named").matches("fleet-" + role.key() + "(-\\d+)?-[0-9a-f]{8}");
                assertThat(label(c, Services.LABEL_RELEASE)).isEqualTo(name.substring(name.length() - 8));
            }
        }
        Graph g = new Graph(r);
        assertThat(g.container("fleet-database").plainInput("image")).isEqualTo("mysql:8.0.40");
        assertThat(g.container("fleet-application").plainInput("image")).isEqualTo("fleetbase/fleetbase-api:v0.7.55");
    }

    @Test
    void onlyHttpdPublishesPorts_80_443_andTheConsoleWebsocket() {
        PlanRun.Result r = Stacks.run("production");
        for (RecordedResource c : r.ofType(CONTAINER)) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> ports = (List<Map<String, Object>>) c.plainInput("ports");
            if ("fleet-httpd".equals(c.plainInput("name"))) {
                assertThat(ports).extracting(p -> ((Number) p.get("external")).intValue())
                        .containsOnly(80, 443, FleetbaseContract.SOCKET_PUBLIC_PORT);
            } else {
                assertThat(ports == null ? List.of() : ports).as("%s publishes nothing", c.plainInput("name")).isEmpty();
            }
        }
    }

    @Test
    void noSecretReachesAContainerOrAPlainFile() {
        StackFile f = Stacks.file("production");
        PlanRun.Result r = Stacks.run("production", f);
        List<String> secrets = f.secretKeys().stream().map(k -> f.values().get(k)).toList();
        for (RecordedResource c : r.ofType(CONTAINER)) {
            String all = String.valueOf(c.plainInput("envs")) + c.plainInput("command") + c.plainInput("labels")
                    + c.plainInput("name");
            for (String secret : secrets) assertThat(all).as("container %s", c.plainInput("name")).doesNotContain(secret);
        }
        for (RenderedFile file : RenderedFile.collect(r)) {
            if (file.secret()) continue;
            for (String secret : secrets) assertThat(file.content()).as(file.path()).doesNotContain(secret);
        }
        Map<String, RenderedFile> files = RenderedFile.collect(r).stream()
                .collect(Collectors.toMap(RenderedFile::path, x -> x));
        assertThat(files.get(HostPaths.APP_ENV).secret()).isTrue();
        assertThat(files.get(HostPaths.APP_ENV).content())
                .contains("APP_KEY=\"" + f.values().get("fleet:appKey") + "\"")
                .contains("DATABASE_URL=\"mysql://fleetbase:")
                .contains("@fleet-database:3306/fleetbase\"")
                .contains("REDIS_URL=\"redis://:")
                .doesNotContain("LOG_CHANNEL", "CACHE_DRIVER");
        assertThat(files.get(HostPaths.REDIS_CONF).secret()).isTrue();
        assertThat(files.get(HostPaths.REDIS_CONF).content()).contains("requirepass " + f.values().get("fleet:redisPassword"));
        assertThat(files.get(HostPaths.MYSQL_ROOT_PASSWORD).secret()).isTrue();
        assertThat(files.get(HostPaths.MYSQL_CNF).secret()).isFalse();
    }

    /**
     * Laravel never lets .env override a variable already in the process environment, so every variable the API
     * image sets with ENV and the deployment wants otherwise is container environment (FleetbaseContract#IMAGE_ENV).
     */
    @Test
    void theApiImagesEnvIsOverriddenByContainerEnvironment() {
        Graph g = new Graph(Stacks.run("production"));
        for (RecordedResource c : g.all(x -> x.type().equals(CONTAINER)
                && ServiceRole.of(label(x, Services.LABEL_ROLE)).orElseThrow().runsApi())) {
            Map<String, String> env = env(c);
            assertThat(env).as(String.valueOf(c.plainInput("name")))
                    .containsEntry("LOG_CHANNEL", "daily")
                    .containsEntry("CACHE_DRIVER", "redis")
                    .containsEntry("SESSION_DRIVER", "redis")
                    .containsEntry("QUEUE_CONNECTION", "redis")
                    .containsEntry("BROADCAST_DRIVER", "socketcluster")
                    .containsEntry("APP_ENV", "production")
                    .containsEntry("FILESYSTEM_DRIVER", "public")
                    .containsEntry("REGISTRY_PREINSTALLED_EXTENSIONS", "true")
                    .containsKeys(FleetbaseContract.IMAGE_ENV.toArray(String[]::new));
        }
        assertThat(env(g.container("fleet-socket"))).containsEntry("SOCKETCLUSTER_OPTIONS",
                "{\"origins\":\"https://fleet.marinemaroc.ma:*\"}");
    }

    /** Only storage/app and the logs persist: an empty folder over the whole storage/ would hide framework/. */
    @Test
    void theApiMountsOnlyWhatMustPersist() {
        Graph g = new Graph(Stacks.run("production"));
        String volumes = String.valueOf(g.container("fleet-application").plainInput("volumes"));
        assertThat(volumes).contains("containerPath=" + FleetbaseContract.STORAGE_APP)
                .contains("containerPath=" + FleetbaseContract.STORAGE_LOGS)
                .doesNotContain("containerPath=/fleetbase/api/storage,");
        assertThat(volumes).contains("containerPath=" + FleetbaseContract.TRUSTED_PROXY_CONFIG);
    }

    @Test
    void configFilesFollowTheSizing() {
        PlanRun.Result r = Stacks.run("production");
        Sizing z = Sizing.forHost(ma.marinemaroc.fleet.config.Catalog.size(
                ma.marinemaroc.fleet.config.Cloud.DIGITALOCEAN, "s-4vcpu-8gb").orElseThrow());
        Map<String, RenderedFile> files = RenderedFile.collect(r).stream().collect(Collectors.toMap(RenderedFile::path, x -> x));
        assertThat(files.get(HostPaths.MYSQL_CNF).content()).contains("innodb_buffer_pool_size = " + z.innodbBufferPoolMib() + "M");
        assertThat(files.get(HostPaths.REDIS_CONF).content()).contains("maxmemory " + z.redisMaxMemoryMib() + "mb")
                .doesNotContain("rename-command FLUSHDB");
        assertThat(files.get(HostPaths.PHP_INI).content()).contains("memory_limit = " + z.octaneMemoryLimitMib() + "M");
        Graph g = new Graph(r);
        assertThat(((Number) g.container("fleet-database").plainInput("memory")).intValue()).isEqualTo(z.limit(ServiceRole.DATABASE));
        assertThat(r.ofType(CONTAINER).stream().filter(c -> "queue".equals(label(c, Services.LABEL_ROLE)))).hasSize(z.queueWorkers());
        assertThat(String.valueOf(g.container("fleet-application").plainInput("command"))).contains("--workers=" + z.octaneWorkers());
    }

    @Test
    void dockerTalksToTheHostOverSshWithThePinnedHostKey() {
        PlanRun.Result r = Stacks.run("production");
        RecordedResource docker = r.one("pulumi:providers:docker");
        assertThat(docker.plainInput("host")).isEqualTo("ssh://deploy@" + PlanMocks.RESERVED_IP + ":2222");
        // Provider config reaches the engine JSON-encoded.
        String opts = String.valueOf(com.google.gson.JsonParser.parseString(String.valueOf(docker.plainInput("sshOpts"))));
        String hostKey = PlanMocks.ed25519PublicKey("host-ssh-host-key").split(" ")[1];
        assertThat(opts).contains("StrictHostKeyChecking=yes", "KnownHostsCommand=/bin/echo [" + PlanMocks.RESERVED_IP
                + "]:2222 ssh-ed25519 " + hostKey);
        // Docker is used once the state volume is mounted and the containers' folders exist on it
        RecordedResource ready = new Graph(r).named("services-host-dirs");
        assertThat(docker.dependencies()).contains(ready.urn());
        assertThat(new Graph(r).before(new Graph(r).named("services-data-volume"), ready)).isTrue();
        assertThat(ready.input("connection")).isInstanceOf(RecordedResource.Secret.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> conn = (Map<String, Object>) ready.plainInput("connection");
        assertThat(conn.get("hostKey")).asString().contains(hostKey);
        assertThat(conn).containsEntry("user", "deploy").containsEntry("port", 2222L);
    }

    @Test
    void migrationsRunOncePerApiImageInAOneShotContainerOfThatImage() {
        Object base = migrationTriggers(Map.of());
        Object sameApi = migrationTriggers(Map.of("fleet:images", "{\"cache\": \"redis:7.4.1-alpine\"}"));
        Object newApi = migrationTriggers(Map.of("fleet:images", "{\"api\": \"fleetbase/fleetbase-api:v0.7.56\"}"));
        assertThat(sameApi).isEqualTo(base);
        assertThat(newApi).isNotEqualTo(base);
        assertThat(String.valueOf(newApi)).contains("v0.7.56");
    }

    private static Object migrationTriggers(Map<String, String> overrides) {
        PlanRun.Result r = Stacks.runWith("production", overrides, Set.of());
        assertThat(r.failed()).as("%s %s", r.errors(), r.exceptions()).isFalse();
        RecordedResource migrate = new Graph(r).named("services-migrations");
        String script = String.valueOf(migrate.plainInput("create"));
        // upstream's sequence (api/deploy.sh), in order, in a one-shot container of the API image
        assertThat(script).contains("docker run --rm --name fleet-migrations --network fleet")
                .contains(String.valueOf(new Graph(r).container("fleet-application").plainInput("image")));
        int at = -1;
        for (List<String> step : FleetbaseContract.DATABASE_STEPS) {
            int i = script.indexOf("php artisan " + String.join(" ", step));
            assertThat(i).as("%s after the previous step", step).isGreaterThan(at);
            at = i;
        }
        assertThat(migrate.plainInput("logging")).isEqualTo("stdoutAndStderr");
        return migrate.plainInput("triggers");
    }

    @Test
    void drStackRestoresBeforeTheApplicationStarts() {
        Graph g = new Graph(Stacks.run("dr"));
        RecordedResource restore = g.named("services-restore-on-first-boot");
        assertThat(String.valueOf(restore.plainInput("create"))).contains("fleet-restore --latest --yes");
        assertThat(g.before(restore, g.container("fleet-application"))).isTrue();
        assertThat(g.before(restore, g.named("services-migrations"))).isTrue();
        assertThat(g.before(g.container("fleet-database"), restore)).isTrue();
        assertThat(new Graph(Stacks.run("production")).find("services-restore-on-first-boot")).isEmpty();
    }

    @Test
    void certificateIsIssuedOnlyOnceNginxRunsAndDnsPointsAtTheHost() {
        Graph g = new Graph(Stacks.run("production"));
        RecordedResource issue = g.named("certificate-issue");
        assertThat(g.before(g.container("fleet-httpd"), issue)).isTrue();
        assertThat(g.before(g.named("dns-a"), issue)).isTrue();
        assertThat(g.before(g.named("certificate-placeholder"), g.container("fleet-httpd"))).isTrue();
        assertThat(String.valueOf(issue.plainInput("create"))).contains("fleet-cert-issue");
    }

    static String label(RecordedResource c, String label) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> labels = (List<Map<String, Object>>) c.plainInput("labels");
        return labels.stream().filter(l -> label.equals(l.get("label"))).map(l -> String.valueOf(l.get("value")))
                .findFirst().orElse(null);
    }

    static Map<String, String> env(RecordedResource c) {
        Map<String, String> out = new HashMap<>();
        for (String e : c.strings("envs")) out.put(e.substring(0, e.indexOf('=')), e.substring(e.indexOf('=') + 1));
        return out;
    }
}
