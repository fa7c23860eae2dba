package ma.marinemaroc.fleet.bindings.command;

import com.pulumi.asset.AssetOrArchive;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;
import ma.marinemaroc.fleet.bindings.RequiredInputs;

/**
 * Inputs of {@link CopyToRemote}.
 */
public final class CopyToRemoteArgs extends ResourceArgs {

    @Import(name = "connection", required = true)
    private Output<ConnectionArgs> connection;

    @Import(name = "remotePath", required = true)
    private Output<String> remotePath;

    @Import(name = "source", required = true)
    private Output<AssetOrArchive> source;

    @Import(name = "triggers")
    private @Nullable Output<List<Object>> triggers;

    private CopyToRemoteArgs() {
    }

    /** SSH connection (the whole object is sent as a secret). Secret. */
    public Output<ConnectionArgs> connection() {
        return connection;
    }

    /** Destination path; parent directories are created. */
    public Output<String> remotePath() {
        return remotePath;
    }

    /** FileAsset, StringAsset or FileArchive. */
    public Output<AssetOrArchive> source() {
        return source;
    }

    /** Any values; a change replaces the copy. */
    public Optional<Output<List<Object>>> triggers() {
        return Optional.ofNullable(triggers);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@link #build()} checks the schema-required inputs. */
    public static final class Builder {
        private final CopyToRemoteArgs $ = new CopyToRemoteArgs();

        private Builder() {
        }

        /** Stored as a secret Output. */
        public Builder connection(@Nullable Output<ConnectionArgs> connection) {
            $.connection = connection == null ? null : connection.asSecret();
            return this;
        }

        /** Stored as a secret Output. */
        public Builder connection(ConnectionArgs connection) {
            return connection(Output.ofSecret(connection));
        }

        public Builder remotePath(@Nullable Output<String> remotePath) {
            $.remotePath = remotePath;
            return this;
        }

        public Builder remotePath(String remotePath) {
            return remotePath(Output.of(remotePath));
        }

        public Builder source(@Nullable Output<AssetOrArchive> source) {
            $.source = source;
            return this;
        }

        public Builder source(AssetOrArchive source) {
            return source(Output.of(source));
        }

        public Builder triggers(@Nullable Output<List<Object>> triggers) {
            $.triggers = triggers;
            return this;
        }

        public Builder triggers(List<Object> triggers) {
            return triggers(Output.of(triggers));
        }

        public Builder triggers(Object... triggers) {
            return triggers(List.of(triggers));
        }

        public CopyToRemoteArgs build() {
            RequiredInputs.check($.connection, "CopyToRemoteArgs", "connection");
            RequiredInputs.check($.remotePath, "CopyToRemoteArgs", "remotePath");
            RequiredInputs.check($.source, "CopyToRemoteArgs", "source");
            return $;
        }
    }
}
