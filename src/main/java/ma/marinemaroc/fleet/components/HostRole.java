package ma.marinemaroc.fleet.components;

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

import java.util.Map;

/**
 * The EC2 host's identity (AWS only): an IAM role EC2 may assume, with AWS's managed CloudWatchAgentServerPolicy
 * (the CloudWatch agent: put metrics, read EC2 tags/volumes, write logs), and the instance profile the instance
 * launches with. Create it before the host and pass {@link #instanceProfileName()} to {@link Ec2Host}. The AWS
 * provider comes through the component's options.
 */
public class HostRole extends ComponentResource {
    public static final String TYPE = Components.type(HostRole.class);
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

    public HostRole(String name, HostRoleArgs args, ComponentResourceOptions options) {
        super(TYPE, name, Components.aliased(options, "fleet:monitoring:CloudWatchAgentRole"));
        args.validate();
        var child = CustomResourceOptions.builder().parent(this).build();
        String roleName = args.roleName();
        var role = new Role(name + "-role", RoleArgs.builder()
                .name(roleName)
                .description(args.description())
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
