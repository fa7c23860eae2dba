package ma.marinemaroc.fleet.components;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.pulumi.provider.internal.Metadata;
import com.pulumi.provider.internal.infer.ComponentAnalyzer;
import com.pulumi.resources.ResourceArgs;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reflections.Reflections;
import pulumirpc.Provider.GetSchemaRequest;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The component package's schema, for every component of {@code ma.marinemaroc.fleet.components} (found by scanning
 * the compiled classes, compared with what the SDK's own scan finds): the resource token, every input with the type,
 * plainness and required flag its Args class declares ({@code @Import}), every output ({@code @Export} fields), every
 * nested input type. Checked on the schema the SDK infers ({@link ComponentAnalyzer}) and, separately, on the schema
 * the package's real entry point serves over gRPC, started in this JVM.
 */
class ComponentSchemaTest {
    static final Gson GSON = new Gson();

    static JsonObject analyzerSchema(String version) {
        var classes = PackagedComponents.components().toArray(new Class<?>[0]);
        var spec = ComponentAnalyzer.generateSchema(new Metadata(PackagedComponents.NAME, version, PackagedComponents.NAME), classes);
        return JsonParser.parseString(GSON.toJson(spec)).getAsJsonObject();
    }

    @Test
    void theScannedComponentsAreTheOnesTheSdkFinds() {
        List<Class<?>> scanned = PackagedComponents.components();
        assertThat(scanned).as("components found under %s", PackagedComponents.BASE_PACKAGE)
                .extracting(Class::getSimpleName)
                .contains("DropletHost", "Ec2Host", "DropletFirewall", "HostSecurityGroup", "DigitalOceanDnsRecord",
                        "Route53DnsRecord", "BackupBucket", "HostRole");
        // the SDK's GetSchema scans the class path with Reflections (ComponentProvider, pulumi-java 1.36.1)
        Set<String> sdk = new Reflections(PackagedComponents.BASE_PACKAGE).getSubTypesOf(com.pulumi.resources.ComponentResource.class)
                .stream().filter(c -> !Modifier.isAbstract(c.getModifiers())).map(Class::getName).collect(Collectors.toCollection(TreeSet::new));
        assertThat(sdk).isEqualTo(scanned.stream().map(Class::getName).collect(Collectors.toCollection(TreeSet::new)));
        for (Class<?> c : scanned) {
            // components that name their own type (Components.type) register under the token the schema announces
            try {
                Field type = c.getField("TYPE");
                assertThat(type.get(null)).as("%s.TYPE", c.getSimpleName()).isEqualTo(PackagedComponents.token(c));
            } catch (NoSuchFieldException absent) {
                // checked at runtime by ComponentConstructTest
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void theInferredSchemaDeclaresEveryArgsClassExactly() {
        String version = Poms.read(Poms.PACKAGE).version();
        JsonObject schema = analyzerSchema(version);
        assertThat(schema.get("name").getAsString()).isEqualTo("fleet");
        assertThat(schema.get("version").getAsString()).isEqualTo(version);
        checkAgainstClasses(schema);
    }

    @Test
    void thePackagesEntryPointServesTheSameSchemaOverGrpc(@TempDir Path tmp) throws Exception {
        String version = Poms.read(Poms.PACKAGE).version();
        assertThat(version).as("package/pom.xml version = library version").isEqualTo(Poms.read(Poms.LIBRARY).version());
        try (var plugin = InProcessPlugin.start(tmp, "127.0.0.1:1", "--logtostderr", "-v=9", "--tracing", "x", "--logflow")) {
            String json = plugin.stub().getSchema(GetSchemaRequest.newBuilder().setVersion(0).build()).getSchema();
            JsonObject served = JsonParser.parseString(json).getAsJsonObject();
            assertThat(served.get("name").getAsString()).isEqualTo("fleet");
            assertThat(served.get("version").getAsString()).as("schema version from package/pom.xml").isEqualTo(version);
            checkAgainstClasses(served);
            assertThat(served).isEqualTo(analyzerSchema(version));
        }
    }

    @Test
    void theEntryPointTakesOnlyTheEnginesAddressBesidesLoggingFlags(@TempDir Path tmp) throws Exception {
        Class<?> main = InProcessPlugin.entryPoint(tmp);
        var engineAddress = main.getMethod("engineAddress", String[].class);
        assertThat(engineAddress.invoke(null, (Object) new String[]{"--logtostderr", "-v=3", "127.0.0.1:4242",
                "--tracing", "file:/tmp/t", "--logflow"})).isEqualTo("127.0.0.1:4242");
        for (String[] bad : List.of(new String[0], new String[]{"--logtostderr"}, new String[]{"a:1", "b:2"})) {
            assertThatThrownBy(() -> {
                try {
                    engineAddress.invoke(null, (Object) bad);
                } catch (java.lang.reflect.InvocationTargetException e) {
                    throw e.getCause();
                }
            }).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("engine's address");
        }
        assertThat(main.getMethod("version").invoke(null)).isEqualTo(Poms.read(Poms.PACKAGE).version());
        assertThat(main.getField("NAME").get(null)).isEqualTo(PackagedComponents.NAME);
    }

    /** Every resource, input, output and nested type of {@code schema} against the compiled classes. */
    static void checkAgainstClasses(JsonObject schema) {
        SoftAssertions soft = new SoftAssertions();
        JsonObject resources = schema.getAsJsonObject("resources");
        List<Class<?>> components = PackagedComponents.components();
        soft.assertThat(resources.keySet()).as("resource tokens")
                .containsExactlyInAnyOrderElementsOf(components.stream().map(PackagedComponents::token).toList());
        Set<Class<?>> nested = new LinkedHashSet<>();
        for (Class<?> c : components) {
            String token = PackagedComponents.token(c);
            JsonObject r = resources.getAsJsonObject(token);
            if (r == null) continue;
            Class<?> args = PackagedComponents.argsClass(c);
            nested.addAll(PackagedComponents.nestedArgs(args));
            soft.assertThat(r.get("isComponent").getAsBoolean()).as("%s isComponent", token).isTrue();
            compareProperties(soft, token + " input", PackagedComponents.expectedInputs(args), r.getAsJsonObject("inputProperties"));
            soft.assertThat(names(r.getAsJsonArray("requiredInputs"))).as("%s required inputs (%s)", token, args.getSimpleName())
                    .isEqualTo(names(PackagedComponents.expectedRequired(args)));
            compareProperties(soft, token + " output", PackagedComponents.expectedOutputs(c), r.getAsJsonObject("properties"));
            soft.assertThat(names(r.getAsJsonArray("required"))).as("%s required outputs", token).isEmpty();
        }
        JsonObject types = schema.has("types") ? schema.getAsJsonObject("types") : new JsonObject();
        soft.assertThat(types.keySet()).as("nested input types")
                .containsExactlyInAnyOrderElementsOf(nested.stream().map(PackagedComponents::typeToken).toList());
        for (Class<?> n : nested) {
            assertThat(ResourceArgs.class.isAssignableFrom(n)).isTrue();
            String token = PackagedComponents.typeToken(n);
            JsonObject t = types.getAsJsonObject(token);
            if (t == null) continue;
            soft.assertThat(t.get("type").getAsString()).as("%s type", token).isEqualTo("object");
            compareProperties(soft, token + " property", PackagedComponents.expectedInputs(n), t.getAsJsonObject("properties"));
            soft.assertThat(names(t.getAsJsonArray("required"))).as("%s required", token)
                    .isEqualTo(names(PackagedComponents.expectedRequired(n)));
        }
        soft.assertAll();
    }

    private static void compareProperties(SoftAssertions soft, String what, JsonObject expected, JsonObject actual) {
        soft.assertThat(actual.keySet()).as("%ss", what).containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (String k : expected.keySet()) {
            JsonElement a = actual.get(k);
            if (a != null) soft.assertThat(a).as("%s %s", what, k).isEqualTo(expected.get(k));
        }
    }

    private static Set<String> names(JsonArray a) {
        Set<String> out = new TreeSet<>();
        if (a != null) a.forEach(e -> out.add(e.getAsString()));
        return out;
    }
}
