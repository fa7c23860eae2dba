package ma.marinemaroc.fleet.components;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ResourceArgs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The classes of the component package as they are compiled, found by scanning (never a hand-kept list): every class
 * under {@code ma/marinemaroc/fleet/components/} (sub-packages included) in the main output, and what the Pulumi
 * Java SDK 1.36.1 must infer from them: type tokens, inputs (Args fields, {@code @Import}), outputs ({@code @Export}
 * fields), nested input types.
 */
final class PackagedComponents {
    /** The package name, first segment of every token; also {@code Components.PACKAGE}. */
    static final String NAME = "fleet";
    static final String BASE_PACKAGE = FleetHost.class.getPackageName();
    static final String TYPES_REF = "#/types/";

    private PackagedComponents() {
    }

    /** Every class compiled from {@code ma.marinemaroc.fleet.components} and its sub-packages (main sources only). */
    static List<Class<?>> mainClasses() {
        return classesUnder(codeSource(FleetHost.class), BASE_PACKAGE, PackagedComponents.class.getClassLoader());
    }

    /** Every class under {@code pkg} (sub-packages included) in a class directory or jar, loaded without init. */
    static List<Class<?>> classesUnder(Path root, String pkg, ClassLoader loader) {
        try {
            if (Files.isDirectory(root)) return load(root, root.resolve(pkg.replace('.', '/')), loader);
            try (FileSystem jar = FileSystems.newFileSystem(root)) {
                Path top = jar.getPath("/");
                return load(top, top.resolve(pkg.replace('.', '/')), loader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Class<?>> load(Path root, Path dir, ClassLoader loader) throws IOException {
        if (!Files.isDirectory(dir)) throw new AssertionError("no compiled classes under " + dir);
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String rel = root.relativize(p).toString();
                if (rel.endsWith("package-info.class") || rel.endsWith("module-info.class")) continue;
                String name = rel.substring(0, rel.length() - ".class".length()).replace('/', '.');
                try {
                    out.add(Class.forName(name, false, loader));
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return out;
    }

    static Path codeSource(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The component classes: concrete subclasses of {@link ComponentResource}, sorted by simple name. */
    static List<Class<?>> components(List<Class<?>> classes) {
        return classes.stream()
                .filter(ComponentResource.class::isAssignableFrom)
                .filter(c -> !Modifier.isAbstract(c.getModifiers()) && !c.isInterface())
                .sorted(Comparator.comparing(Class::getSimpleName))
                .toList();
    }

    static List<Class<?>> components() {
        return components(mainClasses());
    }

    static String token(Class<?> component) {
        return NAME + ":index:" + component.getSimpleName();
    }

    /** The nested input type token of an Args class: its simple name without "Args". */
    static String typeToken(Class<?> args) {
        return NAME + ":index:" + args.getSimpleName().replaceFirst("Args$", "");
    }

    /** The component's one constructor (the guard test checks there is exactly one). */
    static Constructor<?> constructor(Class<?> component) {
        Constructor<?>[] all = component.getDeclaredConstructors();
        if (all.length != 1) throw new AssertionError(component.getName() + " has " + all.length + " constructors");
        return all[0];
    }

    /** The component's Args class: its constructor's second parameter. */
    static Class<?> argsClass(Class<?> component) {
        return constructor(component).getParameterTypes()[1];
    }

    /** The Args fields the SDK turns into inputs: every declared, non-static, non-synthetic field. */
    static List<Field> inputFields(Class<?> args) {
        return Arrays.stream(args.getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers()) && !f.isSynthetic())
                .toList();
    }

    static String inputName(Field f) {
        Import i = f.getAnnotation(Import.class);
        return i == null || i.name().isEmpty() ? f.getName() : i.name();
    }

    static boolean required(Field f) {
        Import i = f.getAnnotation(Import.class);
        return i != null && i.required();
    }

    /** The component's outputs: its declared {@code @Export} fields, by export name. */
    static Map<String, Field> exports(Class<?> component) {
        Map<String, Field> out = new LinkedHashMap<>();
        for (Field f : component.getDeclaredFields()) {
            Export e = f.getAnnotation(Export.class);
            if (e != null) out.put(e.name().isEmpty() ? f.getName() : e.name(), f);
        }
        return out;
    }

    /** Nested input types reachable from {@code args} (not including it), in discovery order. */
    static Set<Class<?>> nestedArgs(Class<?> args) {
        Set<Class<?>> out = new LinkedHashSet<>();
        collectNested(args, out);
        out.remove(args);
        return out;
    }

    private static void collectNested(Class<?> args, Set<Class<?>> out) {
        if (!out.add(args)) return;
        for (Field f : inputFields(args)) {
            for (Class<?> c : mentioned(f.getGenericType())) {
                if (ResourceArgs.class.isAssignableFrom(c)) collectNested(c, out);
            }
        }
    }

    /** Every class a (generic) type mentions: {@code Output<List<FirewallRuleArgs>>} -> Output, List, FirewallRuleArgs. */
    static List<Class<?>> mentioned(Type t) {
        List<Class<?>> out = new ArrayList<>();
        if (t instanceof Class<?> c) {
            out.add(c);
        } else if (t instanceof ParameterizedType p) {
            out.add((Class<?>) p.getRawType());
            for (Type a : p.getActualTypeArguments()) out.addAll(mentioned(a));
        }
        return out;
    }

    /**
     * The schema property the SDK must infer for a field of this Java type: a bare field is plain (its value must
     * be known when the program runs); an {@code Output<T>} field is not (it may come from another resource). The
     * SDK puts the plain flag of a bare list on its items.
     */
    static JsonObject expectedProperty(Type t) {
        return property(t, true);
    }

    private static JsonObject property(Type t, boolean plain) {
        if (t instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type arg = p.getActualTypeArguments()[0];
            if (raw == Output.class) return property(arg, false);
            if (raw == List.class) {
                JsonObject o = new JsonObject();
                o.addProperty("type", "array");
                o.add("items", property(arg, plain));
                return o;
            }
            throw new AssertionError("no schema mapping for " + t);
        }
        Class<?> c = (Class<?>) t;
        JsonObject o = new JsonObject();
        if (c == String.class) o.addProperty("type", "string");
        else if (c == Integer.class) o.addProperty("type", "integer");
        else if (c == Boolean.class) o.addProperty("type", "boolean");
        else if (c == Double.class) o.addProperty("type", "number");
        else if (ResourceArgs.class.isAssignableFrom(c)) o.addProperty("$ref", TYPES_REF + typeToken(c));
        else throw new AssertionError("no schema mapping for " + c.getName());
        if (plain) o.addProperty("plain", true);
        return o;
    }

    /** The expected {@code inputProperties} of an Args class. */
    static JsonObject expectedInputs(Class<?> args) {
        JsonObject o = new JsonObject();
        for (Field f : inputFields(args)) o.add(inputName(f), expectedProperty(f.getGenericType()));
        return o;
    }

    /** The expected required input names of an Args class, sorted. */
    static JsonArray expectedRequired(Class<?> args) {
        JsonArray a = new JsonArray();
        inputFields(args).stream().filter(PackagedComponents::required).map(PackagedComponents::inputName).sorted()
                .forEach(a::add);
        return a;
    }

    /** The expected output {@code properties} of a component: each {@code @Export Output<T>} field. */
    static JsonObject expectedOutputs(Class<?> component) {
        JsonObject o = new JsonObject();
        exports(component).forEach((name, f) -> o.add(name, property(f.getGenericType(), false)));
        return o;
    }
}
