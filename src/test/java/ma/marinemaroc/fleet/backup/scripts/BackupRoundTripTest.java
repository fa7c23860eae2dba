package ma.marinemaroc.fleet.backup.scripts;

import ma.marinemaroc.fleet.testing.S3ProxyServer;
import ma.marinemaroc.fleet.testing.Proc;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Real backup → damage → restore round trips against mariadbd and s3proxy. */
class BackupRoundTripTest {

    @Test
    void backupThenRestoreBringsBackExactDataObjectsAndFiles() throws Exception {
        ScriptRig rig = new ScriptRig(BackupTestEnv.get(), "roundtrip");
        rig.seed(2000, 5);
        Files.createDirectories(rig.storageDir.resolve("uploads/2026/01"));
        Files.writeString(rig.storageDir.resolve("uploads/2026/01/pod.txt"), "proof of delivery\n");
        Files.write(rig.storageDir.resolve("uploads/logo.bin"), new byte[] {0, 1, 2, (byte) 255});
        Files.createDirectories(rig.storageDir.resolve("empty-dir"));
        String before = rig.fingerprint(rig.database);
        Map<String, String> filesBefore = tree(rig.storageDir);

        Proc.Result backup = rig.run("fleet-backup");
        assertThat(backup.exit()).as(backup.all()).isZero();
        assertThat(rig.read(rig.logFile)).containsPattern("fleet-backup status=ok name=fleet-\\d{8}T\\d{6}Z bytes=\\d+");
        assertThat(rig.read(rig.alertLog)).isEmpty();
        String set = rig.localSets().get(0);
        assertThat(rig.localSets()).containsExactly(set);
        // the set's 4 files + SHA256SUMS, the upload marker, nothing else (no work dir, no raw dump)
        assertThat(rig.leftovers()).allMatch(p -> p.startsWith(set)).hasSize(6).contains(set + "/.uploaded");

        JsonObject manifest = JsonParser.parseString(Files.readString(rig.localDir.resolve(set + "/manifest.json")))
                .getAsJsonObject();
        JsonObject tables = manifest.getAsJsonArray("databases").get(0).getAsJsonObject().getAsJsonObject("tables");
        assertThat(tables.toString()).isEqualTo(
                "{\"audit_log\":1,\"companies\":3,\"order_status_counts\":4,\"orders\":2000,\"tracking_statuses\":10000}");
        assertThat(manifest.getAsJsonArray("skipped_optional_databases").toString()).contains(rig.database + "_sandbox");
        assertThat(manifest.getAsJsonObject("storage").get("entries").getAsInt()).isEqualTo(6);
        assertThat(rig.env.s3.keys(BackupTestEnv.BUCKET, "tests/roundtrip/")).containsExactlyInAnyOrder(
                "tests/roundtrip/" + set + "/SHA256SUMS", "tests/roundtrip/" + set + "/manifest.json",
                "tests/roundtrip/" + set + "/db-" + rig.database + ".tar.zst",
                "tests/roundtrip/" + set + "/storage.tar.zst");

        // damage the live data: rows, a trigger, an extra table; and the files
        rig.env.db.query(rig.database, "DELETE FROM tracking_statuses WHERE id % 3 = 0;"
                + "UPDATE orders SET status = 'lost' WHERE id < 50; DROP TRIGGER orders_after_insert;"
                + "DROP PROCEDURE log_message; CREATE TABLE added_after_backup (x INT);");
        Files.writeString(rig.storageDir.resolve("uploads/2026/01/pod.txt"), "tampered\n");
        Files.delete(rig.storageDir.resolve("uploads/logo.bin"));
        String damaged = rig.fingerprint(rig.database);
        assertThat(damaged).isNotEqualTo(before);

        Proc.Result restore = rig.run("fleet-restore", "--latest", "--yes");
        assertThat(restore.exit()).as(restore.all()).isZero();
        assertThat(rig.fingerprint(rig.database)).isEqualTo(before);
        assertThat(tree(rig.storageDir)).isEqualTo(filesBefore);
        assertThat(rig.read(rig.dir.resolve("app.log"))).isEqualTo("stop\nstart\n");
        assertThat(rig.schemasLike(rig.database + "\\_restore\\_%")).isEmpty();

        // the replaced data is kept as a fallback until confirmed
        Matcher ts = Pattern.compile("--drop-fallback (\\d{14})").matcher(restore.err());
        assertThat(ts.find()).as(restore.err()).isTrue();
        String fallback = rig.database + "_fallback_" + ts.group(1);
        assertThat(rig.schemasLike(rig.database + "\\_fallback\\_%")).containsExactly(fallback);
        assertThat(rig.fingerprint(fallback)).isEqualTo(damaged);
        Path storageFallback = Path.of(rig.storageDir + ".fallback-" + ts.group(1));
        assertThat(Files.readString(storageFallback.resolve("uploads/2026/01/pod.txt"))).isEqualTo("tampered\n");

        // a second copy of the same set into a database that does not exist yet (local copy, no download)
        String copy = rig.database + "_copy";
        Proc.Result toCopy = rig.run("fleet-restore", "--name", set, "--target-db", copy, "--skip-storage", "--yes");
        assertThat(toCopy.exit()).as(toCopy.all()).isZero();
        assertThat(rig.fingerprint(copy)).isEqualTo(before);
        assertThat(rig.schemasLike(copy + "\\_fallback\\_%")).isEmpty();

        Proc.Result drop = rig.run("fleet-restore", "--drop-fallback", ts.group(1), "--yes");
        assertThat(drop.exit()).as(drop.all()).isZero();
        assertThat(rig.schemasLike(rig.database + "\\_fallback\\_%")).isEmpty();
        assertThat(storageFallback).doesNotExist();
        assertThat(rig.fingerprint(rig.database)).isEqualTo(before);

        // the parallel tools did the work; credentials never reached a command line (only the private option
        // file's path did), a log or a rendered file
        assertThat(rig.read(rig.argvLog)).contains("mydumper --defaults-file=" + rig.tmp + "/fleet-backup.")
                .contains("myloader --defaults-file=" + rig.tmp + "/fleet-restore.")
                .contains("mysql --defaults-file=").contains("mysqldump --defaults-file=")
                .doesNotContain(ScriptRig.DB_PASSWORD).doesNotContain("Pw d").doesNotContain(ScriptRig.DB_USER);
        assertThat(rig.read(rig.logFile) + rig.read(rig.conf) + backup.all() + restore.all())
                .doesNotContain("Pw d").doesNotContain(S3ProxyServer.SECRET_KEY);
        assertThat(rig.leftovers()).allMatch(p -> p.startsWith(set));
        rig.env.db.query("DROP DATABASE `" + copy + "`");
    }

    @Test
    void backupAlsoDumpsAnOptionalDatabaseThatExists() throws Exception {
        ScriptRig rig = new ScriptRig(BackupTestEnv.get(), "optional");
        rig.seed(100, 2);
        rig.seed(rig.database + "_sandbox", 30, 1);
        Proc.Result backup = rig.run("fleet-backup", "--no-upload");
        assertThat(backup.exit()).as(backup.all()).isZero();
        String set = rig.localSets().get(0);
        String manifest = Files.readString(rig.localDir.resolve(set + "/manifest.json"));
        assertThat(JsonParser.parseString(manifest).getAsJsonObject().getAsJsonArray("databases")).hasSize(2);
        assertThat(rig.localDir.resolve(set + "/db-" + rig.database + "_sandbox.tar.zst")).isNotEmptyFile();
        assertThat(rig.env.s3.keys(BackupTestEnv.BUCKET, "tests/optional/")).isEmpty();

        String sandboxBefore = rig.fingerprint(rig.database + "_sandbox");
        rig.env.db.query(rig.database + "_sandbox", "DELETE FROM tracking_statuses;");
        Proc.Result restore = rig.run("fleet-restore", "--from-file", rig.localDir.resolve(set + "/manifest.json").toString(),
                "--database", rig.database + "_sandbox", "--skip-storage", "--yes");
        assertThat(restore.exit()).as(restore.all()).isZero();
        assertThat(rig.fingerprint(rig.database + "_sandbox")).isEqualTo(sandboxBefore);
    }

    @Test
    void restoredTablesKeepTheirDefinitionsWhileIndexesAreBuiltAfterTheRows() throws Exception {
        ScriptRig rig = new ScriptRig(BackupTestEnv.get(), "ddl", b -> b.storageDir(null));
        rig.env.db.query("DROP DATABASE IF EXISTS `" + rig.database + "`; CREATE DATABASE `" + rig.database
                + "` DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;");
        // Fleetbase's shape: foreign keys to another table's UUID (a unique key, not the primary key), indexes
        // named like the constraints; plus the cases that must not be moved: a table without a primary key
        // (InnoDB clusters on its first unique key), FULLTEXT, CHECK constraints
        rig.env.db.query(rig.database, """
                CREATE TABLE companies (id INT UNSIGNED AUTO_INCREMENT PRIMARY KEY, uuid CHAR(36) NOT NULL,
                  name VARCHAR(100) NOT NULL, UNIQUE KEY companies_uuid_unique (uuid), KEY companies_name_index (name),
                  FULLTEXT KEY companies_name_fulltext (name)) ENGINE=InnoDB;
                CREATE TABLE drivers (id INT UNSIGNED AUTO_INCREMENT PRIMARY KEY, uuid CHAR(36) NOT NULL,
                  company_uuid CHAR(36) NULL, parent_id INT UNSIGNED NULL, rating INT NULL,
                  UNIQUE KEY drivers_uuid_unique (uuid), KEY drivers_company_uuid_foreign (company_uuid),
                  KEY drivers_rating_index (rating, id),
                  CONSTRAINT drivers_company_uuid_foreign FOREIGN KEY (company_uuid) REFERENCES companies (uuid)
                    ON DELETE SET NULL ON UPDATE CASCADE,
                  CONSTRAINT drivers_parent_id_foreign FOREIGN KEY (parent_id) REFERENCES drivers (id),
                  CONSTRAINT drivers_rating_check CHECK (rating BETWEEN 0 AND 5)) ENGINE=InnoDB;
                CREATE TABLE settings (k VARCHAR(50) NOT NULL, v TEXT, UNIQUE KEY settings_k_unique (k),
                  KEY settings_v_index (v(20))) ENGINE=InnoDB;
                INSERT INTO companies (uuid, name) SELECT UUID(), CONCAT('company ', seq) FROM seq_1_to_50;
                INSERT INTO drivers (uuid, company_uuid, rating) SELECT UUID(), c.uuid, c.id % 6 FROM companies c
                  JOIN seq_1_to_40 s;
                UPDATE drivers SET parent_id = id - 1 WHERE id > 1;
                INSERT INTO settings VALUES ('a', 'x'), ('b', NULL);
                """);
        String before = rig.fingerprint(rig.database);
        assertThat(before).contains("REFERENCES `companies` (`uuid`)").contains("FULLTEXT KEY").contains("CHECK");
        assertThat(rig.run("fleet-backup", "--no-upload").exit()).isZero();
        String set = rig.localSets().get(0);
        String copy = rig.database + "_copy";
        Proc.Result r = rig.run("fleet-restore", "--from-file", rig.localDir.resolve(set).toString(), "--target-db", copy,
                "--yes");
        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(rig.fingerprint(copy)).isEqualTo(before);
        for (String s : rig.schemasLike(rig.database + "%")) {
            rig.env.db.query("DROP DATABASE `" + s + "`");
        }
    }

    /** Relative path → sha256 of every file, and "dir" for directories. */
    static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                String rel = root.relativize(p).toString();
                out.put(rel, Files.isDirectory(p) ? "dir" : sha256(Files.readAllBytes(p)));
            }
        }
        return out;
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> lines(String s) {
        return s.lines().toList();
    }
}
