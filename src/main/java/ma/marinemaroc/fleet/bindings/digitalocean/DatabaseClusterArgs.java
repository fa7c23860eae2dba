package ma.marinemaroc.fleet.bindings.digitalocean;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;
import ma.marinemaroc.fleet.bindings.RequiredInputs;

/**
 * Inputs of {@link DatabaseCluster}.
 */
public final class DatabaseClusterArgs extends ResourceArgs {

    @Import(name = "backupRestore")
    private @Nullable Output<DatabaseClusterBackupRestoreArgs> backupRestore;

    @Import(name = "engine", required = true)
    private Output<String> engine;

    @Import(name = "evictionPolicy")
    private @Nullable Output<String> evictionPolicy;

    @Import(name = "maintenanceWindows")
    private @Nullable Output<List<DatabaseClusterMaintenanceWindowArgs>> maintenanceWindows;

    @Import(name = "name")
    private @Nullable Output<String> name;

    @Import(name = "nodeCount", required = true)
    private Output<Integer> nodeCount;

    @Import(name = "privateNetworkUuid")
    private @Nullable Output<String> privateNetworkUuid;

    @Import(name = "projectId")
    private @Nullable Output<String> projectId;

    @Import(name = "region", required = true)
    private Output<String> region;

    @Import(name = "size", required = true)
    private Output<String> size;

    @Import(name = "sqlMode")
    private @Nullable Output<String> sqlMode;

    @Import(name = "storageAutoscale")
    private @Nullable Output<DatabaseClusterStorageAutoscaleArgs> storageAutoscale;

    @Import(name = "storageSizeMib")
    private @Nullable Output<String> storageSizeMib;

    @Import(name = "tags")
    private @Nullable Output<List<String>> tags;

    @Import(name = "version")
    private @Nullable Output<String> version;

    private DatabaseClusterArgs() {
    }

    /** Create the cluster from a backup of an existing cluster. */
    public Optional<Output<DatabaseClusterBackupRestoreArgs>> backupRestore() {
        return Optional.ofNullable(backupRestore);
    }

    /**
     * {@code mysql}, {@code pg}, {@code valkey}, {@code mongodb}, {@code kafka} or {@code opensearch}; forces
     * replacement.
     */
    public Output<String> engine() {
        return engine;
    }

    /**
     * Valkey only: {@code noeviction}, {@code allkeys_lru}, {@code allkeys_random}, {@code volatile_lru},
     * {@code volatile_random} or {@code volatile_ttl} (snake_case API values; the schema docs camelCase them).
     */
    public Optional<Output<String>> evictionPolicy() {
        return Optional.ofNullable(evictionPolicy);
    }

    /** When maintenance updates are applied. */
    public Optional<Output<List<DatabaseClusterMaintenanceWindowArgs>>> maintenanceWindows() {
        return Optional.ofNullable(maintenanceWindows);
    }

    /** Cluster name; autonamed when omitted; forces replacement. */
    public Optional<Output<String>> name() {
        return Optional.ofNullable(name);
    }

    /** Nodes: 1 = primary only, 2 = primary + one standby, 3 = primary + two standbys (Kafka: 3). */
    public Output<Integer> nodeCount() {
        return nodeCount;
    }

    /** VPC id ({@link Vpc}); the private host is reachable from that VPC; forces replacement. */
    public Optional<Output<String>> privateNetworkUuid() {
        return Optional.ofNullable(privateNetworkUuid);
    }

    /** Project id; the default project when omitted; forces replacement. */
    public Optional<Output<String>> projectId() {
        return Optional.ofNullable(projectId);
    }

    /** Region slug, e.g. {@code fra1}. */
    public Output<String> region() {
        return region;
    }

    /** Node size slug, e.g. {@code db-s-2vcpu-4gb}. */
    public Output<String> size() {
        return size;
    }

    /** MySQL only: comma-separated SQL modes. */
    public Optional<Output<String>> sqlMode() {
        return Optional.ofNullable(sqlMode);
    }

    /** Grow the disk automatically. */
    public Optional<Output<DatabaseClusterStorageAutoscaleArgs>> storageAutoscale() {
        return Optional.ofNullable(storageAutoscale);
    }

    /** Disk size in MiB, as a string (MySQL and PostgreSQL; ranges depend on the size). */
    public Optional<Output<String>> storageSizeMib() {
        return Optional.ofNullable(storageSizeMib);
    }

    /** Tag names. */
    public Optional<Output<List<String>>> tags() {
        return Optional.ofNullable(tags);
    }

    /** Engine major version, e.g. {@code 8} for MySQL 8; a change runs a major-version upgrade. */
    public Optional<Output<String>> version() {
        return Optional.ofNullable(version);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@link #build()} checks the schema-required inputs. */
    public static final class Builder {
        private final DatabaseClusterArgs $ = new DatabaseClusterArgs();

        private Builder() {
        }

        public Builder backupRestore(@Nullable Output<DatabaseClusterBackupRestoreArgs> backupRestore) {
            $.backupRestore = backupRestore;
            return this;
        }

        public Builder backupRestore(DatabaseClusterBackupRestoreArgs backupRestore) {
            return backupRestore(Output.of(backupRestore));
        }

        public Builder engine(@Nullable Output<String> engine) {
            $.engine = engine;
            return this;
        }

        public Builder engine(String engine) {
            return engine(Output.of(engine));
        }

        public Builder evictionPolicy(@Nullable Output<String> evictionPolicy) {
            $.evictionPolicy = evictionPolicy;
            return this;
        }

        public Builder evictionPolicy(String evictionPolicy) {
            return evictionPolicy(Output.of(evictionPolicy));
        }

        public Builder maintenanceWindows(@Nullable Output<List<DatabaseClusterMaintenanceWindowArgs>> maintenanceWindows) {
            $.maintenanceWindows = maintenanceWindows;
            return this;
        }

        public Builder maintenanceWindows(List<DatabaseClusterMaintenanceWindowArgs> maintenanceWindows) {
            return maintenanceWindows(Output.of(maintenanceWindows));
        }

        public Builder maintenanceWindows(DatabaseClusterMaintenanceWindowArgs... maintenanceWindows) {
            return maintenanceWindows(List.of(maintenanceWindows));
        }

        public Builder name(@Nullable Output<String> name) {
            $.name = name;
            return this;
        }

        public Builder name(String name) {
            return name(Output.of(name));
        }

        public Builder nodeCount(@Nullable Output<Integer> nodeCount) {
            $.nodeCount = nodeCount;
            return this;
        }

        public Builder nodeCount(Integer nodeCount) {
            return nodeCount(Output.of(nodeCount));
        }

        public Builder privateNetworkUuid(@Nullable Output<String> privateNetworkUuid) {
            $.privateNetworkUuid = privateNetworkUuid;
            return this;
        }

        public Builder privateNetworkUuid(String privateNetworkUuid) {
            return privateNetworkUuid(Output.of(privateNetworkUuid));
        }

        public Builder projectId(@Nullable Output<String> projectId) {
            $.projectId = projectId;
            return this;
        }

        public Builder projectId(String projectId) {
            return projectId(Output.of(projectId));
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

        public Builder sqlMode(@Nullable Output<String> sqlMode) {
            $.sqlMode = sqlMode;
            return this;
        }

        public Builder sqlMode(String sqlMode) {
            return sqlMode(Output.of(sqlMode));
        }

        public Builder storageAutoscale(@Nullable Output<DatabaseClusterStorageAutoscaleArgs> storageAutoscale) {
            $.storageAutoscale = storageAutoscale;
            return this;
        }

        public Builder storageAutoscale(DatabaseClusterStorageAutoscaleArgs storageAutoscale) {
            return storageAutoscale(Output.of(storageAutoscale));
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

        public Builder version(@Nullable Output<String> version) {
            $.version = version;
            return this;
        }

        public Builder version(String version) {
            return version(Output.of(version));
        }

        public DatabaseClusterArgs build() {
            RequiredInputs.check($.engine, "DatabaseClusterArgs", "engine");
            RequiredInputs.check($.nodeCount, "DatabaseClusterArgs", "nodeCount");
            RequiredInputs.check($.region, "DatabaseClusterArgs", "region");
            RequiredInputs.check($.size, "DatabaseClusterArgs", "size");
            return $;
        }
    }
}
