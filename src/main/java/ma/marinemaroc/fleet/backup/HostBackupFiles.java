package ma.marinemaroc.fleet.backup;

import com.pulumi.core.Output;
import ma.marinemaroc.fleet.backup.scripts.BackupScriptSettings;
import ma.marinemaroc.fleet.backup.scripts.BackupScripts;
import ma.marinemaroc.fleet.backup.scripts.BackupSecretsEnv;
import ma.marinemaroc.fleet.config.StackSettings;
import ma.marinemaroc.fleet.host.RemoteFile;
import ma.marinemaroc.fleet.services.ServiceSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The on-host side of backups: the scripts, their non-secret config and timers, the secret env (S3 writer key and the
 * database credentials) and, on a stack that restores from another stack's bucket (disaster recovery), a second config
 * naming that bucket for the first-boot restore.
 */
public final class HostBackupFiles {
    /** Config of the first-boot restore when it reads another stack's bucket. */
    public static final String RESTORE_SOURCE_CONF = "/etc/fleet/restore-source.conf";

    private HostBackupFiles() {
    }

    /** Script settings for a bucket; each stack has its own bucket, so sets sit at its root. */
    public static BackupScriptSettings settings(StackSettings s, String bucket, List<ServiceSpec> services) {
        // The containers that write to the database; absent on a first-boot restore (DR), so only existing ones.
        String writers = "'name=^(" + String.join("|", services.stream()
                .filter(x -> List.of("application", "queue", "scheduler").contains(x.service()))
                .map(ServiceSpec::containerName).toList()) + ")$'";
        return BackupScriptSettings.builder(bucket, s.backup().bucketRegion())
                .keyPrefix("")
                .localKeepCount(s.backup().localKeep())
                .backupSchedule(s.backup().schedule())
                .drillSchedule(s.backup().drillSchedule())
                // Stop what writes to the database while a restore swaps it in, start it again afterwards.
                .restoreStopCommand("ids=$(docker ps -q -f " + writers + "); [ -z \"$ids\" ] || docker stop $ids")
                .restoreStartCommand("ids=$(docker ps -aq -f " + writers + "); [ -z \"$ids\" ] || docker start $ids")
                .build();
    }

    public static List<RemoteFile.Spec> files(StackSettings s, BackupBucket bucket, List<ServiceSpec> services,
                                              Output<String> bucketName) {
        List<RemoteFile.Spec> out = new ArrayList<>();
        // The bucket name is known only after the bucket exists (autonamed), so the files follow it.
        for (String path : BackupScripts.render(settings(s, "placeholder-bucket", services)).keySet()) {
            Output<String> content = bucketName.applyValue(b -> BackupScripts.render(settings(s, b, services)).get(path));
            out.add(new RemoteFile.Spec(path, content, BackupScripts.fileMode(path), "root:root"));
        }
        s.backup().restoreBucket().ifPresent(rb -> out.add(new RemoteFile.Spec(RESTORE_SOURCE_CONF,
                Output.of(BackupScripts.render(settings(s, rb, services)).get(BackupScripts.CONFIG)), "0644", "root:root")));
        Output<String> env = Output.tuple(bucket.accessKeyId(), bucket.secretAccessKey(), s.secrets().dbRootPassword())
                .applyValue(t -> BackupSecretsEnv.render(Optional.of(t.t1), Optional.of(t.t2), "root", t.t3));
        out.add(RemoteFile.Spec.secret(BackupScripts.SECRETS_ENV, env, "0600", "root:root"));
        return out;
    }

    /** The first-boot restore command (DR): reads the other stack's bucket when one is configured. */
    public static String restoreCommand(StackSettings s) {
        String which = "latest".equals(s.backup().restoreFrom()) ? "--latest" : "--name " + s.backup().restoreFrom();
        String conf = s.backup().restoreBucket().isPresent() ? "env FLEET_BACKUP_CONF=" + RESTORE_SOURCE_CONF + " " : "";
        return "sudo " + conf + BackupScripts.RESTORE_SCRIPT + " " + which + " --yes";
    }
}
