package ma.marinemaroc.fleet.components;

import com.google.gson.JsonObject;
import com.pulumi.Context;
import com.pulumi.provider.internal.models.ConstructResponse;
import com.pulumi.provider.internal.properties.PropertyValue;
import ma.marinemaroc.fleet.config.StackFile;
import ma.marinemaroc.fleet.plan.PlanRun;
import ma.marinemaroc.fleet.plan.RecordedResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The examples of README's "Component library": the Java program is compiled and run in Pulumi's mock engine; the
 * YAML program (which needs the Pulumi CLI to run for real) is checked against the package's schema and its
 * resources are constructed, in dependency order, through the package's provider in the mock engine.
 */
class ComponentExamplesTest {
    static final Path JAVA_EXAMPLE = Path.of("examples/java-backup-bucket");
    static final Path YAML_EXAMPLE = Path.of("examples/yaml-host-firewall");
    static final String BUCKET = "acme-fleet-backups-example";

    // ------------------------------------------------------------------ Java example

    @Test
    void theJavaExampleRunsInTheMockEngineWithTwoComponents(@TempDir Path tmp) throws Exception {
        YamlProgram project = YamlProgram.parse(Files.readString(JAVA_EXAMPLE.resolve("Pulumi.yaml")));
        assertThat(project.doc.get("runtime")).isEqualTo("java");
        String name = String.valueOf(project.doc.get("name"));
        Map<String, String> config = new LinkedHashMap<>();
        project.configDefaults().forEach((k, v) -> config.put(name + ":" + k, String.valueOf(v)));
        config.put(name + ":bucketName", BUCKET);

        Path classes = tmp.resolve("classes");
        Javac.compile(Javac.sourcesUnder(JAVA_EXAMPLE.resolve("src/main/java")), classes);
        PlanRun.Result r;
        try (URLClassLoader loader = Javac.loader(classes)) {
            Class<?> app = loader.loadClass(Poms.read(JAVA_EXAMPLE.resolve("pom.xml")).property("mainClass"));
            app.getMethod("main", String[].class); // what `pulumi up` runs
            Method program = app.getMethod("program", Context.class);
            r = PlanRun.run(new StackFile(config, Set.of()), name, "dev", ctx -> {
                try {
                    program.invoke(null, ctx);
                } catch (InvocationTargetException e) {
                    throw new IllegalStateException(e.getCause());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        assertThat(r.failed()).as("errors: %s %s", r.errors(), r.exceptions()).isFalse();

        RecordedResource role = r.one(HostRole.TYPE);
        RecordedResource backups = r.one(BackupBucket.TYPE);
        assertThat(role.name()).isEqualTo("host-role");
        assertThat(backups.name()).isEqualTo("backups");
        RecordedResource provider = r.one("pulumi:providers:aws");
        assertThat(provider.name()).isEqualTo("backup-region");
        assertThat(provider.plainInput("region")).isEqualTo("eu-central-1");

        RecordedResource bucket = r.one("aws:s3/bucketV2:BucketV2");
        assertThat(bucket.parentUrn()).isEqualTo(backups.urn());
        assertThat(bucket.plainInput("bucket")).isEqualTo(BUCKET);
        assertThat(bucket.protect()).isTrue();
        assertThat(bucket.provider()).as("the bucket inherits the component's explicit provider")
                .startsWith(provider.urn() + "::");
        assertThat(r.one("aws:s3/bucketLifecycleConfigurationV2:BucketLifecycleConfigurationV2").inputs().toString())
                .contains("days=14");
        assertThat(r.one("aws:iam/user:User").plainInput("name")).isEqualTo("demo-backup-writer");

        RecordedResource iamRole = r.one("aws:iam/role:Role");
        assertThat(iamRole.parentUrn()).isEqualTo(role.urn());
        assertThat(iamRole.plainInput("name")).isEqualTo("demo-host");
        assertThat(iamRole.provider()).as("the role uses the stack's default AWS provider").doesNotContain("backup-region");

        assertThat(r.outputs()).containsKeys("instanceProfileName", "bucketName", "bucketRegion", "writerAccessKeyId",
                "writerSecretAccessKey");
        assertThat(r.outputs().get("bucketName")).isEqualTo(BUCKET);
        assertThat(r.outputs().get("bucketRegion")).isEqualTo("eu-central-1");
        assertThat(r.outputs().get("writerSecretAccessKey")).isInstanceOf(RecordedResource.Secret.class);
        assertThat(r.outputs().get("writerAccessKeyId")).isNotInstanceOf(RecordedResource.Secret.class);
    }

    @Test
    void theJavaExampleDependsOnThisLibraryByItsCoordinates() {
        Poms example = Poms.read(JAVA_EXAMPLE.resolve("pom.xml"));
        Poms library = Poms.read(Poms.LIBRARY);
        assertThat(example.dependencies()).anySatisfy(d -> {
            assertThat(d.key()).isEqualTo(library.groupId() + ":" + library.artifactId());
            assertThat(d.version()).isEqualTo(library.version());
            assertThat(d.scope()).isEqualTo("compile");
        });
        assertThat(example.managedVersion("com.google.code.gson", "gson"))
                .isEqualTo(library.managedVersion("com.google.code.gson", "gson")).isPresent();
        assertThat(Files.isRegularFile(JAVA_EXAMPLE.resolve("src/main/java/"
                + example.property("mainClass").replace('.', '/') + ".java"))).isTrue();
    }

    // ------------------------------------------------------------------ YAML example

    @Test
    void theYamlExampleUsesThePackageAsItsSchemaDeclares() throws Exception {
        YamlProgram program = YamlProgram.parse(Files.readString(YAML_EXAMPLE.resolve("Pulumi.yaml")));
        assertThat(program.doc.get("runtime")).isEqualTo("yaml");
        Map<String, Object> packages = YamlProgram.map(program.doc.get("packages"), "packages");
        Path pkg = YAML_EXAMPLE.resolve(String.valueOf(packages.get(PackagedComponents.NAME)));
        assertThat(pkg.toRealPath()).as("packages.fleet is this repository's package/").isEqualTo(Poms.PACKAGE_DIR.toRealPath());
        assertThat(Files.readString(pkg.resolve("PulumiPlugin.yaml"))).isEqualTo("runtime: java\n");

        JsonObject schema = ComponentSchemaTest.analyzerSchema(Poms.read(Poms.PACKAGE).version());
        assertThat(program.check(schema, PackagedComponents.NAME)).as("problems of the YAML example").isEmpty();
        assertThat(new HashSet<>(program.types().values()))
                .as("two packaged components").contains(DropletHost.TYPE, DropletFirewall.TYPE);
    }

    @Test
    void theYamlExamplesResourcesConstructThroughThePackage() throws Exception {
        YamlProgram program = YamlProgram.parse(Files.readString(YAML_EXAMPLE.resolve("Pulumi.yaml")));
        Map<String, Object> config = program.configDefaults();
        List<PackageConstruct.Step> steps = new ArrayList<>();
        for (String resource : program.order()) {
            steps.add(new PackageConstruct.Step(resource, program.types().get(resource),
                    done -> program.inputs(resource, config, ref -> output(done, ref))));
        }
        var result = PackageConstruct.run(steps);
        assertThat(result.failures()).as("Construct failures")
                .allSatisfy((name, e) -> assertThat(PackageConstruct.messages(e)).isEmpty());

        RecordedResource droplet = result.run().one("digitalocean:index/droplet:Droplet");
        assertThat(droplet.plainInput("name")).isEqualTo(config.get("hostname"));
        assertThat(droplet.plainInput("region")).isEqualTo(config.get("region"));
        RecordedResource firewall = result.run().one("digitalocean:index/firewall:Firewall");
        assertThat(firewall.strings("tags")).as("the firewall applies to the host's tag")
                .containsExactlyElementsOf(droplet.strings("tags")).containsExactly(String.valueOf(config.get("hostname")));
        assertThat(firewall.plainInput("inboundRules").toString())
                .contains("portRange=2222", "203.0.113.0/24", "portRange=443", "::/0");
        // every stack output of the example names an output the component returned; the key stays secret
        YamlProgram.refs(program.doc.get("outputs")).forEach(ref ->
                assertThat(result.responses().get(ref[0]).getState()).containsKey(ref[1]));
        assertThat(PackageConstruct.secret(output(result.responses(), new String[]{"host", "deployPrivateKey"}))).isTrue();
    }

    @Test
    void theYamlCheckNamesEveryMistake() {
        YamlProgram broken = YamlProgram.parse("""
                name: broken
                runtime: yaml
                config:
                  zone:
                    type: string
                    default: example.com
                resources:
                  host:
                    type: fleet:index:DropletHost
                    properties:
                      hostname: demo
                      region: fra1
                      sshPort: "2222"
                      colour: blue
                  firewall:
                    type: fleet:index:DropletFirewall
                    properties:
                      name: ${host.hostId}
                      rules:
                        - description: ssh
                          port: 22
                        - port: 443
                          sources: 0.0.0.0/0
                  db:
                    type: fleet:index:NoSuchComponent
                  bucket:
                    type: aws:s3:BucketV2
                outputs:
                  a: ${host.nope}
                  b: ${nowhere.x}
                  c: ${missing}
                  d: ${zone}
                """);
        JsonObject schema = ComponentSchemaTest.analyzerSchema(Poms.read(Poms.PACKAGE).version());
        Set<String> hostInputs = new TreeSet<>(schema.getAsJsonObject("resources").getAsJsonObject(DropletHost.TYPE)
                .getAsJsonObject("inputProperties").keySet());
        assertThat(broken.check(schema, PackagedComponents.NAME)).containsExactlyInAnyOrder(
                "resources.host.properties: required input size is missing",
                "resources.host.properties.sshPort: expected an integer, got String 2222",
                "resources.host.properties.colour: no such input (inputs: " + hostInputs + ")",
                "resources.firewall.properties.name: is a plain input (known when the program runs) but takes "
                        + "${host.hostId}, another resource's output",
                // rules[0] has no source at all: not a schema mistake since a rule may take its source from
                // sourceSecurityGroupIds or sourceLoadBalancerUids instead; FirewallRuleArgs refuses it on construct
                "resources.firewall.properties.rules[1]: required input description is missing",
                "resources.firewall.properties.rules[1].sources: expected a list, got String 0.0.0.0/0",
                "resources.db: type fleet:index:NoSuchComponent is not in the package's schema",
                "${host.nope}: fleet:index:DropletHost has no output nope",
                "${nowhere.x}: no resource nowhere",
                "${missing}: no such config key or resource");
    }

    /** {@code ${resource.output}}: the output in the state Construct returned for that resource. */
    private static PropertyValue output(Map<String, ConstructResponse> done, String[] ref) {
        ConstructResponse r = done.get(ref[0]);
        if (r == null) throw new AssertionError("${" + ref[0] + "." + ref[1] + "}: " + ref[0] + " was not constructed");
        PropertyValue v = r.getState().get(ref[1]);
        if (v == null) throw new AssertionError("${" + ref[0] + "." + ref[1] + "}: no such output");
        return v;
    }
}
