package ma.marinemaroc.fleet.pkg;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonParser;
import com.pulumi.provider.internal.ComponentProvider;
import com.pulumi.provider.internal.Metadata;
import com.pulumi.provider.internal.ResourceProviderService;
import com.pulumi.provider.internal.models.GetSchemaRequest;
import ma.marinemaroc.fleet.components.FleetHost;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Entry point of the multi-language component package {@value #NAME}: serves every component class of
 * {@code ma.marinemaroc.fleet.components} as a Pulumi resource plugin (gRPC: GetPluginInfo, GetSchema, Configure,
 * Construct), with the schema the Java SDK infers from the components' Args classes and the version of
 * {@code package/pom.xml}.
 *
 * <p>The Pulumi CLI starts it through the Java language host ({@code mvn compile exec:java} in {@code package/}, the
 * engine's address as the one argument); the plugin prints the port it listens on as the first line of stdout. This
 * is what the SDK's {@code ComponentProviderHost} does, except that it would always report version 0.0.0.
 *
 * <p>{@code --write-schema FILE} writes the schema as JSON to FILE and exits (offline inspection and CI).
 */
public final class FleetPackage {
    /** The package name: the first segment of every type token ({@code fleet:index:DropletHost}). */
    public static final String NAME = "fleet";
    /** The Java package whose component classes are served (it must hold them directly, not in sub-packages). */
    public static final Package COMPONENTS = FleetHost.class.getPackage();
    static final String VERSION_RESOURCE = "fleet-package.properties";

    private FleetPackage() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length == 2 && args[0].equals("--write-schema")) {
            writeSchema(Path.of(args[1]));
            return;
        }
        ResourceProviderService service;
        try {
            service = service(args);
        } catch (IllegalArgumentException e) {
            System.err.println("fleet component package: " + e.getMessage());
            System.exit(1);
            return;
        }
        service.startAndBlockUntilShutdown();
    }

    /** The plugin's gRPC service for these command-line arguments (not started yet). */
    public static ResourceProviderService service(String[] args) {
        return new ResourceProviderService(engineAddress(args), provider());
    }

    /** The component provider of this package, at the version of {@code package/pom.xml}. */
    public static ComponentProvider provider() {
        return new ComponentProvider(new Metadata(NAME, version(), NAME), COMPONENTS);
    }

    /** The schema as the plugin serves it (pretty-printed JSON). */
    public static String schema() {
        String json = provider().getSchema(new GetSchemaRequest(0, null, null)).join().getSchema();
        return new GsonBuilder().setPrettyPrinting().create().toJson(JsonParser.parseString(json)) + "\n";
    }

    /**
     * The engine's address: the one argument left after the logging flags the engine may add ({@code --logtostderr},
     * {@code -v=N}, {@code --tracing X}, {@code --logflow}), as the SDK's own component provider host reads them.
     */
    public static String engineAddress(String[] args) {
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--logtostderr") || a.equals("--logflow") || a.startsWith("-v=")) continue;
            if (a.equals("--tracing")) {
                i++;
                continue;
            }
            rest.add(a);
        }
        if (rest.size() != 1) {
            throw new IllegalArgumentException("expected the engine's address as the one argument besides logging "
                    + "flags, got " + rest.size() + " (" + String.join(" ", args) + ")");
        }
        return rest.get(0);
    }

    /** The package version, filled in from {@code package/pom.xml} by Maven's resource filtering. */
    public static String version() {
        try (InputStream in = FleetPackage.class.getResourceAsStream(VERSION_RESOURCE)) {
            if (in == null) throw new IllegalStateException(VERSION_RESOURCE + " is missing from the class path");
            Properties p = new Properties();
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            String v = p.getProperty("version", "");
            if (!v.matches("\\d+\\.\\d+\\.\\d+([-+][0-9A-Za-z.-]+)?")) {
                throw new IllegalStateException(VERSION_RESOURCE + " has no semantic version (not filtered by Maven?): '"
                        + v + "'");
            }
            return v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeSchema(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".schema", ".tmp");
        try {
            Files.writeString(tmp, schema());
            if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
