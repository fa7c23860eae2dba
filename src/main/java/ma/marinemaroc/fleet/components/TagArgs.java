package ma.marinemaroc.fleet.components;

import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One tag (key and value), for inputs that are a tag map in Java: the multi-language package cannot take a
 * {@code Map} input (pulumi-java 1.36.1 fails to construct it), so such inputs are a list of these.
 */
public final class TagArgs extends ResourceArgs {
    /** The tag's key. Required. */
    @Import(name = "key", required = true)
    private String key;
    /** The tag's value. Required. */
    @Import(name = "value", required = true)
    private String value;

    private TagArgs() {
    }

    public static TagArgs of(String key, String value) {
        TagArgs t = new TagArgs();
        t.key = key;
        t.value = value;
        return t;
    }

    public String key() {
        return key;
    }

    public String value() {
        return value;
    }

    /** The tags of a map, sorted by key. */
    static List<TagArgs> list(Map<String, String> tags) {
        return new TreeMap<>(tags).entrySet().stream().map(e -> of(e.getKey(), e.getValue())).toList();
    }

    /** A list of tags as a sorted map. */
    static Map<String, String> map(List<TagArgs> tags) {
        Map<String, String> out = new TreeMap<>();
        if (tags != null) tags.forEach(t -> out.put(t.key, t.value));
        return out;
    }

    /** Each tag has a key and a value, and no key comes twice. */
    static void check(ArgsCheck c, String path, List<TagArgs> tags) {
        if (tags == null) return;
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (int i = 0; i < tags.size(); i++) {
            TagArgs t = tags.get(i);
            c.required(path + "[" + i + "].key", t.key).that(t.value != null, path + "[" + i + "].value is required")
                    .that(t.key == null || keys.add(t.key), path + ": key '" + t.key + "' is given twice");
        }
    }
}
