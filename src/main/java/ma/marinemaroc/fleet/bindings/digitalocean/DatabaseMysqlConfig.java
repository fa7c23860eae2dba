package ma.marinemaroc.fleet.bindings.digitalocean;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import java.util.List;
import java.util.Objects;
import javax.annotation.Nullable;

/**
 * Advanced settings of a MySQL {@link DatabaseCluster}
 * ({@code digitalocean:index/databaseMysqlConfig:DatabaseMysqlConfig}); unset inputs keep the server values. Deleting
 * it leaves the settings on the cluster.
 */
@ResourceType(type = DatabaseMysqlConfig.TOKEN)
public class DatabaseMysqlConfig extends CustomResource {

    /** Pulumi type token. */
    public static final String TOKEN = "digitalocean:index/databaseMysqlConfig:DatabaseMysqlConfig";

    /** Properties registered with {@code additionalSecretOutputs}. */
    public static final List<String> SECRET_OUTPUTS =
            List.of();

    @Export(name = "backupHour", refs = {Integer.class}, tree = "[0]")
    private Output<Integer> backupHour;

    @Export(name = "backupMinute", refs = {Integer.class}, tree = "[0]")
    private Output<Integer> backupMinute;

    @Export(name = "binlogRetentionPeriod", refs = {Integer.class}, tree = "[0]")
    private Output<Integer> binlogRetentionPeriod;

    @Export(name = "clusterId", refs = {String.class}, tree = "[0]")
    private Output<String> clusterId;

    @Export(name = "connectTimeout", refs = {Integer.class}, tree = "[0]")
    private Output<Integer> connectTimeout;

    @Export(name = "defaultTimeZone", refs = {String.class}, tree = "[0]")
    private Output<String> defaultTimeZone;

    @Export(name = "groupConcatMaxLen", refs = {Integer.class}, tree = "[0]")
    private Output<Integer> groupConcatMaxLen;

    @Export(name = "informationSchemaStatsExpiry", refs = {Integer.class}, tree = "[0]")
    private Output<Integer> informationSchemaStatsExpiry;

    @Export(name = "innodbFtMinTokenSize", refs = {Integer.class}, tree = "[0]")
    private Output<Integer> innodbFtMinTokenSize;

    @Export(name = "innodbFtServerStopwordTable", refs = {String.class}, tree = "[0]")
    private Output<String> innodbFtServerStopwordTable;

    @Export(name = "innodbLockWaitTimeout", refs = {Integer.class}, tree = "[0]")
    private Output<Integer> innodbLockWaitTimeout;

    @Export(name = "innodbLogBufferSize", refs = {Integer.class}, tree = "[0]")
    private Output<Integer> innodbLogBufferSize;

    @Export(name = "innodbOnlineAlterLogMaxSize", refs = {Integer.class}, tree = "[0]")
    private Output<Integer> innodbOnlineAlterLogMaxSize;

    @Export(name = "innodbPrintAllDeadlocks", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> innodbPrintAllDeadlocks;

    @Export(name = "innodbRollbackOnTimeout", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> innodbRollbackOnTimeout;

    @Export(name = "interactiveTimeout", refs = {Integer.class}, tree = "[0]")
    private Output<Integer> interactiveTimeout;

    @Export(name = "internalTmpMemStorageEngine", refs = {String.class}, tree = "[0]")
    private Output<String> internalTmpMemStorageEngine;

    @Export(name = "longQueryTime", refs = {Double.class}, tree = "[0]")
    private Output<Double> longQueryTime;

    @Export(name = "maxAllowedPacket", refs = {Integer.class}, tree = "[0]")
    private Output<Integer> maxAllowedPacket;

    @Export(name = "maxHeapTableSize", refs = {Integer.class}, tree = "[0]")
    private Output<Integer> maxHeapTableSize;

    @Export(name = "netReadTimeout", refs = {Integer.class}, tree = "[0]")
    private Output<Integer> netReadTimeout;

    @Export(name = "netWriteTimeout", refs = {Integer.class}, tree = "[0]")
    private Output<Integer> netWriteTimeout;

    @Export(name = "slowQueryLog", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> slowQueryLog;

    @Export(name = "sortBufferSize", refs = {Integer.class}, tree = "[0]")
    private Output<Integer> sortBufferSize;

    @Export(name = "sqlMode", refs = {String.class}, tree = "[0]")
    private Output<String> sqlMode;

    @Export(name = "sqlRequirePrimaryKey", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> sqlRequirePrimaryKey;

    @Export(name = "tmpTableSize", refs = {Integer.class}, tree = "[0]")
    private Output<Integer> tmpTableSize;

    @Export(name = "waitTimeout", refs = {Integer.class}, tree = "[0]")
    private Output<Integer> waitTimeout;

    public Output<Integer> backupHour() {
        return backupHour;
    }

    public Output<Integer> backupMinute() {
        return backupMinute;
    }

    public Output<Integer> binlogRetentionPeriod() {
        return binlogRetentionPeriod;
    }

    public Output<String> clusterId() {
        return clusterId;
    }

    public Output<Integer> connectTimeout() {
        return connectTimeout;
    }

    public Output<String> defaultTimeZone() {
        return defaultTimeZone;
    }

    public Output<Integer> groupConcatMaxLen() {
        return groupConcatMaxLen;
    }

    public Output<Integer> informationSchemaStatsExpiry() {
        return informationSchemaStatsExpiry;
    }

    public Output<Integer> innodbFtMinTokenSize() {
        return innodbFtMinTokenSize;
    }

    public Output<String> innodbFtServerStopwordTable() {
        return innodbFtServerStopwordTable;
    }

    public Output<Integer> innodbLockWaitTimeout() {
        return innodbLockWaitTimeout;
    }

    public Output<Integer> innodbLogBufferSize() {
        return innodbLogBufferSize;
    }

    public Output<Integer> innodbOnlineAlterLogMaxSize() {
        return innodbOnlineAlterLogMaxSize;
    }

    public Output<Boolean> innodbPrintAllDeadlocks() {
        return innodbPrintAllDeadlocks;
    }

    public Output<Boolean> innodbRollbackOnTimeout() {
        return innodbRollbackOnTimeout;
    }

    public Output<Integer> interactiveTimeout() {
        return interactiveTimeout;
    }

    public Output<String> internalTmpMemStorageEngine() {
        return internalTmpMemStorageEngine;
    }

    public Output<Double> longQueryTime() {
        return longQueryTime;
    }

    public Output<Integer> maxAllowedPacket() {
        return maxAllowedPacket;
    }

    public Output<Integer> maxHeapTableSize() {
        return maxHeapTableSize;
    }

    public Output<Integer> netReadTimeout() {
        return netReadTimeout;
    }

    public Output<Integer> netWriteTimeout() {
        return netWriteTimeout;
    }

    public Output<Boolean> slowQueryLog() {
        return slowQueryLog;
    }

    public Output<Integer> sortBufferSize() {
        return sortBufferSize;
    }

    public Output<String> sqlMode() {
        return sqlMode;
    }

    public Output<Boolean> sqlRequirePrimaryKey() {
        return sqlRequirePrimaryKey;
    }

    public Output<Integer> tmpTableSize() {
        return tmpTableSize;
    }

    public Output<Integer> waitTimeout() {
        return waitTimeout;
    }

    public DatabaseMysqlConfig(String name, DatabaseMysqlConfigArgs args) {
        this(name, args, null);
    }

    /** Caller options are kept; the plugin version and {@link #SECRET_OUTPUTS} are added. */
    public DatabaseMysqlConfig(String name, DatabaseMysqlConfigArgs args, @Nullable CustomResourceOptions options) {
        super(TOKEN, name, Objects.requireNonNull(args, "args"),
                DigitalOceanPlugin.resourceOptions(options, SECRET_OUTPUTS));
    }
}
