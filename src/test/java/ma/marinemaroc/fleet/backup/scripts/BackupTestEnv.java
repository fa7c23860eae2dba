package ma.marinemaroc.fleet.backup.scripts;

import ma.marinemaroc.fleet.testing.S3ProxyServer;
import ma.marinemaroc.fleet.testing.MariaDbServer;
import ma.marinemaroc.fleet.testing.Proc;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One mariadbd and one s3proxy shared by every backup test of this JVM (started on first use,
 * stopped by a shutdown hook). Each test works in its own databases, key prefix and directories.
 */
final class BackupTestEnv {
    static final String BUCKET = "fleet-backup-test";
    private static BackupTestEnv instance;

    final Path root;
    final MariaDbServer db;
    final S3ProxyServer s3;

    private BackupTestEnv(Path root, MariaDbServer db, S3ProxyServer s3) {
        this.root = root;
        this.db = db;
        this.s3 = s3;
    }

    static synchronized BackupTestEnv get() {
        if (instance == null) {
            for (String p : new String[] {"bash", "mysqldump", "mysql", "zstd", "jq", "aws", "flock", "sha256sum",
                    "tar", "shellcheck"}) {
                Proc.require(p);
            }
            try {
                Path root = Files.createTempDirectory("fleet-backup-env");
                MariaDbServer db = MariaDbServer.start(Files.createDirectories(root.resolve("mariadb")));
                S3ProxyServer s3;
                try {
                    s3 = S3ProxyServer.start(Files.createDirectories(root.resolve("s3proxy")));
                    s3.createBucket(BUCKET);
                } catch (RuntimeException | Error e) {
                    db.close();
                    throw e;
                }
                BackupTestEnv env = new BackupTestEnv(root, db, s3);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    env.s3.close();
                    env.db.close();
                    Proc.run(java.util.List.of("rm", "-rf", root.toString()));
                }));
                instance = env;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }
}
