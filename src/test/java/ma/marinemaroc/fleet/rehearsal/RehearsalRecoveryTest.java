package ma.marinemaroc.fleet.rehearsal;

import ma.marinemaroc.fleet.config.StackFile;
import ma.marinemaroc.fleet.testing.Proc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Losing the host, twice, with the data written through the running platform:
 * <ol>
 *   <li>issue 16: the host is lost but its data volume survives; a replaced host (the droplet's new id) boots, the same
 *   volume is attached to it, and the replaced host's {@code up} brings the services back on the same data: equal row
 *   counts, no restore, the volume mounted untouched (not formatted);</li>
 *   <li>issue 14, scenario 5: a backup set goes to S3; the host and its volume are lost; the disaster-recovery stack's
 *   pass restores the newest set before the API starts, with equal row counts.</li>
 * </ol>
 */
@org.junit.jupiter.api.parallel.Isolated("a whole host: namespaces, its own dockerd, a loop device; the upgrade loop counts failures")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RehearsalRecoveryTest {
    static final int ORDERS = 500;
    /** The DR stack's first-boot restore step (Services: {@code <name>-restore-on-first-boot}). */
    static final String RESTORE = "services-restore-on-first-boot";

    private final StackFile config = RehearsalPlan.stackFile(Map.of());
    private Rehearsal rehearsal;
    private S3InHost s3;

    @BeforeAll
    void deployAndWrite() {
        s3 = S3InHost.create();
        rehearsal = Rehearsal.start(config, List.of(s3.dir()));
        rehearsal.attachS3(s3, List.of());
        PassReport first = rehearsal.pass(config);
        assertThat(first.failures()).as("the fresh deploy completes:\n" + first.summary()).isEmpty();
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= ORDERS; i++) rows.append(i == 1 ? "" : ",").append("('order-").append(i).append("')");
        DockerApi.ExecResult insert = rehearsal.mysql("CREATE TABLE fleetbase.rehearsal_orders (id INT AUTO_INCREMENT PRIMARY KEY, "
                + "ref VARCHAR(64)); INSERT INTO fleetbase.rehearsal_orders (ref) VALUES " + rows + ";");
        assertThat(insert.exit()).as(insert.all()).isZero();
        Proc.Result upload = rehearsal.host().sh("install -d -o 33 -g 33 /var/lib/fleet/storage/app/public/uploads && "
                + "printf 'proof of delivery\\n' >/var/lib/fleet/storage/app/public/uploads/pod-1.txt");
        assertThat(upload.exit()).as(upload.all()).isZero();
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

    @Test
    @Order(1)
    void issue16AReplacedHostReattachesTheVolumeAndServesTheSameDataWithoutARestore() {
        Map<String, Long> before = rehearsal.rowCounts();
        assertThat(before).containsEntry("fleetbase.rehearsal_orders", (long) ORDERS);
        LoopVolume volume = rehearsal.volume().orElseThrow();
        String uuid = blkidUuid(volume);

        rehearsal.replaceHost(config, List.of(s3.dir()));
        rehearsal.attachS3(s3, List.of());
        // pulumi up --replace <droplet>: the new host, the reserved IP and the volume move, the steps run again; the
        // first Docker object Pulumi deletes (a fixed-name container: database, cache or httpd, delete-before-replace)
        // is not on the new host, and pulumi-docker fails a delete of a missing container ("No such container"): the
        // up stops there
        PassReport replaced = rehearsal.pass(config);
        System.out.println(replaced.summary());
        assertThat(replaced.failedResource()).as(replaced.summary()).get().isIn("services-fleet-database", "services-fleet-cache",
                "services-fleet-httpd");
        assertThat(replaced.failure().orElseThrow()).contains("No such container");
        // then pulumi refresh (the Docker objects of the lost host leave the state) and pulumi up
        List<String> dropped = rehearsal.refresh();
        System.out.println("rehearsal: refresh dropped " + dropped);
        assertThat(dropped).as("refresh drops the lost host's containers").contains("services-fleet-database", "services-fleet-cache", "services-fleet-httpd");
        PassReport pass = rehearsal.pass(config);
        System.out.println(pass.summary());

        assertThat(pass.failures()).as("the replaced host's pass completes:\n" + pass.summary()).isEmpty();
        assertThat(List.of(replaced, pass)).as("no restore ran").allSatisfy(p -> assertThat(p.commands())
                .noneSatisfy(c -> assertThat(c.name()).isEqualTo(RESTORE)));
        PassReport.CommandRun mount = replaced.commands().stream().filter(c -> c.name().equals("services-data-volume")).findFirst()
                .orElseThrow(() -> new AssertionError("the data volume step did not run on the new host:\n" + replaced.summary()));
        assertThat(mount.stdout() + mount.stderr()).as("the volume was mounted untouched")
                .contains("holds our filesystem (UUID " + uuid + "); mounting it untouched").doesNotContain("creating an ext4 filesystem");
        assertThat(blkidUuid(volume)).as("the filesystem was not re-created").isEqualTo(uuid);
        Proc.Result timers = rehearsal.host().exec("systemctl", "is-enabled", "fleet-backup.timer", "fleet-restore-drill.timer");
        assertThat(timers.out().strip()).as("the backup timers are enabled on the new host (the old step's disable ran first)")
                .isEqualTo("enabled");
        assertThat(rehearsal.rowCounts()).as("row counts on the replaced host").isEqualTo(before);
        assertThat(rehearsal.host().file("/var/lib/fleet/storage/app/public/uploads/pod-1.txt")).isEqualTo("proof of delivery\n");
        Proc.Result api = rehearsal.curl("https://" + rehearsal.site().getKey() + "/int/v1/rehearsal-probe", "-w", "\n%{http_code}");
        assertThat(api.out()).as("the API answers through the edge of the new host").endsWith("200");
    }

    @Test
    @Order(2)
    void scenario5BackupThenHostLossThenDisasterRecoveryRestoresBeforeTheApiStarts() {
        Map<String, Long> before = rehearsal.rowCounts();
        assertThat(before).containsEntry("fleetbase.rehearsal_orders", (long) ORDERS);
        String bucket = rehearsal.backupBucket();
        Proc.Result backup = rehearsal.operatorSsh("sudo systemctl start fleet-backup.service");
        assertThat(backup.exit()).as("the backup unit, run as its timer would:\n" + backup.all()
                + "\n--- backup.log\n" + rehearsal.host().sh("tail -n 40 /var/log/fleet/backup.log").all()).isZero();
        assertThat(s3.keys(bucket)).as("a backup set reached S3").anyMatch(k -> k.endsWith("SHA256SUMS"));

        // the host and its volume are lost; the DR stack (another stack, its own bucket) restores the newest set of
        // production's bucket on first boot
        String region = Rehearsal.envFile(rehearsal.recordedFile("/etc/fleet/backup.conf")).get("S3_REGION");
        StackFile dr = RehearsalPlan.stackFile(Map.of("fleet:backup", "{\"bucketRegion\":\"" + region
                + "\",\"bucketName\":\"fleet-rehearsal-dr-backups\",\"restoreFrom\":\"latest\",\"restoreBucket\":\"" + bucket + "\"}"));
        rehearsal.loseHost(dr, "rehearsal-dr", List.of(s3.dir()));
        rehearsal.attachS3(s3, List.of(bucket));
        PassReport pass = rehearsal.pass(dr, "rehearsal-dr");
        System.out.println(pass.summary());

        assertThat(pass.failures()).as("the DR pass completes:\n" + pass.summary()).isEmpty();
        PassReport.CommandRun mount = pass.commands().stream().filter(c -> c.name().equals("services-data-volume")).findFirst().orElseThrow();
        assertThat(mount.stdout()).as("the DR host gets a new, blank volume").contains("is blank; creating an ext4 filesystem");
        String restore = pass.commands().stream().map(PassReport.CommandRun::name).filter(RESTORE::equals).findFirst()
                .orElseThrow(() -> new AssertionError("no restore step ran in the DR pass:\n" + pass.summary()));
        PassReport.CommandRun restored = pass.commands().stream().filter(c -> c.name().equals(RESTORE)).findFirst().orElseThrow();
        System.out.println("rehearsal: " + RESTORE + " in " + restored.millis() + " ms");
        for (String api : rehearsal.containers(Rehearsal.image(RehearsalScenariosTest.API))) {
            String resource = rehearsal.graph().ofType(Driver.CONTAINER).stream().filter(c -> api.equals(c.plainInput("name")))
                    .findFirst().orElseThrow().name();
            assertThat(pass.indexOf(restore)).as(restore + " before " + api + " starts").isLessThan(pass.indexOf(resource));
        }
        assertThat(rehearsal.rowCounts()).as("row counts after the DR run").isEqualTo(before);
        assertThat(rehearsal.host().file("/var/lib/fleet/storage/app/public/uploads/pod-1.txt")).as("uploads restored").isEqualTo("proof of delivery\n");
    }

    private static String blkidUuid(LoopVolume volume) {
        return Proc.run(List.of("blkid", "-p", "-s", "UUID", "-o", "value", volume.device().orElseThrow())).requireOk("blkid").out().strip();
    }
}
