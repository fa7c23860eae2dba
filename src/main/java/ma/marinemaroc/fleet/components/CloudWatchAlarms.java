package ma.marinemaroc.fleet.components;

import com.pulumi.aws.cloudwatch.MetricAlarm;
import com.pulumi.aws.cloudwatch.MetricAlarmArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CloudWatch alarms of the scaled components, declared as children of the component that owns the watched resource
 * (not a component). Every alarm notifies the given SNS topic on entering ALARM and again on recovering (OK).
 */
final class CloudWatchAlarms {
    /** An SNS topic ARN (any partition). */
    static final Pattern TOPIC_ARN = Pattern.compile("arn:aws[a-z-]*:sns:[a-z0-9-]+:\\d{12}:[A-Za-z0-9_-]{1,256}");

    private final String name;
    private final Output<List<String>> actions;
    private final CustomResourceOptions options;
    private final List<String> declared = new ArrayList<>();

    CloudWatchAlarms(String name, Output<String> topicArn, CustomResourceOptions options) {
        this.name = name;
        this.actions = topicArn.applyValue(arn -> {
            if (!TOPIC_ARN.matcher(arn).matches()) {
                throw new IllegalArgumentException("alarmTopicArn '" + arn + "' is not an SNS topic ARN");
            }
            return List.of(arn);
        });
        this.options = options;
    }

    /** Declares {@code <name>-alarm-<label>}; {@code what} describes it in words (also the alarm's description). */
    CloudWatchAlarms add(String label, String what, MetricAlarmArgs.Builder args) {
        new MetricAlarm(name + "-alarm-" + label, args
                .alarmDescription(what)
                .alarmActions(actions)
                .okActions(actions)
                .build(), options);
        declared.add(what);
        return this;
    }

    List<String> declared() {
        return List.copyOf(declared);
    }
}
