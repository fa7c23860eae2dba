package ma.marinemaroc.fleet.backup;

import com.pulumi.core.Output;
import ma.marinemaroc.fleet.backup.scripts.BackupScriptSettings;
import ma.marinemaroc.fleet.backup.scripts.BackupScripts;
import ma.marinemaroc.fleet.backup.scripts.BackupSecretsEnv;
import ma.marinemaroc.fleet.host.RemoteFile;
import ma.marinemaroc.fleet.services.Services;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The on-host side of backups: the scripts, their non-secret config and timers, the secret env (S3 writer key and the
 * database credentials) and, on a stack that restores from another stack's bucket (disaster recovery), a second config
 * naming that bucket for the first-boot restore.
 */
public final class HostBackupFiles {
    /** Config of the first-boot restore when it reads another stack's bucket. */
    public static final String RESTORE_SOURCE_CONF = "/etc/fleet/restore-source.conf";
    /** The containers that write to the database (labelled by {@link Services}); only existing ones are touched. */
    static final String WRITERS = "label=" + Services.LABEL_WRITES_DATABASE + "=true";

    /**
     * @param bucketName      this stack's bucket (known once it exists)
     * @param bucketRegion    its region
     * @param accessKeyId     the writer's key id
     * @param secretAccessKey the writer's secret (secret)
     * @param dbRootPassword  the database's root password (secret)
     * @param localKeep       backup sets kept on the host
     * @param schedule        systemd OnCalendar of the backup
     * @param drillSchedule   systemd OnCalendar of the restore drill
     * @param restoreFrom     {@code none}, {@code latest} or a set's name: restored once on a new host (DR)
     * @param restoreBucket   the bucket the first-boot restore reads (another stack's), if not this stack's
     */
    public record Inputs(Output<String> bucketName, String bucketRegion, Output<String> accessKeyId,
                         Output<String> secretAccessKey, Output<String> dbRootPassword, int localKeep, String schedule,
                         String drillSchedule, String restoreFrom, Optional<String> restoreBucket) {
        public Inputs {
            Objects.requireNonNull(bucketName, "bucketName");
            Objects.requireNonNull(bucketRegion, "bucketRegion");
            Objects.requireNonNull(restoreFrom, "restoreFrom");
            Objects.requireNonNull(restoreBucket, "restoreBucket");
        }

        public boolean restoresOnBoot() {
            return !"none".equals(restoreFrom);
        }
    }

    private HostBackupFiles() {
    }

    /** Script settings for a bucket; each stack has its own bucket, so sets sit at its root. */
    public static BackupScriptSettings settings(Inputs in, String bucket) {
        return BackupScriptSettings.builder(bucket, in.bucketRegion())
                .keyPrefix("")
                .localKeepCount(in.localKeep())
                .backupSchedule(in.schedule())
                .drillSchedule(in.drillSchedule())
                // Stop what writes to the database while a restore swaps it in, start it again afterwards.
                .restoreStopCommand("ids=$(docker ps -q -f " + WRITERS + "); [ -z \"$ids\" ] || docker stop $ids")
                .restoreStartCommand("ids=$(docker ps -aq -f " + WRITERS + "); [ -z \"$ids\" ] || docker start $ids")
                .build();
    }

    public static List<RemoteFile.Spec> files(Inputs in) {
        List<RemoteFile.Spec> out = new ArrayList<>();
        // The bucket name is known only after the bucket exists, so the files follow it.
        for (String path : BackupScripts.render(settings(in, "placeholder-bucket")).keySet()) {
            Output<String> content = in.bucketName().applyValue(b -> BackupScripts.render(settings(in, b)).get(path));
            out.add(new RemoteFile.Spec(path, content, BackupScripts.fileMode(path), "root:root"));
        }
        in.restoreBucket().ifPresent(rb -> out.add(new RemoteFile.Spec(RESTORE_SOURCE_CONF,
                Output.of(BackupScripts.render(settings(in, rb)).get(BackupScripts.CONFIG)), "0644", "root:root")));
        Output<String> env = Output.tuple(in.accessKeyId(), in.secretAccessKey(), in.dbRootPassword())
                .applyValue(t -> BackupSecretsEnv.render(Optional.of(t.t1), Optional.of(t.t2), "root", t.t3));
        out.add(RemoteFile.Spec.secret(BackupScripts.SECRETS_ENV, env, "0600", "root:root"));
        return out;
    }

    /** The first-boot restore command (DR): reads the other stack's bucket when one is configured. */
    public static String restoreCommand(Inputs in) {
        String which = "latest".equals(in.restoreFrom()) ? "--latest" : "--name " + in.restoreFrom();
        String conf = in.restoreBucket().isPresent() ? "env FLEET_BACKUP_CONF=" + RESTORE_SOURCE_CONF + " " : "";
        return "sudo " + conf + BackupScripts.RESTORE_SCRIPT + " " + which + " --yes";
    }

    /** The backup taken and verified before migrations of a new API image (and before a stateful image change). */
    public static String backupCommand() {
        return "sudo " + BackupScripts.BACKUP_SCRIPT;
    }
}
