package ma.marinemaroc.fleet;

import com.pulumi.Context;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import ma.marinemaroc.fleet.backup.BackupBucket;
import ma.marinemaroc.fleet.config.Cloud;
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
            host = new Host("host", s, HostBootstrap.userData(s), providers, Optional.of(firewall.firewallId()), opts);
        } else {
            host = new Host("host", s, HostBootstrap.userData(s), providers, Optional.empty(), opts);
            firewall = new Firewall("firewall", s, providers, Optional.of(host.hostId()), opts);
        }
        var dns = new DnsRecord("dns", s, providers, host.publicIp(), host.ipv6Address(), opts);

        var backup = new BackupBucket("backup", s, providers, opts);

        var access = HostAccess.of(host);
        List<RemoteFile.Spec> files = new ArrayList<>();
        var services = new Services("services", s, access, files, opts);

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
        ctx.export("backupBucket", backup.bucketName());
        ctx.export("backupRegion", backup.region());
    }
}
