package ma.marinemaroc.fleet.bindings.digitalocean;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;
import javax.annotation.Nullable;
import ma.marinemaroc.fleet.bindings.RequiredInputs;

/**
 * Inputs of {@link DatabaseValkeyConfig}.
 */
public final class DatabaseValkeyConfigArgs extends ResourceArgs {

    @Import(name = "aclChannelsDefault")
    private @Nullable Output<String> aclChannelsDefault;

    @Import(name = "clusterId", required = true)
    private Output<String> clusterId;

    @Import(name = "frequentSnapshots")
    private @Nullable Output<Boolean> frequentSnapshots;

    @Import(name = "ioThreads")
    private @Nullable Output<Integer> ioThreads;

    @Import(name = "lfuDecayTime")
    private @Nullable Output<Integer> lfuDecayTime;

    @Import(name = "lfuLogFactor")
    private @Nullable Output<Integer> lfuLogFactor;

    @Import(name = "notifyKeyspaceEvents")
    private @Nullable Output<String> notifyKeyspaceEvents;

    @Import(name = "numberOfDatabases")
    private @Nullable Output<Integer> numberOfDatabases;

    @Import(name = "persistence")
    private @Nullable Output<String> persistence;

    @Import(name = "pubsubClientOutputBufferLimit")
    private @Nullable Output<Integer> pubsubClientOutputBufferLimit;

    @Import(name = "ssl")
    private @Nullable Output<Boolean> ssl;

    @Import(name = "timeout")
    private @Nullable Output<Integer> timeout;

    @Import(name = "valkeyActiveExpireEffort")
    private @Nullable Output<Integer> valkeyActiveExpireEffort;

    @Import(name = "valkeyMaxmemoryPolicy")
    private @Nullable Output<String> valkeyMaxmemoryPolicy;

    private DatabaseValkeyConfigArgs() {
    }

    /** {@code allchannels} (assumed when unset) or {@code resetchannels}: pub/sub channel ACL of new users. */
    public Optional<Output<String>> aclChannelsDefault() {
        return Optional.ofNullable(aclChannelsDefault);
    }

    /** DatabaseCluster id (a Valkey cluster); forces replacement. */
    public Output<String> clusterId() {
        return clusterId;
    }

    /** Frequent local RDB snapshots (ignored when persistence is {@code off}). */
    public Optional<Output<Boolean>> frequentSnapshots() {
        return Optional.ofNullable(frequentSnapshots);
    }

    /** IO thread count. */
    public Optional<Output<Integer>> ioThreads() {
        return Optional.ofNullable(ioThreads);
    }

    /** LFU counter decay time in minutes. */
    public Optional<Output<Integer>> lfuDecayTime() {
        return Optional.ofNullable(lfuDecayTime);
    }

    /** LFU counter logarithm factor. */
    public Optional<Output<Integer>> lfuLogFactor() {
        return Optional.ofNullable(lfuLogFactor);
    }

    /** {@code notify-keyspace-events} flags (at least {@code K} or {@code E}). */
    public Optional<Output<String>> notifyKeyspaceEvents() {
        return Optional.ofNullable(notifyKeyspaceEvents);
    }

    /** Number of databases; a change restarts Valkey. */
    public Optional<Output<Integer>> numberOfDatabases() {
        return Optional.ofNullable(numberOfDatabases);
    }

    /** {@code rdb} (RDB dump every 10 minutes when keys changed) or {@code off} (no dumps, no backups). */
    public Optional<Output<String>> persistence() {
        return Optional.ofNullable(persistence);
    }

    /** Hard output buffer limit of pub/sub clients in MB (soft limit = 1/4). */
    public Optional<Output<Integer>> pubsubClientOutputBufferLimit() {
        return Optional.ofNullable(pubsubClientOutputBufferLimit);
    }

    /** Require TLS for clients. */
    public Optional<Output<Boolean>> ssl() {
        return Optional.ofNullable(ssl);
    }

    /** Idle connection timeout in seconds. */
    public Optional<Output<Integer>> timeout() {
        return Optional.ofNullable(timeout);
    }

    /** Background expiry effort 1-10 (default 1). */
    public Optional<Output<Integer>> valkeyActiveExpireEffort() {
        return Optional.ofNullable(valkeyActiveExpireEffort);
    }

    /** Eviction policy, e.g. {@code allkeys_lru} or {@code noeviction} (snake_case API values). */
    public Optional<Output<String>> valkeyMaxmemoryPolicy() {
        return Optional.ofNullable(valkeyMaxmemoryPolicy);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@link #build()} checks the schema-required inputs. */
    public static final class Builder {
        private final DatabaseValkeyConfigArgs $ = new DatabaseValkeyConfigArgs();

        private Builder() {
        }

        public Builder aclChannelsDefault(@Nullable Output<String> aclChannelsDefault) {
            $.aclChannelsDefault = aclChannelsDefault;
            return this;
        }

        public Builder aclChannelsDefault(String aclChannelsDefault) {
            return aclChannelsDefault(Output.of(aclChannelsDefault));
        }

        public Builder clusterId(@Nullable Output<String> clusterId) {
            $.clusterId = clusterId;
            return this;
        }

        public Builder clusterId(String clusterId) {
            return clusterId(Output.of(clusterId));
        }

        public Builder frequentSnapshots(@Nullable Output<Boolean> frequentSnapshots) {
            $.frequentSnapshots = frequentSnapshots;
            return this;
        }

        public Builder frequentSnapshots(Boolean frequentSnapshots) {
            return frequentSnapshots(Output.of(frequentSnapshots));
        }

        public Builder ioThreads(@Nullable Output<Integer> ioThreads) {
            $.ioThreads = ioThreads;
            return this;
        }

        public Builder ioThreads(Integer ioThreads) {
            return ioThreads(Output.of(ioThreads));
        }

        public Builder lfuDecayTime(@Nullable Output<Integer> lfuDecayTime) {
            $.lfuDecayTime = lfuDecayTime;
            return this;
        }

        public Builder lfuDecayTime(Integer lfuDecayTime) {
            return lfuDecayTime(Output.of(lfuDecayTime));
        }

        public Builder lfuLogFactor(@Nullable Output<Integer> lfuLogFactor) {
            $.lfuLogFactor = lfuLogFactor;
            return this;
        }

        public Builder lfuLogFactor(Integer lfuLogFactor) {
            return lfuLogFactor(Output.of(lfuLogFactor));
        }

        public Builder notifyKeyspaceEvents(@Nullable Output<String> notifyKeyspaceEvents) {
            $.notifyKeyspaceEvents = notifyKeyspaceEvents;
            return this;
        }

        public Builder notifyKeyspaceEvents(String notifyKeyspaceEvents) {
            return notifyKeyspaceEvents(Output.of(notifyKeyspaceEvents));
        }

        public Builder numberOfDatabases(@Nullable Output<Integer> numberOfDatabases) {
            $.numberOfDatabases = numberOfDatabases;
            return this;
        }

        public Builder numberOfDatabases(Integer numberOfDatabases) {
            return numberOfDatabases(Output.of(numberOfDatabases));
        }

        public Builder persistence(@Nullable Output<String> persistence) {
            $.persistence = persistence;
            return this;
        }

        public Builder persistence(String persistence) {
            return persistence(Output.of(persistence));
        }

        public Builder pubsubClientOutputBufferLimit(@Nullable Output<Integer> pubsubClientOutputBufferLimit) {
            $.pubsubClientOutputBufferLimit = pubsubClientOutputBufferLimit;
            return this;
        }

        public Builder pubsubClientOutputBufferLimit(Integer pubsubClientOutputBufferLimit) {
            return pubsubClientOutputBufferLimit(Output.of(pubsubClientOutputBufferLimit));
        }

        public Builder ssl(@Nullable Output<Boolean> ssl) {
            $.ssl = ssl;
            return this;
        }

        public Builder ssl(Boolean ssl) {
            return ssl(Output.of(ssl));
        }

        public Builder timeout(@Nullable Output<Integer> timeout) {
            $.timeout = timeout;
            return this;
        }

        public Builder timeout(Integer timeout) {
            return timeout(Output.of(timeout));
        }

        public Builder valkeyActiveExpireEffort(@Nullable Output<Integer> valkeyActiveExpireEffort) {
            $.valkeyActiveExpireEffort = valkeyActiveExpireEffort;
            return this;
        }

        public Builder valkeyActiveExpireEffort(Integer valkeyActiveExpireEffort) {
            return valkeyActiveExpireEffort(Output.of(valkeyActiveExpireEffort));
        }

        public Builder valkeyMaxmemoryPolicy(@Nullable Output<String> valkeyMaxmemoryPolicy) {
            $.valkeyMaxmemoryPolicy = valkeyMaxmemoryPolicy;
            return this;
        }

        public Builder valkeyMaxmemoryPolicy(String valkeyMaxmemoryPolicy) {
            return valkeyMaxmemoryPolicy(Output.of(valkeyMaxmemoryPolicy));
        }

        public DatabaseValkeyConfigArgs build() {
            RequiredInputs.check($.clusterId, "DatabaseValkeyConfigArgs", "clusterId");
            return $;
        }
    }
}
