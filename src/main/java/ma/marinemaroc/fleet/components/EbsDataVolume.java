package ma.marinemaroc.fleet.components;

import com.pulumi.aws.dlm.LifecyclePolicy;
import com.pulumi.aws.dlm.LifecyclePolicyArgs;
import com.pulumi.aws.dlm.inputs.LifecyclePolicyPolicyDetailsArgs;
import com.pulumi.aws.dlm.inputs.LifecyclePolicyPolicyDetailsScheduleArgs;
import com.pulumi.aws.dlm.inputs.LifecyclePolicyPolicyDetailsScheduleCreateRuleArgs;
import com.pulumi.aws.dlm.inputs.LifecyclePolicyPolicyDetailsScheduleRetainRuleArgs;
import com.pulumi.aws.ebs.Volume;
import com.pulumi.aws.ebs.VolumeArgs;
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
import java.util.TreeMap;

/**
 * An EBS volume for the host's state (gp3, encrypted), {@code protect}ed and declared apart from the instance: a
 * replaced instance attaches the same volume, {@code pulumi destroy} stops at it, and if it is ever deleted on
 * purpose AWS takes a final snapshot first. A Data Lifecycle Manager policy snapshots it daily (crash-consistent
 * copies in the same region, beside the stack's off-region logical backups).
 *
 * <p>On Nitro instances (every type the stack supports) the host sees the volume as an NVMe device whose serial
 * number is the volume id, so {@link #devicePath()} is that by-id link, not the attachment's device name.
 */
public class EbsDataVolume extends ComponentResource implements FleetDataVolume {
    public static final String TYPE = Components.type(EbsDataVolume.class);
    /** The by-id prefix udev gives an EBS volume on a Nitro instance (then the id without its dash). */
    public static final String BY_ID_PREFIX = "/dev/disk/by-id/nvme-Amazon_Elastic_Block_Store_vol";
    /** AWS's managed policy for Data Lifecycle Manager's default role. */
    public static final String DLM_POLICY_ARN = "arn:aws:iam::aws:policy/service-role/AWSDataLifecycleManagerServiceRole";
    /** The tag the snapshot policy selects the volume by. */
    public static final String SNAPSHOT_TAG = "fleet-data-volume";

    static final String DLM_ASSUME_ROLE_POLICY = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"dlm.amazonaws.com"},\
            "Action":"sts:AssumeRole"}]}""";

    /** The volume id (vol-...). */
    @Export(name = "volumeId", refs = {String.class}, tree = "[0]")
    private final Output<String> volumeId;
    /** Where the host sees the volume. */
    @Export(name = "devicePath", refs = {String.class}, tree = "[0]")
    private final Output<String> devicePath;

    private final int sizeGb;

    public EbsDataVolume(String name, EbsDataVolumeArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        args.validate();
        this.sizeGb = args.sizeGb();
        var child = CustomResourceOptions.builder().parent(this).build();
        Map<String, String> tags = new TreeMap<>(args.tags());
        tags.put("Name", args.volumeName());
        tags.put(SNAPSHOT_TAG, args.volumeName());
        var volumeArgs = VolumeArgs.builder();
        args.kmsKeyId().ifPresent(volumeArgs::kmsKeyId);
        var volume = new Volume(name + "-volume", volumeArgs
                .availabilityZone(args.availabilityZone())
                .size(args.sizeGb())
                .type("gp3")
                .iops(args.iops())
                .throughput(args.throughputMibps())
                .encrypted(true)
                .finalSnapshot(true)
                .tags(tags)
                .build(), CustomResourceOptions.builder().parent(this).protect(true).build());

        if (args.snapshots()) {
            var role = new Role(name + "-snapshot-role", RoleArgs.builder()
                    .name(args.volumeName() + "-snapshots")
                    .description("Data Lifecycle Manager: daily snapshots of " + args.volumeName())
                    .assumeRolePolicy(DLM_ASSUME_ROLE_POLICY)
                    .build(), child);
            var attach = new RolePolicyAttachment(name + "-snapshot-role-policy", RolePolicyAttachmentArgs.builder()
                    .role(role.name())
                    .policyArn(DLM_POLICY_ARN)
                    .build(), child);
            new LifecyclePolicy(name + "-snapshots", LifecyclePolicyArgs.builder()
                    .description("Daily snapshots of " + args.volumeName())
                    .executionRoleArn(Output.tuple(role.arn(), attach.id()).applyValue(t -> t.t1))
                    .state("ENABLED")
                    .policyDetails(LifecyclePolicyPolicyDetailsArgs.builder()
                            .resourceTypes("VOLUME")
                            .targetTags(Map.of(SNAPSHOT_TAG, args.volumeName()))
                            .schedules(LifecyclePolicyPolicyDetailsScheduleArgs.builder()
                                    .name("daily")
                                    .copyTags(true)
                                    .createRule(LifecyclePolicyPolicyDetailsScheduleCreateRuleArgs.builder()
                                            .interval(24).intervalUnit("HOURS").times(args.snapshotTime()).build())
                                    .retainRule(LifecyclePolicyPolicyDetailsScheduleRetainRuleArgs.builder()
                                            .count(args.snapshotRetainCount()).build())
                                    .build())
                            .build())
                    .tags(Map.of("Name", args.volumeName() + "-snapshots"))
                    .build(), child);
        }
        this.volumeId = volume.id();
        this.devicePath = volume.id().applyValue(EbsDataVolume::devicePath);
        registerOutputs(Map.of("volumeId", volumeId, "devicePath", devicePath));
    }

    /** The by-id path of the EBS volume {@code vol-...} on a Nitro instance. */
    public static String devicePath(String volumeId) {
        if (!volumeId.matches("vol-[0-9a-f]{8}([0-9a-f]{9})?")) {
            throw new IllegalArgumentException("not an EBS volume id: '" + volumeId + "'");
        }
        return BY_ID_PREFIX + volumeId.substring("vol-".length());
    }

    @Override
    public Output<String> volumeId() {
        return volumeId;
    }

    @Override
    public Output<String> devicePath() {
        return devicePath;
    }

    @Override
    public int sizeGb() {
        return sizeGb;
    }
}
