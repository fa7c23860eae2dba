package ma.marinemaroc.fleet;

import com.pulumi.Context;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import ma.marinemaroc.fleet.backup.HostBackupFiles;
import ma.marinemaroc.fleet.backup.ManagedBackupFiles;
import ma.marinemaroc.fleet.components.BackupBucket;
import ma.marinemaroc.fleet.components.FleetHost;
import ma.marinemaroc.fleet.config.StackSettings;
import ma.marinemaroc.fleet.dbtuning.DatabaseIndexes;
import ma.marinemaroc.fleet.edge.EdgeSite;
import ma.marinemaroc.fleet.edge.LoadBalanced;
import ma.marinemaroc.fleet.fleetbase.FleetbaseContract;
import ma.marinemaroc.fleet.host.RemoteFile;
import ma.marinemaroc.fleet.host.bootstrap.BootstrapFiles;
import ma.marinemaroc.fleet.host.bootstrap.BootstrapSpec;
import ma.marinemaroc.fleet.monitoring.HostMonitoringFiles;
import ma.marinemaroc.fleet.services.AppEnvironment;
import ma.marinemaroc.fleet.services.AppHost;
import ma.marinemaroc.fleet.services.AppHostServices;
import ma.marinemaroc.fleet.services.FleetServices;
import ma.marinemaroc.fleet.services.HostStep;
import ma.marinemaroc.fleet.services.ManagedDatabaseAccess;
import ma.marinemaroc.fleet.services.ServiceFiles;
import ma.marinemaroc.fleet.services.ServiceRole;
import ma.marinemaroc.fleet.services.Services;
import ma.marinemaroc.fleet.services.ServicesArgs;
import ma.marinemaroc.fleet.services.Sizing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The program of a {@code fleet:topology: scaled} stack, in the order of {@link FleetStack}'s: the cloud's part (the
 * private network, the managed MySQL and cache, the app hosts, the load balancer, DNS, the uploads bucket), the
 * off-region backup bucket, everything on each app host, monitoring, the outputs. Every app host gets the same files
 * and containers; host 0 also runs the database steps of each API image (once for the fleet: the other hosts' releases
 * wait for them), the scheduler, the socket server the other hosts relay the console's websocket to, and the backups
 * against the managed database.
 */
final class ScaledFleetStack {
    private ScaledFleetStack() {
    }

    static void deploy(Context ctx, StackSettings s, Providers providers) {
        // internet -> load balancer (TLS) -> app hosts; managed MySQL and cache in the private network
        ScaledCloud cloud = ScaledCloud.of(s, providers);

        // backups: a bucket in another region, written by host 0
        var backup = new BackupBucket("backup", StackMapping.backupBucket(s), providers.inBackupRegion());

        // on every app host: files, containers, and the steps around them
        Sizing sizing = Sizing.forAppHost(s.hostSize());
        ScaledCloud.Database db = cloud.database();
        ScaledCloud.Cache cache = cloud.cache();
        ScaledCloud.Uploads uploads = cloud.uploads();
        var dbAccess = ManagedDatabaseAccess.onHost(s.images().database(), ManagedDatabaseAccess.Flavour.MYSQL, db.caFile());
        HostBackupFiles.Inputs hostBackup = StackMapping.hostBackup(s, backup);
        var managedBackup = new ManagedBackupFiles.Inputs(hostBackup, dbAccess, db.user(), db.password());
        HostMonitoringFiles.Inputs hostMonitoring = StackMapping.hostMonitoring(s, cloud.cloudWatch());
        var appEnv = AppEnvironment.scaledContainerEnv(StackMapping.appEnvironment(s), new AppEnvironment.Scaled(
                uploads.region(), uploads.endpoint(),
                db.caFile().map(f -> AppHostServices.CA_DIR_IN_CONTAINER + f.substring(AppHostServices.CA_DIR.length())),
                cache.verifyServer()));
        var specInputs = new FleetServices.Inputs(s.images(), s.dns().domain(), s.hostSize().vcpus(), sizing, appEnv);
        var indexes = new DatabaseIndexes.Settings(dbAccess.exec(), dbAccess.clientOptions(), "fleetbase", "", "fleetbase",
                5, 12, 2_000_000);
        var edge = EdgeSite.builder(s.dns().domain()).loadBalanced(new LoadBalanced(ScaledMapping.scaled(s).networkRange()))
                .build();

        List<FleetHost> hosts = cloud.hosts();
        FleetHost leader = hosts.get(0);
        List<Services> services = new ArrayList<>();
        for (int i = 0; i < hosts.size(); i++) {
            FleetHost host = hosts.get(i);
            boolean first = i == 0;
            String name = "app-" + i;
            Output<String> socketHost = first ? Output.of(ServiceRole.SOCKET.containerBase()) : leader.privateIp();
            int socketPort = first ? FleetbaseContract.SOCKET_CONTAINER_PORT : FleetbaseContract.SOCKET_PUBLIC_PORT;
            Output<String> dotenv = AppEnvironment.scaledDotenv(new AppEnvironment.ScaledSecrets(s.secrets().appKey(),
                    db.host(), db.port(), db.user(), db.password(), cache.host(), cache.port(), cache.password(),
                    s.secrets().smtpPassword().orElse(Output.of("")), uploads.bucket(), uploads.keyId(),
                    uploads.secretKey(), socketHost, socketPort));

            List<RemoteFile.Spec> files = new ArrayList<>();
            var hardening = BootstrapFiles.afterBoot(Optional.of(BootstrapSpec.DEFAULT_AUTO_REBOOT));
            hardening.forEach(f -> files.add(new RemoteFile.Spec(f.path(), Output.of(f.content()), f.permissions(), f.owner())));
            files.addAll(ServiceFiles.appHost(sizing, dotenv, StackMapping.APP_NAME));
            files.addAll(HostMonitoringFiles.files(hostMonitoring));
            List<HostStep> steps = new ArrayList<>();
            steps.add(new HostStep(name + "-metadata-block", HostStep.Phase.BEFORE_CONTAINERS, BootstrapFiles.METADATA_BLOCK_ENABLE,
                    List.of("metadata-block", hardening.stream().filter(f -> f.path().contains("metadata-block"))
                            .map(f -> f.path() + "\n" + f.content()).toList().toString().hashCode())));
            HostStep ca = cloud.databaseCa();
            steps.add(new HostStep(name + "-" + ca.name(), ca.phase(), ca.script(), ca.triggers()));
            HostMonitoringFiles.afterStart(hostMonitoring).forEach(st ->
                    steps.add(new HostStep(name + "-" + st.name(), st.phase(), st.script(), st.triggers())));

            var args = ServicesArgs.builder()
                    .access(host.access())
                    .authorizedKeys(host.deployPublicKey().applyValue(k -> String.join("\n", s.ssh().publicKeys()) + "\n" + k + "\n"))
                    .services(AppHostServices.specs(specInputs, i))
                    .edge(edge)
                    .databaseSteps(cloud.databaseSteps())
                    .timezone(s.timezone())
                    .labels(s.tags());
            if (first) {
                // host 0: the managed database's client settings, the backups and the indexes after each migration
                files.add(RemoteFile.Spec.secret(dbAccess.clientCnf(), Output.tuple(db.host(), db.port(),
                                db.user(), db.password()).applyValue(t -> dbAccess.clientCnf(t.t1, t.t2, t.t3, t.t4)),
                        "0400", "root:root"));
                files.add(new RemoteFile.Spec(ManagedDatabaseAccess.TOOL_WRAPPER, Output.tuple(db.host(), db.port())
                        .applyValue(t -> dbAccess.toolWrapper(t.t1, t.t2)), "0755", "root:root"));
                files.addAll(ManagedBackupFiles.files(managedBackup));
                DatabaseIndexes.files(indexes).forEach(f -> files.add(RemoteFile.Spec.of(f.path(), f.content(), f.mode())));
                steps.add(new HostStep(name + "-database-indexes", HostStep.Phase.AFTER_MIGRATIONS,
                        DatabaseIndexes.applyCommand(), List.of("database-indexes", s.images().api(),
                        DatabaseIndexes.contentHash(indexes))));
                args.appHost(AppHost.leader(dbAccess.tableCountCommand()))
                        .firstBootRestore(hostBackup.restoresOnBoot() ? ManagedBackupFiles.restoreCommand(managedBackup) : null)
                        .preUpgradeBackup(HostBackupFiles.backupCommand());
            } else {
                args.appHost(AppHost.follower(i, services.get(0).databaseStepsDone(),
                        leader.privateIp().applyValue(ip -> ip + ":" + FleetbaseContract.SOCKET_PUBLIC_PORT)));
            }
            services.add(new Services(name + "-services", args.files(files).steps(steps).build(),
                    ComponentResourceOptions.builder().build()));
        }

        // monitoring: the site, the hosts, the managed engines and the load balancer, on the cloud's own services
        CloudStack.Monitored monitoring = cloud.monitoring(s);

        ctx.export("cloud", Output.of(s.cloud().key()));
        ctx.export("topology", Output.of("scaled"));
        ctx.export("region", Output.of(s.region()));
        ctx.export("url", Output.of(s.url()));
        ctx.export("fqdn", cloud.fqdn());
        ctx.export("loadBalancer", cloud.loadBalancer());
        ctx.export("firewallId", cloud.firewallId());
        ctx.export("publicIps", Output.all(hosts.stream().map(FleetHost::publicIp).toList()));
        ctx.export("sshCommands", Output.all(hosts.stream().map(h -> h.publicIp()
                .applyValue(ip -> "ssh -p " + s.ssh().port() + " deploy@" + ip)).toList()));
        ctx.export("hostPublicKeys", Output.all(hosts.stream().map(FleetHost::hostPublicKey).toList()));
        ctx.export("containers", Output.all(services.stream().map(Services::containers).toList()));
        ctx.export("databaseHost", db.host());
        ctx.export("cacheHost", cache.host());
        ctx.export("uploadsBucket", uploads.bucket());
        ctx.export("monitored", monitoring.monitored());
        ctx.export("alertsTo", monitoring.alertsTo());
        ctx.export("backupBucket", backup.bucketName());
        ctx.export("backupRegion", backup.region());
    }
}
