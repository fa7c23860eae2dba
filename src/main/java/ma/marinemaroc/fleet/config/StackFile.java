package ma.marinemaroc.fleet.config;

import com.google.gson.Gson;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A Pulumi stack config file ({@code Pulumi.<stack>.yaml}) read the way the Pulumi CLI hands config to a
 * program: scalars as strings, lists and maps as JSON, {@code secure:} values as secret keys. Used by the offline
 * plan and the tests; a real run gets the same map from the engine.
 */
public record StackFile(Map<String, String> values, Set<String> secretKeys) {
    /** Placeholder secret values that pass validation; shown only as [secret]. */
    public static final Map<String, String> PLACEHOLDERS = Map.of(
            "fleet:dbRootPassword", "placeholder-root-password-0000",
            "fleet:dbPassword", "placeholder-app-password-00000",
            "fleet:redisPassword", "placeholder-redis-password-000",
            "fleet:appKey", "base64:" + Base64.getEncoder().encodeToString(new byte[32]),
            "fleet:smtpPassword", "placeholder-smtp-password-0000",
            "fleet:tlsPrivateKey", "-----BEGIN PRIVATE KEY-----\nplaceholder\n-----END PRIVATE KEY-----\n");

    private static final Gson GSON = new Gson();

    public StackFile {
        values = Map.copyOf(values);
        secretKeys = Set.copyOf(secretKeys);
    }

    public static StackFile read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file)) {
            Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
            if (!(doc instanceof Map<?, ?> root) || !(root.get("config") instanceof Map<?, ?> config)) {
                throw new IOException(file + ": not a Pulumi stack file (no top-level 'config' mapping)");
            }
            Map<String, String> values = new TreeMap<>();
            Set<String> secrets = new HashSet<>();
            for (Map.Entry<?, ?> e : config.entrySet()) {
                String key = String.valueOf(e.getKey());
                Object v = e.getValue();
                if (v instanceof Map<?, ?> m && m.size() == 1 && m.containsKey("secure")) {
                    secrets.add(key);
                    // The ciphertext cannot be decrypted offline; a placeholder of the right shape stands in.
                    values.put(key, PLACEHOLDERS.getOrDefault(key, "placeholder-secret-value-00000"));
                } else if (v instanceof Map<?, ?> || v instanceof List<?>) {
                    values.put(key, GSON.toJson(v));
                } else {
                    values.put(key, v == null ? "" : String.valueOf(v));
                }
            }
            return new StackFile(values, secrets);
        }
    }

    /** A copy where every program secret that is not set gets a placeholder (offline plans of committed files). */
    public StackFile withPlaceholderSecrets() {
        Map<String, String> v = new TreeMap<>(values);
        Set<String> s = new HashSet<>(secretKeys);
        for (String name : List.of("dbRootPassword", "dbPassword", "redisPassword", "appKey", "smtpPassword")) {
            String key = KnownKeys.key(name);
            if (!v.containsKey(key)) {
                v.put(key, PLACEHOLDERS.get(key));
                s.add(key);
            }
        }
        return new StackFile(v, s);
    }

    /** A copy with some values replaced or added (tests). */
    public StackFile with(Map<String, String> overrides, Set<String> moreSecrets) {
        Map<String, String> v = new TreeMap<>(values);
        v.putAll(overrides);
        Set<String> s = new HashSet<>(secretKeys);
        s.addAll(moreSecrets);
        return new StackFile(v, s);
    }

    /** A copy without some keys (tests). */
    public StackFile without(String... keys) {
        Map<String, String> v = new TreeMap<>(values);
        Set<String> s = new HashSet<>(secretKeys);
        for (String k : keys) {
            v.remove(k);
            s.remove(k);
        }
        return new StackFile(v, s);
    }

    public ConfigSource source() {
        return ConfigSource.of(values, secretKeys);
    }
}
