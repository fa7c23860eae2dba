package ma.marinemaroc.fleet;

import com.pulumi.aws.Provider;
import com.pulumi.aws.ProviderArgs;
import com.pulumi.aws.inputs.ProviderDefaultTagsArgs;
import com.pulumi.resources.CustomResourceOptions;
import ma.marinemaroc.fleet.config.Cloud;
import ma.marinemaroc.fleet.config.StackSettings;

/**
 * Explicit cloud providers: AWS in the host's region (AWS stacks) and in the backup bucket's region (all stacks),
 * both tagging every resource with the project and stack. DigitalOcean uses the default provider configured by
 * {@code digitalocean:token} (set as a secret) or DIGITALOCEAN_TOKEN.
 */
public final class Providers {
    private final Provider awsHost;
    private final Provider awsBackup;

    public Providers(StackSettings s) {
        var tags = ProviderDefaultTagsArgs.builder().tags(s.tags()).build();
        this.awsBackup = new Provider("aws-" + s.backup().bucketRegion(), ProviderArgs.builder()
                .region(s.backup().bucketRegion()).defaultTags(tags).build(), CustomResourceOptions.builder().build());
        this.awsHost = s.cloud() == Cloud.AWS
                ? new Provider("aws-" + s.region(), ProviderArgs.builder().region(s.region()).defaultTags(tags).build())
                : null;
    }

    /** AWS provider in the host's region; only on AWS stacks. */
    public Provider awsHost() {
        if (awsHost == null) throw new IllegalStateException("no AWS host provider on a DigitalOcean stack");
        return awsHost;
    }

    /** AWS provider in the backup bucket's region. */
    public Provider awsBackup() {
        return awsBackup;
    }
}
