package ma.marinemaroc.fleet.bindings.digitalocean;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;
import ma.marinemaroc.fleet.bindings.RequiredInputs;

/**
 * Inputs of {@link Droplet}.
 */
public final class DropletArgs extends ResourceArgs {

    @Import(name = "backups")
    private @Nullable Output<Boolean> backups;

    @Import(name = "dropletAgent")
    private @Nullable Output<Boolean> dropletAgent;

    @Import(name = "gracefulShutdown")
    private @Nullable Output<Boolean> gracefulShutdown;

    @Import(name = "image", required = true)
    private Output<String> image;

    @Import(name = "ipv6")
    private @Nullable Output<Boolean> ipv6;

    @Import(name = "monitoring")
    private @Nullable Output<Boolean> monitoring;

    @Import(name = "name")
    private @Nullable Output<String> name;

    @Import(name = "publicNetworking")
    private @Nullable Output<Boolean> publicNetworking;

    @Import(name = "region")
    private @Nullable Output<String> region;

    @Import(name = "resizeDisk")
    private @Nullable Output<Boolean> resizeDisk;

    @Import(name = "size", required = true)
    private Output<String> size;

    @Import(name = "sshKeys")
    private @Nullable Output<List<String>> sshKeys;

    @Import(name = "tags")
    private @Nullable Output<List<String>> tags;

    @Import(name = "userData")
    private @Nullable Output<String> userData;

    @Import(name = "volumeIds")
    private @Nullable Output<List<String>> volumeIds;

    @Import(name = "vpcUuid")
    private @Nullable Output<String> vpcUuid;

    private DropletArgs() {
    }

    /** Enable weekly backups (default false). */
    public Optional<Output<Boolean>> backups() {
        return Optional.ofNullable(backups);
    }

    /** Install the DigitalOcean console agent; forces replacement. */
    public Optional<Output<Boolean>> dropletAgent() {
        return Optional.ofNullable(dropletAgent);
    }

    /** Shut the Droplet down before deleting it (default false). */
    public Optional<Output<Boolean>> gracefulShutdown() {
        return Optional.ofNullable(gracefulShutdown);
    }

    /** Image slug (e.g. {@code ubuntu-22-04-x64}) or image/snapshot id; forces replacement. */
    public Output<String> image() {
        return image;
    }

    /** Enable IPv6 (default false); true to false forces replacement. */
    public Optional<Output<Boolean>> ipv6() {
        return Optional.ofNullable(ipv6);
    }

    /** Install the metrics agent (needed by MonitorAlert); forces replacement. */
    public Optional<Output<Boolean>> monitoring() {
        return Optional.ofNullable(monitoring);
    }

    /** Droplet name; autonamed from the logical name when omitted. */
    public Optional<Output<String>> name() {
        return Optional.ofNullable(name);
    }

    /** Public IPv4 (default true); forces replacement. */
    public Optional<Output<Boolean>> publicNetworking() {
        return Optional.ofNullable(publicNetworking);
    }

    /** Region slug, e.g. {@code fra1}; forces replacement. */
    public Optional<Output<String>> region() {
        return Optional.ofNullable(region);
    }

    /** Grow the disk on resize (default true; permanent). */
    public Optional<Output<Boolean>> resizeDisk() {
        return Optional.ofNullable(resizeDisk);
    }

    /** Size slug, e.g. {@code s-2vcpu-4gb}. */
    public Output<String> size() {
        return size;
    }

    /** SshKey ids or fingerprints; forces replacement. */
    public Optional<Output<List<String>>> sshKeys() {
        return Optional.ofNullable(sshKeys);
    }

    /** Tag names. */
    public Optional<Output<List<String>>> tags() {
        return Optional.ofNullable(tags);
    }

    /** cloud-init user data; forces replacement. Pass a secret Output if it carries secrets. */
    public Optional<Output<String>> userData() {
        return Optional.ofNullable(userData);
    }

    /** Volume ids to attach. */
    public Optional<Output<List<String>>> volumeIds() {
        return Optional.ofNullable(volumeIds);
    }

    /** VPC id; forces replacement. */
    public Optional<Output<String>> vpcUuid() {
        return Optional.ofNullable(vpcUuid);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@link #build()} checks the schema-required inputs. */
    public static final class Builder {
        private final DropletArgs $ = new DropletArgs();

        private Builder() {
        }

        public Builder backups(@Nullable Output<Boolean> backups) {
            $.backups = backups;
            return this;
        }

        public Builder backups(Boolean backups) {
            return backups(Output.of(backups));
        }

        public Builder dropletAgent(@Nullable Output<Boolean> dropletAgent) {
            $.dropletAgent = dropletAgent;
            return this;
        }

        public Builder dropletAgent(Boolean dropletAgent) {
            return dropletAgent(Output.of(dropletAgent));
        }

        public Builder gracefulShutdown(@Nullable Output<Boolean> gracefulShutdown) {
            $.gracefulShutdown = gracefulShutdown;
            return this;
        }

        public Builder gracefulShutdown(Boolean gracefulShutdown) {
            return gracefulShutdown(Output.of(gracefulShutdown));
        }

        public Builder image(@Nullable Output<String> image) {
            $.image = image;
            return this;
        }

        public Builder image(String image) {
            return image(Output.of(image));
        }

        public Builder ipv6(@Nullable Output<Boolean> ipv6) {
            $.ipv6 = ipv6;
            return this;
        }

        public Builder ipv6(Boolean ipv6) {
            return ipv6(Output.of(ipv6));
        }

        public Builder monitoring(@Nullable Output<Boolean> monitoring) {
            $.monitoring = monitoring;
            return this;
        }

        public Builder monitoring(Boolean monitoring) {
            return monitoring(Output.of(monitoring));
        }

        public Builder name(@Nullable Output<String> name) {
            $.name = name;
            return this;
        }

        public Builder name(String name) {
            return name(Output.of(name));
        }

        public Builder publicNetworking(@Nullable Output<Boolean> publicNetworking) {
            $.publicNetworking = publicNetworking;
            return this;
        }

        public Builder publicNetworking(Boolean publicNetworking) {
            return publicNetworking(Output.of(publicNetworking));
        }

        public Builder region(@Nullable Output<String> region) {
            $.region = region;
            return this;
        }

        public Builder region(String region) {
            return region(Output.of(region));
        }

        public Builder resizeDisk(@Nullable Output<Boolean> resizeDisk) {
            $.resizeDisk = resizeDisk;
            return this;
        }

        public Builder resizeDisk(Boolean resizeDisk) {
            return resizeDisk(Output.of(resizeDisk));
        }

        public Builder size(@Nullable Output<String> size) {
            $.size = size;
            return this;
        }

        public Builder size(String size) {
            return size(Output.of(size));
        }

        public Builder sshKeys(@Nullable Output<List<String>> sshKeys) {
            $.sshKeys = sshKeys;
            return this;
        }

        public Builder sshKeys(List<String> sshKeys) {
            return sshKeys(Output.of(sshKeys));
        }

        public Builder sshKeys(String... sshKeys) {
            return sshKeys(List.of(sshKeys));
        }

        public Builder tags(@Nullable Output<List<String>> tags) {
            $.tags = tags;
            return this;
        }

        public Builder tags(List<String> tags) {
            return tags(Output.of(tags));
        }

        public Builder tags(String... tags) {
            return tags(List.of(tags));
        }

        public Builder userData(@Nullable Output<String> userData) {
            $.userData = userData;
            return this;
        }

        public Builder userData(String userData) {
            return userData(Output.of(userData));
        }

        public Builder volumeIds(@Nullable Output<List<String>> volumeIds) {
            $.volumeIds = volumeIds;
            return this;
        }

        public Builder volumeIds(List<String> volumeIds) {
            return volumeIds(Output.of(volumeIds));
        }

        public Builder volumeIds(String... volumeIds) {
            return volumeIds(List.of(volumeIds));
        }

        public Builder vpcUuid(@Nullable Output<String> vpcUuid) {
            $.vpcUuid = vpcUuid;
            return this;
        }

        public Builder vpcUuid(String vpcUuid) {
            return vpcUuid(Output.of(vpcUuid));
        }

        public DropletArgs build() {
            RequiredInputs.check($.image, "DropletArgs", "image");
            RequiredInputs.check($.size, "DropletArgs", "size");
            return $;
        }
    }
}
