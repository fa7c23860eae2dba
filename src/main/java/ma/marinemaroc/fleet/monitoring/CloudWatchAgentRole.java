package ma.marinemaroc.fleet.monitoring;

import com.pulumi.aws.iam.InstanceProfile;
import com.pulumi.aws.iam.InstanceProfileArgs;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicyAttachment;
import com.pulumi.aws.iam.RolePolicyAttachmentArgs;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import ma.marinemaroc.fleet.Providers;
import ma.marinemaroc.fleet.config.Cloud;
import ma.marinemaroc.fleet.config.StackSettings;

import java.util.Map;

/**
 * The EC2 host's identity for the CloudWatch agent (AWS only): an IAM role EC2 may assume, with AWS's managed
 * CloudWatchAgentServerPolicy (put metrics, read EC2 tags/volumes, write logs), and the instance profile the instance
 * launches with. Create it before the host and pass {@link #instanceProfileName()} to the instance.
 */
public class CloudWatchAgentRole extends ComponentResource {
    public static final String TYPE = "fleet:monitoring:CloudWatchAgentRole";
    public static final String POLICY_ARN = "arn:aws:iam::aws:policy/CloudWatchAgentServerPolicy";

    /** Only EC2 may assume the role. */
    static final String ASSUME_ROLE_POLICY = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},\
            "Action":"sts:AssumeRole"}]}""";

    /** Known once the policy is attached, so an instance using it starts with working credentials. */
    @Export(name = "instanceProfileName", refs = {String.class}, tree = "[0]")
    private final Output<String> instanceProfileName;
    /** For attaching further policies to the host's role. */
    @Export(name = "roleName", refs = {String.class}, tree = "[0]")
    private final Output<String> roleName;

    public CloudWatchAgentRole(String name, StackSettings s, Providers providers, ComponentResourceOptions options) {
        super(TYPE, name, options);
        if (s.cloud() != Cloud.AWS) {
            throw new IllegalArgumentException("CloudWatchAgentRole is for AWS stacks; " + s.stack() + " runs on "
                    + s.cloud().key());
        }
        var child = CustomResourceOptions.builder().parent(this).provider(providers.awsHost()).build();
        String roleName = s.prefix() + "-host";
        var role = new Role(name + "-role", RoleArgs.builder()
                .name(roleName)
                .description("Fleet host (" + s.stack() + "): CloudWatch agent metrics")
                .assumeRolePolicy(ASSUME_ROLE_POLICY)
                .tags(Map.of("Name", roleName))
                .build(), child);
        var attachment = new RolePolicyAttachment(name + "-cloudwatch-agent", RolePolicyAttachmentArgs.builder()
                .role(role.name())
                .policyArn(POLICY_ARN)
                .build(), child);
        var profile = new InstanceProfile(name + "-profile", InstanceProfileArgs.builder()
                .name(roleName)
                .role(role.name())
                .tags(Map.of("Name", roleName))
                .build(), child);
        this.roleName = role.name();
        this.instanceProfileName = Output.tuple(profile.name(), attachment.id()).applyValue(t -> t.t1);
        registerOutputs(Map.of("instanceProfileName", instanceProfileName, "roleName", this.roleName));
    }

    public Output<String> instanceProfileName() {
        return instanceProfileName;
    }

    public Output<String> roleName() {
        return roleName;
    }
}
