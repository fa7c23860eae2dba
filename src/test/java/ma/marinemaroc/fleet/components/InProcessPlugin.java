package ma.marinemaroc.fleet.components;

import com.pulumi.provider.internal.ResourceProviderService;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Server;
import pulumirpc.ResourceProviderGrpc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * The component package's real entry point ({@code package/src/main/java}), compiled against the test class path
 * with its resources filtered as Maven filters them, started in this JVM on a daemon thread: its gRPC service
 * listens on a port the system picks, as the plugin does under the Pulumi CLI. Closing it stops the server.
 */
final class InProcessPlugin implements AutoCloseable {
    static final String ENTRY_POINT = "ma.marinemaroc.fleet.pkg.FleetPackage";

    private final URLClassLoader loader;
    private final Server server;
    private final Thread thread;
    private final ManagedChannel channel;

    private InProcessPlugin(URLClassLoader loader, Server server, Thread thread) {
        this.loader = loader;
        this.server = server;
        this.thread = thread;
        this.channel = ManagedChannelBuilder.forAddress("127.0.0.1", server.getPort()).usePlaintext().build();
    }

    /** The entry point class, compiled into {@code work} from the package's sources. */
    static Class<?> entryPoint(Path work) {
        Path classes = work.resolve("package-classes");
        Javac.compile(Javac.sourcesUnder(Poms.PACKAGE_DIR.resolve("src/main/java")), classes);
        copyFilteredResources(Poms.PACKAGE_DIR.resolve("src/main/resources"), classes, Poms.read(Poms.PACKAGE).version());
        try {
            return Class.forName(ENTRY_POINT, true, Javac.loader(classes));
        } catch (ClassNotFoundException e) {
            throw new AssertionError("package/src/main/java has no " + ENTRY_POINT, e);
        }
    }

    /** Starts the entry point's service with these command-line arguments, as {@code main} does. */
    static InProcessPlugin start(Path work, String... args) throws Exception {
        Class<?> main = entryPoint(work);
        var service = (ResourceProviderService) main.getMethod("service", String[].class).invoke(null, (Object) args);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                service.startAndBlockUntilShutdown();
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "fleet-component-package");
        t.setDaemon(true);
        t.start();
        // The SDK keeps the started server in a package-private field (1.36.1): read it to learn the port and to stop it.
        Field f = ResourceProviderService.class.getDeclaredField("server");
        f.setAccessible(true);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (f.get(service) == null) {
            if (failure.get() != null) throw new AssertionError("the plugin did not start", failure.get());
            if (System.nanoTime() > deadline) throw new AssertionError("the plugin did not start within 60 s");
            Thread.sleep(20);
        }
        return new InProcessPlugin((URLClassLoader) main.getClassLoader(), (Server) f.get(service), t);
    }

    int port() {
        return server.getPort();
    }

    ResourceProviderGrpc.ResourceProviderBlockingStub stub() {
        return ResourceProviderGrpc.newBlockingStub(channel).withDeadlineAfter(2, TimeUnit.MINUTES);
    }

    @Override
    public void close() throws Exception {
        channel.shutdownNow().awaitTermination(10, TimeUnit.SECONDS);
        server.shutdownNow().awaitTermination(10, TimeUnit.SECONDS);
        thread.join(TimeUnit.SECONDS.toMillis(10));
        loader.close();
    }

    /** Copies {@code from} into {@code to}, replacing {@code ${project.version}} as Maven's resource filtering does. */
    static void copyFilteredResources(Path from, Path to, String version) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                Files.createDirectories(dest.getParent());
                Files.writeString(dest, Files.readString(p).replace("${project.version}", version));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
