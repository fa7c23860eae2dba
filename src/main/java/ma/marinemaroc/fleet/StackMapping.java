package ma.marinemaroc.fleet;

import ma.marinemaroc.fleet.backup.BucketNaming;
import ma.marinemaroc.fleet.backup.HostBackupFiles;
import ma.marinemaroc.fleet.components.BackupBucket;
import ma.marinemaroc.fleet.components.BackupBucketArgs;
import ma.marinemaroc.fleet.components.FirewallRuleArgs;
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
