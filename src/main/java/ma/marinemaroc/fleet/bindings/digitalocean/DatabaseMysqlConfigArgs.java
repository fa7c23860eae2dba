package ma.marinemaroc.fleet.bindings.digitalocean;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;
import javax.annotation.Nullable;
import ma.marinemaroc.fleet.bindings.RequiredInputs;

/**
 * Inputs of {@link DatabaseMysqlConfig}.
 */
public final class DatabaseMysqlConfigArgs extends ResourceArgs {

    @Import(name = "backupHour")
    private @Nullable Output<Integer> backupHour;

    @Import(name = "backupMinute")
    private @Nullable Output<Integer> backupMinute;

    @Import(name = "binlogRetentionPeriod")
    private @Nullable Output<Integer> binlogRetentionPeriod;

    @Import(name = "clusterId", required = true)
    private Output<String> clusterId;

    @Import(name = "connectTimeout")
    private @Nullable Output<Integer> connectTimeout;

    @Import(name = "defaultTimeZone")
    private @Nullable Output<String> defaultTimeZone;

    @Import(name = "groupConcatMaxLen")
    private @Nullable Output<Integer> groupConcatMaxLen;

    @Import(name = "informationSchemaStatsExpiry")
    private @Nullable Output<Integer> informationSchemaStatsExpiry;

    @Import(name = "innodbFtMinTokenSize")
    private @Nullable Output<Integer> innodbFtMinTokenSize;

    @Import(name = "innodbFtServerStopwordTable")
    private @Nullable Output<String> innodbFtServerStopwordTable;

    @Import(name = "innodbLockWaitTimeout")
    private @Nullable Output<Integer> innodbLockWaitTimeout;

    @Import(name = "innodbLogBufferSize")
    private @Nullable Output<Integer> innodbLogBufferSize;

    @Import(name = "innodbOnlineAlterLogMaxSize")
    private @Nullable Output<Integer> innodbOnlineAlterLogMaxSize;

    @Import(name = "innodbPrintAllDeadlocks")
    private @Nullable Output<Boolean> innodbPrintAllDeadlocks;

    @Import(name = "innodbRollbackOnTimeout")
    private @Nullable Output<Boolean> innodbRollbackOnTimeout;

    @Import(name = "interactiveTimeout")
    private @Nullable Output<Integer> interactiveTimeout;

    @Import(name = "internalTmpMemStorageEngine")
    private @Nullable Output<String> internalTmpMemStorageEngine;

    @Import(name = "longQueryTime")
    private @Nullable Output<Double> longQueryTime;

    @Import(name = "maxAllowedPacket")
    private @Nullable Output<Integer> maxAllowedPacket;

    @Import(name = "maxHeapTableSize")
    private @Nullable Output<Integer> maxHeapTableSize;

    @Import(name = "netReadTimeout")
    private @Nullable Output<Integer> netReadTimeout;

    @Import(name = "netWriteTimeout")
    private @Nullable Output<Integer> netWriteTimeout;

    @Import(name = "slowQueryLog")
    private @Nullable Output<Boolean> slowQueryLog;

    @Import(name = "sortBufferSize")
    private @Nullable Output<Integer> sortBufferSize;

    @Import(name = "sqlMode")
    private @Nullable Output<String> sqlMode;

    @Import(name = "sqlRequirePrimaryKey")
    private @Nullable Output<Boolean> sqlRequirePrimaryKey;

    @Import(name = "tmpTableSize")
    private @Nullable Output<Integer> tmpTableSize;

    @Import(name = "waitTimeout")
    private @Nullable Output<Integer> waitTimeout;

    private DatabaseMysqlConfigArgs() {
    }

    /** UTC hour when the daily backup starts. */
    public Optional<Output<Integer>> backupHour() {
        return Optional.ofNullable(backupHour);
    }

    /** Minute of backupHour when the daily backup starts. */
    public Optional<Output<Integer>> backupMinute() {
        return Optional.ofNullable(backupMinute);
    }

    /** Minimum seconds binlog entries are kept. */
    public Optional<Output<Integer>> binlogRetentionPeriod() {
        return Optional.ofNullable(binlogRetentionPeriod);
    }

    /** DatabaseCluster id (a MySQL cluster); forces replacement. */
    public Output<String> clusterId() {
        return clusterId;
    }

    /** Seconds mysqld waits for a connect packet ({@code connect_timeout}). */
    public Optional<Output<Integer>> connectTimeout() {
        return Optional.ofNullable(connectTimeout);
    }

    /** Server time zone: an offset such as {@code +01:00}, a name, or {@code SYSTEM}. */
    public Optional<Output<String>> defaultTimeZone() {
        return Optional.ofNullable(defaultTimeZone);
    }

    /** Maximum {@code GROUP_CONCAT()} result length in bytes. */
    public Optional<Output<Integer>> groupConcatMaxLen() {
        return Optional.ofNullable(groupConcatMaxLen);
    }

    /** Seconds before cached table statistics expire. */
    public Optional<Output<Integer>> informationSchemaStatsExpiry() {
        return Optional.ofNullable(informationSchemaStatsExpiry);
    }

    /** Minimum word length an InnoDB FULLTEXT index stores. */
    public Optional<Output<Integer>> innodbFtMinTokenSize() {
        return Optional.ofNullable(innodbFtMinTokenSize);
    }

    /** InnoDB FULLTEXT stopword table ({@code db/table}). */
    public Optional<Output<String>> innodbFtServerStopwordTable() {
        return Optional.ofNullable(innodbFtServerStopwordTable);
    }

    /** Seconds a transaction waits for a row lock. */
    public Optional<Output<Integer>> innodbLockWaitTimeout() {
        return Optional.ofNullable(innodbLockWaitTimeout);
    }

    /** InnoDB log buffer size in bytes. */
    public Optional<Output<Integer>> innodbLogBufferSize() {
        return Optional.ofNullable(innodbLogBufferSize);
    }

    /** Upper limit in bytes of the temporary log files of online DDL. */
    public Optional<Output<Integer>> innodbOnlineAlterLogMaxSize() {
        return Optional.ofNullable(innodbOnlineAlterLogMaxSize);
    }

    /** Log every InnoDB deadlock (default false). */
    public Optional<Output<Boolean>> innodbPrintAllDeadlocks() {
        return Optional.ofNullable(innodbPrintAllDeadlocks);
    }

    /** Roll back the whole transaction on a lock wait timeout. */
    public Optional<Output<Boolean>> innodbRollbackOnTimeout() {
        return Optional.ofNullable(innodbRollbackOnTimeout);
    }

    /** Seconds of inactivity before an interactive connection is closed. */
    public Optional<Output<Integer>> interactiveTimeout() {
        return Optional.ofNullable(interactiveTimeout);
    }

    /** {@code TempTable} or {@code MEMORY} for in-memory temporary tables. */
    public Optional<Output<String>> internalTmpMemStorageEngine() {
        return Optional.ofNullable(internalTmpMemStorageEngine);
    }

    /** Seconds after which a query counts as slow (default 10). */
    public Optional<Output<Double>> longQueryTime() {
        return Optional.ofNullable(longQueryTime);
    }

    /** Largest message in bytes (default 67108864 = 64 MiB). */
    public Optional<Output<Integer>> maxAllowedPacket() {
        return Optional.ofNullable(maxAllowedPacket);
    }

    /** Maximum in-memory table size in bytes (default 16 MiB); set tmpTableSize too. */
    public Optional<Output<Integer>> maxHeapTableSize() {
        return Optional.ofNullable(maxHeapTableSize);
    }

    /** Seconds to wait for more data on a connection before aborting the read. */
    public Optional<Output<Integer>> netReadTimeout() {
        return Optional.ofNullable(netReadTimeout);
    }

    /** Seconds to wait for a block to be written before aborting the write. */
    public Optional<Output<Integer>> netWriteTimeout() {
        return Optional.ofNullable(netWriteTimeout);
    }

    /** Capture slow queries (default false); turning it off truncates {@code mysql.slow_log}. */
    public Optional<Output<Boolean>> slowQueryLog() {
        return Optional.ofNullable(slowQueryLog);
    }

    /** Sort buffer in bytes (default 262144). */
    public Optional<Output<Integer>> sortBufferSize() {
        return Optional.ofNullable(sortBufferSize);
    }

    /** Global SQL mode: uppercase names separated by commas; empty = server default. */
    public Optional<Output<String>> sqlMode() {
        return Optional.ofNullable(sqlMode);
    }

    /** Refuse tables without a primary key (CREATE/ALTER TABLE). */
    public Optional<Output<Boolean>> sqlRequirePrimaryKey() {
        return Optional.ofNullable(sqlRequirePrimaryKey);
    }

    /** Maximum internal in-memory temporary table size in bytes (default 16 MiB); set maxHeapTableSize too. */
    public Optional<Output<Integer>> tmpTableSize() {
        return Optional.ofNullable(tmpTableSize);
    }

    /** Seconds of inactivity before a non-interactive connection is closed. */
    public Optional<Output<Integer>> waitTimeout() {
        return Optional.ofNullable(waitTimeout);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@link #build()} checks the schema-required inputs. */
    public static final class Builder {
        private final DatabaseMysqlConfigArgs $ = new DatabaseMysqlConfigArgs();

        private Builder() {
        }

        public Builder backupHour(@Nullable Output<Integer> backupHour) {
            $.backupHour = backupHour;
            return this;
        }

        public Builder backupHour(Integer backupHour) {
            return backupHour(Output.of(backupHour));
        }

        public Builder backupMinute(@Nullable Output<Integer> backupMinute) {
            $.backupMinute = backupMinute;
            return this;
        }

        public Builder backupMinute(Integer backupMinute) {
            return backupMinute(Output.of(backupMinute));
        }

        public Builder binlogRetentionPeriod(@Nullable Output<Integer> binlogRetentionPeriod) {
            $.binlogRetentionPeriod = binlogRetentionPeriod;
            return this;
        }

        public Builder binlogRetentionPeriod(Integer binlogRetentionPeriod) {
            return binlogRetentionPeriod(Output.of(binlogRetentionPeriod));
        }

        public Builder clusterId(@Nullable Output<String> clusterId) {
            $.clusterId = clusterId;
            return this;
        }

        public Builder clusterId(String clusterId) {
            return clusterId(Output.of(clusterId));
        }

        public Builder connectTimeout(@Nullable Output<Integer> connectTimeout) {
            $.connectTimeout = connectTimeout;
            return this;
        }

        public Builder connectTimeout(Integer connectTimeout) {
            return connectTimeout(Output.of(connectTimeout));
        }

        public Builder defaultTimeZone(@Nullable Output<String> defaultTimeZone) {
            $.defaultTimeZone = defaultTimeZone;
            return this;
        }

        public Builder defaultTimeZone(String defaultTimeZone) {
            return defaultTimeZone(Output.of(defaultTimeZone));
        }

        public Builder groupConcatMaxLen(@Nullable Output<Integer> groupConcatMaxLen) {
            $.groupConcatMaxLen = groupConcatMaxLen;
            return this;
        }

        public Builder groupConcatMaxLen(Integer groupConcatMaxLen) {
            return groupConcatMaxLen(Output.of(groupConcatMaxLen));
        }

        public Builder informationSchemaStatsExpiry(@Nullable Output<Integer> informationSchemaStatsExpiry) {
            $.informationSchemaStatsExpiry = informationSchemaStatsExpiry;
            return this;
        }

        public Builder informationSchemaStatsExpiry(Integer informationSchemaStatsExpiry) {
            return informationSchemaStatsExpiry(Output.of(informationSchemaStatsExpiry));
        }

        public Builder innodbFtMinTokenSize(@Nullable Output<Integer> innodbFtMinTokenSize) {
            $.innodbFtMinTokenSize = innodbFtMinTokenSize;
            return this;
        }

        public Builder innodbFtMinTokenSize(Integer innodbFtMinTokenSize) {
            return innodbFtMinTokenSize(Output.of(innodbFtMinTokenSize));
        }

        public Builder innodbFtServerStopwordTable(@Nullable Output<String> innodbFtServerStopwordTable) {
            $.innodbFtServerStopwordTable = innodbFtServerStopwordTable;
            return this;
        }

        public Builder innodbFtServerStopwordTable(String innodbFtServerStopwordTable) {
            return innodbFtServerStopwordTable(Output.of(innodbFtServerStopwordTable));
        }

        public Builder innodbLockWaitTimeout(@Nullable Output<Integer> innodbLockWaitTimeout) {
            $.innodbLockWaitTimeout = innodbLockWaitTimeout;
            return this;
        }

        public Builder innodbLockWaitTimeout(Integer innodbLockWaitTimeout) {
            return innodbLockWaitTimeout(Output.of(innodbLockWaitTimeout));
        }

        public Builder innodbLogBufferSize(@Nullable Output<Integer> innodbLogBufferSize) {
            $.innodbLogBufferSize = innodbLogBufferSize;
            return this;
        }

        public Builder innodbLogBufferSize(Integer innodbLogBufferSize) {
            return innodbLogBufferSize(Output.of(innodbLogBufferSize));
        }

        public Builder innodbOnlineAlterLogMaxSize(@Nullable Output<Integer> innodbOnlineAlterLogMaxSize) {
            $.innodbOnlineAlterLogMaxSize = innodbOnlineAlterLogMaxSize;
            return this;
        }

        public Builder innodbOnlineAlterLogMaxSize(Integer innodbOnlineAlterLogMaxSize) {
            return innodbOnlineAlterLogMaxSize(Output.of(innodbOnlineAlterLogMaxSize));
        }

        public Builder innodbPrintAllDeadlocks(@Nullable Output<Boolean> innodbPrintAllDeadlocks) {
            $.innodbPrintAllDeadlocks = innodbPrintAllDeadlocks;
            return this;
        }

        public Builder innodbPrintAllDeadlocks(Boolean innodbPrintAllDeadlocks) {
            return innodbPrintAllDeadlocks(Output.of(innodbPrintAllDeadlocks));
        }

        public Builder innodbRollbackOnTimeout(@Nullable Output<Boolean> innodbRollbackOnTimeout) {
            $.innodbRollbackOnTimeout = innodbRollbackOnTimeout;
            return this;
        }

        public Builder innodbRollbackOnTimeout(Boolean innodbRollbackOnTimeout) {
            return innodbRollbackOnTimeout(Output.of(innodbRollbackOnTimeout));
        }

        public Builder interactiveTimeout(@Nullable Output<Integer> interactiveTimeout) {
            $.interactiveTimeout = interactiveTimeout;
            return this;
        }

        public Builder interactiveTimeout(Integer interactiveTimeout) {
            return interactiveTimeout(Output.of(interactiveTimeout));
        }

        public Builder internalTmpMemStorageEngine(@Nullable Output<String> internalTmpMemStorageEngine) {
            $.internalTmpMemStorageEngine = internalTmpMemStorageEngine;
            return this;
        }

        public Builder internalTmpMemStorageEngine(String internalTmpMemStorageEngine) {
            return internalTmpMemStorageEngine(Output.of(internalTmpMemStorageEngine));
        }

        public Builder longQueryTime(@Nullable Output<Double> longQueryTime) {
            $.longQueryTime = longQueryTime;
            return this;
        }

        public Builder longQueryTime(Double longQueryTime) {
            return longQueryTime(Output.of(longQueryTime));
        }

        public Builder maxAllowedPacket(@Nullable Output<Integer> maxAllowedPacket) {
            $.maxAllowedPacket = maxAllowedPacket;
            return this;
        }

        public Builder maxAllowedPacket(Integer maxAllowedPacket) {
            return maxAllowedPacket(Output.of(maxAllowedPacket));
        }

        public Builder maxHeapTableSize(@Nullable Output<Integer> maxHeapTableSize) {
            $.maxHeapTableSize = maxHeapTableSize;
            return this;
        }

        public Builder maxHeapTableSize(Integer maxHeapTableSize) {
            return maxHeapTableSize(Output.of(maxHeapTableSize));
        }

        public Builder netReadTimeout(@Nullable Output<Integer> netReadTimeout) {
            $.netReadTimeout = netReadTimeout;
            return this;
        }

        public Builder netReadTimeout(Integer netReadTimeout) {
            return netReadTimeout(Output.of(netReadTimeout));
        }

        public Builder netWriteTimeout(@Nullable Output<Integer> netWriteTimeout) {
            $.netWriteTimeout = netWriteTimeout;
            return this;
        }

        public Builder netWriteTimeout(Integer netWriteTimeout) {
            return netWriteTimeout(Output.of(netWriteTimeout));
        }

        public Builder slowQueryLog(@Nullable Output<Boolean> slowQueryLog) {
            $.slowQueryLog = slowQueryLog;
            return this;
        }

        public Builder slowQueryLog(Boolean slowQueryLog) {
            return slowQueryLog(Output.of(slowQueryLog));
        }

        public Builder sortBufferSize(@Nullable Output<Integer> sortBufferSize) {
            $.sortBufferSize = sortBufferSize;
            return this;
        }

        public Builder sortBufferSize(Integer sortBufferSize) {
            return sortBufferSize(Output.of(sortBufferSize));
        }

        public Builder sqlMode(@Nullable Output<String> sqlMode) {
            $.sqlMode = sqlMode;
            return this;
        }

        public Builder sqlMode(String sqlMode) {
            return sqlMode(Output.of(sqlMode));
        }

        public Builder sqlRequirePrimaryKey(@Nullable Output<Boolean> sqlRequirePrimaryKey) {
            $.sqlRequirePrimaryKey = sqlRequirePrimaryKey;
            return this;
        }

        public Builder sqlRequirePrimaryKey(Boolean sqlRequirePrimaryKey) {
            return sqlRequirePrimaryKey(Output.of(sqlRequirePrimaryKey));
        }

        public Builder tmpTableSize(@Nullable Output<Integer> tmpTableSize) {
            $.tmpTableSize = tmpTableSize;
            return this;
        }

        public Builder tmpTableSize(Integer tmpTableSize) {
            return tmpTableSize(Output.of(tmpTableSize));
        }

        public Builder waitTimeout(@Nullable Output<Integer> waitTimeout) {
            $.waitTimeout = waitTimeout;
            return this;
        }

        public Builder waitTimeout(Integer waitTimeout) {
            return waitTimeout(Output.of(waitTimeout));
        }

        public DatabaseMysqlConfigArgs build() {
            RequiredInputs.check($.clusterId, "DatabaseMysqlConfigArgs", "clusterId");
            return $;
        }
    }
}
