package ma.marinemaroc.fleet.monitoring;

import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import ma.marinemaroc.fleet.Providers;
import ma.marinemaroc.fleet.StackMapping;
import ma.marinemaroc.fleet.components.HostRole;
import ma.marinemaroc.fleet.components.HostRoleArgs;
import ma.marinemaroc.fleet.Stacks;
import ma.marinemaroc.fleet.config.Cloud;
import ma.marinemaroc.fleet.config.ConfigSource;
import ma.marinemaroc.fleet.config.StackFile;
import ma.marinemaroc.fleet.config.StackSettings;
import ma.marinemaroc.fleet.config.StackSettingsLoader;
import ma.marinemaroc.fleet.plan.PlanRun;

import java.util.Map;
import java.util.Set;

/** Runs the monitoring components alone through the mock engine with a repository stack file. */
final class MonitoringPlans {
    static final String DROPLET_ID = "412345678";
    static final String INSTANCE_ID = "i-0123456789abcdef0";

    private MonitoringPlans() {
    }

    static PlanRun.Result plan(String stack) {
        return plan(stack, Stacks.file(stack));
    }

    static PlanRun.Result plan(String stack, Map<String, String> overrides) {
        return plan(stack, Stacks.file(stack).with(overrides, Set.of()));
    }

    static PlanRun.Result plan(String stack, StackFile file) {
        return PlanRun.run(file, "fleet", stack, ctx -> {
            StackSettings s = StackSettingsLoader.load(ConfigSource.fromDeployment(), ctx.projectName(), ctx.stackName());
            Providers providers = new Providers(s);
            var opts = ComponentResourceOptions.builder().build();
            AlertRules rules = StackMapping.alertRules(s);
            if (s.cloud() == Cloud.AWS) {
                var role = new HostRole("host-identity", HostRoleArgs.builder().roleName(s.prefix() + "-host").build(),
                        providers.inHostRegion());
                ctx.export("instanceProfileName", role.instanceProfileName());
                var monitoring = new AwsMonitoring("monitoring", AwsMonitoring.Args.of(s.prefix(), rules,
                        Output.of(INSTANCE_ID), s.region(), providers.awsHost(), providers.awsUsEast1()), opts);
                ctx.export("monitored", monitoring.monitored());
                ctx.export("alertsTo", monitoring.alertsTo());
            } else {
                var monitoring = new DigitalOceanMonitoring("monitoring", DigitalOceanMonitoring.Args.of(s.prefix(),
                        rules, Output.of(DROPLET_ID)), opts);
                ctx.export("monitored", monitoring.monitored());
                ctx.export("alertsTo", monitoring.alertsTo());
            }
        });
    }
}
