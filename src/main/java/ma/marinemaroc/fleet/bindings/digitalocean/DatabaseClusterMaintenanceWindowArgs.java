package ma.marinemaroc.fleet.bindings.digitalocean;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import javax.annotation.Nullable;
import ma.marinemaroc.fleet.bindings.RequiredInputs;
import ma.marinemaroc.fleet.bindings.SchemaType;

/**
 * When DigitalOcean applies maintenance updates to a {@link DatabaseCluster}.
 */
@SchemaType("digitalocean:index/DatabaseClusterMaintenanceWindow:DatabaseClusterMaintenanceWindow")
public final class DatabaseClusterMaintenanceWindowArgs extends ResourceArgs {

    @Import(name = "day", required = true)
    private Output<String> day;

    @Import(name = "hour", required = true)
    private Output<String> hour;

    private DatabaseClusterMaintenanceWindowArgs() {
    }

    /** {@code monday} ... {@code sunday}. */
    public Output<String> day() {
        return day;
    }

    /** UTC hour as a 24-hour string, e.g. {@code 02:00}. */
    public Output<String> hour() {
        return hour;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@link #build()} checks the schema-required inputs. */
    public static final class Builder {
        private final DatabaseClusterMaintenanceWindowArgs $ = new DatabaseClusterMaintenanceWindowArgs();

        private Builder() {
        }

        public Builder day(@Nullable Output<String> day) {
            $.day = day;
            return this;
        }

        public Builder day(String day) {
            return day(Output.of(day));
        }

        public Builder hour(@Nullable Output<String> hour) {
            $.hour = hour;
            return this;
        }

        public Builder hour(String hour) {
            return hour(Output.of(hour));
        }

        public DatabaseClusterMaintenanceWindowArgs build() {
            RequiredInputs.check($.day, "DatabaseClusterMaintenanceWindowArgs", "day");
            RequiredInputs.check($.hour, "DatabaseClusterMaintenanceWindowArgs", "hour");
            return $;
        }
    }
}
