package ma.marinemaroc.fleet.services;

import ma.marinemaroc.fleet.Stacks;
import ma.marinemaroc.fleet.config.StackFile;
import ma.marinemaroc.fleet.plan.PlanMocks;
import ma.marinemaroc.fleet.plan.PlanRun;
import ma.marinemaroc.fleet.plan.RecordedResource;
import ma.marinemaroc.fleet.plan.RenderedFile;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ServicesTest {
    static final String CONTAINER = "docker:index/container:Container";

    @Test
    void theEightServicesRunPinnedImagesOnThePrivateNetworkWithLimits() {
        PlanRun.Result r = Stacks.run("production");
        assertThat(r.failed()).as("%s %s", r.errors(), r.exceptions()).isFalse();
        List<RecordedResource> containers = r.ofType(CONTAINER);
        Set<String> services = containers.stream().map(c -> String.valueOf(c.plainInput("name")))
                .map(n -> n.replaceFirst("^fleet-", "").replaceFirst("-\\d+$", "")).collect(Collectors.toSet());
        assertThat(services).containsExactlyInAnyOrder("database", "cache", "application", "queue", "scheduler",
                "socket", "console", "httpd");
        for (RecordedResource c : containers) {
            String name = String.valueOf(c.plainInput("name"));
            assertThat(c.plainInput("restart")).as(name).isEqualTo("unless-stopped");
            assertThat(c.plainInput("image")).as(name).asString().doesNotEndWith(":latest").contains(":");
            assertThat((Number) c.plainInput("memory")).as(name).isNotNull();
            assertThat(((Number) c.plainInput("memory")).intValue()).as(name).isGreaterThan(32);
            assertThat(c.plainInput("logOpts")).as(name).isEqualTo(Map.of("max-size", "10m", "max-file", "5"));
            assertThat(String.valueOf(c.plainInput("networksAdvanced"))).as(name).contains("name=fleet");
            assertThat(c.deleteBeforeReplace()).as(name).isTrue();
        }
        assertThat(byName(r, "fleet-database").plainInput("image")).isEqualTo("mysql:8.0.40");
        assertThat(byName(r, "fleet-application").plainInput("image")).isEqualTo("fleetbase/fleetbase-api:v0.7.55");
    }

    @Test
    void onlyHttpdPublishesPortsAndOnly80And443() {
        PlanRun.Result r = Stacks.run("production");
        for (RecordedResource c : r.ofType(CONTAINER)) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> ports = (List<Map<String, Object>>) c.plainInput("ports");
            if ("fleet-httpd".equals(c.plainInput("name"))) {
                assertThat(ports).extracting(p -> ((Number) p.get("external")).intValue()).containsOnly(80, 443);
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
            String all = String.valueOf(c.plainInput("envs")) + c.plainInput("command") + c.plainInput("labels");
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
                .contains("APP_KEY=" + f.values().get("fleet:appKey"))
                .contains("APP_URL=https://fleet.marinemaroc.ma")
                .contains("DATABASE_URL=mysql://fleetbase:")
                .contains("@fleet-database:3306/fleetbase")
                .contains("REDIS_URL=redis://:")
                .contains("BROADCAST_DRIVER=socketcluster");
        assertThat(files.get(HostPaths.REDIS_CONF).secret()).isTrue();
        assertThat(files.get(HostPaths.REDIS_CONF).content()).contains("requirepass " + f.values().get("fleet:redisPassword"));
        assertThat(files.get(HostPaths.MYSQL_ROOT_PASSWORD).secret()).isTrue();
        assertThat(files.get(HostPaths.MYSQL_CNF).secret()).isFalse();
    }

    @Test
    void configFilesFollowTheSizing() {
        PlanRun.Result r = Stacks.run("production");
        Sizing z = Sizing.forHost(ma.marinemaroc.fleet.config.Catalog.size(
                ma.marinemaroc.fleet.config.Cloud.DIGITALOCEAN, "s-4vcpu-8gb").orElseThrow());
        Map<String, RenderedFile> files = RenderedFile.collect(r).stream().collect(Collectors.toMap(RenderedFile::path, x -> x));
        assertThat(files.get(HostPaths.MYSQL_CNF).content()).contains("innodb_buffer_pool_size = " + z.innodbBufferPoolMib() + "M");
        assertThat(files.get(HostPaths.REDIS_CONF).content()).contains("maxmemory " + z.redisMaxMemoryMib() + "mb");
        assertThat(((Number) byName(r, "fleet-database").plainInput("memory")).intValue()).isEqualTo(z.limit("database"));
        assertThat(r.ofType(CONTAINER).stream().filter(c -> String.valueOf(c.plainInput("name")).startsWith("fleet-queue-")))
                .hasSize(z.queueWorkers());
        assertThat(String.valueOf(byName(r, "fleet-application").plainInput("command"))).contains("--workers=" + z.octaneWorkers());
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
        RecordedResource ready = r.ofType("command:remote:Command").stream()
                .filter(c -> c.name().equals("services-bootstrap-ready")).findFirst().orElseThrow();
        assertThat(docker.dependencies()).contains(ready.urn());
        assertThat(ready.input("connection")).isInstanceOf(RecordedResource.Secret.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> conn = (Map<String, Object>) ready.plainInput("connection");
        assertThat(conn.get("hostKey")).asString().contains(hostKey);
        assertThat(conn).containsEntry("user", "deploy").containsEntry("port", 2222L);
    }

    @Test
    void deployStepTriggersChangeOnlyWithTheApiImage() {
        Object base = deployTriggers(Map.of());
        Object sameApi = deployTriggers(Map.of("fleet:images", "{\"cache\": \"redis:7.4.1-alpine\"}"));
        Object newApi = deployTriggers(Map.of("fleet:images", "{\"api\": \"fleetbase/fleetbase-api:v0.7.56\"}"));
        assertThat(sameApi).isEqualTo(base);
        assertThat(newApi).isNotEqualTo(base);
        assertThat(String.valueOf(newApi)).contains("v0.7.56");
    }

    private static Object deployTriggers(Map<String, String> overrides) {
        PlanRun.Result r = Stacks.runWith("production", overrides, Set.of());
        assertThat(r.failed()).as("%s %s", r.errors(), r.exceptions()).isFalse();
        RecordedResource deploy = r.ofType("command:remote:Command").stream()
                .filter(c -> c.name().equals("services-deploy-app")).findFirst().orElseThrow();
        assertThat(String.valueOf(deploy.plainInput("create"))).contains("migrate --force", "queue:restart");
        return deploy.plainInput("triggers");
    }

    @Test
    void drStackRestoresBeforeTheApplicationStarts() {
        PlanRun.Result r = Stacks.run("dr");
        RecordedResource restore = r.ofType("command:remote:Command").stream()
                .filter(c -> c.name().equals("services-restore-on-first-boot")).findFirst().orElseThrow();
        assertThat(String.valueOf(restore.plainInput("create"))).contains("fleet-restore --latest --yes");
        assertThat(byName(r, "fleet-application").dependencies()).contains(restore.urn());
        assertThat(restore.dependencies()).contains(byName(r, "fleet-database").urn());
        assertThat(Stacks.run("production").ofType("command:remote:Command"))
                .noneMatch(c -> c.name().equals("services-restore-on-first-boot"));
    }

    @Test
    void certificateIsIssuedOnlyOnceNginxRunsAndDnsPointsAtTheHost() {
        PlanRun.Result r = Stacks.run("production");
        RecordedResource issue = r.ofType("command:remote:Command").stream()
                .filter(c -> c.name().equals("certificate-issue")).findFirst().orElseThrow();
        RecordedResource placeholder = r.ofType("command:remote:Command").stream()
                .filter(c -> c.name().equals("certificate-placeholder")).findFirst().orElseThrow();
        // Depending on the DNS component means depending on its records (the engine expands components).
        String dnsUrn = r.resources().stream().filter(x -> x.name().equals("dns-a")).findFirst().orElseThrow().urn();
        assertThat(issue.dependencies()).contains(byName(r, "fleet-httpd").urn(), dnsUrn);
        assertThat(byName(r, "fleet-httpd").dependencies()).contains(placeholder.urn());
        assertThat(String.valueOf(issue.plainInput("create"))).contains("fleet-cert-issue");
    }

    static RecordedResource byName(PlanRun.Result r, String container) {
        return r.ofType(CONTAINER).stream().filter(c -> container.equals(c.plainInput("name"))).findFirst().orElseThrow();
    }
}
