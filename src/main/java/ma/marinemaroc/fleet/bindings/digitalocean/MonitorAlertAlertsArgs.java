package ma.marinemaroc.fleet.bindings.digitalocean;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;
import ma.marinemaroc.fleet.bindings.RequiredInputs;
import ma.marinemaroc.fleet.bindings.SchemaType;

/**
 * Notification target of a {@link MonitorAlert}. Not bound: slacks.
 */
@SchemaType("digitalocean:index/MonitorAlertAlerts:MonitorAlertAlerts")
public final class MonitorAlertAlertsArgs extends ResourceArgs {

    @Import(name = "emails")
    private @Nullable Output<List<String>> emails;

    private MonitorAlertAlertsArgs() {
    }

    /** E-mail addresses. */
    public Optional<Output<List<String>>> emails() {
        return Optional.ofNullable(emails);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@link #build()} checks the schema-required inputs. */
    public static final class Builder {
        private final MonitorAlertAlertsArgs $ = new MonitorAlertAlertsArgs();

        private Builder() {
        }

        public Builder emails(@Nullable Output<List<String>> emails) {
            $.emails = emails;
            return this;
        }

        public Builder emails(List<String> emails) {
            return emails(Output.of(emails));
        }

        public Builder emails(String... emails) {
            return emails(List.of(emails));
        }

        public MonitorAlertAlertsArgs build() {
            return $;
        }
    }
}
