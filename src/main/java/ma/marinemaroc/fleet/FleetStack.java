package ma.marinemaroc.fleet;

import com.pulumi.Context;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import ma.marinemaroc.fleet.backup.BackupBucket;
import ma.marinemaroc.fleet.config.Cloud;
import ma.marinemaroc.fleet.edge.EdgeFiles;
import ma.marinemaroc.fleet.monitoring.CloudWatchAgentRole;
import ma.marinemaroc.fleet.monitoring.HostMonitoringFiles;
import ma.marinemaroc.fleet.monitoring.Monitoring;
import ma.marinemaroc.fleet.services.FleetServices;
import ma.marinemaroc.fleet.services.HostStep;
import ma.marinemaroc.fleet.services.ServiceSpec;
import ma.marinemaroc.fleet.services.Sizing;
import ma.marinemaroc.fleet.backup.HostBackupFiles;
import ma.marinemaroc.fleet.tls.Certificate;
import ma.marinemaroc.fleet.config.ConfigSource;
import ma.marinemaroc.fleet.config.StackSettings;
import ma.marinemaroc.fleet.config.StackSettingsLoader;
import ma.marinemaroc.fleet.host.Host;
import ma.marinemaroc.fleet.host.HostAccess;
import ma.marinemaroc.fleet.host.HostBootstrap;
import ma.marinemaroc.fleet.host.RemoteFile;
import ma.marinemaroc.fleet.services.Services;
import ma.marinemaroc.fleet.network.DnsRecord;
import ma.marinemaroc.fleet.network.Firewall;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The program: reads and validates the whole stack config first (nothing is declared on a bad config), then
 * composes the components for the stack's cloud and exports what the platform team and on-call need.
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
        var opts = ComponentResourceOptions.builder().build();

        Host host;
        Firewall firewall;
        if (s.cloud() == Cloud.AWS) {
            firewall = new Firewall("firewall", s, providers, Optional.empty(), opts);
            var agentRole = new CloudWatchAgentRole("cloudwatch-agent", s, providers, opts);
            host = new Host("host", s, HostBootstrap.userData(s), providers, Optional.of(firewall.firewallId()),
                    Optional.of(agentRole.instanceProfileName()), opts);
        } else {
            host = new Host("host", s, HostBootstrap.userData(s), providers, Optional.empty(), Optional.empty(), opts);
            firewall = new Firewall("firewall", s, providers, Optional.of(host.hostId()), opts);
        }
        var dns = new DnsRecord("dns", s, providers, host.publicIp(), host.ipv6Address(), opts);

        var backup = new BackupBucket("backup", s, providers, opts);

        var access = HostAccess.of(host);
        var certificate = new Certificate("certificate", s, opts);
        List<RemoteFile.Spec> files = new ArrayList<>(certificate.files());
        files.add(host.authorizedKeys());
        files.addAll(EdgeFiles.specs(EdgeFiles.site(s, certificate.tlsFiles())));
        files.addAll(HostMonitoringFiles.files(s));
        Sizing sizing = Sizing.forHost(s.hostSize());
        List<ServiceSpec> specs = FleetServices.specs(s, sizing);
        files.addAll(HostBackupFiles.files(s, backup, specs, backup.bucketName()));
        List<HostStep> afterStart = new ArrayList<>(certificate.afterStart());
        afterStart.addAll(HostMonitoringFiles.afterStart(s));
        Optional<String> restore = s.backup().restoresOnBoot() ? Optional.of(HostBackupFiles.restoreCommand(s)) : Optional.empty();
        var services = new Services("services", s, access, sizing, specs,
                new Services.Inputs(files, certificate.beforeHttpd(), afterStart, restore, List.of(dns)), opts);
        var monitoring = new Monitoring("monitoring", s, providers, host.hostId(), opts);

        ctx.export("cloud", Output.of(s.cloud().key()));
        ctx.export("region", Output.of(s.region()));
        ctx.export("publicIp", host.publicIp());
        ctx.export("url", Output.of(s.url()));
        ctx.export("fqdn", dns.fqdn());
        ctx.export("firewallId", firewall.firewallId());
        ctx.export("sshCommand", host.publicIp().applyValue(ip ->
                "ssh -p " + s.ssh().port() + " deploy@" + ip));
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
