package ma.marinemaroc.fleet;

import com.pulumi.aws.Provider;
import com.pulumi.aws.ProviderArgs;
import com.pulumi.aws.inputs.ProviderDefaultTagsArgs;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import ma.marinemaroc.fleet.config.Cloud;
import ma.marinemaroc.fleet.config.StackSettings;

import java.util.Optional;

/**
 * Explicit cloud providers, each tagging every resource with the project and stack: AWS in the backup bucket's
 * region (every stack), in the host's region and in us-east-1 (where Route53 health-check metrics live) on AWS stacks.
 * DigitalOcean uses the default provider configured by {@code digitalocean:token} (a secret) or DIGITALOCEAN_TOKEN.
 * Components get a provider through their options ({@link #inBackupRegion()}, ...), never child by child.
 */
public final class Providers {
    static final String US_EAST_1 = "us-east-1";
    private final Provider awsBackup;
    private final Optional<Provider> awsHost;
    private final Optional<Provider> awsUsEast1;

    public Providers(StackSettings s) {
        var tags = ProviderDefaultTagsArgs.builder().tags(s.tags()).build();
        this.awsBackup = aws("aws-" + s.backup().bucketRegion(), s.backup().bucketRegion(), tags);
        if (s.cloud() == Cloud.AWS) {
            Provider host = s.region().equals(s.backup().bucketRegion()) ? awsBackup : aws("aws-" + s.region(), s.region(), tags);
            this.awsHost = Optional.of(host);
            this.awsUsEast1 = Optional.of(s.region().equals(US_EAST_1) ? host
                    : s.backup().bucketRegion().equals(US_EAST_1) ? awsBackup : aws("aws-" + US_EAST_1, US_EAST_1, tags));
        } else {
            this.awsHost = Optional.empty();
            this.awsUsEast1 = Optional.empty();
        }
    }

    private static Provider aws(String name, String region, ProviderDefaultTagsArgs tags) {
        return new Provider(name, ProviderArgs.builder().region(region).defaultTags(tags).build(),
                CustomResourceOptions.builder().build());
    }

    /** AWS provider in the host's region; only on AWS stacks. */
    public Provider awsHost() {
        return awsHost.orElseThrow(() -> new IllegalStateException("no AWS host provider on a DigitalOcean stack"));
    }

    /** AWS provider in us-east-1; only on AWS stacks. */
    public Provider awsUsEast1() {
        return awsUsEast1.orElseThrow(() -> new IllegalStateException("no us-east-1 provider on a DigitalOcean stack"));
    }

    /** AWS provider in the backup bucket's region. */
    public Provider awsBackup() {
        return awsBackup;
    }

    /** Component options handing the host region's AWS provider to every child. */
    public ComponentResourceOptions inHostRegion() {
        return ComponentResourceOptions.builder().providers(awsHost()).build();
    }

    /** Component options handing the backup region's AWS provider to every child. */
    public ComponentResourceOptions inBackupRegion() {
        return ComponentResourceOptions.builder().providers(awsBackup).build();
    }
}
