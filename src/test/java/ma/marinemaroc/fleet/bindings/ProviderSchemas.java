package ma.marinemaroc.fleet.bindings;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Read access to the trimmed provider schemas under {@code src/test/resources/provider-schemas/}
 * (digitalocean 4.76.0, command 1.2.1, tls 5.5.1).
 *
 * <p>Tokens: resource tokens ({@code digitalocean:index/droplet:Droplet}), provider tokens
 * ({@code pulumi:providers:digitalocean}) and object type tokens ({@code command:remote:Connection}).
 * Tokens of other packages (aws, docker, ...) are simply unknown here.
 */
public final class ProviderSchemas {
    /** Providers with a schema fixture. */
    public static final Set<String> PROVIDERS = Set.of("digitalocean", "command", "tls");
    private static final String PROVIDER_PREFIX = "pulumi:providers:";
    private static final Map<String, JsonObject> SCHEMAS = load();

    private ProviderSchemas() {
    }

    /** True for a resource, provider or object-type token of one of {@link #PROVIDERS}. */
    public static boolean isKnownToken(String token) {
        return resource(token).isPresent() || objectType(token).isPresent();
    }

    /** Schema-required inputs ({@code requiredInputs} of a resource, {@code required} of an object type). */
    public static Set<String> requiredInputs(String token) {
        Optional<JsonObject> res = resource(token);
        if (res.isPresent()) {
            return names(res.get().getAsJsonArray("requiredInputs"));
        }
        return names(objectType(token).orElseThrow(() -> unknown(token)).getAsJsonArray("required"));
    }

    /** All input names ({@code inputProperties} of a resource, {@code properties} of an object type). */
    public static Set<String> inputNames(String token) {
        return keys(inputProperties(token));
    }

    /** All output names ({@code properties}). */
    public static Set<String> outputNames(String token) {
        return keys(outputProperties(token));
    }

    /** {@code inputProperties} of a resource/provider, or {@code properties} of an object type. */
    public static JsonObject inputProperties(String token) {
        Optional<JsonObject> res = resource(token);
        if (res.isPresent()) {
            return objectOrEmpty(res.get(), "inputProperties");
        }
        return objectOrEmpty(objectType(token).orElseThrow(() -> unknown(token)), "properties");
    }

    /** {@code properties} of a resource, provider or object type. */
    public static JsonObject outputProperties(String token) {
        Optional<JsonObject> res = resource(token);
        return objectOrEmpty(res.or(() -> objectType(token)).orElseThrow(() -> unknown(token)), "properties");
    }

    /** The resource (or provider) entry of a token. */
    public static Optional<JsonObject> resource(String token) {
        if (token.startsWith(PROVIDER_PREFIX)) {
            JsonObject schema = SCHEMAS.get(token.substring(PROVIDER_PREFIX.length()));
            return schema == null ? Optional.empty() : Optional.of(schema.getAsJsonObject("provider"));
        }
        return entry(token, "resources");
    }

    /** An object type (not an enum) of {@code types}. */
    public static Optional<JsonObject> objectType(String token) {
        return type(token).filter(t -> !t.has("enum"));
    }

    /** Any entry of {@code types} (object or enum). */
    public static Optional<JsonObject> type(String token) {
        return entry(token, "types");
    }

    /** The provider (package) a token belongs to, e.g. {@code digitalocean}. */
    public static String providerOf(String token) {
        if (token.startsWith(PROVIDER_PREFIX)) {
            return token.substring(PROVIDER_PREFIX.length());
        }
        int colon = token.indexOf(':');
        return colon < 0 ? token : token.substring(0, colon);
    }

    /** The release the schema fixture was read from. */
    public static String version(String provider) {
        JsonObject schema = SCHEMAS.get(provider);
        if (schema == null) {
            throw new IllegalArgumentException("no schema fixture for provider " + provider);
        }
        return schema.get("version").getAsString();
    }

    private static Optional<JsonObject> entry(String token, String section) {
        JsonObject schema = SCHEMAS.get(providerOf(token));
        if (schema == null || !schema.has(section)) {
            return Optional.empty();
        }
        JsonElement e = schema.getAsJsonObject(section).get(token);
        return e == null ? Optional.empty() : Optional.of(e.getAsJsonObject());
    }

    private static JsonObject objectOrEmpty(JsonObject o, String key) {
        return o.has(key) ? o.getAsJsonObject(key) : new JsonObject();
    }

    private static Set<String> keys(JsonObject o) {
        return Collections.unmodifiableSet(new TreeSet<>(o.keySet()));
    }

    private static Set<String> names(com.google.gson.JsonArray array) {
        Set<String> out = new TreeSet<>();
        if (array != null) {
            array.forEach(e -> out.add(e.getAsString()));
        }
        return Collections.unmodifiableSet(out);
    }

    private static IllegalArgumentException unknown(String token) {
        return new IllegalArgumentException("token not in the provider schema fixtures: " + token);
    }

    private static Map<String, JsonObject> load() {
        Map<String, JsonObject> out = new LinkedHashMap<>();
        for (String provider : PROVIDERS) {
            String path = "/provider-schemas/" + provider + ".json";
            try (InputStream in = ProviderSchemas.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("missing test resource " + path);
                }
                JsonObject schema = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                        .getAsJsonObject();
                if (!provider.equals(schema.get("name").getAsString())) {
                    throw new IllegalStateException(path + " is not the " + provider + " schema");
                }
                out.put(provider, schema);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Collections.unmodifiableMap(out);
    }
}
