package ma.marinemaroc.fleet;

import ma.marinemaroc.fleet.backup.BucketNaming;
import ma.marinemaroc.fleet.backup.HostBackupFiles;
import ma.marinemaroc.fleet.components.BackupBucket;
import ma.marinemaroc.fleet.components.BackupBucketArgs;
import ma.marinemaroc.fleet.components.DropletDataVolumeArgs;
import ma.marinemaroc.fleet.components.EbsDataVolumeArgs;
import ma.marinemaroc.fleet.components.FirewallRuleArgs;
import ma.marinemaroc.fleet.components.FleetDataVolume;
import ma.marinemaroc.fleet.host.RemoteFile;
import ma.marinemaroc.fleet.host.bootstrap.DataVolumeDevice;
import ma.marinemaroc.fleet.host.bootstrap.DataVolumeScript;
import ma.marinemaroc.fleet.services.StateVolume;
import com.pulumi.core.Output;
import ma.marinemaroc.fleet.config.StackSettings;
import ma.marinemaroc.fleet.config.TlsSettings;
import ma.marinemaroc.fleet.edge.EdgeSite;
import ma.marinemaroc.fleet.edge.TlsFiles;
import ma.marinemaroc.fleet.monitoring.AlertRules;
import ma.marinemaroc.fleet.monitoring.HostMonitoringFiles;
import ma.marinemaroc.fleet.monitoring.scripts.AlertSettings;
import ma.marinemaroc.fleet.monitoring.scripts.LogWatchSettings;
import ma.marinemaroc.fleet.monitoring.scripts.SmtpTls;
import ma.marinemaroc.fleet.network.FirewallPolicy;
import ma.marinemaroc.fleet.services.AppEnvironment;
import ma.marinemaroc.fleet.services.FleetServices;
import ma.marinemaroc.fleet.services.Sizing;
import ma.marinemaroc.fleet.tls.CertificateArgs;

import java.util.List;
import java.util.Optional;

/**
 * The one place that maps validated stack settings to the components' inputs: small, pure functions, each tested on
 * its own. No component reads {@link StackSettings}.
 */
public final class StackMapping {
    static final String APP_NAME = "Marine Maroc Fleet";

    private StackMapping() {
    }

    public static List<FirewallRuleArgs> firewallRules(StackSettings s) {
        return FirewallPolicy.inbound(s.ssh().port(), s.ssh().allowedCidrs()).stream()
                .map(r -> FirewallRuleArgs.of(r.description(), r.port(), r.sources())).toList();
    }

    /** The data volume on DigitalOcean: named after the stack, in the droplet's region. */
    public static DropletDataVolumeArgs dropletDataVolume(StackSettings s) {
        return DropletDataVolumeArgs.builder()
                .volumeName(dataVolumeName(s))
                .region(s.region())
                .sizeGb(s.dataVolumeGb())
                .description("Fleet host data of " + s.prefix() + " (database, cache, uploads, backups)")
                .tags(s.doTags())
                .build();
    }

    /** The data volume on AWS: in the instance's zone, daily snapshots kept a week. */
    public static EbsDataVolumeArgs ebsDataVolume(StackSettings s) {
        return EbsDataVolumeArgs.builder()
                .volumeName(dataVolumeName(s))
                .availabilityZone(s.availabilityZone().orElseThrow())
                .sizeGb(s.dataVolumeGb())
                .tags(s.tags())
                .build();
    }

    /**
     * {@code <project>-<stack>-data}, lower case, starting with a letter (DigitalOcean), at most 48 long (the AWS
     * snapshot role's name adds to it): a longer prefix is cut and keeps a hash of the whole.
     */
    static String dataVolumeName(StackSettings s) {
        String n = (s.prefix() + "-data").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
        if (!Character.isLetter(n.charAt(0))) n = "v" + n;
        if (n.length() > 48) {
            n = n.substring(0, 39) + "-" + Integer.toHexString(n.hashCode() | 0x10000000);
        }
        return n;
    }

    /**
     * The data volume as the host mounts it: the mount script for its device (found by its by-id path), the
     * {@code docker.service} drop-in that waits for the mounts, then the mount and the online grow.
     */
    public static StateVolume stateVolume(FleetDataVolume volume) {
        Output<DataVolumeScript> script = volume.devicePath()
                .applyValue(p -> DataVolumeScript.standard(new DataVolumeDevice(p)));
        List<RemoteFile.Spec> files = List.of(
                new RemoteFile.Spec(DataVolumeScript.SCRIPT, script.applyValue(d -> d.script().content()), "0755", "root:root"),
                new RemoteFile.Spec(DataVolumeScript.DOCKER_DROP_IN, script.applyValue(d -> d.dockerDropIn().content()),
                        "0644", "root:root"));
        // daemon-reload: the drop-in may change without the fstab (the script reloads only for fstab changes)
        return new StateVolume(files, Output.of(DataVolumeScript.SETUP_COMMAND + " && sudo systemctl daemon-reload"),
                DataVolumeScript.GROW_COMMAND, volume.sizeGb());
    }

    /** Room for images and logs on the root disk: 10 GiB per GiB of RAM, at least 50. */
    public static int rootDiskGb(StackSettings s) {
        return Math.max(50, s.hostSize().memoryMib() / 1024 * 10);
    }

    /** CPU 5 min (short spikes are normal under a burst of API calls), memory and disk 10 min. */
    public static AlertRules alertRules(StackSettings s) {
        var m = s.monitoring();
        return new AlertRules(s.dns().domain(), s.url() + AlertRules.HEALTH_PATH, m.uptimeRegions(), m.latencyThresholdMs(),
                m.certExpiryDays(),
                new AlertRules.HostAlert("cpu", m.cpuPercent(), 5),
                new AlertRules.HostAlert("memory", m.memoryPercent(), 10),
                new AlertRules.HostAlert("disk", m.diskPercent(), 10),
                s.alertEmail(), m.downMinutes(), m.healthCheckIntervalSeconds());
    }

    public static BackupBucketArgs backupBucket(StackSettings s) {
        var b = BackupBucketArgs.builder()
                .bucketName(s.backup().bucketName().orElseGet(() -> BucketNaming.defaultBucketName(s.project(), s.stack())))
                .region(s.backup().bucketRegion())
                .retentionDays(s.backup().retentionDays())
                .writerUserName(BucketNaming.writerUserName(s.prefix()));
        s.backup().restoreBucket().ifPresent(b::restoreBucket);
        return b.build();
    }

    public static HostBackupFiles.Inputs hostBackup(StackSettings s, BackupBucket bucket) {
        var b = s.backup();
        return new HostBackupFiles.Inputs(bucket.bucketName(), b.bucketRegion(), bucket.accessKeyId(),
                bucket.secretAccessKey(), s.secrets().dbRootPassword(), b.localKeep(), b.schedule(), b.drillSchedule(),
                b.restoreFrom(), b.restoreBucket());
    }

    public static CertificateArgs certificate(StackSettings s) {
        TlsSettings tls = s.tls();
        var b = CertificateArgs.builder(s.dns().domain(), CertificateArgs.Mode.valueOf(tls.mode().name()))
                .adminEmail(s.adminEmail())
                .acmeDirectory(tls.acmeDirectory());
        tls.certificatePem().ifPresent(b::certificatePem);
        s.secrets().tlsPrivateKey().ifPresent(b::privateKey);
        return b.build();
    }

    public static EdgeSite edge(StackSettings s, TlsFiles tls) {
        return EdgeSite.builder(s.dns().domain()).tls(tls).build();
    }

    public static AppEnvironment.Settings appEnvironment(StackSettings s) {
        var smtp = s.smtp();
        return new AppEnvironment.Settings(s.dns().domain(), APP_NAME, new AppEnvironment.Smtp(smtp.host(), smtp.port(),
                "smtps".equals(smtp.tlsMode()) ? "ssl" : "tls", smtp.user(), smtp.from()));
    }

    public static FleetServices.Inputs services(StackSettings s, Sizing sizing) {
        return new FleetServices.Inputs(s.images(), s.dns().domain(), s.hostSize().vcpus(), sizing,
                AppEnvironment.containerEnv(appEnvironment(s)));
    }

    public static HostMonitoringFiles.Inputs hostMonitoring(StackSettings s, Optional<HostMonitoringFiles.CloudWatch> cloudWatch) {
        var smtp = s.smtp();
        return new HostMonitoringFiles.Inputs(
                AlertSettings.of(List.of(s.alertEmail()), smtp.from(), smtp.host(), smtp.port(), SmtpTls.parse(smtp.tlsMode())),
                LogWatchSettings.defaults().withThreshold(s.monitoring().logErrorThreshold(), s.monitoring().logWatchMinutes()),
                smtp.user(), s.secrets().smtpPassword().orElseThrow(), cloudWatch);
    }
}
