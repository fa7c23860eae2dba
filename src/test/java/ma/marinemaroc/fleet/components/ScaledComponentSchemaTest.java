package ma.marinemaroc.fleet.components;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import com.pulumi.provider.internal.Metadata;
import com.pulumi.provider.internal.infer.ComponentAnalyzer;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scaled components obey the multi-language package rules (shared/component-package.md): the SDK's own schema
 * inference accepts them, every {@code @Import} becomes an input and every {@code @Export} an output, and the Args
 * classes carry none of the shapes that break Construct (statics, inheritance, Map, Long, enums, Optional).
 */
class ScaledComponentSchemaTest {
    static final List<Class<?>> COMPONENTS = List.of(DigitalOceanNetwork.class, DigitalOceanMysql.class,
            DigitalOceanValkey.class, DigitalOceanLoadBalancer.class, AwsNetwork.class, RdsMysql.class,
            ElastiCacheRedis.class, AwsLoadBalancer.class, AwsTargetAttachment.class);

    @Test
    void schemaInferenceListsEveryInputAndOutput() {
        JsonObject schema = new Gson().toJsonTree(ComponentAnalyzer.generateSchema(new Metadata("fleet"),
                COMPONENTS.toArray(Class<?>[]::new))).getAsJsonObject();
        JsonObject resources = schema.getAsJsonObject("resources");
        for (Class<?> c : COMPONENTS) {
            String token = "fleet:index:" + c.getSimpleName();
            assertThat(resources.has(token)).as(token).isTrue();
            JsonObject spec = resources.getAsJsonObject(token);
            Class<?> args = argsOf(c);
            assertThat(spec.getAsJsonObject("inputProperties").keySet()).as(token + " inputs")
                    .isEqualTo(names(args.getDeclaredFields(), true));
            Set<String> required = new TreeSet<>();
            if (spec.has("requiredInputs")) spec.getAsJsonArray("requiredInputs").forEach(e -> required.add(e.getAsString()));
            assertThat(required).as(token + " required inputs").isEqualTo(Arrays.stream(args.getDeclaredFields())
                    .filter(f -> f.isAnnotationPresent(Import.class) && f.getAnnotation(Import.class).required())
                    .map(f -> f.getAnnotation(Import.class).name()).collect(Collectors.toCollection(TreeSet::new)));
            assertThat(spec.getAsJsonObject("properties").keySet()).as(token + " outputs")
                    .isEqualTo(names(c.getDeclaredFields(), false));
        }
        assertThat(schema.has("types") ? schema.getAsJsonObject("types").keySet() : Set.of())
                .as("no object types: all inputs are scalars, lists or outputs").isEmpty();
    }

    @Test
    void argsClassesHaveOnlyPackageFriendlyFields() {
        Set<Class<?>> allowed = Set.of(String.class, Integer.class, Boolean.class, List.class, com.pulumi.core.Output.class);
        for (Class<?> c : COMPONENTS) {
            Class<?> args = argsOf(c);
            assertThat(args.getSuperclass()).as(args.getSimpleName()).isEqualTo(ResourceArgs.class);
            for (Field f : args.getDeclaredFields()) {
                assertThat(Modifier.isStatic(f.getModifiers())).as(args.getSimpleName() + "." + f.getName() + " static").isFalse();
                assertThat(f.isAnnotationPresent(Import.class)).as(args.getSimpleName() + "." + f.getName() + " @Import").isTrue();
                assertThat(allowed).as(args.getSimpleName() + "." + f.getName() + " type").contains(f.getType());
            }
            assertThat(Arrays.stream(args.getDeclaredConstructors()).anyMatch(k -> k.getParameterCount() == 0))
                    .as(args.getSimpleName() + " no-args constructor").isTrue();
        }
    }

    /** The one declared constructor {@code (String, XArgs, ComponentResourceOptions)}. */
    static Class<?> argsOf(Class<?> component) {
        Constructor<?>[] ks = component.getDeclaredConstructors();
        assertThat(ks).as(component.getSimpleName() + " constructors").hasSize(1);
        Class<?>[] p = ks[0].getParameterTypes();
        assertThat(p).hasSize(3);
        assertThat(p[0]).isEqualTo(String.class);
        assertThat(p[2]).isEqualTo(com.pulumi.resources.ComponentResourceOptions.class);
        return p[1];
    }

    static Set<String> names(Field[] fields, boolean imports) {
        return Arrays.stream(fields)
                .filter(f -> imports ? f.isAnnotationPresent(Import.class) : f.isAnnotationPresent(Export.class))
                .map(f -> imports ? f.getAnnotation(Import.class).name() : f.getAnnotation(Export.class).name())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
