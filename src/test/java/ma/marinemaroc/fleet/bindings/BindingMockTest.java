package ma.marinemaroc.fleet.bindings;

import static ma.marinemaroc.fleet.bindings.BindingMockEngine.constant;
import static ma.marinemaroc.fleet.bindings.BindingMockEngine.secret;
import static ma.marinemaroc.fleet.bindings.BindingMockEngine.value;
import static org.assertj.core.api.Assertions.assertThat;

import com.pulumi.asset.StringAsset;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import ma.marinemaroc.fleet.bindings.BindingMockEngine.Registration;
import ma.marinemaroc.fleet.bindings.BindingMockEngine.Secret;
import ma.marinemaroc.fleet.bindings.command.Command;
import ma.marinemaroc.fleet.bindings.command.CommandArgs;
import ma.marinemaroc.fleet.bindings.command.CommandPlugin;
import ma.marinemaroc.fleet.bindings.command.ConnectionArgs;
import ma.marinemaroc.fleet.bindings.command.CopyToRemote;
import ma.marinemaroc.fleet.bindings.command.CopyToRemoteArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.DigitalOceanPlugin;
import ma.marinemaroc.fleet.bindings.digitalocean.DnsRecord;
import ma.marinemaroc.fleet.bindings.digitalocean.DnsRecordArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.Droplet;
import ma.marinemaroc.fleet.bindings.digitalocean.DropletArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.Firewall;
import ma.marinemaroc.fleet.bindings.digitalocean.FirewallArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.FirewallInboundRuleArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.FirewallOutboundRuleArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.MonitorAlert;
import ma.marinemaroc.fleet.bindings.digitalocean.MonitorAlertAlertsArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.MonitorAlertArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.Provider;
import ma.marinemaroc.fleet.bindings.digitalocean.ProviderArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.ReservedIp;
import ma.marinemaroc.fleet.bindings.digitalocean.ReservedIpArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.ReservedIpAssignment;
import ma.marinemaroc.fleet.bindings.digitalocean.ReservedIpAssignmentArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.SshKey;
import ma.marinemaroc.fleet.bindings.digitalocean.SshKeyArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.UptimeAlert;
import ma.marinemaroc.fleet.bindings.digitalocean.UptimeAlertArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.UptimeAlertNotificationArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.UptimeCheck;
import ma.marinemaroc.fleet.bindings.digitalocean.UptimeCheckArgs;
import ma.marinemaroc.fleet.bindings.tls.PrivateKey;
import ma.marinemaroc.fleet.bindings.tls.PrivateKeyArgs;
import ma.marinemaroc.fleet.bindings.tls.SelfSignedCert;
import ma.marinemaroc.fleet.bindings.tls.SelfSignedCertArgs;
import ma.marinemaroc.fleet.bindings.tls.SelfSignedCertSubjectArgs;
import ma.marinemaroc.fleet.bindings.tls.TlsPlugin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pulumirpc.Resource.RegisterResourceRequest;

/** Registers every binding against the Pulumi mock engine and inspects what the engine receives and returns. */
class BindingMockTest {
    private static final String KEY = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEI\n-----END PRIVATE KEY-----\n";

    private final BindingMockEngine engine = new BindingMockEngine();
    private final Map<String, Registration> registered = engine.registered();

    @AfterEach
    void cleanup() {
        BindingMockEngine.cleanup();
    }

    @Test
    void dropletSendsTokenInputsPinnedVersionAndKeepsCallerOptions() {
        List<Object> got = new ArrayList<>();
        run(ctx -> {
            var provider = new Provider("do", ProviderArgs.builder().token("dop_v1_secret").build());
            var key = new SshKey("deploy", SshKeyArgs.builder().publicKey("ssh-ed25519 AAAAC3 deploy").build());
            var droplet = new Droplet("host", DropletArgs.builder()
                    .image("ubuntu-22-04-x64").size("s-2vcpu-4gb").region("fra1").monitoring(true).ipv6(true)
                    .sshKeys(key.fingerprint().applyValue(List::of)).tags("fleet", "prod")
                    .userData(Output.ofSecret("#cloud-config\n")).build(),
                    CustomResourceOptions.builder().provider(provider).parent(key).dependsOn(key)
                            .deleteBeforeReplace(true).protect(true).ignoreChanges("userData").build());
            got.addAll(List.of(droplet, key, provider));
        });
        Droplet droplet = (Droplet) got.get(0);
        Registration r = registered.get("host");
        RegisterResourceRequest req = r.request();
        assertThat(req.getType()).isEqualTo("digitalocean:index/droplet:Droplet");
        assertThat(req.getVersion()).isEqualTo(DigitalOceanPlugin.VERSION).isEqualTo("4.76.0");
        assertThat(req.getProvider()).isEqualTo(urnOf("do") + "::do-id");
        assertThat(req.getParent()).isEqualTo(urnOf("deploy"));
        assertThat(req.getDependenciesList()).contains(urnOf("deploy"));
        assertThat(req.getDeleteBeforeReplace()).isTrue();
        assertThat(req.getProtect()).isTrue();
        assertThat(req.getIgnoreChangesList()).containsExactly("userData");
        assertThat(req.getAdditionalSecretOutputsList()).isEmpty();
        assertThat(r.inputs()).isEqualTo(Map.of(
                "image", "ubuntu-22-04-x64", "size", "s-2vcpu-4gb", "region", "fra1", "monitoring", true,
                "ipv6", true, "sshKeys", List.of("aa:bb:cc"), "tags", List.of("fleet", "prod"),
                "userData", "#cloud-config\n"));
        assertThat(r.wireInputs()).containsEntry("userData", new Secret("#cloud-config\n"));

        assertThat(value(droplet.id())).isEqualTo("101");
        assertThat(value(droplet.ipv4Address())).isEqualTo("203.0.113.10");
        assertThat(value(droplet.ipv4AddressPrivate())).isEqualTo("10.114.0.2");
        assertThat(value(droplet.ipv6Address())).isEqualTo("2001:db8::10");
        assertThat(value(droplet.dropletUrn())).isEqualTo("do:droplet:101");
        assertThat(value(droplet.memory())).isEqualTo(4096);
        assertThat(value(droplet.vcpus())).isEqualTo(2);
        assertThat(value(droplet.status())).isEqualTo("active");
        assertThat(value(droplet.tags())).containsExactly("fleet", "prod");
        assertThat(value(droplet.priceMonthly())).isEqualTo(24.0);

        Registration p = registered.get("do");
        assertThat(p.request().getType()).isEqualTo("pulumi:providers:digitalocean");
        assertThat(p.request().getVersion()).isEqualTo("4.76.0");
        assertThat(p.wireInputs()).containsEntry("token", new Secret("dop_v1_secret"));
        assertThat(secret(((Provider) got.get(2)).token())).isTrue();
    }

    @Test
    void everyBindingRegistersItsTokenVersionSecretOutputsAndSchemaRequiredInputs() {
        Map<String, Resource> byName = new LinkedHashMap<>();
        run(ctx -> createAll(byName));
        assertThat(registered.keySet()).containsAll(byName.keySet());
        // Written out independently of the SECRET_OUTPUTS constants on purpose.
        Map<String, List<String>> expectedSecrets = Map.of("do", List.of("token"),
                "install", List.of("connection", "stdout", "stderr"), "copy", List.of("connection"),
                "ssh-key", List.of("privateKeyOpenssh", "privateKeyPem", "privateKeyPemPkcs8"),
                "cert", List.of("privateKeyPem"));
        Map<String, String> expectedVersion = Map.of("digitalocean", DigitalOceanPlugin.VERSION,
                "command", CommandPlugin.VERSION, "tls", TlsPlugin.VERSION);
        for (var e : byName.entrySet()) {
            Resource res = e.getValue();
            RegisterResourceRequest req = registered.get(e.getKey()).request();
            String token = constant(res.getClass(), "TOKEN");
            assertThat(req.getType()).as(e.getKey()).isEqualTo(token);
            assertThat(req.getVersion()).as(e.getKey()).isEqualTo(expectedVersion.get(ProviderSchemas.providerOf(token)));
            assertThat(req.getAdditionalSecretOutputsList()).as(e.getKey())
                    .containsExactlyInAnyOrderElementsOf(expectedSecrets.getOrDefault(e.getKey(), List.of()))
                    .containsExactlyElementsOf(BindingChecker.secretOutputs(res.getClass()));
            assertThat(registered.get(e.getKey()).wireInputs().keySet()).as(e.getKey())
                    .containsAll(ProviderSchemas.requiredInputs(token))
                    .isSubsetOf(ProviderSchemas.inputNames(token));
        }
        assertThat(byName).hasSize(14);
    }

    @Test
    void nestedArgsAndListsReachTheEngineWithSchemaNames() {
        Map<String, Resource> byName = new LinkedHashMap<>();
        run(ctx -> createAll(byName));
        assertThat(registered.get("fw").inputs()).isEqualTo(Map.of(
                "name", "fleet-fw", "dropletIds", List.of(101.0),
                "inboundRules", List.of(
                        Map.of("protocol", "tcp", "portRange", "22", "sourceAddresses", List.of("198.51.100.7/32")),
                        Map.of("protocol", "tcp", "portRange", "443", "sourceAddresses", List.of("0.0.0.0/0", "::/0"))),
                "outboundRules", List.of(Map.of("protocol", "udp", "portRange", "53",
                        "destinationAddresses", List.of("0.0.0.0/0")))));
        assertThat(registered.get("cpu").inputs()).isEqualTo(Map.of(
                "alerts", Map.of("emails", List.of("ops@example.ma")), "compare", "GreaterThan",
                "description", "CPU high", "type", "v1/insights/droplet/cpu", "value", 80.0, "window", "5m",
                "entities", List.of("101")));
        assertThat(registered.get("up-alert").inputs()).isEqualTo(Map.of(
                "checkId", "up-id", "type", "down", "period", "2m",
                "notifications", List.of(Map.of("emails", List.of("ops@example.ma")))));
        assertThat(registered.get("cert").inputs()).containsEntry("subject",
                Map.of("commonName", "fleet.example.ma", "organization", "Marine Maroc"));
        assertThat(registered.get("a-record").inputs()).isEqualTo(Map.of(
                "domain", "example.ma", "type", "A", "name", "fleet", "value", "203.0.113.10", "ttl", 300.0));
    }

    @Test
    void commandConnectionSecretsAndDefaultsAreSentAsSecrets() {
        Map<String, Resource> byName = new LinkedHashMap<>();
        run(ctx -> createAll(byName));
        Object wired = registered.get("install").wireInputs().get("connection");
        assertThat(wired).isInstanceOf(Secret.class);
        assertThat(registered.get("copy").wireInputs().get("connection")).isInstanceOf(Secret.class);
        assertThat(((Secret) wired).value()).isEqualTo(Map.of("host", "203.0.113.10", "user", "root", "port", 22.0,
                "dialErrorLimit", 10.0, "perDialTimeout", 15.0, "privateKey", new Secret(KEY)));
        assertThat(registered.get("install").wireInputs()).containsEntry("stdin", new Secret("db-password"))
                .containsEntry("environment", Map.of("FLEET_ENV", "prod"))
                .containsEntry("triggers", List.of("v1", 2.0));
        assertThat(registered.get("copy").inputs()).containsEntry("remotePath", "/opt/fleet/bin/fleet-alert")
                .containsKey("source");
        ConnectionArgs custom = ConnectionArgs.builder().host("h").port(2222).user("deploy")
                .password(Output.of("pw")).build();
        assertThat(value(custom.port().orElseThrow())).isEqualTo(2222.0);
        assertThat(value(custom.user().orElseThrow())).isEqualTo("deploy");
        assertThat(secret(custom.password().orElseThrow())).isTrue();
        assertThat(secret(custom.host())).isFalse();
    }

    @Test
    void secretOutputsComeBackSecretAndOthersDoNot() {
        Map<String, Resource> byName = new LinkedHashMap<>();
        run(ctx -> createAll(byName));
        PrivateKey key = (PrivateKey) byName.get("ssh-key");
        assertThat(secret(key.privateKeyOpenssh())).isTrue();
        assertThat(secret(key.privateKeyPem())).isTrue();
        assertThat(secret(key.privateKeyPemPkcs8())).isTrue();
        assertThat(value(key.privateKeyPem())).isEqualTo(KEY);
        assertThat(secret(key.publicKeyOpenssh())).isFalse();
        assertThat(value(key.publicKeyOpenssh())).isEqualTo("ssh-ed25519 AAAAC3Nz fleet\n");
        assertThat(value(key.publicKeyFingerprintSha256())).isEqualTo("SHA256:abc");
        assertThat(secret(key.publicKeyPem())).isFalse();

        SelfSignedCert cert = (SelfSignedCert) byName.get("cert");
        assertThat(secret(cert.privateKeyPem())).isTrue();
        assertThat(secret(cert.certPem())).isFalse();
        assertThat(value(cert.certPem())).startsWith("-----BEGIN CERTIFICATE-----");
        assertThat(value(cert.readyForRenewal())).isFalse();
        assertThat(value(cert.validityEndTime())).isEqualTo("2027-11-25T10:00:00Z");
        assertThat(registered.get("cert").wireInputs()).containsEntry("privateKeyPem", new Secret(KEY));

        Command install = (Command) byName.get("install");
        assertThat(secret(install.stdout())).isTrue();
        assertThat(secret(install.stderr())).isTrue();
        assertThat(value(install.stdout())).isEqualTo("ok\n");
        assertThat(secret(install.create())).isFalse();

        assertThat(value(((ReservedIp) byName.get("ip")).ipAddress())).isEqualTo("203.0.113.50");
        assertThat(value(((ReservedIp) byName.get("ip")).reservedIpUrn())).isEqualTo("do:reservedip:203.0.113.50");
        assertThat(value(((DnsRecord) byName.get("a-record")).fqdn())).isEqualTo("fleet.example.ma");
        assertThat(value(((SshKey) byName.get("deploy")).fingerprint())).isEqualTo("aa:bb:cc");
        assertThat(value(((MonitorAlert) byName.get("cpu")).uuid())).isEqualTo("uuid-cpu");
        assertThat(value(((UptimeCheck) byName.get("up")).id())).isEqualTo("up-id");
    }

    @Test
    void pluginOptionsMergeKeepsCallerOptionsAndAddsDefaults() {
        CustomResourceOptions none = DigitalOceanPlugin.resourceOptions(null, List.of());
        assertThat(none.getVersion()).contains("4.76.0");
        assertThat(none.getAdditionalSecretOutputs()).isEmpty();

        CustomResourceOptions merged = TlsPlugin.resourceOptions(CustomResourceOptions.builder()
                .deleteBeforeReplace(true).protect(true).ignoreChanges("x")
                .additionalSecretOutputs("publicKeyPem").build(), List.of("privateKeyPem"));
        assertThat(merged.getVersion()).contains("5.5.1");
        assertThat(merged.getDeleteBeforeReplace()).isTrue();
        assertThat(merged.isProtect()).isTrue();
        assertThat(merged.getIgnoreChanges()).containsExactly("x");
        assertThat(merged.getAdditionalSecretOutputs()).containsExactlyInAnyOrder("privateKeyPem", "publicKeyPem");

        // An explicit caller version overrides the pin, as with generated SDKs.
        assertThat(CommandPlugin.resourceOptions(CustomResourceOptions.builder().version("1.3.0").build(), List.of())
                .getVersion()).contains("1.3.0");
    }

    // ------------------------------------------------------------------ helpers

    private void createAll(Map<String, Resource> out) {
        var provider = new Provider("do", ProviderArgs.builder().token("tok").apiEndpoint("https://api.example").build());
        var onDo = CustomResourceOptions.builder().provider(provider).build();
        out.put("do", provider);
        var sshKey = new SshKey("deploy", SshKeyArgs.builder().publicKey("ssh-ed25519 AAAA deploy").name("deploy").build(), onDo);
        out.put("deploy", sshKey);
        var droplet = new Droplet("host", DropletArgs.builder().image("ubuntu-22-04-x64").size("s-2vcpu-4gb").build(), onDo);
        out.put("host", droplet);
        out.put("fw", new Firewall("fw", FirewallArgs.builder().name("fleet-fw").dropletIds(101)
                .inboundRules(
                        FirewallInboundRuleArgs.builder().protocol("tcp").portRange("22").sourceAddresses("198.51.100.7/32").build(),
                        FirewallInboundRuleArgs.builder().protocol("tcp").portRange("443").sourceAddresses("0.0.0.0/0", "::/0").build())
                .outboundRules(FirewallOutboundRuleArgs.builder().protocol("udp").portRange("53")
                        .destinationAddresses("0.0.0.0/0").build())
                .build(), onDo));
        out.put("a-record", new DnsRecord("a-record", DnsRecordArgs.builder().domain("example.ma").type("A").name("fleet")
                .value("203.0.113.10").ttl(300).build(), onDo));
        var ip = new ReservedIp("ip", ReservedIpArgs.builder().region("fra1").build(), onDo);
        out.put("ip", ip);
        out.put("ip-assign", new ReservedIpAssignment("ip-assign", ReservedIpAssignmentArgs.builder()
                .dropletId(droplet.id().applyValue(Integer::parseInt)).ipAddress(ip.ipAddress()).build(), onDo));
        var check = new UptimeCheck("up", UptimeCheckArgs.builder().target("https://fleet.example.ma/health")
                .regions("eu_west").build(), onDo);
        out.put("up", check);
        out.put("up-alert", new UptimeAlert("up-alert", UptimeAlertArgs.builder().checkId(check.id()).type("down").period("2m")
                .notifications(UptimeAlertNotificationArgs.builder().emails("ops@example.ma").build()).build(), onDo));
        out.put("cpu", new MonitorAlert("cpu", MonitorAlertArgs.builder()
                .alerts(MonitorAlertAlertsArgs.builder().emails("ops@example.ma").build())
                .compare("GreaterThan").description("CPU high").type("v1/insights/droplet/cpu").value(80.0)
                .window("5m").entities("101").build(), onDo));
        var key = new PrivateKey("ssh-key", PrivateKeyArgs.builder().algorithm("ED25519").build());
        out.put("ssh-key", key);
        out.put("cert", new SelfSignedCert("cert", SelfSignedCertArgs.builder()
                .allowedUses("digital_signature", "server_auth").validityPeriodHours(8760)
                .privateKeyPem(Output.of(KEY))
                .subject(SelfSignedCertSubjectArgs.builder().commonName("fleet.example.ma").organization("Marine Maroc").build())
                .build()));
        var connection = ConnectionArgs.builder().host("203.0.113.10").privateKey(KEY).build();
        out.put("install", new Command("install", CommandArgs.builder().connection(connection)
                .create("install-fleet").stdin(Output.ofSecret("db-password")).environment(Map.of("FLEET_ENV", "prod"))
                .triggers("v1", 2).build()));
        out.put("copy", new CopyToRemote("copy", CopyToRemoteArgs.builder().connection(connection)
                .source(new StringAsset("#!/usr/bin/env bash\n")).remotePath("/opt/fleet/bin/fleet-alert").build()));
    }

    private void run(Consumer<com.pulumi.Context> program) {
        engine.run(program, BindingMockTest::idOf, BindingMockTest::computed);
    }

    private static String idOf(String type, String name) {
        return switch (type) {
            case "digitalocean:index/reservedIp:ReservedIp" -> "203.0.113.50";
            case "digitalocean:index/droplet:Droplet" -> "101";
            default -> name + "-id";
        };
    }

    private static Map<String, Object> computed(String type, String name, Map<String, Object> inputs) {
        return switch (type) {
            case "digitalocean:index/droplet:Droplet" -> Map.of("ipv4Address", "203.0.113.10",
                    "ipv4AddressPrivate", "10.114.0.2", "ipv6Address", "2001:db8::10", "dropletUrn", "do:droplet:" + idOf(type, name),
                    "memory", 4096, "vcpus", 2, "status", "active", "priceMonthly", 24.0);
            case "digitalocean:index/sshKey:SshKey" -> Map.of("fingerprint", "aa:bb:cc");
            case "digitalocean:index/reservedIp:ReservedIp" -> Map.of("ipAddress", "203.0.113.50",
                    "reservedIpUrn", "do:reservedip:203.0.113.50");
            case "digitalocean:index/dnsRecord:DnsRecord" -> Map.of("fqdn", inputs.get("name") + "." + inputs.get("domain"));
            case "digitalocean:index/monitorAlert:MonitorAlert" -> Map.of("uuid", "uuid-" + name);
            case "tls:index/privateKey:PrivateKey" -> Map.of("privateKeyPem", KEY, "privateKeyOpenssh", KEY,
                    "privateKeyPemPkcs8", KEY, "publicKeyOpenssh", "ssh-ed25519 AAAAC3Nz fleet\n",
                    "publicKeyPem", "-----BEGIN PUBLIC KEY-----\n", "publicKeyFingerprintSha256", "SHA256:abc");
            case "tls:index/selfSignedCert:SelfSignedCert" -> Map.of("certPem", "-----BEGIN CERTIFICATE-----\n",
                    "readyForRenewal", false, "validityEndTime", "2027-11-25T10:00:00Z",
                    "validityStartTime", "2026-11-25T10:00:00Z");
            case "command:remote:Command" -> Map.of("stdout", "ok\n", "stderr", "");
            default -> Map.of();
        };
    }

    private String urnOf(String name) {
        return engine.urnOf(name);
    }
}
