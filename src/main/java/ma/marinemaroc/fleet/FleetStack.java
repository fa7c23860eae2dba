package ma.marinemaroc.fleet;

import com.pulumi.Context;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import ma.marinemaroc.fleet.backup.HostBackupFiles;
import ma.marinemaroc.fleet.components.BackupBucket;
import ma.marinemaroc.fleet.config.ConfigSource;
import ma.marinemaroc.fleet.config.StackSettings;
import ma.marinemaroc.fleet.config.StackSettingsLoader;
import ma.marinemaroc.fleet.dbtuning.DatabaseIndexes;
import ma.marinemaroc.fleet.host.RemoteFile;
import ma.marinemaroc.fleet.host.bootstrap.BootstrapFiles;
import ma.marinemaroc.fleet.host.bootstrap.BootstrapSpec;
import ma.marinemaroc.fleet.monitoring.HostMonitoringFiles;
import ma.marinemaroc.fleet.services.AppEnvironment;
import ma.marinemaroc.fleet.services.FleetServices;
import ma.marinemaroc.fleet.services.HostStep;
import ma.marinemaroc.fleet.services.ServiceFiles;
import ma.marinemaroc.fleet.services.Services;
import ma.marinemaroc.fleet.services.ServicesArgs;
import ma.marinemaroc.fleet.services.Sizing;
import ma.marinemaroc.fleet.tls.Certificate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The program, in the order of README's architecture diagram: the stack config is read and validated first (nothing
 * is declared on a bad config); then the cloud's part (host, firewall, DNS), the off-region backup bucket, the site's
 * certificate, everything on the host, and monitoring; then what the platform team and on-call need as outputs.
 */
public final class FleetStack {
    private FleetStack() {
    }

    public static void program(Context ctx) {
        deploy(ctx, ConfigSource.fromDeployment());
    }

    public static void deploy(Context ctx, ConfigSource config) {
        StackSettings s = StackSettingsLoader.load(config, ctx.projectName(), ctx.stackName());
        Providers providers = new Providers(s);
        if (s.isScaled()) {
            // app hosts behind the cloud's load balancer, on managed MySQL and Redis/Valkey: the same story per host
            ScaledFleetStack.deploy(ctx, s, providers);
            return;
        }
        var opts = ComponentResourceOptions.builder().build();

        // internet -> cloud firewall -> host (reserved / Elastic IP), and the DNS name on that address
        CloudStack cloud = CloudStack.of(s, providers);

        // backups: a bucket in another region
        var backup = new BackupBucket("backup", StackMapping.backupBucket(s), providers.inBackupRegion());

        // TLS for the edge
        var certificate = new Certificate("certificate", StackMapping.certificate(s), opts);

        // on the host: files, containers, and the steps around them
        Sizing sizing = Sizing.forHost(s.hostSize());
        HostBackupFiles.Inputs hostBackup = StackMapping.hostBackup(s, backup);
        HostMonitoringFiles.Inputs hostMonitoring = StackMapping.hostMonitoring(s, cloud.cloudWatch());
        List<RemoteFile.Spec> files = new ArrayList<>();
        // host hardening that can change without replacing the host: unattended upgrades, the metadata block
        var hardening = BootstrapFiles.afterBoot(Optional.of(BootstrapSpec.DEFAULT_AUTO_REBOOT));
        hardening.forEach(f -> files.add(new RemoteFile.Spec(f.path(), Output.of(f.content()), f.permissions(), f.owner())));
        files.addAll(ServiceFiles.all(new ServiceFiles.Inputs(s.stack(), sizing, s.secrets().dbRootPassword(),
                s.secrets().dbPassword(), s.secrets().redisPassword(), AppEnvironment.dotenv(new AppEnvironment.Secrets(
                s.secrets().appKey(), s.secrets().dbPassword(), s.secrets().redisPassword(),
                s.secrets().smtpPassword().orElse(Output.of("")))))));
        files.addAll(certificate.files());
        files.addAll(HostBackupFiles.files(hostBackup));
        files.addAll(HostMonitoringFiles.files(hostMonitoring));
        // the database's indexes, created online after the migrations of each API image
        var indexes = DatabaseIndexes.Settings.production();
        DatabaseIndexes.files(indexes).forEach(f -> files.add(RemoteFile.Spec.of(f.path(), f.content(), f.mode())));
        List<HostStep> steps = new ArrayList<>(certificate.steps());
        // re-run when the block's script or unit changes (their contents are part of the triggers)
        steps.add(new HostStep("host-metadata-block", HostStep.Phase.BEFORE_CONTAINERS, BootstrapFiles.METADATA_BLOCK_ENABLE,
                List.of("metadata-block", hardening.stream().filter(f -> f.path().contains("metadata-block"))
                        .map(f -> f.path() + "\n" + f.content()).toList().toString().hashCode())));
        steps.addAll(HostMonitoringFiles.afterStart(hostMonitoring));
        steps.add(new HostStep("database-indexes", HostStep.Phase.AFTER_MIGRATIONS, DatabaseIndexes.applyCommand(),
                List.of("database-indexes", s.images().api(), DatabaseIndexes.contentHash(indexes))));
        var host = cloud.host();
        var services = new Services("services", ServicesArgs.builder()
                .access(host.access())
                .stateVolume(StackMapping.stateVolume(cloud.dataVolume()))
                .authorizedKeys(host.deployPublicKey().applyValue(k -> String.join("\n", s.ssh().publicKeys()) + "\n" + k + "\n"))
                .services(FleetServices.specs(StackMapping.services(s, sizing)))
                .files(files)
                .edge(StackMapping.edge(s, certificate.tlsFiles()))
                .steps(steps)
                .afterStartDependsOn(List.of(cloud.dnsRecord()))
                .firstBootRestore(hostBackup.restoresOnBoot() ? HostBackupFiles.restoreCommand(hostBackup) : null)
                .preUpgradeBackup(HostBackupFiles.backupCommand())
                .timezone(s.timezone())
                .labels(s.tags())
                .build(), opts);

        // monitoring: outside-in checks and host alerts, on the cloud's own services
        CloudStack.Monitored monitoring = cloud.monitoring(s);

        ctx.export("cloud", Output.of(s.cloud().key()));
        ctx.export("region", Output.of(s.region()));
        ctx.export("publicIp", host.publicIp());
        ctx.export("url", Output.of(s.url()));
        ctx.export("fqdn", cloud.fqdn());
        ctx.export("firewallId", cloud.firewallId());
        ctx.export("sshCommand", host.publicIp().applyValue(ip -> "ssh -p " + s.ssh().port() + " deploy@" + ip));
        ctx.export("hostPublicKey", host.hostPublicKey());
        ctx.export("containers", services.containers());
        ctx.export("certificateMode", certificate.mode());
        ctx.export("certificateExpiry", certificate.expiry());
        ctx.export("monitored", monitoring.monitored());
        ctx.export("alertsTo", monitoring.alertsTo());
        ctx.export("backupBucket", backup.bucketName());
        ctx.export("backupRegion", backup.region());
    }
}
