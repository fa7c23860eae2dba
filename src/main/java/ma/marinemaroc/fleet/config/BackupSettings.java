package ma.marinemaroc.fleet.config;

import java.util.Optional;

/**
 * @param bucketRegion  AWS region of the backup bucket (must differ from the host's region)
 * @param bucketName    explicit bucket name; autonamed from project and stack when empty
 * @param retentionDays days a backup is kept in the bucket (and non-current versions too)
 * @param schedule      systemd OnCalendar expression of the backup job
 * @param drillSchedule systemd OnCalendar expression of the restore drill
 * @param localKeep     how many backup sets stay on the host's disk
 * @param restoreFrom   "none", "latest" or a backup name: restored on first boot (disaster recovery)
 * @param restoreBucket the bucket restoreFrom reads (another stack's, for DR); this stack's bucket when empty
 */
public record BackupSettings(String bucketRegion, Optional<String> bucketName, int retentionDays, String schedule,
                             String drillSchedule, int localKeep, String restoreFrom, Optional<String> restoreBucket) {
    public boolean restoresOnBoot() {
        return !"none".equals(restoreFrom);
    }
}
