package ma.marinemaroc.examples.backupbucket;

import com.pulumi.Context;
import com.pulumi.Pulumi;
import com.pulumi.aws.Provider;
import com.pulumi.aws.ProviderArgs;
import com.pulumi.resources.ComponentResourceOptions;
import ma.marinemaroc.fleet.components.BackupBucket;
import ma.marinemaroc.fleet.components.BackupBucketArgs;
import ma.marinemaroc.fleet.components.HostRole;
import ma.marinemaroc.fleet.components.HostRoleArgs;

/**
 * Two components of the fleet library in a program of their own: the IAM role (and instance profile) an EC2 host
 * launches with, and an S3 backup bucket in another region with the IAM user that writes to it. The bucket's region
 * comes from an explicit AWS provider passed in the component's options (every child inherits it); the role uses
 * the stack's default AWS provider ({@code aws:region}).
 */
public final class App {
    private App() {
    }

    public static void main(String[] args) {
        Pulumi.run(App::program);
    }

    public static void program(Context ctx) {
        var config = ctx.config();
        String prefix = config.require("prefix");
        String backupRegion = config.require("backupRegion");

        var role = new HostRole("host-role", HostRoleArgs.builder()
                .roleName(prefix + "-host")
                .description("Demo host: CloudWatch agent metrics")
                .build(), ComponentResourceOptions.builder().build());

        var backupRegionAws = new Provider("backup-region", ProviderArgs.builder().region(backupRegion).build());
        var backups = new BackupBucket("backups", BackupBucketArgs.builder()
                .bucketName(config.require("bucketName"))
                .region(backupRegion)
                .writerUserName(prefix + "-backup-writer")
                .retentionDays(config.requireInteger("retentionDays"))
                .build(), ComponentResourceOptions.builder().providers(backupRegionAws).build());

        ctx.export("instanceProfileName", role.instanceProfileName());
        ctx.export("bucketName", backups.bucketName());
        ctx.export("bucketRegion", backups.region());
        ctx.export("writerAccessKeyId", backups.accessKeyId());
        ctx.export("writerSecretAccessKey", backups.secretAccessKey());
    }
}
