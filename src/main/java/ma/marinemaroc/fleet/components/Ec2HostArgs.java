package ma.marinemaroc.fleet.components;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;

import java.util.List;
import java.util.Optional;

/**
 * Inputs of {@link Ec2Host}. The AWS provider (region, default tags) comes through the component's options
 * ({@code providers(...)}) and is inherited by every child.
 */
public final class Ec2HostArgs extends ResourceArgs {
    /** Host name and the instance's Name tag: one DNS label. Required. */
    @Import(name = "hostname", required = true)
    private String hostname;
    /** Instance type, e.g. t3.large. Required. A change stops and starts the instance. */
    @Import(name = "instanceType", required = true)
    private String instanceType;
    /**
     * An AMI id ({@code ami-...}) or an AMI name filter searched among Canonical's images (newest match). Default
     * Ubuntu 22.04 LTS. A newer image matching the filter does not replace a running host.
     */
    @Import(name = "image")
    private String image;
    /** sshd port. Default 22. A change replaces the instance. */
    @Import(name = "sshPort")
    private Integer sshPort;
    /** Security groups the instance launches in. Required. */
    @Import(name = "securityGroupIds", required = true)
    private Output<List<String>> securityGroupIds;
    /** Instance profile (e.g. the CloudWatch agent's). Default none. */
    @Import(name = "instanceProfile")
    private Output<String> instanceProfile;
    /** Root disk in GiB (gp3, encrypted). Default 50. */
    @Import(name = "rootDiskGb")
    private Integer rootDiskGb;
    /**
     * The availability zone to launch in, e.g. eu-west-1a; must be the data volume's. Default: AWS picks one (only
     * without a data volume). A change replaces the instance.
     */
    @Import(name = "availabilityZone")
    private String availabilityZone;
    /**
     * An EBS volume to attach ({@link EbsDataVolume#volumeId()}), in {@code availabilityZone}. Default none. The
     * attachment belongs to the host: a replaced instance gets the same volume (the old instance is stopped before the
     * volume is detached from it, so nothing unwritten is lost).
     */
    @Import(name = "dataVolumeId")
    private Output<String> dataVolumeId;
    /** Subnet to launch in. Default: the region's default VPC's default subnet. */
    @Import(name = "subnetId")
    private Output<String> subnetId;

    private Ec2HostArgs() {
    }

    public String hostname() {
        return hostname;
    }

    public String instanceType() {
        return instanceType;
    }

    public String image() {
        return image == null ? Ec2Host.DEFAULT_IMAGE_FILTER : image;
    }

    public int sshPort() {
        return sshPort == null ? 22 : sshPort;
    }

    public Output<List<String>> securityGroupIds() {
        return securityGroupIds;
    }

    public Optional<Output<String>> instanceProfile() {
        return Optional.ofNullable(instanceProfile);
    }

    public int rootDiskGb() {
        return rootDiskGb == null ? 50 : rootDiskGb;
    }

    public Optional<String> availabilityZone() {
        return Optional.ofNullable(availabilityZone);
    }

    public Optional<Output<String>> dataVolumeId() {
        return Optional.ofNullable(dataVolumeId);
    }

    public Optional<Output<String>> subnetId() {
        return Optional.ofNullable(subnetId);
    }

    public void validate() {
        new ArgsCheck("Ec2HostArgs")
                .required("hostname", hostname).dnsLabel("hostname", hostname)
                .required("instanceType", instanceType)
                .required("securityGroupIds", securityGroupIds)
                .range("sshPort", sshPort, 1, 65535)
                .that(sshPort == null || (sshPort != 80 && sshPort != 443 && sshPort != 38000),
                        "sshPort " + sshPort + " is taken by the web server")
                .range("rootDiskGb", rootDiskGb, 20, 16384)
                .that(dataVolumeId == null || availabilityZone != null,
                        "availabilityZone is required with dataVolumeId (an EBS volume attaches only in its own zone)")
                .that(availabilityZone == null || availabilityZone.matches("[a-z]{2}(-[a-z]+)+-[0-9][a-z]"),
                        "availabilityZone must look like eu-west-1a, got '" + availabilityZone + "'")
                .done();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final Ec2HostArgs a = new Ec2HostArgs();

        private Builder() {
        }

        public Builder hostname(String v) { a.hostname = v; return this; }
        public Builder instanceType(String v) { a.instanceType = v; return this; }
        public Builder image(String v) { a.image = v; return this; }
        public Builder sshPort(int v) { a.sshPort = v; return this; }
        public Builder securityGroupIds(Output<List<String>> v) { a.securityGroupIds = v; return this; }
        public Builder instanceProfile(Output<String> v) { a.instanceProfile = v; return this; }
        public Builder rootDiskGb(int v) { a.rootDiskGb = v; return this; }
        public Builder subnetId(Output<String> v) { a.subnetId = v; return this; }
        public Builder availabilityZone(String v) { a.availabilityZone = v; return this; }
        public Builder dataVolumeId(Output<String> v) { a.dataVolumeId = v; return this; }

        public Ec2HostArgs build() {
            a.validate();
            return a;
        }
    }
}
