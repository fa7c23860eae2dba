package ma.marinemaroc.fleet.components;

import com.pulumi.Context;
import com.pulumi.resources.ComponentResourceOptions;
import ma.marinemaroc.fleet.config.StackFile;
import ma.marinemaroc.fleet.host.bootstrap.DataVolumeDevice;
import ma.marinemaroc.fleet.plan.PlanRun;
import ma.marinemaroc.fleet.plan.RecordedResource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The data volume components on their own: inputs checked at once, the volume protected, its stable device path. */
class DataVolumeComponentsTest {
    private static final StackFile EMPTY = StackFile.parse("test", "config: {}\n".getBytes(StandardCharsets.UTF_8));

    private static PlanRun.Result run(Consumer<Context> program) {
        PlanRun.Result r = PlanRun.run(EMPTY, "fleet", "test", program);
        assertThat(r.failed()).as("%s %s", r.errors(), r.exceptions()).isFalse();
        return r;
    }

    @Test
    void dropletVolumeIsProtectedAndFoundByItsName() {
        PlanRun.Result r = run(ctx -> {
            var v = new DropletDataVolume("data", DropletDataVolumeArgs.builder().volumeName("fleet-production-data")
                    .region("fra1").sizeGb(80).build(), ComponentResourceOptions.builder().build());
            ctx.export("device", v.devicePath());
        });
        RecordedResource volume = r.one("digitalocean:index/volume:Volume");
        assertThat(volume.protect()).isTrue();
        assertThat(volume.plainInput("size")).isEqualTo(80L);
        assertThat(volume.inputs()).doesNotContainKeys("initialFilesystemType", "initialFilesystemLabel");
        assertThat(r.outputs().get("device")).isEqualTo(DataVolumeDevice.digitalOcean("fleet-production-data").byIdPath());
    }

    @Test
    void ebsVolumeIsEncryptedProtectedSnapshottedAndFoundByItsId() {
        PlanRun.Result r = run(ctx -> {
            var v = new EbsDataVolume("data", EbsDataVolumeArgs.builder().volumeName("fleet-staging-data")
                    .availabilityZone("eu-west-1b").sizeGb(40).snapshotRetainCount(14).build(),
                    ComponentResourceOptions.builder().build());
            ctx.export("device", v.devicePath());
            ctx.export("id", v.volumeId());
        });
        RecordedResource volume = r.one("aws:ebs/volume:Volume");
        assertThat(volume.protect()).isTrue();
        assertThat(volume.plainInput("encrypted")).isEqualTo(true);
        assertThat(volume.plainInput("finalSnapshot")).isEqualTo(true);
        assertThat(volume.plainInput("type")).isEqualTo("gp3");
        assertThat(r.outputs().get("device"))
                .isEqualTo(DataVolumeDevice.aws(String.valueOf(r.outputs().get("id"))).byIdPath());
        RecordedResource policy = r.one("aws:dlm/lifecyclePolicy:LifecyclePolicy");
        assertThat(String.valueOf(policy.plainInput("policyDetails")))
                .contains("targetTags={fleet-data-volume=fleet-staging-data}", "retainRule={count=14}", "times=03:00");
        assertThat(volume.plainInput("tags").toString()).contains("fleet-data-volume=fleet-staging-data");
    }

    @Test
    void snapshotsCanBeLeftOut() {
        PlanRun.Result r = run(ctx -> new EbsDataVolume("data", EbsDataVolumeArgs.builder().volumeName("v")
                .availabilityZone("eu-west-1a").sizeGb(20).snapshots(false).build(), null));
        assertThat(r.ofType("aws:dlm/lifecyclePolicy:LifecyclePolicy")).isEmpty();
        assertThat(r.ofType("aws:iam/role:Role")).isEmpty();
    }

    @Test
    void everyBadInputIsNamedAtOnce() {
        assertThatThrownBy(() -> DropletDataVolumeArgs.builder().volumeName("1-data").sizeGb(0).build())
                .hasMessage("DropletDataVolumeArgs: volumeName must be lowercase letters, digits and '-', start with a "
                        + "letter, at most 64; got '1-data'; region is required; sizeGb must be 1..16384, got 0");
        assertThatThrownBy(() -> EbsDataVolumeArgs.builder().volumeName("v").availabilityZone("eu-west-1")
                .sizeGb(20).iops(100).snapshotTime("3am").build())
                .hasMessage("EbsDataVolumeArgs: availabilityZone must look like eu-west-1a, got 'eu-west-1'; iops must "
                        + "be 3000..16000, got 100; snapshotTime must be HH:MM (UTC), got '3am'");
        assertThatThrownBy(() -> Ec2HostArgs.builder().hostname("h").instanceType("t3.large")
                .securityGroupIds(com.pulumi.core.Output.of(java.util.List.of("sg-1")))
                .dataVolumeId(com.pulumi.core.Output.of("vol-1")).build())
                .hasMessageContaining("availabilityZone is required with dataVolumeId");
    }
}
