package ma.marinemaroc.fleet.monitoring;

import ma.marinemaroc.fleet.testing.Proc;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import ma.marinemaroc.fleet.Stacks;
import ma.marinemaroc.fleet.config.ConfigSource;
import ma.marinemaroc.fleet.config.StackSettings;
import ma.marinemaroc.fleet.config.StackSettingsLoader;
import ma.marinemaroc.fleet.host.bootstrap.HostFile;
import ma.marinemaroc.fleet.plan.PlanRun;
import ma.marinemaroc.fleet.plan.RecordedResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rendered CloudWatch agent configuration, checked against the alarms: what the agent would publish is derived
 * from the JSON alone (a model of the agent's documented behaviour), and each CWAgent alarm must watch exactly one of
 * the published series. Plus the on-host files (shellcheck, systemd-analyze verify).
 */
class CloudWatchAgentTest {
    static PlanRun.Result staging;
    static StackSettings settings;

    @TempDir
    Path tmp;

    @BeforeAll
    static void plan() {
        staging = MonitoringPlans.plan("staging");
        assertThat(staging.failed()).as("errors: %s %s", staging.errors(), staging.exceptions()).isFalse();
        settings = StackSettingsLoader.load(Stacks.file("staging").source(), "fleet", "staging");
    }

    /**
     * The series (metric name + dimension names/values) the agent publishes for a config, on one instance with an
     * ext4 root at "/". Model of the agent: a plugin's tags (disk: device, fstype, path; mem: none) become dimensions,
     * minus device with drop_device; "host" unless agent.omit_hostname; global append_dimensions are added with
     * ${aws:InstanceId} resolved; then the raw series plus one series per aggregation_dimensions entry that is a
     * strict subset of the raw dimension names (the agent's rollup).
     */
    static Map<String, List<Map<String, String>>> published(String configJson, String instanceId) {
        JsonObject root = JsonParser.parseString(configJson).getAsJsonObject();
        JsonObject agent = root.has("agent") ? root.getAsJsonObject("agent") : new JsonObject();
        JsonObject metrics = root.getAsJsonObject("metrics");
        boolean omitHost = agent.has("omit_hostname") && agent.get("omit_hostname").getAsBoolean();
        Map<String, String> append = new LinkedHashMap<>();
        if (metrics.has("append_dimensions")) {
            metrics.getAsJsonObject("append_dimensions").entrySet().forEach(e -> append.put(e.getKey(),
                    e.getValue().getAsString().replace("${aws:InstanceId}", instanceId)));
        }
        List<List<String>> rollups = new ArrayList<>();
        if (metrics.has("aggregation_dimensions")) {
            metrics.getAsJsonArray("aggregation_dimensions").forEach(a -> rollups.add(
                    a.getAsJsonArray().asList().stream().map(JsonElement::getAsString).toList()));
        }
        Map<String, List<Map<String, String>>> out = new LinkedHashMap<>();
        metrics.getAsJsonObject("metrics_collected").entrySet().forEach(plugin -> {
            JsonObject p = plugin.getValue().getAsJsonObject();
            List<Map<String, String>> tagSets = new ArrayList<>();
            if (plugin.getKey().equals("disk")) {
                for (JsonElement path : p.getAsJsonArray("resources")) {
                    Map<String, String> tags = new LinkedHashMap<>(Map.of("path", path.getAsString(),
                            "fstype", "ext4"));
                    if (!(p.has("drop_device") && p.get("drop_device").getAsBoolean())) tags.put("device", "nvme0n1p1");
                    tagSets.add(tags);
                }
            } else {
                tagSets.add(new LinkedHashMap<>());
            }
            for (JsonElement m : p.getAsJsonArray("measurement")) {
                String measurement = m.isJsonObject() ? m.getAsJsonObject().get("name").getAsString() : m.getAsString();
                String name = measurement.startsWith(plugin.getKey() + "_") ? measurement
                        : plugin.getKey() + "_" + measurement;
                for (Map<String, String> tags : tagSets) {
                    Map<String, String> raw = new LinkedHashMap<>(tags);
                    if (!omitHost) raw.put("host", "ip-172-31-0-10");
                    raw.putAll(append);
                    List<Map<String, String>> series = out.computeIfAbsent(name, k -> new ArrayList<>());
                    series.add(raw);
                    for (List<String> rollup : rollups) {
                        if (rollup.size() < raw.size() && raw.keySet().containsAll(rollup)) {
                            series.add(rollup.stream().collect(Collectors.toMap(k -> k, raw::get)));
                        }
                    }
                }
            }
        });
        return out;
    }

    private static List<RecordedResource> agentAlarms() {
        return staging.ofType(MonitoringPlanTest.ALARM).stream()
                .filter(a -> CloudWatchAgent.NAMESPACE.equals(a.plainInput("namespace"))).toList();
    }

    @Test
    void everyAgentAlarmWatchesASeriesTheRenderedConfigPublishes() {
        String config = CloudWatchAgent.config();
        assertThat(JsonParser.parseString(config).getAsJsonObject().getAsJsonObject("metrics")
                .get("namespace").getAsString()).isEqualTo(CloudWatchAgent.NAMESPACE);
        Map<String, List<Map<String, String>>> published = published(config, MonitoringPlans.INSTANCE_ID);

        List<RecordedResource> alarms = agentAlarms();
        assertThat(alarms).extracting(a -> a.plainInput("metricName"))
                .containsExactlyInAnyOrder("mem_used_percent", "disk_used_percent");
        for (RecordedResource alarm : alarms) {
            String metric = String.valueOf(alarm.plainInput("metricName"));
            Object dims = alarm.plainInput("dimensions");
            assertThat(published.get(metric)).as("series published for %s", metric).contains(castDims(dims));
        }
    }

    @Test
    void theModelRejectsAConfigWhoseSeriesDoNotMatchTheAlarms() {
        // Without omit_hostname the memory series carries "host"; without the rollup disk carries fstype.
        String config = CloudWatchAgent.config();
        JsonObject noOmit = JsonParser.parseString(config).getAsJsonObject();
        noOmit.getAsJsonObject("agent").remove("omit_hostname");
        JsonObject noRollup = JsonParser.parseString(config).getAsJsonObject();
        noRollup.getAsJsonObject("metrics").remove("aggregation_dimensions");

        Map<String, String> memAlarm = CloudWatchAgent.dimensions(CloudWatchAgent.MEMORY, MonitoringPlans.INSTANCE_ID);
        Map<String, String> diskAlarm = CloudWatchAgent.dimensions(CloudWatchAgent.DISK, MonitoringPlans.INSTANCE_ID);
        assertThat(published(noOmit.toString(), MonitoringPlans.INSTANCE_ID).get("mem_used_percent"))
                .doesNotContain(memAlarm);
        assertThat(published(noRollup.toString(), MonitoringPlans.INSTANCE_ID).get("disk_used_percent"))
                .doesNotContain(diskAlarm);
        assertThat(published(config, MonitoringPlans.INSTANCE_ID).get("disk_used_percent"))
                .contains(diskAlarm).hasSize(2);
    }

    @Test
    void configCollectsMemoryAndRootDiskAsTheUnprivilegedAgentUser() {
        JsonObject root = JsonParser.parseString(CloudWatchAgent.config()).getAsJsonObject();
        assertThat(root.getAsJsonObject("agent").get("run_as_user").getAsString()).isEqualTo("cwagent");
        assertThat(root.getAsJsonObject("agent").get("metrics_collection_interval").getAsInt()).isEqualTo(60);
        JsonObject collected = root.getAsJsonObject("metrics").getAsJsonObject("metrics_collected");
        assertThat(collected.keySet()).containsExactlyInAnyOrder("mem", "disk");
        assertThat(collected.getAsJsonObject("disk").getAsJsonArray("resources").asList())
                .extracting(JsonElement::getAsString).containsExactly("/");
        assertThat(root.getAsJsonObject("metrics").getAsJsonObject("append_dimensions").keySet())
                .containsExactly("InstanceId");
    }

    @Test
    void hostFilesAreTheConfigScriptsAndUnitsWithTheRightModes() {
        Map<String, HostFile> files = files();
        assertThat(files.keySet()).containsExactlyInAnyOrder(CloudWatchAgent.CONFIG_SOURCE,
                CloudWatchAgent.SETUP_SCRIPT, CloudWatchAgent.CERT_METRIC_SCRIPT,
                CloudWatchAgent.CERT_METRIC_SERVICE, CloudWatchAgent.CERT_METRIC_TIMER);
        assertThat(files.get(CloudWatchAgent.CONFIG_SOURCE).content()).isEqualTo(CloudWatchAgent.config());
        assertThat(files.get(CloudWatchAgent.SETUP_SCRIPT).permissions()).isEqualTo("0755");
        assertThat(files.get(CloudWatchAgent.CERT_METRIC_SCRIPT).permissions()).isEqualTo("0755");
        assertThat(files.get(CloudWatchAgent.CONFIG_SOURCE).permissions()).isEqualTo("0644");
        assertThat(files.values()).allSatisfy(f -> assertThat(f.owner()).isEqualTo("root:root"));
        assertThat(CloudWatchAgent.installCommands()).containsExactly(CloudWatchAgent.SETUP_SCRIPT);

        String setup = files.get(CloudWatchAgent.SETUP_SCRIPT).content();
        assertThat(setup).contains("BASE_URL=${AGENT_BASE_URL:-https://amazoncloudwatch-agent.s3.amazonaws.com}")
                .contains("KEY_FINGERPRINT=${AGENT_KEY_FINGERPRINT:-937616F3450B7D806CBD9725D58167303B789C72}")
                .contains("CONFIG_PATH=${AGENT_CONFIG_PATH:-" + CloudWatchAgent.CONFIG_PATH + "}")
                .contains("TIMER=fleet-cert-metric.timer")
                .doesNotContain("{{");
        String cert = files.get(CloudWatchAgent.CERT_METRIC_SCRIPT).content();
        assertThat(cert).contains("DOMAIN='staging.fleet.marinemaroc.ma'", "REGION='eu-west-1'",
                "NAMESPACE='Fleet'", "METRIC='CertificateDaysLeft'").doesNotContain("{{");
    }

    @Test
    void scriptsPassShellcheck() throws Exception {
        Proc.require("shellcheck");
        Map<String, HostFile> files = files();
        for (String script : List.of(CloudWatchAgent.SETUP_SCRIPT, CloudWatchAgent.CERT_METRIC_SCRIPT)) {
            Path f = tmp.resolve(Path.of(script).getFileName());
            Files.writeString(f, files.get(script).content());
            Proc.Result r = Proc.run(List.of("shellcheck", "--shell=bash", "--severity=style", f.toString()), Map.of(), tmp);
            assertThat(r.exit()).as("shellcheck %s:%n%s", script, r.all()).isZero();
            assertThat(files.get(script).content()).startsWith("#!/usr/bin/env bash\n").contains("\nset -euo pipefail\n");
        }
    }

    @Test
    void unitsVerifyWithSystemdAndAlertThroughFleetAlert() throws Exception {
        Proc.require("systemd-analyze");
        Path root = tmp.resolve("root");
        copyTree(Path.of("/usr/lib/systemd/system"), root.resolve("usr/lib/systemd/system"));
        for (HostFile f : files().values()) {
            Path target = root.resolve(f.path().substring(1));
            Files.createDirectories(target.getParent());
            Files.writeString(target, f.content());
            if (f.permissions().equals("0755")) {
                Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
        // The alert unit the OnFailure= line names (rendered by the monitoring scripts; a stand-in here).
        Path alertScript = root.resolve("opt/fleet/bin/fleet-unit-failed");
        Files.writeString(alertScript, "#!/bin/sh\nexit 0\n");
        Files.setPosixFilePermissions(alertScript, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(root.resolve("etc/systemd/system/fleet-alert@.service"),
                "[Unit]\nDescription=alert %i\n\n[Service]\nType=oneshot\nExecStart=/opt/fleet/bin/fleet-unit-failed %i\n");

        Proc.Result r = Proc.run(List.of("systemd-analyze", "verify", "--root=" + root,
                CloudWatchAgent.CERT_METRIC_SERVICE, CloudWatchAgent.CERT_METRIC_TIMER,
                "/etc/systemd/system/fleet-alert@fleet-cert-metric.service.service"), Map.of("SYSTEMD_LOG_COLOR", "0"), tmp);
        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(r.all()).as("systemd-analyze warnings").isBlank();

        String service = files().get(CloudWatchAgent.CERT_METRIC_SERVICE).content();
        assertThat(service).contains("\nOnFailure=fleet-alert@%n.service\n", "\nExecStart=" + CloudWatchAgent.CERT_METRIC_SCRIPT + "\n",
                "\nSuccessExitStatus=75\n", "\nDynamicUser=yes\n");
        assertThat(files().get(CloudWatchAgent.CERT_METRIC_TIMER).content())
                .contains("\nOnUnitActiveSec=15min\n", "\nWantedBy=timers.target\n");

        // and the check can fail: a broken unit is reported
        Path svc = root.resolve(CloudWatchAgent.CERT_METRIC_SERVICE.substring(1));
        Files.writeString(svc, service.replace("Type=oneshot", "Type=oneshott"));
        assertThat(Proc.run(List.of("systemd-analyze", "verify", "--root=" + root, CloudWatchAgent.CERT_METRIC_SERVICE),
                Map.of("SYSTEMD_LOG_COLOR", "0"), tmp).all()).contains("Failed to parse service type");
    }

    @Test
    void hostFilesCheckTheirInputs() {
        assertThatThrownBy(() -> CloudWatchAgent.hostFiles("Not A Domain", "eu-west-1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("domain");
        assertThatThrownBy(() -> CloudWatchAgent.hostFiles("fleet.example.com", "fra1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AWS region");
    }

    private static Map<String, HostFile> files() {
        return CloudWatchAgent.hostFiles(settings.dns().domain(), settings.region()).stream()
                .collect(Collectors.toMap(HostFile::path, f -> f, (a, b) -> a, LinkedHashMap::new));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> castDims(Object dims) {
        return (Map<String, String>) dims;
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target);
                } else if (Files.isSymbolicLink(p)) {
                    Files.createSymbolicLink(target, Files.readSymbolicLink(p));
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
