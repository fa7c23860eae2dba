package ma.marinemaroc.fleet.backup.scripts;

import ma.marinemaroc.fleet.backup.HostBackupFiles;
import ma.marinemaroc.fleet.backup.ManagedBackupFiles;
import ma.marinemaroc.fleet.edge.TestPki;
import ma.marinemaroc.fleet.services.DeployScripts;
import ma.marinemaroc.fleet.services.ManagedDatabaseAccess;
import ma.marinemaroc.fleet.testing.MariaDbServer;
import ma.marinemaroc.fleet.testing.Proc;
import ma.marinemaroc.fleet.testing.S3ProxyServer;
import com.pulumi.core.Output;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migration runbook's restore step (README "Scale-out", "Moving from single to scaled"), for real: the single
 * host's backup set in the bucket (s3proxy) is restored by host 0's scripts, configured by {@link ManagedBackupFiles}
 * and {@link ManagedDatabaseAccess}, into a MariaDB standing in for the managed MySQL, which, like RDS with
 * {@code require_secure_transport} and DigitalOcean's clusters, takes TLS connections only; the step runs only into an
 * empty database ({@link DeployScripts#restoreIntoEmpty}). MariaDB's client tools read the option file in their
 * spelling ({@link ManagedDatabaseAccess.Flavour#MARIADB}); on the hosts it is MySQL 8's.
 */
class ScaledMigrationRestoreTest {
    static final String USER = "fleetbase";
    static final String PASSWORD = "Managed-db_Pass.0123456789";
    static Path dir;
    static TestPki pki;
    static MariaDbServer managed;

    @BeforeAll
    static void managedDatabase() throws Exception {
        dir = Files.createTempDirectory("fleet-migration");
        pki = TestPki.create(Files.createDirectories(dir.resolve("pki")));
        TestPki.ServerCert cert = pki.issue("managed-db", "127.0.0.1", "IP:127.0.0.1", 30);
        managed = MariaDbServer.start(Files.createDirectories(dir.resolve("managed")), List.of(
                "--ssl-cert=" + cert.cert(), "--ssl-key=" + cert.key(), "--ssl-ca=" + pki.caCert(),
                "--require-secure-transport=ON"));
        managed.query("CREATE USER '" + USER + "'@'%' IDENTIFIED BY '" + PASSWORD + "';\n"
                + "GRANT ALL PRIVILEGES ON *.* TO '" + USER + "'@'%';\n");
    }

    @AfterAll
    static void stop() {
        if (managed != null) managed.close();
        Proc.run(List.of("rm", "-rf", dir.toString()));
    }

    /**
     * Host 0's scripts for the managed database, reading the single host's bucket; their tools go through the
     * production wrapper ({@link ManagedDatabaseAccess#toolWrapper}), written to this test's folder (with
     * {@code edit} applied to its text).
     */
    static ScriptRig host0(BackupTestEnv env, String name, ScriptRig single, ManagedDatabaseAccess access,
                           java.util.function.UnaryOperator<String> edit) throws Exception {
        Path wrapper = dir.resolve(name + "-bin/fleet-managed-db");
        Files.createDirectories(wrapper.getParent());
        Files.writeString(wrapper, edit.apply(access.toolWrapper("127.0.0.1", managed.port())));
        Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwx------"));
        ScriptRig rig = new ScriptRig(env, name, b -> ManagedBackupFiles.adapt(b, access)
                .dbExec(wrapper.toString())                   // the production wrapper in this test's folder
                .keyPrefix("tests/" + single.name + "/")      // the single host's sets: the restore source
                .databases(List.of(single.database)).optionalDatabases(List.of())
                .restoreStopCommand("true").restoreStartCommand("true"));
        // the managed database's credentials, as the scaled stack renders them (the same as in the option file)
        Files.writeString(rig.secrets, BackupSecretsEnv.render(Optional.of(S3ProxyServer.ACCESS_KEY),
                Optional.of(S3ProxyServer.SECRET_KEY), USER, PASSWORD));
        Files.setPosixFilePermissions(rig.secrets, PosixFilePermissions.fromString("rw-------"));
        return rig;
    }

    static ScriptRig host0(BackupTestEnv env, String name, ScriptRig single, ManagedDatabaseAccess access) throws Exception {
        return host0(env, name, single, access, w -> w);
    }

    static Path cnf(String name, ManagedDatabaseAccess access, String password) throws Exception {
        Path cnf = Path.of(access.clientCnf());
        Files.createDirectories(cnf.getParent());
        Files.writeString(cnf, access.clientCnf("127.0.0.1", managed.port(), USER, password));
        Files.setPosixFilePermissions(cnf, PosixFilePermissions.fromString("rw-------"));
        return cnf;
    }

    /** Per-table CHECKSUM of every base table of {@code db} on {@code server}. */
    static String fingerprint(MariaDbServer server, String db) {
        StringBuilder sb = new StringBuilder();
        for (String t : server.query("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = '" + db
                + "' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME").lines().toList()) {
            String line = server.query("CHECKSUM TABLE `" + db + "`.`" + t + "` EXTENDED").trim();
            sb.append(line.substring(line.indexOf('.') + 1)).append('\n');
        }
        return sb.toString();
    }

    @Test
    void theSingleHostsBackupIsRestoredIntoTheManagedDatabaseOverTlsOnlyWhenItIsEmpty() throws Exception {
        BackupTestEnv env = BackupTestEnv.get();
        // 1. the single host: its data and a verified set in its bucket
        ScriptRig single = new ScriptRig(env, "migsingle");
        single.seed(600, 4);
        Files.writeString(single.storageDir.resolve("pod.txt"), "proof of delivery\n");
        Proc.Result backup = single.run("fleet-backup");
        assertThat(backup.exit()).as(backup.all()).isZero();
        String before = fingerprint(env.db, single.database);
        assertThat(before).contains("orders\t");

        // 2. host 0 of the scaled stack, configured for the managed database (CA-verified TLS)
        Path cnfPath = dir.resolve("host0-db/client.cnf");
        var access = new ManagedDatabaseAccess("mysql:8.0.40", ManagedDatabaseAccess.Flavour.MARIADB,
                Optional.of(pki.caCert().toString()), cnfPath.toString());
        cnf("host0", access, PASSWORD);
        ScriptRig host0 = host0(env, "mighost0", single, access);
        assertThat(host0.settings.restoreSkipBinlog()).as("managed engines refuse SET sql_log_bin").isFalse();
        assertThat(host0.settings.storageDir()).as("uploads live in the uploads bucket").isEmpty();

        // 3. the runbook's step as host 0 runs it: the production command's arguments, gated on an empty database
        var production = new ManagedBackupFiles.Inputs(new HostBackupFiles.Inputs(Output.of("b"), "eu-west-1",
                Output.of("k"), Output.of("s"), Output.of(""), 3, "daily", "weekly", "latest",
                Optional.of("marinemaroc-fleet-production-backups")), access, Output.of(USER), Output.of(PASSWORD));
        String command = ManagedBackupFiles.restoreCommand(production);
        assertThat(command).isEqualTo("sudo env FLEET_BACKUP_CONF=/etc/fleet/restore-source.conf "
                + "/opt/fleet/bin/fleet-restore --latest --yes --skip-storage");
        String args = command.substring(command.indexOf("fleet-restore") + "fleet-restore".length()).trim();
        String count = Proc.require("mariadb") + " " + access.clientOptions() + " -N -B -e "
                + "\"SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA LIKE '" + single.database + "%'\"";
        String restore = host0.bin.resolve("fleet-restore") + " " + args;
        String gated = DeployScripts.restoreIntoEmpty(count, restore);

        Proc.Result first = bash(host0, gated);
        assertThat(first.exit()).as(first.all()).isZero();
        assertThat(fingerprint(managed, single.database)).as(first.all()).isEqualTo(before);
        assertThat(managed.query("SELECT COUNT(*) FROM `" + single.database + "`.orders").trim()).isEqualTo("600");

        // 4. a replaced host 0 (or a second run) never restores over live data
        managed.query("INSERT INTO `" + single.database + "`.companies (uuid, name) VALUES ('after-cutover', 'new')");
        String live = fingerprint(managed, single.database);
        Proc.Result again = bash(host0, gated);
        assertThat(again.exit()).as(again.all()).isZero();
        assertThat(again.out()).contains("the database already holds").contains("tables: no restore");
        assertThat(fingerprint(managed, single.database)).isEqualTo(live);
    }

    @Test
    void theManagedDatabaseRefusesClientsWithoutTlsOrWithAnotherCa() throws Exception {
        BackupTestEnv env = BackupTestEnv.get();
        ScriptRig single = new ScriptRig(env, "tlscheck");
        single.seed(50, 2);
        assertThat(single.run("fleet-backup").exit()).isZero();

        // no TLS at all: the wrapper without its TLS options (as if the adapter had dropped them), TLS switched off
        Path plainCnf = dir.resolve("plain-db/client.cnf");
        var access = new ManagedDatabaseAccess("mysql:8.0.40", ManagedDatabaseAccess.Flavour.MARIADB,
                Optional.of(pki.caCert().toString()), plainCnf.toString());
        Files.createDirectories(plainCnf.getParent());
        Files.writeString(plainCnf, access.clientCnf("127.0.0.1", managed.port(), USER, PASSWORD)
                .replaceAll("(?m)^ssl.*\\n", "") + "skip-ssl\n");
        String withTls = access.toolWrapper("127.0.0.1", managed.port());
        assertThat(withTls).contains("tls=(--ssl --ssl-ca=" + pki.caCert() + " --ssl-verify-server-cert)")
                .contains("tls=(--ssl --ca=" + pki.caCert() + ")");
        ScriptRig plain = host0(env, "tlsplain", single, access,
                w -> w.replaceAll("tls=\\([^)]*\\)", "tls=('--skip-ssl')"));
        assertThat(Files.readString(Path.of(plain.settings.dbExec()))).doesNotContain("--ssl-ca").contains("--skip-ssl");
        Proc.Result refused = plain.run("fleet-restore", "--latest", "--yes", "--skip-storage");
        assertThat(refused.exit()).isNotZero();
        // MariaDB answers a plain-text login to a TLS-only server with an access error (MySQL: "insecure transport")
        assertThat(refused.err()).containsPattern("ERROR (1045|3159)");
        assertThat(managed.query("SHOW DATABASES LIKE '" + single.database + "%'")).as("nothing was restored").isBlank();
        // the same file with the adapter's TLS options connects
        Path tlsCnf = dir.resolve("tls-db/client.cnf");
        var tls = new ManagedDatabaseAccess("mysql:8.0.40", ManagedDatabaseAccess.Flavour.MARIADB,
                Optional.of(pki.caCert().toString()), tlsCnf.toString());
        cnf("tls", tls, PASSWORD);
        assertThat(Proc.run(List.of(Proc.require("mariadb"), tls.clientOptions(), "-N", "-B", "-e",
                "SHOW STATUS LIKE 'Ssl_version'")).requireOk("mariadb over TLS").out()).containsPattern("TLSv1\\.[23]");
        assertThat(Proc.run(List.of(Proc.require("mariadb"), access.clientOptions(), "-N", "-B", "-e", "SELECT 1")).exit())
                .as("without TLS").isNotZero();

        // TLS against a CA that did not sign the server: the client refuses the server
        TestPki other = TestPki.create(Files.createDirectories(dir.resolve("other-pki")));
        Path otherCnf = dir.resolve("other-db/client.cnf");
        var wrongCa = new ManagedDatabaseAccess("mysql:8.0.40", ManagedDatabaseAccess.Flavour.MARIADB,
                Optional.of(other.caCert().toString()), otherCnf.toString());
        cnf("other", wrongCa, PASSWORD);
        ScriptRig impostor = host0(env, "tlsotherca", single, wrongCa);
        Proc.Result unverified = impostor.run("fleet-restore", "--latest", "--yes", "--skip-storage");
        assertThat(unverified.exit()).isNotZero();
        assertThat(managed.query("SHOW DATABASES LIKE '" + single.database + "%'")).as("nothing was restored").isBlank();
    }

    /** A step script as host 0 runs it, in the rig's environment (its config and secrets files, no AWS profile). */
    static Proc.Result bash(ScriptRig rig, String script) {
        List<String> cmd = new ArrayList<>(List.of(Proc.require("bash"), "-c", script));
        return Proc.run(cmd, rig.scriptEnv(), null, Duration.ofMinutes(5));
    }
}
