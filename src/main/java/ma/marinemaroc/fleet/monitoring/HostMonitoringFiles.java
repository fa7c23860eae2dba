package ma.marinemaroc.fleet.monitoring;

import com.pulumi.core.Output;
import ma.marinemaroc.fleet.host.RemoteFile;
import ma.marinemaroc.fleet.host.bootstrap.HostFile;
import ma.marinemaroc.fleet.monitoring.scripts.AlertSettings;
import ma.marinemaroc.fleet.monitoring.scripts.LogWatchSettings;
import ma.marinemaroc.fleet.monitoring.scripts.MonitoringScripts;
import ma.marinemaroc.fleet.services.HostStep;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The on-host side of monitoring: alerting and log watch on every host, the CloudWatch agent on EC2 hosts. */
public final class HostMonitoringFiles {
    /**
     * Where the CloudWatch agent publishes (EC2 hosts): the site's certificate and the instance's region;
     * {@code certificateOnHost} false behind a load balancer (no certificate on the host, no certificate metric).
     */
    public record CloudWatch(String domain, String region, boolean certificateOnHost) {
        public CloudWatch(String domain, String region) {
            this(domain, region, true);
        }
    }

    /**
     * @param alerts       how fleet-alert mails (relay, addresses)
     * @param logWatch     what fleet-logwatch watches
     * @param smtpUser     the relay's user
     * @param smtpPassword the relay's password (secret)
     * @param cloudWatch   the CloudWatch agent's settings on an EC2 host
     */
    public record Inputs(AlertSettings alerts, LogWatchSettings logWatch, String smtpUser, Output<String> smtpPassword,
                         Optional<CloudWatch> cloudWatch) {
    }

    private HostMonitoringFiles() {
    }

    public static List<RemoteFile.Spec> files(Inputs in) {
        List<RemoteFile.Spec> out = new ArrayList<>();
        MonitoringScripts.render(in.alerts(), in.logWatch()).forEach((path, content) ->
                out.add(RemoteFile.Spec.of(path, content, MonitoringScripts.fileMode(path))));
        out.add(RemoteFile.Spec.secret(AlertSettings.DEFAULT_ENV_FILE, in.smtpPassword()
                .applyValue(pw -> MonitoringScripts.renderAlertEnv(in.smtpUser(), pw)), "0600", "root:root"));
        in.cloudWatch().ifPresent(cw -> {
            for (HostFile f : CloudWatchAgent.hostFiles(cw.domain(), cw.region(), cw.certificateOnHost())) {
                out.add(new RemoteFile.Spec(f.path(), Output.of(f.content()), f.permissions(), f.owner()));
            }
        });
        return out;
    }

    /** Steps once everything runs: the CloudWatch agent's install (EC2 hosts). */
    public static List<HostStep> afterStart(Inputs in) {
        if (in.cloudWatch().isEmpty()) return List.of();
        return List.of(new HostStep("cloudwatch-agent", HostStep.Phase.AFTER_START,
                "sudo " + String.join(" && sudo ", CloudWatchAgent.installCommands()),
                List.of("cloudwatch-agent", CloudWatchAgent.config())));
    }
}
