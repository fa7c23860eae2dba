package ma.marinemaroc.fleet.monitoring;

import ma.marinemaroc.fleet.config.Cloud;
import ma.marinemaroc.fleet.config.StackSettings;
import ma.marinemaroc.fleet.host.RemoteFile;
import ma.marinemaroc.fleet.host.bootstrap.HostFile;
import ma.marinemaroc.fleet.monitoring.scripts.AlertSettings;
import ma.marinemaroc.fleet.monitoring.scripts.LogWatchSettings;
import ma.marinemaroc.fleet.monitoring.scripts.MonitoringScripts;
import ma.marinemaroc.fleet.monitoring.scripts.SmtpTls;
import ma.marinemaroc.fleet.services.HostStep;

import java.util.ArrayList;
import java.util.List;

/** The on-host side of monitoring: alerting and log watch on every host, the CloudWatch agent on AWS. */
public final class HostMonitoringFiles {
    private HostMonitoringFiles() {
    }

    public static AlertSettings alertSettings(StackSettings s) {
        return AlertSettings.of(List.of(s.alertEmail()), s.smtp().from(), s.smtp().host(), s.smtp().port(),
                SmtpTls.parse(s.smtp().tlsMode()));
    }

    public static LogWatchSettings logWatchSettings(StackSettings s) {
        return LogWatchSettings.defaults().withThreshold(s.monitoring().logErrorThreshold(), s.monitoring().logWatchMinutes());
    }

    public static List<RemoteFile.Spec> files(StackSettings s) {
        List<RemoteFile.Spec> out = new ArrayList<>();
        MonitoringScripts.render(alertSettings(s), logWatchSettings(s)).forEach((path, content) ->
                out.add(RemoteFile.Spec.of(path, content, MonitoringScripts.fileMode(path))));
        out.add(RemoteFile.Spec.secret(AlertSettings.DEFAULT_ENV_FILE, s.secrets().smtpPassword().orElseThrow()
                .applyValue(pw -> MonitoringScripts.renderAlertEnv(s.smtp().user(), pw)), "0600", "root:root"));
        if (s.cloud() == Cloud.AWS) {
            for (HostFile f : CloudWatchAgent.hostFiles(s)) {
                String mode = f.permissions().length() == 3 ? "0" + f.permissions() : f.permissions();
                out.add(new RemoteFile.Spec(f.path(), com.pulumi.core.Output.of(f.content()), mode, f.owner()));
            }
        }
        return out;
    }

    /** Steps once everything runs: the CloudWatch agent's install (AWS). */
    public static List<HostStep> afterStart(StackSettings s) {
        if (s.cloud() != Cloud.AWS) return List.of();
        return List.of(new HostStep("cloudwatch-agent", "sudo " + String.join(" && sudo ", CloudWatchAgent.installCommands()),
                List.of("cloudwatch-agent", CloudWatchAgent.config())));
    }
}
