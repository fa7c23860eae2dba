package ma.marinemaroc.fleet.bindings.digitalocean;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;
import ma.marinemaroc.fleet.bindings.RequiredInputs;

/**
 * Inputs of {@link MonitorAlert}.
 */
public final class MonitorAlertArgs extends ResourceArgs {

    @Import(name = "alerts", required = true)
    private Output<MonitorAlertAlertsArgs> alerts;

    @Import(name = "compare", required = true)
    private Output<String> compare;

    @Import(name = "description", required = true)
    private Output<String> description;

    @Import(name = "enabled")
    private @Nullable Output<Boolean> enabled;

    @Import(name = "entities")
    private @Nullable Output<List<String>> entities;

    @Import(name = "tags")
    private @Nullable Output<List<String>> tags;

    @Import(name = "type", required = true)
    private Output<String> type;

    @Import(name = "value", required = true)
    private Output<Double> value;

    @Import(name = "window", required = true)
    private Output<String> window;

    private MonitorAlertArgs() {
    }

    /** Where to notify. */
    public Output<MonitorAlertAlertsArgs> alerts() {
        return alerts;
    }

    /** {@code GreaterThan} or {@code LessThan}. */
    public Output<String> compare() {
        return compare;
    }

    /** Alert text. */
    public Output<String> description() {
        return description;
    }

    /** Default true. */
    public Optional<Output<Boolean>> enabled() {
        return Optional.ofNullable(enabled);
    }

    /** Droplet ids as strings. */
    public Optional<Output<List<String>>> entities() {
        return Optional.ofNullable(entities);
    }

    /** Apply to Droplets with these tags. */
    public Optional<Output<List<String>>> tags() {
        return Optional.ofNullable(tags);
    }

    /** Metric, e.g. {@code v1/insights/droplet/cpu}. */
    public Output<String> type() {
        return type;
    }

    /** Threshold. */
    public Output<Double> value() {
        return value;
    }

    /** {@code 5m}, {@code 10m}, {@code 30m} or {@code 1h}. */
    public Output<String> window() {
        return window;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@link #build()} checks the schema-required inputs. */
    public static final class Builder {
        private final MonitorAlertArgs $ = new MonitorAlertArgs();

        private Builder() {
        }

        public Builder alerts(@Nullable Output<MonitorAlertAlertsArgs> alerts) {
            $.alerts = alerts;
            return this;
        }

        public Builder alerts(MonitorAlertAlertsArgs alerts) {
            return alerts(Output.of(alerts));
        }

        public Builder compare(@Nullable Output<String> compare) {
            $.compare = compare;
            return this;
        }

        public Builder compare(String compare) {
            return compare(Output.of(compare));
        }

        public Builder description(@Nullable Output<String> description) {
            $.description = description;
            return this;
        }

        public Builder description(String description) {
            return description(Output.of(description));
        }

        public Builder enabled(@Nullable Output<Boolean> enabled) {
            $.enabled = enabled;
            return this;
        }

        public Builder enabled(Boolean enabled) {
            return enabled(Output.of(enabled));
        }

        public Builder entities(@Nullable Output<List<String>> entities) {
            $.entities = entities;
            return this;
        }

        public Builder entities(List<String> entities) {
            return entities(Output.of(entities));
        }

        public Builder entities(String... entities) {
            return entities(List.of(entities));
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

        public Builder type(@Nullable Output<String> type) {
            $.type = type;
            return this;
        }

        public Builder type(String type) {
            return type(Output.of(type));
        }

        public Builder value(@Nullable Output<Double> value) {
            $.value = value;
            return this;
        }

        public Builder value(Double value) {
            return value(Output.of(value));
        }

        public Builder window(@Nullable Output<String> window) {
            $.window = window;
            return this;
        }

        public Builder window(String window) {
            return window(Output.of(window));
        }

        public MonitorAlertArgs build() {
            RequiredInputs.check($.alerts, "MonitorAlertArgs", "alerts");
            RequiredInputs.check($.compare, "MonitorAlertArgs", "compare");
            RequiredInputs.check($.description, "MonitorAlertArgs", "description");
            RequiredInputs.check($.type, "MonitorAlertArgs", "type");
            RequiredInputs.check($.value, "MonitorAlertArgs", "value");
            RequiredInputs.check($.window, "MonitorAlertArgs", "window");
            return $;
        }
    }
}
