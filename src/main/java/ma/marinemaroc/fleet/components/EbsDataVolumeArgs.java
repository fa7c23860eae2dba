package ma.marinemaroc.fleet.components;

import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Inputs of {@link EbsDataVolume}. The AWS provider (region, default tags) comes through the component's options and
 * is inherited by every child.
 */
public final class EbsDataVolumeArgs extends ResourceArgs {
    /** The volume's Name tag, also naming its snapshot policy and role: 1..48 of a-z, 0-9, '-'. Required. */
    @Import(name = "volumeName", required = true)
    private String volumeName;
    /** The availability zone, e.g. eu-west-1a; must be the instance's. Required. A change would replace the volume. */
    @Import(name = "availabilityZone", required = true)
    private String availabilityZone;
    /** Size in GiB, 1..16384. Required. A larger value grows the volume in place; a smaller one is refused by AWS. */
    @Import(name = "sizeGb", required = true)
    private Integer sizeGb;
    /** gp3 IOPS, 3000..16000. Default 3000 (gp3's baseline, no extra cost). */
    @Import(name = "iops")
    private Integer iops;
    /** gp3 throughput in MiB/s, 125..1000. Default 125 (baseline). */
    @Import(name = "throughputMibps")
    private Integer throughputMibps;
    /** KMS key for the encryption. Default: the account's AWS-managed EBS key. */
    @Import(name = "kmsKeyId")
    private String kmsKeyId;
    /** Daily snapshots by a Data Lifecycle Manager policy. Default true. */
    @Import(name = "snapshots")
    private Boolean snapshots;
    /** When the daily snapshot starts, HH:MM in UTC. Default 03:00 (after the nightly logical backup). */
    @Import(name = "snapshotTime")
    private String snapshotTime;
    /** Daily snapshots kept, 1..1000. Default 7. */
    @Import(name = "snapshotRetainCount")
    private Integer snapshotRetainCount;
    /** Extra tags on the volume (Java: a map). Default none. */
    @Import(name = "tags")
    private List<TagArgs> tags;

    private EbsDataVolumeArgs() {
    }

    public String volumeName() {
        return volumeName;
    }

    public String availabilityZone() {
        return availabilityZone;
    }

    public int sizeGb() {
        return sizeGb;
    }

    public int iops() {
        return iops == null ? 3000 : iops;
    }

    public int throughputMibps() {
        return throughputMibps == null ? 125 : throughputMibps;
    }

    public Optional<String> kmsKeyId() {
        return Optional.ofNullable(kmsKeyId).filter(k -> !k.isBlank());
    }

    public boolean snapshots() {
        return snapshots == null || snapshots;
    }

    public String snapshotTime() {
        return snapshotTime == null ? "03:00" : snapshotTime;
    }

    public int snapshotRetainCount() {
        return snapshotRetainCount == null ? 7 : snapshotRetainCount;
    }

    public Map<String, String> tags() {
        return TagArgs.map(tags);
    }

    public void validate() {
        ArgsCheck c = new ArgsCheck("EbsDataVolumeArgs")
                .required("volumeName", volumeName)
                .that(volumeName == null || volumeName.matches("[a-z0-9][a-z0-9-]{0,47}"),
                        "volumeName must be 1..48 of a-z, 0-9, '-' (it also names the snapshot policy's role), got '"
                                + volumeName + "'")
                .required("availabilityZone", availabilityZone)
                .that(availabilityZone == null || availabilityZone.matches("[a-z]{2}(-[a-z]+)+-[0-9][a-z]"),
                        "availabilityZone must look like eu-west-1a, got '" + availabilityZone + "'")
                .required("sizeGb", sizeGb).range("sizeGb", sizeGb, 1, 16384)
                .range("iops", iops, 3000, 16000)
                .range("throughputMibps", throughputMibps, 125, 1000)
                .that(snapshotTime == null || snapshotTime.matches("([01][0-9]|2[0-3]):[0-5][0-9]"),
                        "snapshotTime must be HH:MM (UTC), got '" + snapshotTime + "'")
                .range("snapshotRetainCount", snapshotRetainCount, 1, 1000);
        TagArgs.check(c, "tags", tags);
        c.done();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final EbsDataVolumeArgs a = new EbsDataVolumeArgs();

        private Builder() {
        }

        public Builder volumeName(String v) { a.volumeName = v; return this; }
        public Builder availabilityZone(String v) { a.availabilityZone = v; return this; }
        public Builder sizeGb(int v) { a.sizeGb = v; return this; }
        public Builder iops(int v) { a.iops = v; return this; }
        public Builder throughputMibps(int v) { a.throughputMibps = v; return this; }
        public Builder kmsKeyId(String v) { a.kmsKeyId = v; return this; }
        public Builder snapshots(boolean v) { a.snapshots = v; return this; }
        public Builder snapshotTime(String v) { a.snapshotTime = v; return this; }
        public Builder snapshotRetainCount(int v) { a.snapshotRetainCount = v; return this; }
        public Builder tags(Map<String, String> v) { a.tags = TagArgs.list(v); return this; }

        public EbsDataVolumeArgs build() {
            a.validate();
            return a;
        }
    }
}
