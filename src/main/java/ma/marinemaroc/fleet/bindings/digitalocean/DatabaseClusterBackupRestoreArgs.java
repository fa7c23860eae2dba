package ma.marinemaroc.fleet.bindings.digitalocean;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;
import javax.annotation.Nullable;
import ma.marinemaroc.fleet.bindings.RequiredInputs;
import ma.marinemaroc.fleet.bindings.SchemaType;

/**
 * Creates a {@link DatabaseCluster} from a backup of an existing cluster (e.g. a disaster-recovery stack).
 */
@SchemaType("digitalocean:index/DatabaseClusterBackupRestore:DatabaseClusterBackupRestore")
public final class DatabaseClusterBackupRestoreArgs extends ResourceArgs {

    @Import(name = "backupCreatedAt")
    private @Nullable Output<String> backupCreatedAt;

    @Import(name = "databaseName", required = true)
    private Output<String> databaseName;

    private DatabaseClusterBackupRestoreArgs() {
    }

    /** ISO 8601 time of the backup to restore; the newest when omitted. */
    public Optional<Output<String>> backupCreatedAt() {
        return Optional.ofNullable(backupCreatedAt);
    }

    /** Name of the existing cluster whose backup is restored. */
    public Output<String> databaseName() {
        return databaseName;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@link #build()} checks the schema-required inputs. */
    public static final class Builder {
        private final DatabaseClusterBackupRestoreArgs $ = new DatabaseClusterBackupRestoreArgs();

        private Builder() {
        }

        public Builder backupCreatedAt(@Nullable Output<String> backupCreatedAt) {
            $.backupCreatedAt = backupCreatedAt;
            return this;
        }

        public Builder backupCreatedAt(String backupCreatedAt) {
            return backupCreatedAt(Output.of(backupCreatedAt));
        }

        public Builder databaseName(@Nullable Output<String> databaseName) {
            $.databaseName = databaseName;
            return this;
        }

        public Builder databaseName(String databaseName) {
            return databaseName(Output.of(databaseName));
        }

        public DatabaseClusterBackupRestoreArgs build() {
            RequiredInputs.check($.databaseName, "DatabaseClusterBackupRestoreArgs", "databaseName");
            return $;
        }
    }
}
