package ma.marinemaroc.fleet.edge;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An HTTP upstream standing in for the console or the API. Every answer names the upstream and echoes what NGINX
 * forwarded (path, Host, X-Forwarded-*, body length). It also sends headers the edge must strip or override.
 * {@code /health} answers {@link #healthStatus} after {@link #healthDelayMs}; {@code /app.css} is a text asset.
 */
public final class HttpStub implements AutoCloseable {
    public static final String CSS = "body { color: #123456; margin: 0; }\n".repeat(200);

    private final String name;
    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(8);
    private final List<String> paths = new CopyOnWriteArrayList<>();
    public volatile int healthStatus = 200;
    public volatile long healthDelayMs = 0;

    public HttpStub(String name) throws IOException {
        this.name = name;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/", this::handle);
        server.setExecutor(pool);
        server.start();
    }

    public String hostPort() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    public List<String> paths() {
        return paths;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getRawPath()
                    + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery());
            paths.add(path);
            long bodyLength;
            try (InputStream in = ex.getRequestBody()) {
                bodyLength = in.transferTo(OutputStream.nullOutputStream());
            }
            int status = 200;
            String contentType = "text/plain; charset=utf-8";
            String body;
            if (ex.getRequestURI().getPath().equals("/health")) {
                sleep(healthDelayMs);
                status = healthStatus;
                contentType = "application/json";
                body = "{\"status\":\"" + (status == 200 ? "ok" : "error") + "\",\"upstream\":\"" + name + "\"}";
            } else if (ex.getRequestURI().getPath().endsWith(".css")) {
                contentType = "text/css";
                body = CSS;
            } else {
                body = "upstream=" + name + "\n"
                        + "path=" + path + "\n"
                        + "method=" + ex.getRequestMethod() + "\n"
                        + "host=" + header(ex, "Host") + "\n"
                        + "x-forwarded-proto=" + header(ex, "X-Forwarded-Proto") + "\n"
                        + "x-forwarded-for=" + header(ex, "X-Forwarded-For") + "\n"
                        + "x-real-ip=" + header(ex, "X-Real-IP") + "\n"
                        + "body-length=" + bodyLength + "\n";
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", contentType);
            ex.getResponseHeaders().add("X-Upstream", name);
            ex.getResponseHeaders().add("X-Powered-By", "PHP/8.2-stub");
            ex.getResponseHeaders().add("X-Frame-Options", "ALLOWALL");
            ex.sendResponseHeaders(status, bytes.length);
            ex.getResponseBody().write(bytes);
        }
    }

    private static String header(HttpExchange ex, String name) {
        String v = ex.getRequestHeaders().getFirst(name);
        return v == null ? "" : v;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
