package ma.marinemaroc.fleet.bindings;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.pulumi.asset.Archive;
import com.pulumi.asset.AssetOrArchive;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.CustomType;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.Import;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.ProviderResource;
import com.pulumi.resources.ResourceArgs;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks hand-written Pulumi bindings against the provider schema fixtures ({@link ProviderSchemas}). Every
 * check returns human-readable violations; an empty list means the classes conform.
 *
 * <p>Conventions checked: a resource class has {@code @ResourceType}, a {@code TOKEN} constant equal to it, a
 * {@code SECRET_OUTPUTS} list, a public {@code (String, XArgs, CustomResourceOptions)} constructor and
 * {@code @Export} fields {@code Output<T>}; args classes have {@code @Import} fields {@code Output<T>}; nested
 * input types carry {@link SchemaType}; each package has one plugin class with {@code NAME}/{@code VERSION}
 * matching {@code com/pulumi/<NAME>/plugin.json} and the schema fixture.
 */
final class BindingChecker {
    private static final String TYPES_REF = "#/types/";

    private BindingChecker() {
    }

    /** Every class compiled under {@code ma/marinemaroc/fleet/bindings/} in the main output directory. */
    static List<Class<?>> mainBindingClasses() {
        try {
            Path root = Path.of(SchemaType.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path dir = root.resolve("ma/marinemaroc/fleet/bindings");
            try (Stream<Path> files = Files.walk(dir)) {
                List<String> names = files.filter(p -> p.toString().endsWith(".class"))
                        .filter(p -> !p.getFileName().toString().startsWith("package-info"))
                        .map(p -> root.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", ""))
                        .sorted().collect(Collectors.toList());
                List<Class<?>> out = new ArrayList<>();
                for (String name : names) {
                    out.add(Class.forName(name, false, BindingChecker.class.getClassLoader()));
                }
                return out;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Checks resources, nested types, plugin classes and that no args class is left unbound. */
    static List<String> checkAll(Collection<Class<?>> classes) {
        List<String> out = new ArrayList<>();
        Set<Class<?>> boundArgs = new HashSet<>();
        Map<String, String> pluginByPackage = new HashMap<>();
        for (Class<?> c : classes) {
            Optional<String> name = stringConstant(c, "NAME");
            Optional<String> version = stringConstant(c, "VERSION");
            if (name.isPresent() && version.isPresent()) {
                if (pluginByPackage.put(c.getPackageName(), name.get()) != null) {
                    out.add(c.getPackageName() + ": more than one plugin class");
                }
                out.addAll(checkPlugin(name.get(), version.get()));
            }
        }
        for (Class<?> c : classes) {
            ResourceType rt = c.getAnnotation(ResourceType.class);
            if (rt != null) {
                out.addAll(checkResource(c));
                argsClassOf(c).ifPresent(boundArgs::add);
                String plugin = pluginByPackage.get(c.getPackageName());
                String provider = ProviderSchemas.providerOf(rt.type());
                if (!provider.equals(plugin)) {
                    out.add(c.getSimpleName() + ": token of provider '" + provider + "' but the package plugin is '"
                            + plugin + "'");
                }
            }
            if (c.isAnnotationPresent(SchemaType.class)) {
                out.addAll(checkSchemaType(c));
                boundArgs.add(c);
            }
        }
        for (Class<?> c : classes) {
            if (ResourceArgs.class.isAssignableFrom(c) && !boundArgs.contains(c)) {
                out.add(c.getSimpleName() + ": args class used by no resource constructor and without @SchemaType");
            }
        }
        return out;
    }

    /** Checks a resource (or explicit provider) class and its args class. */
    static List<String> checkResource(Class<?> c) {
        List<String> out = new ArrayList<>();
        String label = c.getSimpleName();
        ResourceType rt = c.getAnnotation(ResourceType.class);
        if (rt == null) {
            return List.of(label + ": no @ResourceType");
        }
        String token = rt.type();
        Optional<JsonObject> resource = ProviderSchemas.resource(token);
        if (resource.isEmpty()) {
            return List.of(label + ": token '" + token + "' is not a resource of the schema");
        }
        boolean provider = token.startsWith("pulumi:providers:");
        Class<?> base = provider ? ProviderResource.class : CustomResource.class;
        if (!base.isAssignableFrom(c)) {
            out.add(label + ": does not extend " + base.getSimpleName());
        }
        if (!stringConstant(c, "TOKEN").equals(Optional.of(token))) {
            out.add(label + ": TOKEN constant differs from @ResourceType '" + token + "'");
        }
        List<String> secrets = secretOutputs(c);
        if (secrets == null) {
            out.add(label + ": no public static List<String> SECRET_OUTPUTS");
            secrets = List.of();
        }
        JsonObject outputs = ProviderSchemas.outputProperties(token);
        Set<String> seen = new HashSet<>();
        for (Field f : c.getDeclaredFields()) {
            Export export = f.getAnnotation(Export.class);
            if (export == null) {
                continue;
            }
            String where = label + "." + f.getName() + " (@Export '" + export.name() + "')";
            if (!seen.add(export.name())) {
                out.add(where + ": exported twice");
            }
            JsonElement prop = outputs.get(export.name());
            if (prop == null) {
                out.add(where + ": unknown output '" + export.name() + "' of " + token);
                continue;
            }
            Optional<Type> t = outputArgument(f);
            if (t.isEmpty()) {
                out.add(where + ": field type is " + f.getGenericType().getTypeName() + ", expected Output<T>");
                continue;
            }
            typeProblem(prop.getAsJsonObject(), t.get(), false)
                    .ifPresent(p -> out.add(where + ": type mismatch: " + p));
            out.addAll(refsTreeProblems(where, export, t.get()));
        }
        for (Map.Entry<String, JsonElement> e : outputs.entrySet()) {
            if (isSecret(e.getValue()) && !secrets.contains(e.getKey())) {
                out.add(label + ": secret property '" + e.getKey() + "' missing from SECRET_OUTPUTS");
            }
        }
        for (String s : secrets) {
            if (!outputs.has(s)) {
                out.add(label + ": SECRET_OUTPUTS names '" + s + "', not a property of " + token);
            }
        }
        Optional<Class<?>> args = argsClassOf(c);
        if (args.isEmpty()) {
            out.add(label + ": no public constructor (String, <ResourceArgs>, CustomResourceOptions)");
        } else {
            out.addAll(checkInputs(args.get().getSimpleName(), args.get(), ProviderSchemas.inputProperties(token),
                    ProviderSchemas.requiredInputs(token)));
        }
        return out;
    }

    /** Checks a nested input class annotated {@link SchemaType}. */
    static List<String> checkSchemaType(Class<?> c) {
        String label = c.getSimpleName();
        String token = c.getAnnotation(SchemaType.class).value();
        if (ProviderSchemas.objectType(token).isEmpty()) {
            return List.of(label + ": @SchemaType '" + token + "' is not an object type of the schema");
        }
        if (!ResourceArgs.class.isAssignableFrom(c)) {
            return List.of(label + ": @SchemaType class must extend ResourceArgs (only input types are bound)");
        }
        return checkInputs(label, c, ProviderSchemas.inputProperties(token), ProviderSchemas.requiredInputs(token));
    }

    /** Checks plugin.json on the classpath and the schema fixture version against a plugin class's constants. */
    static List<String> checkPlugin(String name, String version) {
        List<String> out = new ArrayList<>();
        String path = "com/pulumi/" + name + "/plugin.json";
        try (InputStream in = BindingChecker.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                out.add(path + ": missing");
            } else {
                JsonObject json = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                        .getAsJsonObject();
                if (!json.has("resource") || !json.get("resource").getAsBoolean()) {
                    out.add(path + ": \"resource\" is not true");
                }
                if (!json.has("name") || !name.equals(json.get("name").getAsString())) {
                    out.add(path + ": \"name\" is not '" + name + "'");
                }
                String pinned = json.has("version") ? json.get("version").getAsString() : null;
                if (!version.equals(pinned)) {
                    out.add(path + ": version " + pinned + " differs from the Java VERSION " + version);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!ProviderSchemas.PROVIDERS.contains(name)) {
            out.add(name + ": no schema fixture");
        } else if (!version.equals(ProviderSchemas.version(name))) {
            out.add(name + ": Java VERSION " + version + " differs from the schema fixture version "
                    + ProviderSchemas.version(name));
        }
        return out;
    }

    /** The args class of the public {@code (String, XArgs, CustomResourceOptions)} constructor. */
    static Optional<Class<?>> argsClassOf(Class<?> resource) {
        for (Constructor<?> k : resource.getConstructors()) {
            Class<?>[] p = k.getParameterTypes();
            if (p.length == 3 && p[0] == String.class && ResourceArgs.class.isAssignableFrom(p[1])
                    && p[2] == CustomResourceOptions.class) {
                return Optional.of(p[1]);
            }
        }
        return Optional.empty();
    }

    /** The {@code SECRET_OUTPUTS} constant, or null when absent. */
    @SuppressWarnings("unchecked")
    static List<String> secretOutputs(Class<?> resource) {
        try {
            Field f = resource.getField("SECRET_OUTPUTS");
            if (!Modifier.isStatic(f.getModifiers()) || !List.class.isAssignableFrom(f.getType())) {
                return null;
            }
            return (List<String>) f.get(null);
        } catch (NoSuchFieldException e) {
            return null;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> checkInputs(String label, Class<?> args, JsonObject props, Set<String> required) {
        List<String> out = new ArrayList<>();
        Map<String, Import> imports = new LinkedHashMap<>();
        for (Field f : args.getDeclaredFields()) {
            Import imp = f.getAnnotation(Import.class);
            if (imp == null) {
                continue;
            }
            String where = label + "." + f.getName() + " (@Import '" + imp.name() + "')";
            if (imports.put(imp.name(), imp) != null) {
                out.add(where + ": imported twice");
            }
            JsonElement prop = props.get(imp.name());
            if (prop == null) {
                out.add(where + ": unknown input '" + imp.name() + "'");
                continue;
            }
            Optional<Type> t = outputArgument(f);
            if (t.isEmpty()) {
                out.add(where + ": field type is " + f.getGenericType().getTypeName() + ", expected Output<T>");
                continue;
            }
            typeProblem(prop.getAsJsonObject(), t.get(), true).ifPresent(p -> out.add(where + ": type mismatch: " + p));
            if (imp.required() && !required.contains(imp.name())) {
                out.add(where + ": required=true but the schema input is optional");
            }
        }
        for (String r : required) {
            Import imp = imports.get(r);
            if (imp == null) {
                out.add(label + ": schema-required input '" + r + "' is missing");
            } else if (!imp.required()) {
                out.add(label + ": schema-required input '" + r + "' lacks required=true");
            }
        }
        return out;
    }

    /** The T of a field declared {@code Output<T>}. */
    private static Optional<Type> outputArgument(Field f) {
        Type g = f.getGenericType();
        if (g instanceof ParameterizedType p && p.getRawType() == Output.class) {
            return Optional.of(p.getActualTypeArguments()[0]);
        }
        return Optional.empty();
    }

    /** Empty when {@code t} is the Java type of the schema property, else a description of the mismatch. */
    static Optional<String> typeProblem(JsonObject prop, Type t, boolean input) {
        Optional<String> expected = expectedProblem(prop, t, input);
        return expected.map(e -> "schema " + describe(prop) + " needs " + e + ", Java has " + t.getTypeName());
    }

    private static Optional<String> expectedProblem(JsonObject prop, Type t, boolean input) {
        if (prop.has("$ref")) {
            String ref = prop.get("$ref").getAsString();
            switch (ref) {
                case "pulumi.json#/Asset":
                    return t == AssetOrArchive.class ? Optional.empty() : Optional.of("AssetOrArchive");
                case "pulumi.json#/Archive":
                    return t == Archive.class ? Optional.empty() : Optional.of("Archive");
                case "pulumi.json#/Any":
                    return t == Object.class ? Optional.empty() : Optional.of("Object");
                case "pulumi.json#/Json":
                    return t == JsonElement.class ? Optional.empty() : Optional.of("JsonElement");
                default:
                    break;
            }
            if (!ref.startsWith(TYPES_REF)) {
                return Optional.of("a supported $ref (got " + ref + ")");
            }
            String token = ref.substring(TYPES_REF.length());
            Optional<JsonObject> type = ProviderSchemas.type(token);
            if (type.isEmpty()) {
                return Optional.of("an existing type (dangling $ref " + ref + ")");
            }
            if (type.get().has("enum")) {
                return scalar(type.get().get("type").getAsString(), t);
            }
            String kind = input ? "a ResourceArgs class" : "a @CustomType class";
            if (!(t instanceof Class<?> c)) {
                return Optional.of(kind + " with @SchemaType(\"" + token + "\")");
            }
            SchemaType st = c.getAnnotation(SchemaType.class);
            boolean kindOk = input ? ResourceArgs.class.isAssignableFrom(c) : c.isAnnotationPresent(CustomType.class);
            return st != null && st.value().equals(token) && kindOk
                    ? Optional.empty() : Optional.of(kind + " with @SchemaType(\"" + token + "\")");
        }
        String type = prop.has("type") ? prop.get("type").getAsString() : "";
        switch (type) {
            case "array": {
                Optional<Type> item = typeArgument(t, List.class, 0, 1);
                if (item.isEmpty()) {
                    return Optional.of("List<...>");
                }
                return expectedProblem(prop.getAsJsonObject("items"), item.get(), input).map(e -> "List<" + e + ">");
            }
            case "object": {
                Optional<Type> key = typeArgument(t, Map.class, 0, 2);
                Optional<Type> value = typeArgument(t, Map.class, 1, 2);
                if (key.isEmpty() || key.get() != String.class) {
                    return Optional.of("Map<String, ...>");
                }
                if (!prop.has("additionalProperties")) {
                    return value.get() == Object.class ? Optional.empty() : Optional.of("Map<String, Object>");
                }
                return expectedProblem(prop.getAsJsonObject("additionalProperties"), value.get(), input)
                        .map(e -> "Map<String, " + e + ">");
            }
            default:
                return scalar(type, t);
        }
    }

    private static Optional<String> scalar(String schemaType, Type t) {
        Class<?> want = switch (schemaType) {
            case "string" -> String.class;
            case "integer" -> Integer.class;
            case "number" -> Double.class;
            case "boolean" -> Boolean.class;
            default -> null;
        };
        if (want == null) {
            return Optional.of("a known schema type (got '" + schemaType + "')");
        }
        return t == want ? Optional.empty() : Optional.of(want.getSimpleName());
    }

    private static Optional<Type> typeArgument(Type t, Class<?> raw, int index, int arity) {
        if (t instanceof ParameterizedType p && p.getRawType() == raw && p.getActualTypeArguments().length == arity) {
            return Optional.of(p.getActualTypeArguments()[index]);
        }
        return Optional.empty();
    }

    private static String describe(JsonObject prop) {
        JsonObject copy = prop.deepCopy();
        copy.remove("description");
        copy.remove("willReplaceOnChanges");
        copy.remove("replaceOnChanges");
        copy.remove("oneOf");
        return copy.toString();
    }

    private static boolean isSecret(JsonElement prop) {
        JsonObject o = prop.getAsJsonObject();
        return o.has("secret") && o.get("secret").getAsBoolean();
    }

    /**
     * The SDK deserializes exports by {@code refs}/{@code tree}; they must describe the field's T: refs are the
     * distinct classes in order of appearance, tree the nesting ({@code List<String>} is refs {List, String},
     * tree {@code [0,1]}; {@code String} is refs {String}, tree {@code [0]}).
     */
    private static List<String> refsTreeProblems(String where, Export export, Type t) {
        List<Class<?>> refs = new ArrayList<>();
        String tree = encode(t, refs);
        if (!tree.startsWith("[")) {
            tree = "[" + tree + "]";
        }
        List<String> out = new ArrayList<>();
        if (!refs.equals(Arrays.asList(export.refs()))) {
            out.add(where + ": refs " + Arrays.toString(export.refs()) + " do not describe " + t.getTypeName());
        }
        if (!tree.equals(export.tree().replace(" ", ""))) {
            out.add(where + ": tree '" + export.tree() + "' should be '" + tree + "'");
        }
        return out;
    }

    private static String encode(Type t, List<Class<?>> refs) {
        if (t instanceof Class<?> c) {
            return String.valueOf(indexOf(c, refs));
        }
        if (t instanceof ParameterizedType p) {
            StringBuilder sb = new StringBuilder("[").append(indexOf((Class<?>) p.getRawType(), refs));
            for (Type a : p.getActualTypeArguments()) {
                sb.append(',').append(encode(a, refs));
            }
            return sb.append(']').toString();
        }
        throw new IllegalArgumentException("unsupported export type " + t.getTypeName());
    }

    private static int indexOf(Class<?> c, List<Class<?>> refs) {
        int i = refs.indexOf(c);
        if (i < 0) {
            refs.add(c);
            i = refs.size() - 1;
        }
        return i;
    }

    private static Optional<String> stringConstant(Class<?> c, String name) {
        try {
            Field f = c.getField(name);
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                return Optional.ofNullable((String) f.get(null));
            }
        } catch (NoSuchFieldException e) {
            return Optional.empty();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        return Optional.empty();
    }
}
