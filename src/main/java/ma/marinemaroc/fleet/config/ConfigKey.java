package ma.marinemaroc.fleet.config;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One stack config key as the registry ({@link ConfigKeys}) describes it: its full name, whether it must be a Pulumi
 * secret, how it is read ({@link Spec}: type, default, range) and its documentation (README's configuration table is
 * checked against these texts).
 *
 * @param key         the full key: {@code fleet:dnsTtl}, {@code fleet:backup.retentionDays} (nested under the object
 *                    {@code fleet:backup}), {@code digitalocean:token}
 * @param secret      must be set with {@code pulumi config set --secret}
 * @param spec        type, default and range the loader applies
 * @param defaultText the default as documented ("—" when the key is required or has none)
 * @param allowed     what values are accepted, as documented
 * @param meaning     what the key does
 */
public record ConfigKey(String key, boolean secret, Spec spec, String defaultText, String allowed, String meaning) {
    public static final String NONE = "—";

    /** How a value is read and what it defaults to. */
    public sealed interface Spec permits Text, Whole, WholeOneOf, Flag, Choice, TextList, Credential {
    }

    /** A single text value; {@code required}: an error when unset (conditional requirements live in the loader). */
    public record Text(boolean required) implements Spec {
    }

    /** A whole number in {@code min..max}. */
    public record Whole(int dflt, int min, int max) implements Spec {
    }

    /** A whole number out of a fixed set (values a provider API accepts). */
    public record WholeOneOf(int dflt, List<Integer> allowed) implements Spec {
    }

    /** {@code true} or {@code false}. */
    public record Flag(boolean dflt) implements Spec {
    }

    /** One word out of a fixed set; {@code dflt} null: required. */
    public record Choice(String dflt, List<String> allowed) implements Spec {
    }

    /** A list of text values; {@code required}: at least one item, {@code dflt} when unset and not required. */
    public record TextList(boolean required, List<String> dflt) implements Spec {
    }

    /** A provider credential ({@code digitalocean:token}): only on stacks of {@code cloud}, and only as a secret. */
    public record Credential(Cloud cloud) implements Spec {
    }

    /** The namespace: {@code fleet}, {@code digitalocean}, {@code aws}. */
    public String namespace() {
        return key.substring(0, key.indexOf(':'));
    }

    /** The name within the namespace: {@code backup.retentionDays}. */
    public String name() {
        return key.substring(key.indexOf(':') + 1);
    }

    /** The top-level key holding this one: {@code fleet:backup} for {@code fleet:backup.retentionDays}. */
    public String topLevelKey() {
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(0, dot);
    }

    public boolean nested() {
        return key.indexOf('.') > 0;
    }

    /** The name inside its parent object ({@code retentionDays}); the name itself for a top-level key. */
    public String child() {
        return nested() ? key.substring(key.indexOf('.') + 1) : name();
    }

    public boolean required() {
        if (spec instanceof Text t) return t.required();
        if (spec instanceof Choice c) return c.dflt() == null;
        if (spec instanceof TextList l) return l.required();
        return false;
    }

    /** How the key is named in README's table: fleet keys without the namespace. */
    public String displayName() {
        return namespace().equals(ConfigKeys.NS) ? name() : key;
    }

    static String defaultOf(Spec spec) {
        if (spec instanceof Whole w) return String.valueOf(w.dflt());
        if (spec instanceof WholeOneOf w) return String.valueOf(w.dflt());
        if (spec instanceof Flag f) return "`" + f.dflt() + "`";
        if (spec instanceof Choice c) return c.dflt() == null ? NONE : "`" + c.dflt() + "`";
        if (spec instanceof TextList l && !l.dflt().isEmpty()) {
            return l.dflt().stream().map(v -> "`" + v + "`").collect(Collectors.joining(", "));
        }
        return NONE;
    }

    static String allowedOf(Spec spec) {
        if (spec instanceof Whole w) return w.min() + "…" + w.max();
        if (spec instanceof WholeOneOf w) return w.allowed().stream().map(String::valueOf).collect(Collectors.joining(", "));
        if (spec instanceof Flag) return "`true`, `false`";
        if (spec instanceof Choice c) return c.allowed().stream().map(v -> "`" + v + "`").collect(Collectors.joining(", "));
        throw new IllegalArgumentException("document what is allowed for " + spec);
    }
}
