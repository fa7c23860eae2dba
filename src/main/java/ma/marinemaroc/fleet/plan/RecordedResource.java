package ma.marinemaroc.fleet.plan;

import java.util.List;
import java.util.Map;

/**
 * One resource registration exactly as the engine received it: type, name, parent, inputs (decoded; secret
 * values wrapped in {@link Secret}, unknowns as {@link #UNKNOWN}) and the options that shape a diff.
 */
public record RecordedResource(
        String urn,
        String type,
        String name,
        String parentUrn,
        boolean custom,
        Map<String, Object> inputs,
        String provider,
        String version,
        List<String> additionalSecretOutputs,
        List<String> ignoreChanges,
        boolean deleteBeforeReplace,
        List<String> dependencies,
        boolean protect) {

    public static final String UNKNOWN = "[unknown]";

    /** A value the engine received marked secret. */
    public record Secret(Object value) {
        @Override
        public String toString() {
            return "[secret]";
        }
    }

    public Object input(String key) {
        return inputs.get(key);
    }

    /** The input with secrets unwrapped (tests). */
    public Object plainInput(String key) {
        return unwrap(inputs.get(key));
    }

    /** A list input as strings (secrets unwrapped). */
    public List<String> strings(String key) {
        Object v = plainInput(key);
        if (v == null) return List.of();
        return ((List<?>) v).stream().map(String::valueOf).toList();
    }

    /** All inputs with secrets unwrapped, engine-internal keys ({@code __...}) left out (diffs of two runs). */
    public static Map<String, Object> unwrapInputs(RecordedResource r) {
        var out = new java.util.TreeMap<String, Object>();
        r.inputs().forEach((k, v) -> {
            if (!k.startsWith("__")) out.put(k, unwrap(v));
        });
        return out;
    }

    public static Object unwrap(Object v) {
        if (v instanceof Secret s) return unwrap(s.value());
        if (v instanceof Map<?, ?> m) {
            var out = new java.util.LinkedHashMap<String, Object>();
            m.forEach((k, x) -> out.put(String.valueOf(k), unwrap(x)));
            return out;
        }
        if (v instanceof List<?> l) return l.stream().map(RecordedResource::unwrap).toList();
        return v;
    }

    public boolean isComponent() {
        return !custom;
    }
}
