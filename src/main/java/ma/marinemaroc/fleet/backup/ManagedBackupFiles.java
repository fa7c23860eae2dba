package ma.marinemaroc.fleet.backup;

import com.pulumi.core.Output;
import ma.marinemaroc.fleet.backup.scripts.BackupScriptSettings;
import ma.marinemaroc.fleet.backup.scripts.BackupScripts;
import ma.marinemaroc.fleet.backup.scripts.BackupSecretsEnv;
import ma.marinemaroc.fleet.host.RemoteFile;
import ma.marinemaroc.fleet.services.ManagedDatabaseAccess;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The backups of a scaled fleet: the single host's scripts, timers and off-region bucket, run on host 0 against the
 * managed MySQL over TLS. An adapter only: what differs from {@link HostBackupFiles} is how the tools reach the database
 * ({@link ManagedDatabaseAccess#toolWrapper}: the host's tools with the server's host, port and TLS options), the
 * credentials (the application's user; the cloud keeps the administrator), no uploads folder (they live in the uploads
 * bucket, versioned) and no {@code SET sql_log_bin=0} on restores (managed engines refuse it to their users).
 * The engines' own daily backups and point-in-time recovery come on top of these.
 */
public final class ManagedBackupFiles {
    /**
     * @param host       the backup settings as on a single host (bucket, writer key, schedules, restore source); its
     *                   {@code dbRootPassword} is not read
     * @param database   how host 0's tools reach the managed MySQL
     * @param dbUser     the application's user (it owns the Fleetbase databases)
     * @param dbPassword its password (secret)
     */
    public record Inputs(HostBackupFiles.Inputs host, ManagedDatabaseAccess database, Output<String> dbUser,
                         Output<String> dbPassword) {
        public Inputs {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(database, "database");
            Objects.requireNonNull(dbUser, "dbUser");
            Objects.requireNonNull(dbPassword, "dbPassword");
        }
    }

    private ManagedBackupFiles() {
    }

    /** Script settings for a bucket: the single host's, adapted to the managed database. */
    public static BackupScriptSettings settings(Inputs in, String bucket) {
        HostBackupFiles.Inputs h = in.host();
        return adapt(BackupScriptSettings.builder(bucket, h.bucketRegion())
                .keyPrefix("")
                .localKeepCount(h.localKeep())
                .backupSchedule(h.schedule())
                .drillSchedule(h.drillSchedule()), in.database()).build();
    }

    /**
     * What the managed database changes in any script settings: the tools reach it through
     * {@link ManagedDatabaseAccess#TOOL_WRAPPER} (host, port, TLS; the scripts' own option file keeps user and password),
     * no uploads folder, no binary-log switch on restores, host 0's writers stopped around a restore. The three Fleetbase
     * databases are required, as on a single host (DigitalOcean's {@code DatabaseDb} or the createdb step make them).
     */
    public static BackupScriptSettings.Builder adapt(BackupScriptSettings.Builder b, ManagedDatabaseAccess database) {
        Objects.requireNonNull(database, "database");
        return b.dbExec(ManagedDatabaseAccess.TOOL_WRAPPER)
                .dbClientOptions("")
                .storageDir(null)
                .restoreSkipBinlog(false)
                // host 0's writers; the runbook stops the other hosts' before a manual restore
                .restoreStopCommand("ids=$(docker ps -q -f " + HostBackupFiles.WRITERS + "); [ -z \"$ids\" ] || docker stop $ids")
                .restoreStartCommand("ids=$(docker ps -aq -f " + HostBackupFiles.WRITERS + "); [ -z \"$ids\" ] || docker start $ids");
    }

    /**
     * The first-boot restore of host 0 (DR, or the move from a single host): the single host's command without the
     * uploads archive, which belongs in the uploads bucket (README "Scale-out", step "uploads").
     */
    public static String restoreCommand(Inputs in) {
        return HostBackupFiles.restoreCommand(in.host()) + " --skip-storage";
    }

    public static List<RemoteFile.Spec> files(Inputs in) {
        List<RemoteFile.Spec> out = new ArrayList<>();
        for (String path : BackupScripts.render(settings(in, "placeholder-bucket")).keySet()) {
            Output<String> content = in.host().bucketName().applyValue(b -> BackupScripts.render(settings(in, b)).get(path));
            out.add(new RemoteFile.Spec(path, content, BackupScripts.fileMode(path), "root:root"));
        }
        in.host().restoreBucket().ifPresent(rb -> out.add(new RemoteFile.Spec(HostBackupFiles.RESTORE_SOURCE_CONF,
                Output.of(BackupScripts.render(settings(in, rb)).get(BackupScripts.CONFIG)), "0644", "root:root")));
        Output<String> env = Output.tuple(in.host().accessKeyId(), in.host().secretAccessKey(), in.dbUser(), in.dbPassword())
                .applyValue(t -> BackupSecretsEnv.render(Optional.of(t.t1), Optional.of(t.t2), t.t3, t.t4));
        out.add(RemoteFile.Spec.secret(BackupScripts.SECRETS_ENV, env, "0600", "root:root"));
        return out;
    }
}
