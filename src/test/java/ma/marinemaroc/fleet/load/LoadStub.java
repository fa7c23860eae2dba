package ma.marinemaroc.fleet.load;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A slow and failing upstream on loopback: {@code /slow} answers after {@link #slowMs}, {@code /flaky} answers 500
 * to every second request, anything else 200 at once. Records the Authorization headers it received.
 */
final class LoadStub implements AutoCloseable {
    final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(32);
    final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final AtomicLong flaky = new AtomicLong();
    volatile long slowMs = 700;

    LoadStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
        server.createContext("/", this::handle);
        server.setExecutor(pool);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String auth = ex.getRequestHeaders().getFirst("Authorization");
            if (auth != null) {
                authorizations.add(auth);
            }
            String path = ex.getRequestURI().getPath();
            int status = 200;
            if (path.equals("/slow")) {
                try {
                    Thread.sleep(slowMs);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            } else if (path.equals("/flaky") && flaky.incrementAndGet() % 2 == 0) {
                status = 500;
            }
            byte[] body = ("{\"path\":\"" + path + "\"}").getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(status, body.length);
            ex.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
