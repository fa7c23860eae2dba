package ma.marinemaroc.fleet.components;

import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;

import java.util.List;

/** Inputs of {@link DropletDataVolume}. */
public final class DropletDataVolumeArgs extends ResourceArgs {
    /**
     * The volume's name: lowercase letters, digits and '-', starting with a letter, at most 64. Required. The host finds
     * the volume by it ({@code /dev/disk/by-id/scsi-0DO_Volume_<name>}); a change would replace the volume, which
     * {@code protect} refuses.
     */
    @Import(name = "volumeName", required = true)
    private String volumeName;
    /** DigitalOcean region slug; must be the droplet's. Required. */
    @Import(name = "region", required = true)
    private String region;
    /** Size in GiB, 1..16384. Required. A larger value grows the volume in place; a smaller one is refused by the cloud. */
    @Import(name = "sizeGb", required = true)
    private Integer sizeGb;
    /** Free text shown in the control panel. Default: "Fleet host data (database, cache, uploads, backups)". */
    @Import(name = "description")
    private String description;
    /** Tags on the volume. Default none. */
    @Import(name = "tags")
    private List<String> tags;

    private DropletDataVolumeArgs() {
    }

    public String volumeName() {
        return volumeName;
    }

    public String region() {
        return region;
    }

    public int sizeGb() {
        return sizeGb;
    }

    public String description() {
        return description == null ? "Fleet host data (database, cache, uploads, backups)" : description;
    }

    public List<String> tags() {
        return tags == null ? List.of() : List.copyOf(tags);
    }

    public void validate() {
        new ArgsCheck("DropletDataVolumeArgs")
                .required("volumeName", volumeName)
                .that(volumeName == null || DropletDataVolume.NAME.matcher(volumeName).matches(),
                        "volumeName must be lowercase letters, digits and '-', start with a letter, at most 64; got '"
                                + volumeName + "'")
                .required("region", region)
                .required("sizeGb", sizeGb).range("sizeGb", sizeGb, 1, 16384)
                .done();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final DropletDataVolumeArgs a = new DropletDataVolumeArgs();

        private Builder() {
        }

        public Builder volumeName(String v) { a.volumeName = v; return this; }
        public Builder region(String v) { a.region = v; return this; }
        public Builder sizeGb(int v) { a.sizeGb = v; return this; }
        public Builder description(String v) { a.description = v; return this; }
        public Builder tags(List<String> v) { a.tags = List.copyOf(v); return this; }

        public DropletDataVolumeArgs build() {
            a.validate();
            return a;
        }
    }
}
