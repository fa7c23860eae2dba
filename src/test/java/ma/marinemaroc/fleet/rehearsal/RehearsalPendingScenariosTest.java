package ma.marinemaroc.fleet.rehearsal;

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
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.SoftAssertions;

/**
 * The five scenarios of issue 14 as strict assertions. They fail on the program as it is today (see the report of
 * the rehearsal branch and README "Deploy rehearsal"), so they run only when switched on:
 * {@code mvn -B -ntp test -Dtest=RehearsalPendingScenariosTest -Dfleet.rehearsal.pending=true}. Once they pass,
 * move them into {@link RehearsalScenariosTest} (or drop the switch).
 *
 * <p>Each pass runs with {@code --continue-on-error} so that one run shows every failing step; each scenario then
 * requires the pass to have succeeded.
 */
@EnabledIfSystemProperty(named = "fleet.rehearsal.pending", matches = "true",
        disabledReason = "fails on today's program; run with -Dfleet.rehearsal.pending=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RehearsalPendingScenariosTest {
    /** Scenario 3's change: the mail sender (application env) and the domain (NGINX's server and certificate). */
    static final Map<String, String> CHANGED = Map.of(
            "fleet:smtp", "{\"host\":\"smtp.rehearsal.test\",\"port\":587,\"from\":\"fleet-changed@rehearsal.test\",\"user\":\"alerts@rehearsal.test\"}",
            "fleet:domain", "app.rehearsal.test");

    private StackFile config = RehearsalPlan.stackFile(Map.of());
    private Rehearsal rehearsal;
    private S3InHost s3;

    @BeforeAll
    void start() {
        s3 = S3InHost.create();
        rehearsal = Rehearsal.start(config, List.of(s3.dir()));
        rehearsal.driver().continueOnError(true);
    }

    @AfterAll
    void stop() {
        if (rehearsal != null) rehearsal.close();
        if (s3 != null) s3.close();
    }

    @Test
    @Order(1)
    void scenario1FreshDeployCompletesAndTheEdgeWorks() {
        PassReport pass = rehearsal.pass(config);
        var site = rehearsal.site();
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(pass.failures()).as("the fresh deploy completes:\n" + pass.summary()).isEmpty();

        Proc.Result verify = rehearsal.verify();
        soft.assertThat(verify.exit()).as("fleet verify against the host's edge:\n" + verify.all()).isZero();

        Proc.Result console = rehearsal.curl("https://" + site.getKey() + "/");
        soft.assertThat(console.out()).as("/ is the console").contains("<title>Fleetbase</title>");
        for (String family : List.of("int/v1", "v1")) {
            Proc.Result api = rehearsal.curl("https://" + site.getKey() + "/" + family + "/rehearsal-probe", "-w", "\n%{http_code}");
            soft.assertThat(api.out()).as("/" + family + "/ reaches the API through NGINX").contains("\"family\":\"" + family + "\"").endsWith("200");
        }
        Proc.Result ws = rehearsal.websocket("wss://" + site.getKey() + ":38000/socketcluster/", "https://" + site.getKey());
        soft.assertThat(ws.exit()).as("the console's websocket (wss://<domain>:38000/socketcluster/) upgrades and echoes: " + ws.all()).isZero();
        soft.assertAll();
    }

    @Test
    @Order(2)
    void scenario2ASecondRunWithNothingChangedRunsNothing() {
        PassReport pass = rehearsal.pass(config);
        assertThat(pass.failures()).as(pass.summary()).isEmpty();
        assertThat(pass.commands()).as(pass.summary()).isEmpty();
        assertThat(pass.hostChanges()).as(pass.summary()).isEmpty();
    }

    @Test
    @Order(3)
    void scenario3AChangedNginxSettingAndApplicationEnvReachTheRunningProcesses() {
        config = RehearsalPlan.stackFile(CHANGED);
        PassReport pass = rehearsal.pass(config);
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(pass.failures()).as("the changed-config pass completes:\n" + pass.summary()).isEmpty();
        String domain = CHANGED.get("fleet:domain");
        Proc.Result edge = rehearsal.curl("https://" + domain + "/", "-o", "/dev/null", "-w", "%{http_code} %{ssl_verify_result}");
        soft.assertThat(edge.out()).as("NGINX serves the new server name with its new certificate: " + edge.all()).isEqualTo("200 0");
        for (String api : rehearsal.containers(Rehearsal.image("fleetbase/fleetbase-api").and(Rehearsal.commandContains("octane")))) {
            String ip = rehearsal.host().docker().containerInspect(api).getAsJsonObject("NetworkSettings").getAsJsonObject("Networks")
                    .entrySet().iterator().next().getValue().getAsJsonObject().get("IPAddress").getAsString();
            Proc.Result env = rehearsal.curl("http://" + ip + ":8000/int/v1/_rehearsal/env?name=MAIL_FROM_ADDRESS");
            soft.assertThat(env.out()).as("the running API (" + api + ") sees the new MAIL_FROM_ADDRESS").contains("fleet-changed@rehearsal.test");
        }
        soft.assertAll();
    }

    @Test
    @Order(4)
    void scenario4ARotatedDeployKeyReRunsNothingThatCosts() {
        String key = RehearsalPlan.deployKeyResource(rehearsal.graph());
        rehearsal.plan().seedKey(key, key + "-rotated");
        PassReport pass = rehearsal.pass(config);
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(pass.failures()).as("the pass with the rotated deploy key completes:\n" + pass.summary()).isEmpty();
        soft.assertThat(pass.hostChanges()).as("no container, network or volume is touched")
                .allSatisfy(s -> assertThat(s.type()).isEqualTo(Driver.COMMAND));
        for (PassReport.CommandRun run : pass.commands()) {
            RecordedResource r = rehearsal.graph().resources().stream().filter(x -> x.name().equals(run.name())).findFirst().orElseThrow();
            soft.assertThat(r.strings("triggers")).as(run.name() + " re-ran after the key rotation: only file installs may").startsWith("file");
        }
        soft.assertAll();
    }

    @Test
    @Order(5)
    void scenario5BackupIntoS3ThenHostLossThenDisasterRecoveryRestoresBeforeTheApiStarts() {
        var graph = rehearsal.graph();
        String database = rehearsal.one(Rehearsal.image("mysql"), "database");
        String rootPasswordFile = graph.ofType(Driver.CONTAINER).stream().filter(c -> database.equals(c.plainInput("name"))).findFirst()
                .orElseThrow().strings("envs").stream().filter(e -> e.startsWith("MYSQL_ROOT_PASSWORD_FILE=")).findFirst().orElseThrow()
                .substring("MYSQL_ROOT_PASSWORD_FILE=".length());
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= 500; i++) rows.append(i == 1 ? "" : ",").append("('order-").append(i).append("')");
        mysql(database, rootPasswordFile, "CREATE TABLE IF NOT EXISTS fleetbase.rehearsal_orders (id INT AUTO_INCREMENT PRIMARY KEY, ref VARCHAR(64));"
                + "INSERT INTO fleetbase.rehearsal_orders (ref) VALUES " + rows + ";");
        Map<String, Long> before = rowCounts(database, rootPasswordFile);
        assertThat(before).containsEntry("fleetbase.rehearsal_orders", 500L);

        Map<String, String> backupEnv = envFile(rehearsal.host().file("/etc/fleet/backup.env"));
        Map<String, String> backupConf = envFile(rehearsal.host().file("/etc/fleet/backup.conf"));
        String bucket = backupConf.get("S3_BUCKET");
        s3.attach(rehearsal.host(), backupConf.get("S3_REGION"), backupEnv.get("AWS_ACCESS_KEY_ID"),
                backupEnv.get("AWS_SECRET_ACCESS_KEY"), List.of(bucket));
        Proc.Result backup = rehearsal.operatorSsh("sudo systemctl start fleet-backup.service");
        assertThat(backup.exit()).as("the backup unit, run as its timer would:\n" + backup.all()).isZero();
        assertThat(s3.keys(bucket)).as("a backup set reached S3").anyMatch(k -> k.endsWith("SHA256SUMS"));

        // the host is lost: containers, volumes and files gone; the DR stack restores the newest set of that bucket
        StackFile dr = RehearsalPlan.stackFile(Map.of("fleet:backup", "{\"bucketRegion\":\"" + backupConf.get("S3_REGION")
                + "\",\"bucketName\":\"fleet-rehearsal-dr-backups\",\"restoreFrom\":\"latest\",\"restoreBucket\":\"" + bucket + "\"}"));
        rehearsal.loseHost(dr, "rehearsal-dr", List.of(s3.dir()));
        rehearsal.driver().continueOnError(true);
        Map<String, String> drEnv = envFile(String.valueOf(rehearsal.graph().resources().stream()
                .filter(r -> r.strings("triggers").contains("/etc/fleet/backup.env")).findFirst().orElseThrow().plainInput("stdin")));
        s3.attach(rehearsal.host(), backupConf.get("S3_REGION"), drEnv.get("AWS_ACCESS_KEY_ID"), drEnv.get("AWS_SECRET_ACCESS_KEY"),
                List.of(bucket, "fleet-rehearsal-dr-backups"));
        PassReport pass = rehearsal.pass(dr, "rehearsal-dr");

        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(pass.failures()).as("the DR pass completes:\n" + pass.summary()).isEmpty();
        var restore = pass.commands().stream().map(PassReport.CommandRun::name).filter(n -> n.contains("restore")).findFirst();
        soft.assertThat(restore).as("a restore step ran in the DR pass").isPresent();
        restore.ifPresent(step -> {
            for (String api : rehearsal.containers(Rehearsal.image("fleetbase/fleetbase-api"))) {
                String resource = rehearsal.graph().ofType(Driver.CONTAINER).stream().filter(c -> api.equals(c.plainInput("name")))
                        .findFirst().orElseThrow().name();
                soft.assertThat(pass.indexOf(step)).as(step + " before " + api + " starts").isLessThan(pass.indexOf(resource));
            }
        });
        String newDatabase = rehearsal.one(Rehearsal.image("mysql"), "database");
        soft.assertThat(rowCounts(newDatabase, rootPasswordFile)).as("row counts after the DR run").isEqualTo(before);
        soft.assertAll();
    }

    private Proc.Result mysql(String container, String rootPasswordFile, String sql) {
        String pw = rehearsal.host().file(hostPath(container, rootPasswordFile)).strip();
        DockerApi.ExecResult r = rehearsal.host().docker().exec(container, List.of("mysql", "-uroot", "-N", "-e", sql), Map.of("MYSQL_PWD", pw));
        assertThat(r.exit()).as(r.all()).isZero();
        return new Proc.Result(r.exit(), r.out(), r.err());
    }

    /** Rows per table of every application database (information_schema is approximate for InnoDB: COUNT(*) each). */
    private Map<String, Long> rowCounts(String container, String rootPasswordFile) {
        String tables = mysql(container, rootPasswordFile, "SELECT CONCAT(table_schema, '.', table_name) FROM information_schema.tables "
                + "WHERE table_schema LIKE 'fleetbase%' AND table_type = 'BASE TABLE' ORDER BY 1").out();
        Map<String, Long> counts = new TreeMap<>();
        for (String t : tables.lines().filter(l -> !l.isBlank()).toList()) {
            String[] p = t.split("\\.", 2);
            counts.put(t, Long.parseLong(mysql(container, rootPasswordFile, "SELECT COUNT(*) FROM `" + p[0] + "`.`" + p[1] + "`").out().strip()));
        }
        return counts;
    }

    private String hostPath(String container, String containerPath) {
        RecordedResource c = rehearsal.graph().ofType(Driver.CONTAINER).stream().filter(x -> container.equals(x.plainInput("name")))
                .findFirst().orElseThrow();
        for (Object v : (List<?>) c.plainInput("volumes")) {
            Map<?, ?> m = (Map<?, ?>) v;
            if (containerPath.equals(m.get("containerPath"))) return String.valueOf(m.get("hostPath"));
        }
        throw new AssertionError(containerPath + " is not mounted in " + container);
    }

    /** KEY=value lines (values optionally single-quoted), as the program writes backup.env / backup.conf. */
    static Map<String, String> envFile(String text) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : text.lines().toList()) {
            if (line.isBlank() || line.startsWith("#") || !line.contains("=")) continue;
            String v = line.substring(line.indexOf('=') + 1);
            if (v.length() >= 2 && v.startsWith("'") && v.endsWith("'")) v = v.substring(1, v.length() - 1);
            m.put(line.substring(0, line.indexOf('=')), v);
        }
        return m;
    }

}
