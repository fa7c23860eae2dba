package ma.marinemaroc.fleet.components;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.Resource;
import com.pulumi.resources.ResourceArgs;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a component class must look like for the Java SDK's component provider (pulumi-java 1.36.1) to serve it in
 * the multi-language package, each rule with the failure it prevents (the limits in shared/component-package.md).
 * {@link #check} returns one message per problem, naming the class and the field.
 */
final class PackageRules {
    private PackageRules() {
    }

    /** Problems of the component classes among {@code classes} (a package tree), served from {@code basePackage}. */
    static List<String> check(List<Class<?>> classes, String basePackage) {
        List<String> problems = new ArrayList<>();
        Map<String, Class<?>> resources = new HashMap<>();
        Map<String, Class<?>> types = new HashMap<>();
        for (Class<?> c : PackagedComponents.components(classes)) {
            String who = PackagedComponents.token(c) + " (" + c.getName() + ")";
            sameName(resources, PackagedComponents.token(c), c, problems);
            if (!c.getPackageName().equals(basePackage)) {
                problems.add(who + ": is in " + c.getPackageName() + ", not directly in " + basePackage
                        + "; GetSchema lists it but Construct loads " + basePackage + "." + c.getSimpleName()
                        + " and fails (ClassNotFoundException)");
            }
            Constructor<?>[] ctors = c.getDeclaredConstructors();
            if (ctors.length != 1) {
                problems.add(who + ": has " + ctors.length + " constructors; the package needs exactly one "
                        + "(String name, " + c.getSimpleName() + "Args args, ComponentResourceOptions options)");
                continue;
            }
            Class<?>[] p = ctors[0].getParameterTypes();
            if (p.length != 3 || p[0] != String.class || !ResourceArgs.class.isAssignableFrom(p[1])
                    || p[2] != ComponentResourceOptions.class) {
                problems.add(who + ": its constructor is (" + names(p) + "); the package needs (String, <Args extends "
                        + "ResourceArgs>, ComponentResourceOptions)");
                continue;
            }
            Set<Class<?>> seen = new LinkedHashSet<>();
            checkArgs(who, p[1], seen, problems);
            seen.remove(p[1]);
            for (Class<?> a : seen) sameName(types, PackagedComponents.typeToken(a), a, problems);
            checkExports(who, c, problems);
        }
        return problems;
    }

    /** Two classes of one simple name map to one schema token and silently share it (limit 7). */
    private static void sameName(Map<String, Class<?>> byToken, String token, Class<?> c, List<String> problems) {
        Class<?> other = byToken.putIfAbsent(token, c);
        if (other != null && other != c) {
            problems.add(c.getName() + " and " + other.getName() + " both map to " + token
                    + " and would silently share it; rename one");
        }
    }

    private static void checkArgs(String who, Class<?> args, Set<Class<?>> seen, List<String> problems) {
        if (!seen.add(args)) return;
        String where = who + ": " + args.getSimpleName();
        if (args.getSuperclass() != ResourceArgs.class) {
            problems.add(where + " extends " + args.getSuperclass().getName() + "; inherited fields appear in the "
                    + "schema but are never filled: extend ResourceArgs directly");
        }
        if (args.isEnum() || Modifier.isAbstract(args.getModifiers())) {
            problems.add(where + " is not a concrete class");
        }
        try {
            args.getDeclaredConstructor();
        } catch (NoSuchMethodException e) {
            problems.add(where + " has no no-argument constructor (private is fine): Construct creates it by reflection");
        }
        for (Field f : args.getDeclaredFields()) {
            if (f.isSynthetic()) continue;
            String field = where + "." + f.getName();
            if (Modifier.isStatic(f.getModifiers())) {
                problems.add(field + " is static: static fields leak into the schema as inputs; move it to the "
                        + "component or a helper");
                continue;
            }
            checkType(field, f.getGenericType(), false, false, seen, problems, who);
        }
    }

    private static void checkType(String field, Type t, boolean inOutput, boolean inList, Set<Class<?>> seen,
                                  List<String> problems, String who) {
        if (t instanceof ParameterizedType pt) {
            Class<?> raw = (Class<?>) pt.getRawType();
            Type arg = pt.getActualTypeArguments()[0];
            if (raw == Output.class) {
                if (inOutput || inList) {
                    problems.add(field + ": Output nested in Output or List is not supported; use Output<List<T>>");
                    return;
                }
                checkType(field, arg, true, false, seen, problems, who);
            } else if (raw == List.class) {
                checkType(field, arg, inOutput, true, seen, problems, who);
            } else {
                checkRaw(field, raw, seen, problems, who);
            }
            return;
        }
        if (t instanceof Class<?> c) {
            checkRaw(field, c, seen, problems, who);
            return;
        }
        problems.add(field + ": type " + t + " has no schema mapping");
    }

    private static void checkRaw(String field, Class<?> c, Set<Class<?>> seen, List<String> problems, String who) {
        if (c == String.class || c == Integer.class || c == Double.class || c == Boolean.class) return;
        if (Map.class.isAssignableFrom(c)) {
            problems.add(field + ": Map inputs fail at Construct (\"Unsupported type for deserialization\"); use a "
                    + "list of nested Args");
        } else if (c == Long.class || c == long.class) {
            problems.add(field + ": Long fails to deserialize (NUMBER to java.lang.Long); use Integer");
        } else if (c == Float.class || c == float.class) {
            problems.add(field + ": Float cannot be deserialized; use Double");
        } else if (c == Optional.class) {
            problems.add(field + ": Optional fields are rejected; use a nullable field and an Optional getter");
        } else if (c.isEnum()) {
            problems.add(field + ": enums become a junk object type and are read by ordinal; use a String checked "
                    + "in validate()");
        } else if (Resource.class.isAssignableFrom(c)) {
            problems.add(field + ": resource references are not supported yet; pass the resource's id or outputs");
        } else if (c.isPrimitive()) {
            problems.add(field + ": primitive " + c.getName() + " cannot be absent; use the boxed type");
        } else if (ResourceArgs.class.isAssignableFrom(c)) {
            checkArgs(who, c, seen, problems);
        } else {
            problems.add(field + ": " + c.getName() + " is not an input type of the package (String, Integer, "
                    + "Double, Boolean, List, Output, nested ResourceArgs)");
        }
    }

    private static void checkExports(String who, Class<?> c, List<String> problems) {
        for (Field f : c.getDeclaredFields()) {
            if (f.getAnnotation(Export.class) == null) continue;
            Type t = f.getGenericType();
            if (!(t instanceof ParameterizedType pt) || pt.getRawType() != Output.class) {
                problems.add(who + "." + f.getName() + ": @Export field is not an Output<T>");
            }
        }
    }

    private static String names(Class<?>[] types) {
        List<String> out = new ArrayList<>();
        for (Class<?> t : types) out.add(t.getSimpleName());
        return String.join(", ", out);
    }
}
