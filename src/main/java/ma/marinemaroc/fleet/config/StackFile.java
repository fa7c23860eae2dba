package ma.marinemaroc.fleet.config;

import com.google.gson.Gson;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A Pulumi stack config file ({@code Pulumi.<stack>.yaml}) read the way the Pulumi CLI hands config to a program:
 * top-level scalars as their text, lists and maps as JSON, {@code secure:} values as secret keys. Used by the offline
 * plan and the tests; a real run gets the same map from the engine.
 *
 * <p>Parsed as YAML 1.2 (core schema: {@code yes}/{@code no} are text, not booleans) with snakeyaml-engine, node by node,
 * so that every problem of the file is reported at once, each with its YAML path or line: duplicate keys (the last
 * would silently win), integers with a leading zero (YAML 1.1 parsers, the Pulumi CLI's among them, read {@code 022} as
 * octal 18, YAML 1.2 as 22), unsupported tags (merge keys are resolved by the parser, as the CLI does). A file that cannot be read as YAML at all (not UTF-8, empty,
 * a syntax error, an alias bomb) is one clear problem. All of them throw {@link StackConfigException}.
 */
public record StackFile(Map<String, String> values, Set<String> secretKeys, String origin) {
    /** Placeholder secret values that pass validation; shown only as [secret]. */
    public static final Map<String, String> PLACEHOLDERS = Map.of(
            "fleet:dbRootPassword", "placeholder-root-password-0000",
            "fleet:dbPassword", "placeholder-app-password-00000",
            "fleet:redisPassword", "placeholder-redis-password-000",
            "fleet:appKey", "base64:" + Base64.getEncoder().encodeToString(new byte[32]),
            "fleet:smtpPassword", "placeholder-smtp-password-0000",
            "fleet:tlsPrivateKey", "-----BEGIN PRIVATE KEY-----\nplaceholder\n-----END PRIVATE KEY-----\n",
            "fleet:uploadsAccessKeyId", "PLACEHOLDERSPACESKEY0",
            "fleet:uploadsSecretKey", "placeholder-spaces-secret-key-0000000000000");

    /** Aliases to collections a file may use (snakeyaml-engine's guard), and nodes it may expand to through aliases. */
    static final int MAX_ALIASES = 20;
    static final int MAX_NODES = 10_000;
    static final int MAX_CHARS = 1 << 20;
    static final int MAX_DEPTH = 32;

    private static final Gson GSON = new Gson();
    private static final Pattern LEADING_ZERO = Pattern.compile("[-+]?0[0-9]+");
    private static final Set<Tag> SCALAR_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL);
    /** Top-level keys of a stack file besides {@code config} (the CLI's own). */
    private static final Set<String> ROOT_KEYS = Set.of("config", "secretsprovider", "encryptedkey", "encryptionsalt",
            "environment");

    public StackFile {
        values = Map.copyOf(values);
        secretKeys = Set.copyOf(secretKeys);
    }

    public StackFile(Map<String, String> values, Set<String> secretKeys) {
        this(values, secretKeys, null);
    }

    /**
     * @throws IOException          the file cannot be read
     * @throws StackConfigException the file is not a valid stack file (every problem listed)
     */
    public static StackFile read(Path file) throws IOException {
        return parse(file.toString(), Files.readAllBytes(file));
    }

    /** Parses a stack file's bytes; {@code origin} names the file in messages. */
    public static StackFile parse(String origin, byte[] bytes) {
        String text = utf8(origin, bytes);
        if (text.length() > MAX_CHARS) fail(origin, "is " + text.length() + " characters long; a stack file is far smaller");
        LoadSettings settings = LoadSettings.builder().setLabel(origin).setSchema(new CoreSchema())
                .setAllowDuplicateKeys(false).setMaxAliasesForCollections(MAX_ALIASES).setAllowRecursiveKeys(false)
                .setCodePointLimit(MAX_CHARS).build();
        Optional<Node> root;
        try {
            root = new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            throw fail(origin, at(e.getProblemMark()) + "YAML syntax error: " + e.getProblem()
                    + (e.getContext() == null ? "" : " (" + e.getContext() + ")")
                    + "; check the indentation, quoting and the ':' after each key");
        } catch (YamlEngineException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("aliases")) {
                throw fail(origin, "uses more than " + MAX_ALIASES + " YAML aliases to collections (an alias bomb?); "
                        + "write the values out");
            }
            throw fail(origin, "is not valid YAML: " + m.lines().findFirst().orElse(m));
        }
        if (root.isEmpty()) {
            throw fail(origin, "is empty; a stack file holds a top-level 'config:' mapping of keys such as fleet:cloud");
        }
        return new Reader(origin, settings).read(root.get());
    }

    private static String utf8(String origin, byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = d.decode(in, out, true);
        if (r.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) if (bytes[i] == '\n') line++;
            throw fail(origin, "is not UTF-8 text: line " + line + " has the byte 0x"
                    + String.format("%02X", bytes[offset] & 0xff) + " (offset " + offset + "), which is not valid UTF-8; "
                    + "save the file as UTF-8");
        }
        d.flush(out);
        return out.flip().toString();
    }

    private static String at(Optional<Mark> mark) {
        return mark.map(m -> "line " + (m.getLine() + 1) + ", column " + (m.getColumn() + 1) + ": ").orElse("");
    }

    private static String line(Node n) {
        return n.getStartMark().map(m -> String.valueOf(m.getLine() + 1)).orElse("?");
    }

    private static StackConfigException fail(String origin, String message) {
        throw new StackConfigException(origin, stackName(origin), List.of(new ConfigProblem("", message)));
    }

    /** The stack a file is for, from its name ({@code Pulumi.staging.yaml} → staging). */
    static String stackName(String origin) {
        String name = Path.of(origin).getFileName().toString();
        return name.replaceFirst("^Pulumi\\.", "").replaceFirst("\\.ya?ml$", "");
    }

    /** Walks the composed document: checks every node, then builds the values. */
    private static final class Reader {
        private final String origin;
        private final LoadSettings settings;
        private final List<ConfigProblem> problems = new ArrayList<>();
        private int nodes;

        Reader(String origin, LoadSettings settings) {
            this.origin = origin;
            this.settings = settings;
        }

        StackFile read(Node root) {
            if (!(root instanceof MappingNode doc)) {
                throw fail(origin, "is not a Pulumi stack file: the document is not a mapping with a top-level 'config:'");
            }
            MappingNode config = null;
            Map<String, Node> seen = new HashMap<>();
            for (NodeTuple t : doc.getValue()) {
                String key = keyText(t.getKeyNode(), null);
                if (key == null) continue;
                Node first = seen.putIfAbsent(key, t.getKeyNode());
                if (first != null) {
                    problems.add(new ConfigProblem("", "line " + line(t.getKeyNode()) + ": the top-level key '" + key
                            + "' is set twice (lines " + line(first) + " and " + line(t.getKeyNode()) + "); keep one"));
                    continue;
                }
                if (!ROOT_KEYS.contains(key)) {
                    problems.add(new ConfigProblem("", "line " + line(t.getKeyNode()) + ": unknown top-level key '" + key
                            + "'; a stack file holds 'config:' (and the CLI's secretsprovider, encryptedkey, "
                            + "encryptionsalt, environment)"));
                } else if (key.equals("config")) {
                    if (t.getValueNode() instanceof MappingNode m) {
                        config = m;
                    } else {
                        problems.add(new ConfigProblem("", "line " + line(t.getValueNode())
                                + ": 'config' is not a mapping; put one key per line under it, e.g. '  fleet:cloud: aws'"));
                    }
                } else {
                    check(t.getValueNode(), key);
                }
            }
            if (config == null && problems.isEmpty()) {
                throw fail(origin, "is not a Pulumi stack file: it has no top-level 'config:' mapping");
            }
            Map<String, String> values = new TreeMap<>();
            Set<String> secrets = new HashSet<>();
            if (config != null) {
                Map<String, Node> keys = new HashMap<>();
                for (NodeTuple t : config.getValue()) {
                    String key = keyText(t.getKeyNode(), "config");
                    if (key == null) continue;
                    Node first = keys.putIfAbsent(key, t.getKeyNode());
                    if (first != null) {
                        problems.add(new ConfigProblem(key, "is set twice (lines " + line(first) + " and "
                                + line(t.getKeyNode()) + "); the last would silently win; keep one"));
                        continue;
                    }
                    if (key.indexOf(':') <= 0) {
                        problems.add(new ConfigProblem(key, "is not a namespaced key; Pulumi config keys are "
                                + "<namespace>:<name>, e.g. fleet:" + key));
                        continue;
                    }
                    check(t.getValueNode(), key);
                    Node v = t.getValueNode();
                    if (v instanceof MappingNode m && m.getValue().size() == 1
                            && "secure".equals(keyText(m.getValue().get(0).getKeyNode(), key))) {
                        secrets.add(key);
                        // The ciphertext cannot be decrypted offline; a placeholder of the right shape stands in.
                        values.put(key, PLACEHOLDERS.getOrDefault(key, "placeholder-secret-value-00000"));
                    } else if (v instanceof ScalarNode s) {
                        values.put(key, s.getTag().equals(Tag.NULL) ? "" : s.getValue());
                    } else {
                        values.put(key, GSON.toJson(value(v)));
                    }
                }
            }
            if (!problems.isEmpty()) throw new StackConfigException(origin, stackName(origin), problems);
            return new StackFile(values, secrets, origin);
        }

        /** The text of a mapping key, or null (problem reported) when it is not a plain scalar. */
        private String keyText(Node k, String parent) {
            if (k instanceof ScalarNode s && (s.getTag().equals(Tag.STR) || s.getTag().equals(Tag.INT)
                    || s.getTag().equals(Tag.BOOL))) {
                return s.getValue();
            }
            problems.add(new ConfigProblem(parent == null || parent.equals("config") ? "" : parent, "line " + line(k)
                    + ": a key that is not plain text (" + k.getNodeType().toString().toLowerCase() + "); use a name"));
            return null;
        }

        /** Checks a value node and everything under it; {@code path} is its Pulumi key path. */
        private void check(Node n, String path) {
            check(n, path, 0);
        }

        private void check(Node n, String path, int depth) {
            if (n.isRecursive() || depth > MAX_DEPTH) {
                throw fail(origin, "refers to itself through a YAML alias, or nests deeper than " + MAX_DEPTH
                        + " levels; write the values out");
            }
            if (++nodes > MAX_NODES) {
                throw fail(origin, "expands to more than " + MAX_NODES + " YAML nodes through aliases (an alias bomb?); "
                        + "write the values out");
            }
            if (n instanceof ScalarNode s) {
                if (!SCALAR_TAGS.contains(s.getTag())) {
                    problems.add(new ConfigProblem(path, "line " + line(n) + ": the YAML tag " + s.getTag()
                            + " is not supported; write a plain value"));
                } else if (s.isPlain() && LEADING_ZERO.matcher(s.getValue()).matches()) {
                    String digits = s.getValue().replaceFirst("^[-+]", "");
                    boolean octal = digits.chars().allMatch(c -> c >= '0' && c <= '7');
                    String v = s.getValue();
                    String as12 = String.valueOf(new java.math.BigInteger(v.replaceFirst("^\\+", "")));
                    problems.add(new ConfigProblem(path, "'" + v + "' has a leading zero: YAML 1.1 parsers (the Pulumi "
                            + "CLI's among them) read it " + (octal ? "as the octal number "
                            + new java.math.BigInteger(v.replaceFirst("^\\+", ""), 8) : "differently") + ", YAML 1.2 as "
                            + as12 + "; write " + as12 + ", or quote it ('" + v + "') if it is text"));
                }
            } else if (n instanceof SequenceNode seq) {
                List<Node> items = seq.getValue();
                for (int i = 0; i < items.size(); i++) check(items.get(i), path + "[" + i + "]", depth + 1);
            } else if (n instanceof MappingNode m) {
                Map<String, Node> keys = new HashMap<>();
                for (NodeTuple t : m.getValue()) {
                    String key = keyText(t.getKeyNode(), path);
                    if (key == null) continue;
                    Node first = keys.putIfAbsent(key, t.getKeyNode());
                    if (first != null) {
                        problems.add(new ConfigProblem(path + "." + key, "is set twice (lines " + line(first) + " and "
                                + line(t.getKeyNode()) + "); the last would silently win; keep one"));
                        continue;
                    }
                    check(t.getValueNode(), path + "." + key, depth + 1);
                }
            }
        }

        /** A checked node as plain Java values (YAML 1.2 core schema), for JSON. */
        private Object value(Node n) {
            if (n instanceof ScalarNode) {
                return new StandardConstructor(settings).constructSingleDocument(Optional.of(n));
            }
            if (n instanceof SequenceNode seq) {
                List<Object> out = new ArrayList<>();
                seq.getValue().forEach(x -> out.add(value(x)));
                return out;
            }
            Map<String, Object> out = new LinkedHashMap<>();
            for (NodeTuple t : ((MappingNode) n).getValue()) {
                out.put(((ScalarNode) t.getKeyNode()).getValue(), value(t.getValueNode()));
            }
            return out;
        }
    }

    /** A copy where every program secret that is not set gets a placeholder (offline plans of committed files). */
    public StackFile withPlaceholderSecrets() {
        Map<String, String> v = new TreeMap<>(values);
        Set<String> s = new HashSet<>(secretKeys);
        for (ConfigKey k : placeholderKeys()) {
            if (!v.containsKey(k.key())) {
                v.put(k.key(), PLACEHOLDERS.get(k.key()));
                s.add(k.key());
            }
        }
        return new StackFile(v, s, origin);
    }

    /**
     * The secrets a stack of this file's topology and cloud reads: a scaled stack has no database root password, and
     * on DigitalOcean the managed engines generate the app's database and cache passwords while the app needs its
     * Spaces key.
     */
    private List<ConfigKey> placeholderKeys() {
        boolean scaled = "scaled".equals(values.get(ConfigKeys.TOPOLOGY.key()));
        if (!scaled) {
            return List.of(ConfigKeys.DB_ROOT_PASSWORD, ConfigKeys.DB_PASSWORD, ConfigKeys.REDIS_PASSWORD,
                    ConfigKeys.APP_KEY, ConfigKeys.SMTP_PASSWORD);
        }
        if (Cloud.AWS.key().equals(values.get(ConfigKeys.CLOUD.key()))) {
            return List.of(ConfigKeys.DB_PASSWORD, ConfigKeys.REDIS_PASSWORD, ConfigKeys.APP_KEY, ConfigKeys.SMTP_PASSWORD);
        }
        return List.of(ConfigKeys.APP_KEY, ConfigKeys.SMTP_PASSWORD, ConfigKeys.UPLOADS_ACCESS_KEY_ID,
                ConfigKeys.UPLOADS_SECRET_KEY);
    }

    /** A copy with some values replaced or added (tests). */
    public StackFile with(Map<String, String> overrides, Set<String> moreSecrets) {
        Map<String, String> v = new TreeMap<>(values);
        v.putAll(overrides);
        Set<String> s = new HashSet<>(secretKeys);
        s.addAll(moreSecrets);
        return new StackFile(v, s, origin);
    }

    /** A copy without some keys (tests). */
    public StackFile without(String... keys) {
        Map<String, String> v = new TreeMap<>(values);
        Set<String> s = new HashSet<>(secretKeys);
        for (String k : keys) {
            v.remove(k);
            s.remove(k);
        }
        return new StackFile(v, s, origin);
    }

    public ConfigSource source() {
        return ConfigSource.of(values, secretKeys, origin);
    }
}
