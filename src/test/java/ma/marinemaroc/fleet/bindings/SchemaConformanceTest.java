package ma.marinemaroc.fleet.bindings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.pulumi.asset.AssetOrArchive;
import com.pulumi.core.annotations.ResourceType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ma.marinemaroc.fleet.bindings.command.ConnectionArgs;
import ma.marinemaroc.fleet.bindings.command.CopyToRemoteArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.DropletArgs;
import ma.marinemaroc.fleet.bindings.digitalocean.FirewallInboundRuleArgs;
import ma.marinemaroc.fleet.bindings.fixtures.BrokenBindings;
import org.junit.jupiter.api.Test;

class SchemaConformanceTest {
    private static final List<Class<?>> MAIN = BindingChecker.mainBindingClasses();

    @Test
    void everyMainBindingConformsToTheProviderSchemas() {
        assertThat(BindingChecker.checkAll(MAIN)).isEmpty();
    }

    @Test
    void scanFindsAllDeliveredBindings() {
        Set<String> tokens = MAIN.stream().filter(c -> c.isAnnotationPresent(ResourceType.class))
                .map(c -> c.getAnnotation(ResourceType.class).type()).collect(Collectors.toSet());
        assertThat(tokens).containsExactlyInAnyOrder(
                "digitalocean:index/droplet:Droplet", "digitalocean:index/firewall:Firewall",
                "digitalocean:index/dnsRecord:DnsRecord", "digitalocean:index/reservedIp:ReservedIp",
                "digitalocean:index/reservedIpAssignment:ReservedIpAssignment", "digitalocean:index/sshKey:SshKey",
                "digitalocean:index/uptimeCheck:UptimeCheck", "digitalocean:index/uptimeAlert:UptimeAlert",
                "digitalocean:index/monitorAlert:MonitorAlert", "pulumi:providers:digitalocean",
                "command:remote:Command", "command:remote:CopyToRemote",
                "tls:index/privateKey:PrivateKey", "tls:index/selfSignedCert:SelfSignedCert",
                "digitalocean:index/volume:Volume", "digitalocean:index/volumeAttachment:VolumeAttachment",
                "digitalocean:index/databaseCluster:DatabaseCluster", "digitalocean:index/databaseDb:DatabaseDb",
                "digitalocean:index/databaseUser:DatabaseUser", "digitalocean:index/databaseFirewall:DatabaseFirewall",
                "digitalocean:index/databaseMysqlConfig:DatabaseMysqlConfig",
                "digitalocean:index/databaseValkeyConfig:DatabaseValkeyConfig",
                "digitalocean:index/databaseReplica:DatabaseReplica", "digitalocean:index/loadBalancer:LoadBalancer",
                "digitalocean:index/certificate:Certificate", "digitalocean:index/vpc:Vpc", "digitalocean:index/tag:Tag",
                "digitalocean:index/spacesBucket:SpacesBucket");
        Set<String> types = MAIN.stream().filter(c -> c.isAnnotationPresent(SchemaType.class))
                .map(c -> c.getAnnotation(SchemaType.class).value()).collect(Collectors.toSet());
        assertThat(types).containsExactlyInAnyOrder(
                "digitalocean:index/FirewallInboundRule:FirewallInboundRule",
                "digitalocean:index/FirewallOutboundRule:FirewallOutboundRule",
                "digitalocean:index/UptimeAlertNotification:UptimeAlertNotification",
                "digitalocean:index/MonitorAlertAlerts:MonitorAlertAlerts",
                "command:remote:Connection", "tls:index/SelfSignedCertSubject:SelfSignedCertSubject",
                "digitalocean:index/DatabaseFirewallRule:DatabaseFirewallRule",
                "digitalocean:index/DatabaseClusterMaintenanceWindow:DatabaseClusterMaintenanceWindow",
                "digitalocean:index/DatabaseClusterStorageAutoscale:DatabaseClusterStorageAutoscale",
                "digitalocean:index/DatabaseClusterBackupRestore:DatabaseClusterBackupRestore",
                "digitalocean:index/LoadBalancerForwardingRule:LoadBalancerForwardingRule",
                "digitalocean:index/LoadBalancerHealthcheck:LoadBalancerHealthcheck",
                "digitalocean:index/LoadBalancerStickySessions:LoadBalancerStickySessions",
                "digitalocean:index/LoadBalancerFirewall:LoadBalancerFirewall",
                "digitalocean:index/SpacesBucketVersioning:SpacesBucketVersioning");
    }

    @Test
    void catchesWrongInputAndOutputNames() {
        assertThat(BindingChecker.checkResource(BrokenBindings.WrongNames.class)).containsExactlyInAnyOrder(
                "WrongNames.fingerprint (@Export 'fingerprints'): unknown output 'fingerprints' of "
                        + "digitalocean:index/sshKey:SshKey",
                "WrongNamesArgs.name (@Import 'nmae'): unknown input 'nmae'");
    }

    @Test
    void catchesWrongTypes() {
        List<String> v = BindingChecker.checkResource(BrokenBindings.WrongTypes.class);
        assertThat(v).hasSize(2);
        assertThat(v).anySatisfy(s -> assertThat(s)
                .startsWith("WrongTypesArgs.dropletId (@Import 'dropletId'): type mismatch: schema {\"type\":\"integer\"}")
                .contains("needs Integer, Java has java.lang.String"));
        assertThat(v).anySatisfy(s -> assertThat(s)
                .startsWith("WrongTypes.ipAddress (@Export 'ipAddress'): type mismatch")
                .contains("needs String, Java has java.util.List<java.lang.String>"));
    }

    @Test
    void catchesMissingAndWronglyRequiredInputs() {
        assertThat(BindingChecker.checkResource(BrokenBindings.MissingRequired.class)).containsExactlyInAnyOrder(
                "MissingRequiredArgs.name (@Import 'name'): required=true but the schema input is optional",
                "MissingRequiredArgs: schema-required input 'target' is missing");
    }

    @Test
    void catchesDefectsInNestedTypes() {
        List<String> v = BindingChecker.checkSchemaType(BrokenBindings.BrokenConnectionArgs.class);
        assertThat(v).hasSize(2);
        assertThat(v).contains("BrokenConnectionArgs: schema-required input 'host' is missing");
        assertThat(v).anySatisfy(s -> assertThat(s).startsWith("BrokenConnectionArgs.port (@Import 'port'): type mismatch")
                .contains("needs Double, Java has java.lang.Integer"));
    }

    @Test
    void catchesSwappedNestedObjectTypes() {
        List<String> v = BindingChecker.checkResource(BrokenBindings.SwappedNestedTypes.class);
        assertThat(v).hasSize(2);
        assertThat(v).anySatisfy(s -> assertThat(s)
                .startsWith("SwappedNestedTypesArgs.forwardingRules (@Import 'forwardingRules'): type mismatch")
                .contains("needs List<a ResourceArgs class with @SchemaType("
                        + "\"digitalocean:index/LoadBalancerForwardingRule:LoadBalancerForwardingRule\")>"));
        assertThat(v).anySatisfy(s -> assertThat(s)
                .startsWith("SwappedNestedTypesArgs.healthcheck (@Import 'healthcheck'): type mismatch")
                .contains("@SchemaType(\"digitalocean:index/LoadBalancerHealthcheck:LoadBalancerHealthcheck\")"));
    }

    @Test
    void catchesKeywordRenamedExportsDatabaseSecretsAndStringTypedSizes() {
        List<String> v = BindingChecker.checkResource(BrokenBindings.KeywordAndDatabaseSecrets.class);
        assertThat(v).contains(
                "KeywordAndDatabaseSecrets.default_ (@Export 'default_'): unknown output 'default_' of "
                        + "digitalocean:index/databaseCluster:DatabaseCluster",
                "KeywordAndDatabaseSecrets: secret property 'uri' missing from SECRET_OUTPUTS",
                "KeywordAndDatabaseSecrets: secret property 'privateUri' missing from SECRET_OUTPUTS",
                "KeywordAndDatabaseSecrets: secret property 'uiPassword' missing from SECRET_OUTPUTS",
                "KeywordAndDatabaseSecrets: secret property 'uiUri' missing from SECRET_OUTPUTS",
                "KeywordAndDatabaseSecretsArgs: schema-required input 'size' is missing");
        assertThat(v).anySatisfy(s -> assertThat(s)
                .startsWith("KeywordAndDatabaseSecretsArgs.storageSizeMib (@Import 'storageSizeMib'): type mismatch")
                .contains("needs String, Java has java.lang.Integer"));
        assertThat(v).hasSize(7);
    }

    @Test
    void catchesUnknownTokensUnregisteredSecretsAndBadExportShapes() {
        assertThat(BindingChecker.checkResource(BrokenBindings.UnknownToken.class)).containsExactly(
                "UnknownToken: token 'digitalocean:index/droplet:Droplett' is not a resource of the schema");
        assertThat(BindingChecker.checkResource(BrokenBindings.LeakySecrets.class)).containsExactlyInAnyOrder(
                "LeakySecrets.rsaBits (@Export 'rsaBits'): refs [class java.lang.String] do not describe java.lang.Integer",
                "LeakySecrets.rsaBits (@Export 'rsaBits'): tree '[0,1]' should be '[0]'",
                "LeakySecrets: secret property 'privateKeyOpenssh' missing from SECRET_OUTPUTS",
                "LeakySecrets: secret property 'privateKeyPemPkcs8' missing from SECRET_OUTPUTS");
    }

    @Test
    void catchesArgsClassesBoundToNothing() {
        assertThat(BindingChecker.checkAll(List.of(BrokenBindings.WrongTypesArgs.class))).containsExactly(
                "WrongTypesArgs: args class used by no resource constructor and without @SchemaType");
    }

    @Test
    void catchesPluginVersionMismatches() {
        assertThat(BindingChecker.checkPlugin("tls", "5.5.1")).isEmpty();
        assertThat(BindingChecker.checkPlugin("tls", "5.6.2")).containsExactlyInAnyOrder(
                "com/pulumi/tls/plugin.json: version 5.5.1 differs from the Java VERSION 5.6.2",
                "tls: Java VERSION 5.6.2 differs from the schema fixture version 5.5.1");
        assertThat(BindingChecker.checkPlugin("nosuchprovider", "1.0.0")).contains(
                "com/pulumi/nosuchprovider/plugin.json: missing");
    }

    @Test
    void typeRulesCoverAssetsAnyMapsAndRefs() {
        JsonObject asset = JsonParser.parseString("{\"$ref\":\"pulumi.json#/Asset\"}").getAsJsonObject();
        assertThat(BindingChecker.typeProblem(asset, AssetOrArchive.class, true)).isEmpty();
        assertThat(BindingChecker.typeProblem(asset, String.class, true)).isPresent();
        JsonObject map = JsonParser.parseString("{\"type\":\"object\",\"additionalProperties\":{\"type\":\"string\"}}")
                .getAsJsonObject();
        assertThat(BindingChecker.typeProblem(map, mapOfStrings(), true)).isEmpty();
        assertThat(BindingChecker.typeProblem(map, String.class, true)).isPresent();
        JsonObject ref = JsonParser.parseString("{\"type\":\"array\",\"items\":{\"$ref\":"
                + "\"#/types/digitalocean:index/FirewallInboundRule:FirewallInboundRule\"}}").getAsJsonObject();
        assertThat(BindingChecker.typeProblem(ref, listOf(FirewallInboundRuleArgs.class), true)).isEmpty();
        assertThat(BindingChecker.typeProblem(ref, listOf(ConnectionArgs.class), true)).isPresent();
        // an input type is not an output @CustomType
        assertThat(BindingChecker.typeProblem(ref, listOf(FirewallInboundRuleArgs.class), false)).isPresent();
        JsonObject enumRef = JsonParser.parseString("{\"$ref\":\"#/types/command:remote:Logging\"}").getAsJsonObject();
        assertThat(BindingChecker.typeProblem(enumRef, String.class, true)).isEmpty();
    }

    @Test
    void providerSchemasHelperAnswersForResourcesProvidersAndTypes() {
        assertThat(ProviderSchemas.requiredInputs("digitalocean:index/droplet:Droplet"))
                .containsExactlyInAnyOrder("image", "size");
        assertThat(ProviderSchemas.requiredInputs("command:remote:CopyToRemote"))
                .containsExactlyInAnyOrder("connection", "source", "remotePath");
        assertThat(ProviderSchemas.requiredInputs("command:remote:Connection")).containsExactly("host");
        assertThat(ProviderSchemas.inputNames("pulumi:providers:digitalocean")).contains("token", "apiEndpoint");
        assertThat(ProviderSchemas.inputNames("digitalocean:index/droplet:Droplet"))
                .contains("userData", "vpcUuid").doesNotContain("ipv4Address");
        assertThat(ProviderSchemas.isKnownToken("tls:index/selfSignedCert:SelfSignedCert")).isTrue();
        assertThat(ProviderSchemas.isKnownToken("pulumi:providers:tls")).isTrue();
        assertThat(ProviderSchemas.isKnownToken("docker:index/container:Container")).isFalse();
        assertThat(ProviderSchemas.isKnownToken("command:remote:Logging")).isFalse();
        assertThatThrownBy(() -> ProviderSchemas.requiredInputs("docker:index/container:Container"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("docker:index/container:Container");
    }

    @Test
    void buildersRejectMissingRequiredInputsWithAClearMessage() {
        assertThatThrownBy(() -> DropletArgs.builder().size("s-2vcpu-4gb").build())
                .isInstanceOf(IllegalStateException.class).hasMessage("DropletArgs.image is required");
        assertThatThrownBy(() -> CopyToRemoteArgs.builder().remotePath("/x").build())
                .hasMessage("CopyToRemoteArgs.connection is required");
        assertThatThrownBy(() -> ConnectionArgs.builder().user("root").build())
                .hasMessage("ConnectionArgs.host is required");
    }

    private static java.lang.reflect.Type mapOfStrings() {
        return fieldType("mapField");
    }

    private static java.lang.reflect.Type listOf(Class<?> c) {
        return new java.lang.reflect.ParameterizedType() {
            @Override
            public java.lang.reflect.Type[] getActualTypeArguments() {
                return new java.lang.reflect.Type[] {c};
            }

            @Override
            public java.lang.reflect.Type getRawType() {
                return List.class;
            }

            @Override
            public java.lang.reflect.Type getOwnerType() {
                return null;
            }
        };
    }

    @SuppressWarnings("unused")
    private Map<String, String> mapField;

    private static java.lang.reflect.Type fieldType(String name) {
        try {
            return SchemaConformanceTest.class.getDeclaredField(name).getGenericType();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }
}
