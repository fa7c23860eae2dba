package ma.marinemaroc.fleet.components;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;

import java.util.List;
import java.util.Optional;

/**
 * Inputs of {@link DropletHost}. Plain inputs shape the resources (known before any resource exists);
 * {@code Output} inputs may come from other resources.
 */
public final class DropletHostArgs extends ResourceArgs {
    /** Droplet name and host name: one DNS label. Required. A change replaces the droplet. */
    @Import(name = "hostname", required = true)
    private String hostname;
    /** DigitalOcean region slug, e.g. fra1. Required. A change replaces the droplet (and the reserved IP). */
    @Import(name = "region", required = true)
    private String region;
    /** Size slug, e.g. s-4vcpu-8gb. Required. A change resizes in place (the droplet powers off). */
    @Import(name = "size", required = true)
    private String size;
    /** Image slug or id. Default {@code ubuntu-22-04-x64}. A change replaces the droplet. */
    @Import(name = "image")
    private String image;
    /** sshd port. Default 22. A change replaces the droplet (sshd's port is set at first boot). */
    @Import(name = "sshPort")
    private Integer sshPort;
    /** Tags on the droplet. Default none. */
    @Import(name = "tags")
    private List<String> tags;
    /**
     * A volume to attach ({@link DropletDataVolume#volumeId()}), in the droplet's region. Default none. The attachment
     * belongs to the host: a replaced droplet gets the same volume attached (the old attachment is removed first).
     */
    @Import(name = "dataVolumeId")
    private Output<String> dataVolumeId;
    /** VPC to place the droplet in. Default: the region's default VPC. */
    @Import(name = "vpcUuid")
    private Output<String> vpcUuid;

    private DropletHostArgs() {
    }

    public String hostname() {
        return hostname;
    }

    public String region() {
        return region;
    }

    public String size() {
        return size;
    }

    public String image() {
        return image == null ? DropletHost.DEFAULT_IMAGE : image;
    }

    public int sshPort() {
        return sshPort == null ? 22 : sshPort;
    }

    public List<String> tags() {
        return tags == null ? List.of() : List.copyOf(tags);
    }

    public Optional<Output<String>> dataVolumeId() {
        return Optional.ofNullable(dataVolumeId);
    }

    public Optional<Output<String>> vpcUuid() {
        return Optional.ofNullable(vpcUuid);
    }

    /** Every problem at once, naming the inputs. */
    public void validate() {
        new ArgsCheck("DropletHostArgs")
                .required("hostname", hostname).dnsLabel("hostname", hostname)
                .required("region", region).required("size", size)
                .range("sshPort", sshPort, 1, 65535)
                .that(sshPort == null || (sshPort != 80 && sshPort != 443 && sshPort != 38000),
                        "sshPort " + sshPort + " is taken by the web server")
                .done();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final DropletHostArgs a = new DropletHostArgs();

        private Builder() {
        }

        public Builder hostname(String v) { a.hostname = v; return this; }
        public Builder region(String v) { a.region = v; return this; }
        public Builder size(String v) { a.size = v; return this; }
        public Builder image(String v) { a.image = v; return this; }
        public Builder sshPort(int v) { a.sshPort = v; return this; }
        public Builder tags(List<String> v) { a.tags = List.copyOf(v); return this; }
        public Builder vpcUuid(Output<String> v) { a.vpcUuid = v; return this; }
        public Builder dataVolumeId(Output<String> v) { a.dataVolumeId = v; return this; }

        /** Checks the inputs; see {@link DropletHostArgs#validate()}. */
        public DropletHostArgs build() {
            a.validate();
            return a;
        }
    }
}
