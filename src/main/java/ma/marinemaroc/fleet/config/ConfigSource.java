package ma.marinemaroc.fleet.config;

import com.pulumi.deployment.internal.DeploymentInternal;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where raw stack config values come from: the Pulumi engine in a real run, a map in tests and in the
 * offline plan. Keys are full keys ({@code fleet:region}, {@code digitalocean:token}).
 */
public interface ConfigSource {
    Optional<String> get(String key);

    /** Whether the stack stores this key as a secret ({@code pulumi config set --secret}). */
    boolean isSecret(String key);

    /** All keys present (used to report unknown keys, which are usually typos). */
    Set<String> keys();

    /**
     * Where the values come from, as error messages name it: the stack file's path; empty in a real Pulumi run (the
     * engine hands over values, not a file), where messages name the stack instead.
     */
    default Optional<String> origin() {
        return Optional.empty();
    }

    static ConfigSource of(Map<String, String> values, Set<String> secretKeys) {
        return of(values, secretKeys, null);
    }

    /** @param origin the file the values were read from (named in error messages), or null */
    static ConfigSource of(Map<String, String> values, Set<String> secretKeys, String origin) {
        Map<String, String> copy = Map.copyOf(values);
        Set<String> secrets = Set.copyOf(secretKeys);
        return new ConfigSource() {
            @Override
            public Optional<String> origin() {
                return Optional.ofNullable(origin);
            }

            @Override
            public Optional<String> get(String key) {
                return Optional.ofNullable(copy.get(key));
            }

            @Override
            public boolean isSecret(String key) {
                return secrets.contains(key);
            }

            @Override
            public Set<String> keys() {
                return copy.keySet();
            }
        };
    }

    /** The config of the running deployment (real engine or Pulumi's mock engine). */
    static ConfigSource fromDeployment() {
        DeploymentInternal d = DeploymentInternal.getInstance();
        return new ConfigSource() {
            @Override
            public Optional<String> get(String key) {
                return d.getConfig(key);
            }

            @Override
            public boolean isSecret(String key) {
                return d.isConfigSecret(key);
            }

            @Override
            public Set<String> keys() {
                return configKeys(d);
            }
        };
    }

    private static Set<String> configKeys(DeploymentInternal d) {
        // The SDK keeps all config in DeploymentImpl.Config without a public listing; read it where we can (both the
        // real and the mock engine), else from PULUMI_CONFIG (what the language host passes), else the known keys.
        try {
            var m = d.getConfig().getClass().getDeclaredMethod("getAllConfig");
            m.setAccessible(true);
            Object all = m.invoke(d.getConfig());
            if (all instanceof Map<?, ?> map) {
                return map.keySet().stream().map(String::valueOf).collect(java.util.stream.Collectors.toSet());
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // fall through
        }
        String raw = System.getenv("PULUMI_CONFIG");
        if (raw != null && !raw.isBlank()) {
            return com.google.gson.JsonParser.parseString(raw).getAsJsonObject().keySet();
        }
        return ConfigKeys.topLevelKeys().stream().filter(k -> d.getConfig(k).isPresent()).collect(java.util.stream.Collectors.toSet());
    }
}
