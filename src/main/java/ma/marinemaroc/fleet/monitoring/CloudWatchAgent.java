package ma.marinemaroc.fleet.monitoring;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import ma.marinemaroc.fleet.host.bootstrap.HostFile;
import ma.marinemaroc.fleet.monitoring.scripts.MonitoringScripts;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.regex.Pattern;

/**
 * What an AWS host needs for host metrics and the certificate-expiry metric, all decided before the instance exists:
 * the Amazon CloudWatch agent configuration, the files cloud-init writes and the runcmd line that installs the agent.
 * The instance also needs {@link CloudWatchAgentRole}'s instance profile.
 *
 * <p>Dimensions: the agent publishes memory as {@code mem_used_percent {InstanceId}} ({@code omit_hostname} drops the
 * host dimension) and disk as {@code disk_used_percent {InstanceId, path}} (an aggregation of the raw
 * {InstanceId, path, fstype} series), which are exactly the dimensions {@link #dimensions} gives the alarms.
 */
public final class CloudWatchAgent {
    /** Where the agent reads its configuration ({@code fetch-config -c file:...}). */
    public static final String CONFIG_PATH = "/opt/aws/amazon-cloudwatch-agent/etc/amazon-cloudwatch-agent.json";
    /** The fleet's copy, written by cloud-init and installed to {@link #CONFIG_PATH} after the package. */
    public static final String CONFIG_SOURCE = "/etc/fleet/cloudwatch-agent.json";
    public static final String AGENT_CTL = "/opt/aws/amazon-cloudwatch-agent/bin/amazon-cloudwatch-agent-ctl";
    public static final String SETUP_SCRIPT = "/opt/fleet/bin/fleet-cloudwatch-agent-setup";
    public static final String CERT_METRIC_SCRIPT = "/opt/fleet/bin/fleet-cert-metric";
    public static final String CERT_METRIC_SERVICE = "/etc/systemd/system/fleet-cert-metric.service";
    public static final String CERT_METRIC_TIMER = "/etc/systemd/system/fleet-cert-metric.timer";
    /** AWS's official package bucket (the host downloads the .deb, its .sig and the signing key from it). */
    public static final String PACKAGE_BASE_URL = "https://amazoncloudwatch-agent.s3.amazonaws.com";
    /** AWS's CloudWatch agent package signing key. */
    public static final String SIGNING_KEY_FINGERPRINT = "937616F3450B7D806CBD9725D58167303B789C72";

    /** Namespace of the agent's metrics. */
    public static final String NAMESPACE = "CWAgent";
    public static final String INSTANCE_ID = "InstanceId";
    public static final AgentMetric MEMORY = new AgentMetric("mem", "mem_used_percent", Map.of());
    public static final AgentMetric DISK = new AgentMetric("disk", "disk_used_percent", Map.of("path", "/"));

    /** The certificate metric the host pushes (namespace, name, dimension Domain = the site's FQDN). */
    public static final String CERT_NAMESPACE = "Fleet";
    public static final String CERT_METRIC = "CertificateDaysLeft";
    public static final String CERT_DIMENSION = "Domain";
    /** How often the host publishes it. */
    public static final int CERT_METRIC_EVERY_MINUTES = 15;

    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d");
    private static final Pattern DOMAIN = Pattern.compile("[a-z0-9.-]+");

    /**
     * A metric the agent collects.
     *
     * @param plugin          the agent's collector section (mem, disk)
     * @param name            the published metric name
     * @param fixedDimensions dimensions besides {@code InstanceId}, with the value the alarm watches
     */
    public record AgentMetric(String plugin, String name, Map<String, String> fixedDimensions) {
        public AgentMetric {
            fixedDimensions = Map.copyOf(fixedDimensions);
        }
    }

    private CloudWatchAgent() {
    }

    /** The alarm dimensions of an agent metric on the given instance. */
    public static Map<String, String> dimensions(AgentMetric metric, String instanceId) {
        var out = new java.util.TreeMap<String, String>(metric.fixedDimensions());
        out.put(INSTANCE_ID, instanceId);
        return out;
    }

    /** The agent configuration (JSON): memory and root-disk utilisation every minute, run as the cwagent user. */
    public static String config() {
        JsonObject agent = new JsonObject();
        agent.addProperty("metrics_collection_interval", 60);
        agent.addProperty("run_as_user", "cwagent");
        agent.addProperty("omit_hostname", true);

        JsonObject mem = new JsonObject();
        mem.add("measurement", strings(MEMORY.name()));

        JsonObject disk = new JsonObject();
        disk.add("measurement", strings(DISK.name()));
        disk.add("resources", strings(DISK.fixedDimensions().get("path")));
        disk.addProperty("drop_device", true);
        disk.add("ignore_file_system_types", strings("devtmpfs", "overlay", "squashfs", "sysfs", "tmpfs"));

        JsonObject collected = new JsonObject();
        collected.add(MEMORY.plugin(), mem);
        collected.add(DISK.plugin(), disk);

        JsonObject append = new JsonObject();
        append.addProperty(INSTANCE_ID, "${aws:InstanceId}");

        JsonArray aggregation = new JsonArray();
        var diskDims = new java.util.ArrayList<String>();
        diskDims.add(INSTANCE_ID);
        diskDims.addAll(new java.util.TreeSet<>(DISK.fixedDimensions().keySet()));
        aggregation.add(strings(diskDims.toArray(String[]::new)));

        JsonObject metrics = new JsonObject();
        metrics.addProperty("namespace", NAMESPACE);
        metrics.add("append_dimensions", append);
        metrics.add("aggregation_dimensions", aggregation);
        metrics.add("metrics_collected", collected);

        JsonObject root = new JsonObject();
        root.add("agent", agent);
        root.add("metrics", metrics);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
    }

    /**
     * The agent's non-secret host files: agent config, scripts, systemd units (EC2 hosts only).
     *
     * @param domain the site whose certificate's days left are published
     * @param region the instance's AWS region (where the metric is published)
     */
    public static List<HostFile> hostFiles(String domain, String region) {
        return hostFiles(domain, region, true);
    }

    /**
     * The agent's host files; without {@code certMetric} (a host behind a load balancer, whose certificate the cloud
     * renews) no certificate metric script, unit or timer.
     */
    public static List<HostFile> hostFiles(String domain, String region, boolean certMetric) {
        if (!DOMAIN.matcher(domain).matches()) {
            throw new IllegalArgumentException("domain must be a lowercase FQDN, got '" + domain + "'");
        }
        if (!REGION.matcher(region).matches()) {
            throw new IllegalArgumentException("AWS region must look like eu-west-1, got '" + region + "'");
        }
        String timerUnit = CERT_METRIC_TIMER.substring(CERT_METRIC_TIMER.lastIndexOf('/') + 1);
        List<HostFile> agent = List.of(
                HostFile.root(CONFIG_SOURCE, config(), "0644"),
                HostFile.root(SETUP_SCRIPT, AwsTemplates.render("fleet-cloudwatch-agent-setup.mustache", Map.of(
                        "baseUrl", PACKAGE_BASE_URL,
                        "keyFingerprint", SIGNING_KEY_FINGERPRINT,
                        "configSource", CONFIG_SOURCE,
                        "configPath", CONFIG_PATH,
                        "agentCtl", AGENT_CTL,
                        "timer", timerUnit,
                        "certMetric", certMetric)), "0755"));
        if (!certMetric) return agent;
        return java.util.stream.Stream.concat(agent.stream(), Stream.of(
                HostFile.root(CERT_METRIC_SCRIPT, AwsTemplates.render("fleet-cert-metric.mustache", Map.of(
                        "domain", domain,
                        "region", region,
                        "namespace", CERT_NAMESPACE,
                        "metric", CERT_METRIC)), "0755"),
                HostFile.root(CERT_METRIC_SERVICE, AwsTemplates.render("fleet-cert-metric.service.mustache",
                        Map.of("script", CERT_METRIC_SCRIPT, "onFailure", MonitoringScripts.ON_FAILURE)), "0644"),
                HostFile.root(CERT_METRIC_TIMER, AwsTemplates.render("fleet-cert-metric.timer.mustache",
                        Map.of("everyMinutes", CERT_METRIC_EVERY_MINUTES)), "0644"))).toList();
    }

    /**
     * The cloud-init runcmd lines, to run after {@link #hostFiles} are written and the network is up: download the
     * agent package from AWS's bucket, verify and install it, load the configuration, start the cert-metric timer.
     * The cert-metric service alerts through {@code fleet-alert@} ({@link MonitoringScripts}) when publishing fails.
     */
    public static List<String> installCommands() {
        return List.of(SETUP_SCRIPT);
    }

    private static JsonArray strings(String... values) {
        JsonArray a = new JsonArray();
        for (String v : values) {
            a.add(v);
        }
        return a;
    }
}
