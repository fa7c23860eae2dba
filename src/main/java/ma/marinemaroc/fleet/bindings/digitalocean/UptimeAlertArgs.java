package ma.marinemaroc.fleet.bindings.digitalocean;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;
import ma.marinemaroc.fleet.bindings.RequiredInputs;

/**
 * Inputs of {@link UptimeAlert}.
 */
public final class UptimeAlertArgs extends ResourceArgs {

    @Import(name = "checkId", required = true)
    private Output<String> checkId;

    @Import(name = "comparison")
    private @Nullable Output<String> comparison;

    @Import(name = "name")
    private @Nullable Output<String> name;

    @Import(name = "notifications", required = true)
    private Output<List<UptimeAlertNotificationArgs>> notifications;

    @Import(name = "period")
    private @Nullable Output<String> period;

    @Import(name = "threshold")
    private @Nullable Output<Integer> threshold;

    @Import(name = "type", required = true)
    private Output<String> type;

    private UptimeAlertArgs() {
    }

    /** UptimeCheck id. */
    public Output<String> checkId() {
        return checkId;
    }

    /** {@code greater_than} or {@code less_than}. */
    public Optional<Output<String>> comparison() {
        return Optional.ofNullable(comparison);
    }

    /** Alert name; autonamed when omitted. */
    public Optional<Output<String>> name() {
        return Optional.ofNullable(name);
    }

    /** Where to notify. */
    public Output<List<UptimeAlertNotificationArgs>> notifications() {
        return notifications;
    }

    /** {@code 2m}, {@code 3m}, {@code 5m}, {@code 10m}, {@code 15m}, {@code 30m} or {@code 1h}. */
    public Optional<Output<String>> period() {
        return Optional.ofNullable(period);
    }

    /** Threshold; unit depends on type (ms, days, ...). */
    public Optional<Output<Integer>> threshold() {
        return Optional.ofNullable(threshold);
    }

    /** {@code latency}, {@code down}, {@code down_global} or {@code ssl_expiry}. */
    public Output<String> type() {
        return type;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@link #build()} checks the schema-required inputs. */
    public static final class Builder {
        private final UptimeAlertArgs $ = new UptimeAlertArgs();

        private Builder() {
        }

        public Builder checkId(@Nullable Output<String> checkId) {
            $.checkId = checkId;
            return this;
        }

        public Builder checkId(String checkId) {
            return checkId(Output.of(checkId));
        }

        public Builder comparison(@Nullable Output<String> comparison) {
            $.comparison = comparison;
            return this;
        }

        public Builder comparison(String comparison) {
            return comparison(Output.of(comparison));
        }

        public Builder name(@Nullable Output<String> name) {
            $.name = name;
            return this;
        }

        public Builder name(String name) {
            return name(Output.of(name));
        }

        public Builder notifications(@Nullable Output<List<UptimeAlertNotificationArgs>> notifications) {
            $.notifications = notifications;
            return this;
        }

        public Builder notifications(List<UptimeAlertNotificationArgs> notifications) {
            return notifications(Output.of(notifications));
        }

        public Builder notifications(UptimeAlertNotificationArgs... notifications) {
            return notifications(List.of(notifications));
        }

        public Builder period(@Nullable Output<String> period) {
            $.period = period;
            return this;
        }

        public Builder period(String period) {
            return period(Output.of(period));
        }

        public Builder threshold(@Nullable Output<Integer> threshold) {
            $.threshold = threshold;
            return this;
        }

        public Builder threshold(Integer threshold) {
            return threshold(Output.of(threshold));
        }

        public Builder type(@Nullable Output<String> type) {
            $.type = type;
            return this;
        }

        public Builder type(String type) {
            return type(Output.of(type));
        }

        public UptimeAlertArgs build() {
            RequiredInputs.check($.checkId, "UptimeAlertArgs", "checkId");
            RequiredInputs.check($.notifications, "UptimeAlertArgs", "notifications");
            RequiredInputs.check($.type, "UptimeAlertArgs", "type");
            return $;
        }
    }
}
