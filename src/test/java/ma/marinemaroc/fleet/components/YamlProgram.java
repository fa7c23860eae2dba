package ma.marinemaroc.fleet.components;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.pulumi.provider.internal.properties.PropertyValue;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Pulumi YAML program ({@code Pulumi.yaml} with {@code runtime: yaml}) read as far as it can be without the Pulumi
 * CLI: its config defaults, its resources and the {@code ${...}} references between them, checked against the
 * component package's schema ({@link #check}), and its component inputs turned into what the engine would send the
 * package's Construct ({@link #inputs}).
 */
final class YamlProgram {
    private static final Pattern REF = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_-]*)(?:\\.([A-Za-z_][A-Za-z0-9_]*))?}");

    final Map<String, Object> doc;

    private YamlProgram(Map<String, Object> doc) {
        this.doc = doc;
    }

    static YamlProgram parse(String text) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        if (!(root instanceof Map<?, ?>)) throw new AssertionError("Pulumi.yaml is not a mapping");
        return new YamlProgram(map(root, "Pulumi.yaml"));
    }

    /** Config values the program runs with: each key's {@code default} (the CLI's own when none is set). */
    Map<String, Object> configDefaults() {
        Map<String, Object> out = new LinkedHashMap<>();
        map(doc.getOrDefault("config", Map.of()), "config").forEach((k, v) -> {
            Map<String, Object> spec = map(v, "config." + k);
            if (spec.containsKey("default")) out.put(k, spec.get("default"));
        });
        return out;
    }

    /** Resource name to its {@code type}. */
    Map<String, String> types() {
        Map<String, String> out = new LinkedHashMap<>();
        resources().forEach((name, r) -> out.put(name, String.valueOf(r.get("type"))));
        return out;
    }

    Map<String, Map<String, Object>> resources() {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        map(doc.getOrDefault("resources", Map.of()), "resources").forEach((k, v) -> out.put(k, map(v, "resources." + k)));
        return out;
    }

    Map<String, Object> properties(String resource) {
        return map(resources().get(resource).getOrDefault("properties", Map.of()), "resources." + resource + ".properties");
    }

    /** Resources in an order where every resource comes after those its properties refer to. */
    List<String> order() {
        Map<String, Set<String>> deps = new LinkedHashMap<>();
        for (String r : resources().keySet()) {
            Set<String> d = new LinkedHashSet<>();
            refs(properties(r)).forEach(m -> {
                if (m[1] != null) d.add(m[0]);
            });
            deps.put(r, d);
        }
        List<String> out = new ArrayList<>();
        while (out.size() < deps.size()) {
            int before = out.size();
            deps.forEach((r, d) -> {
                if (!out.contains(r) && out.containsAll(d)) out.add(r);
            });
            if (out.size() == before) throw new AssertionError("resources refer to each other in a cycle: " + deps);
        }
        return out;
    }

    /**
     * Every problem the engine or the package would report for the {@code fleet:} resources: an unknown type, an
     * unknown or missing required input, a value of the wrong type, a resource output given to a plain input, a
     * reference to an unknown resource, output or config key.
     */
    List<String> check(JsonObject schema, String packageName) {
        List<String> problems = new ArrayList<>();
        JsonObject resources = schema.getAsJsonObject("resources");
        JsonObject types = schema.has("types") ? schema.getAsJsonObject("types") : new JsonObject();
        Map<String, String> declared = types();
        for (var e : resources().entrySet()) {
            String name = e.getKey();
            String type = String.valueOf(e.getValue().get("type"));
            if (!type.startsWith(packageName + ":")) continue;
            JsonObject spec = resources.getAsJsonObject(type);
            String at = "resources." + name;
            if (spec == null) {
                problems.add(at + ": type " + type + " is not in the package's schema");
                continue;
            }
            checkObject(at + ".properties", properties(name), spec.getAsJsonObject("inputProperties"),
                    spec.getAsJsonArray("requiredInputs"), types, declared, resources, problems);
        }
        // references anywhere (properties and outputs) name a declared resource and one of its outputs, or config
        Set<String> config = map(doc.getOrDefault("config", Map.of()), "config").keySet();
        for (String[] ref : refs(doc)) {
            if (ref[1] == null) {
                if (!config.contains(ref[0])) problems.add("${" + ref[0] + "}: no such config key or resource");
                continue;
            }
            String type = declared.get(ref[0]);
            if (type == null) {
                problems.add("${" + ref[0] + "." + ref[1] + "}: no resource " + ref[0]);
            } else if (type.startsWith(packageName + ":")) {
                JsonObject spec = resources.getAsJsonObject(type);
                if (spec != null && !spec.getAsJsonObject("properties").has(ref[1])) {
                    problems.add("${" + ref[0] + "." + ref[1] + "}: " + type + " has no output " + ref[1]);
                }
            }
        }
        return problems;
    }

    private void checkObject(String at, Map<String, Object> value, JsonObject props, JsonArray required,
                             JsonObject types, Map<String, String> declared, JsonObject resources, List<String> problems) {
        for (JsonElement r : required) {
            if (!value.containsKey(r.getAsString())) problems.add(at + ": required input " + r.getAsString() + " is missing");
        }
        value.forEach((k, v) -> {
            JsonObject p = props.getAsJsonObject(k);
            if (p == null) problems.add(at + "." + k + ": no such input (inputs: " + new TreeSet<>(props.keySet()) + ")");
            else checkValue(at + "." + k, v, p, types, declared, resources, problems);
        });
    }

    private void checkValue(String at, Object v, JsonObject p, JsonObject types, Map<String, String> declared,
                            JsonObject resources, List<String> problems) {
        boolean plain = p.has("plain") && p.get("plain").getAsBoolean();
        if (v instanceof String s) {
            Matcher m = REF.matcher(s);
            if (m.matches() && m.group(2) != null) {
                if (plain) {
                    problems.add(at + ": is a plain input (known when the program runs) but takes ${" + m.group(1) + "."
                            + m.group(2) + "}, another resource's output");
                }
                return;
            }
            if (m.matches()) return; // a config value: known when the program runs
        }
        if (p.has("$ref")) {
            String token = p.get("$ref").getAsString().replaceFirst("^#/types/", "");
            JsonObject t = types.getAsJsonObject(token);
            if (!(v instanceof Map<?, ?>)) problems.add(at + ": expected an object (" + token + "), got " + describe(v));
            else if (t == null) problems.add(at + ": the schema has no type " + token);
            else checkObject(at, map(v, at), t.getAsJsonObject("properties"), t.getAsJsonArray("required"), types,
                        declared, resources, problems);
            return;
        }
        String type = p.get("type").getAsString();
        switch (type) {
            case "array" -> {
                if (!(v instanceof List<?> l)) {
                    problems.add(at + ": expected a list, got " + describe(v));
                } else {
                    for (int i = 0; i < l.size(); i++) {
                        checkValue(at + "[" + i + "]", l.get(i), p.getAsJsonObject("items"), types, declared, resources, problems);
                    }
                }
            }
            case "string" -> {
                if (!(v instanceof String)) problems.add(at + ": expected a string, got " + describe(v));
            }
            case "integer" -> {
                if (!(v instanceof Integer)) problems.add(at + ": expected an integer, got " + describe(v));
            }
            case "number" -> {
                if (!(v instanceof Number)) problems.add(at + ": expected a number, got " + describe(v));
            }
            case "boolean" -> {
                if (!(v instanceof Boolean)) problems.add(at + ": expected true or false, got " + describe(v));
            }
            default -> problems.add(at + ": schema type " + type + " is not handled here");
        }
    }

    private static String describe(Object v) {
        return v == null ? "null" : v.getClass().getSimpleName() + " " + v;
    }

    /**
     * A resource's properties as the engine sends them to Construct: config references replaced by their values,
     * {@code ${resource.output}} by what {@code outputs} returns for it (the earlier resource's state).
     */
    Map<String, PropertyValue> inputs(String resource, Map<String, Object> config,
                                      Function<String[], PropertyValue> outputs) {
        Map<String, PropertyValue> out = new LinkedHashMap<>();
        properties(resource).forEach((k, v) -> out.put(k, value(v, config, outputs)));
        return out;
    }

    private static PropertyValue value(Object v, Map<String, Object> config, Function<String[], PropertyValue> outputs) {
        if (v instanceof String s) {
            Matcher m = REF.matcher(s);
            if (m.matches()) {
                if (m.group(2) != null) return outputs.apply(new String[]{m.group(1), m.group(2)});
                return value(config.get(m.group(1)), config, outputs);
            }
            StringBuilder b = new StringBuilder();
            m.reset();
            while (m.find()) {
                if (m.group(2) != null) throw new AssertionError("an output inside a string is not supported here: " + s);
                m.appendReplacement(b, Matcher.quoteReplacement(String.valueOf(config.get(m.group(1)))));
            }
            m.appendTail(b);
            return PropertyValue.of(b.toString());
        }
        if (v instanceof Boolean b) return PropertyValue.of(b);
        if (v instanceof Number n) return PropertyValue.of(n.doubleValue());
        if (v instanceof List<?> l) return PropertyValue.of(l.stream().map(x -> value(x, config, outputs)).toList());
        if (v instanceof Map<?, ?> m) {
            Map<String, PropertyValue> o = new LinkedHashMap<>();
            m.forEach((k, x) -> o.put(String.valueOf(k), value(x, config, outputs)));
            return PropertyValue.of(o);
        }
        if (v == null) return PropertyValue.NULL;
        throw new AssertionError("unsupported YAML value " + v);
    }

    /** Every {@code ${a}} / {@code ${a.b}} in a value tree, as {a, b-or-null}. */
    static List<String[]> refs(Object v) {
        List<String[]> out = new ArrayList<>();
        if (v instanceof String s) {
            Matcher m = REF.matcher(s);
            while (m.find()) out.add(new String[]{m.group(1), m.group(2)});
        } else if (v instanceof List<?> l) {
            l.forEach(x -> out.addAll(refs(x)));
        } else if (v instanceof Map<?, ?> m) {
            m.values().forEach(x -> out.addAll(refs(x)));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object v, String at) {
        if (!(v instanceof Map<?, ?>)) throw new AssertionError(at + ": expected a mapping, got " + v);
        return (Map<String, Object>) v;
    }
}
