package ma.marinemaroc.fleet.components;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import ma.marinemaroc.fleet.testing.Proc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import pulumirpc.Provider.GetSchemaRequest;
import pulumirpc.ResourceProviderGrpc;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The component package as the Pulumi CLI runs it: {@code package/pom.xml} builds the library from this repository's
 * sources with the library's own dependencies and version, and {@code mvn compile exec:java} in {@code package/}
 * (what the Java language host runs for a {@code runtime: java} plugin) starts a plugin that prints its port and
 * serves the schema over gRPC. The Maven run is offline: {@code .ci/setup.d/70-component-package.sh} resolved and
 * compiled the package first.
 */
class ComponentPackagePluginTest {
    static final Duration START_LIMIT = Duration.ofMinutes(5);

    @Test
    void thePackagePomBuildsTheLibraryFromThisRepositoryWithItsDependencies() throws Exception {
        Poms pkg = Poms.read(Poms.PACKAGE);
        Poms library = Poms.read(Poms.LIBRARY);
        assertThat(pkg.version()).as("package version = library version (the schema's version)").isEqualTo(library.version());

        Map<String, String> libraryDeps = compileDependencies(library);
        Map<String, String> packageDeps = compileDependencies(pkg);
        assertThat(packageDeps).as("package/pom.xml's dependencies = pom.xml's compile dependencies").isEqualTo(libraryDeps);
        assertThat(pkg.managedVersion("com.google.code.gson", "gson")).isEqualTo(library.managedVersion("com.google.code.gson", "gson"));
        assertThat(pkg.dependencies()).as("no test-scoped dependency (a test-scoped grpc-stub crashes the plugin at start)")
                .allSatisfy(d -> assertThat(d.scope()).isEqualTo("compile"));

        Element helper = pkg.plugins().get("build-helper-maven-plugin");
        assertThat(helper).as("build-helper adds the library's sources").isNotNull();
        assertThat(pkg.all(helper, "goal")).contains("add-source");
        assertThat(pkg.all(helper, "source")).containsExactly("${project.basedir}/../src/main/java");
        assertThat(pkg.all(pkg.project(), "directory")).contains("${project.basedir}/src/main/resources",
                "${project.basedir}/../src/main/resources");

        Element exec = pkg.plugins().get("exec-maven-plugin");
        assertThat(pkg.all(exec, "mainClass")).containsExactly(InProcessPlugin.ENTRY_POINT);
        assertThat(exec.getElementsByTagName("commandlineArgs").item(0).getTextContent().trim())
                .as("the language host passes the engine's address in mainArgs").isEqualTo("${mainArgs}");
        assertThat(pkg.property("mainArgs")).isEmpty();
        assertThat(Files.isRegularFile(Poms.PACKAGE_DIR.resolve("src/main/java/"
                + InProcessPlugin.ENTRY_POINT.replace('.', '/') + ".java"))).isTrue();
        assertThat(Files.readString(Poms.PACKAGE_DIR.resolve("PulumiPlugin.yaml"))).isEqualTo("runtime: java\n");
        assertThat(Files.readString(Poms.PACKAGE_DIR.resolve("src/main/resources/ma/marinemaroc/fleet/pkg/fleet-package.properties")))
                .contains("version=${project.version}");
    }

    @Test
    void mavenStartsThePluginWhichPrintsItsPortAndServesTheSchema(@TempDir Path tmp) throws Exception {
        String mvn = Proc.require("mvn");
        Path out = tmp.resolve("plugin.out");
        Path err = tmp.resolve("plugin.err");
        // as the Java language host: mvn compile exec:java in package/, the engine's address (and logging flags) in mainArgs
        Process p = new ProcessBuilder(mvn, "-B", "-ntp", "-o", "-f", Poms.PACKAGE.toString(), "compile", "exec:java",
                "-DmainArgs=127.0.0.1:" + Proc.freePort() + " --logtostderr -v=9")
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            int port = awaitPort(p, out, err);
            ManagedChannel channel = ManagedChannelBuilder.forAddress("127.0.0.1", port).usePlaintext().build();
            try {
                var stub = ResourceProviderGrpc.newBlockingStub(channel).withDeadlineAfter(2, TimeUnit.MINUTES);
                JsonObject served = JsonParser.parseString(stub.getSchema(GetSchemaRequest.newBuilder().build()).getSchema())
                        .getAsJsonObject();
                String version = Poms.read(Poms.PACKAGE).version();
                assertThat(served).isEqualTo(ComponentSchemaTest.analyzerSchema(version));
                ComponentSchemaTest.checkAgainstClasses(served);
            } finally {
                channel.shutdownNow().awaitTermination(10, TimeUnit.SECONDS);
            }
        } finally {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** The first line of stdout that is only a port number (Maven's own log lines come before it). */
    private static int awaitPort(Process p, Path out, Path err) throws Exception {
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<String> port = Files.readAllLines(out).stream().filter(l -> l.matches("\\d{2,5}")).findFirst();
            if (port.isPresent()) return Integer.parseInt(port.get());
            if (!p.isAlive()) break;
            Thread.sleep(200);
        }
        throw new AssertionError("the package's plugin printed no port (" + (p.isAlive() ? "still running after "
                + START_LIMIT : "exited " + p.exitValue()) + "); offline Maven needs .ci/setup.d/70-component-package.sh "
                + "first\n--- stdout\n" + Files.readString(out) + "\n--- stderr\n" + Files.readString(err));
    }

    private static Map<String, String> compileDependencies(Poms pom) {
        return pom.dependencies().stream().filter(d -> d.scope().equals("compile"))
                .collect(Collectors.toMap(Poms.Dependency::key, Poms.Dependency::version, (a, b) -> a, TreeMap::new));
    }

}
