package ma.marinemaroc.fleet.bindings.digitalocean;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;
import ma.marinemaroc.fleet.bindings.RequiredInputs;

/**
 * Inputs of {@link DatabaseReplica}.
 */
public final class DatabaseReplicaArgs extends ResourceArgs {

    @Import(name = "clusterId", required = true)
    private Output<String> clusterId;

    @Import(name = "name")
    private @Nullable Output<String> name;

    @Import(name = "privateNetworkUuid")
    private @Nullable Output<String> privateNetworkUuid;

    @Import(name = "region")
    private @Nullable Output<String> region;

    @Import(name = "size")
    private @Nullable Output<String> size;

    @Import(name = "storageSizeMib")
    private @Nullable Output<String> storageSizeMib;

    @Import(name = "tags")
    private @Nullable Output<List<String>> tags;

    private DatabaseReplicaArgs() {
    }

    /** DatabaseCluster id; forces replacement. */
    public Output<String> clusterId() {
        return clusterId;
    }

    /** Replica name; autonamed when omitted; forces replacement. */
    public Optional<Output<String>> name() {
        return Optional.ofNullable(name);
    }

    /** VPC id; forces replacement. */
    public Optional<Output<String>> privateNetworkUuid() {
        return Optional.ofNullable(privateNetworkUuid);
    }

    /** Region slug; the cluster's region when omitted; forces replacement. */
    public Optional<Output<String>> region() {
        return Optional.ofNullable(region);
    }

    /** Node size slug, e.g. {@code db-s-2vcpu-4gb}; can only grow. */
    public Optional<Output<String>> size() {
        return Optional.ofNullable(size);
    }

    /** Disk size in MiB, as a string. */
    public Optional<Output<String>> storageSizeMib() {
        return Optional.ofNullable(storageSizeMib);
    }

    /** Tag names; forces replacement. */
    public Optional<Output<List<String>>> tags() {
        return Optional.ofNullable(tags);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@link #build()} checks the schema-required inputs. */
    public static final class Builder {
        private final DatabaseReplicaArgs $ = new DatabaseReplicaArgs();

        private Builder() {
        }

        public Builder clusterId(@Nullable Output<String> clusterId) {
            $.clusterId = clusterId;
            return this;
        }

        public Builder clusterId(String clusterId) {
            return clusterId(Output.of(clusterId));
        }

        public Builder name(@Nullable Output<String> name) {
            $.name = name;
            return this;
        }

        public Builder name(String name) {
            return name(Output.of(name));
        }

        public Builder privateNetworkUuid(@Nullable Output<String> privateNetworkUuid) {
            $.privateNetworkUuid = privateNetworkUuid;
            return this;
        }

        public Builder privateNetworkUuid(String privateNetworkUuid) {
            return privateNetworkUuid(Output.of(privateNetworkUuid));
        }

        public Builder region(@Nullable Output<String> region) {
            $.region = region;
            return this;
        }

        public Builder region(String region) {
            return region(Output.of(region));
        }

        public Builder size(@Nullable Output<String> size) {
            $.size = size;
            return this;
        }

        public Builder size(String size) {
            return size(Output.of(size));
        }

        public Builder storageSizeMib(@Nullable Output<String> storageSizeMib) {
            $.storageSizeMib = storageSizeMib;
            return this;
        }

        public Builder storageSizeMib(String storageSizeMib) {
            return storageSizeMib(Output.of(storageSizeMib));
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

        public DatabaseReplicaArgs build() {
            RequiredInputs.check($.clusterId, "DatabaseReplicaArgs", "clusterId");
            return $;
        }
    }
}
