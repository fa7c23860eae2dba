package ma.marinemaroc.fleet.verify;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import ma.marinemaroc.fleet.edge.EdgeFixture;
import ma.marinemaroc.fleet.edge.Upstreams;
import ma.marinemaroc.fleet.edge.WebSocketStub;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;

/**
 * The test edge (EdgeFixture: real nginx, the rendered config) in front of upstreams that answer like Fleetbase's: the
 * console serves its HTML page on every path, the API answers JSON (also its errors), the socket upgrades. The
 * console's websocket listener is the fixture's {@code websocketPort} (38000 in production).
 */
final class FleetbaseEdge implements AutoCloseable {
    final Stub console = new Stub("console");
    final Stub api = new Stub("api");
    final WebSocketStub socket = new WebSocketStub();
    final int socketPort;
    final EdgeFixture edge;

    FleetbaseEdge(Path dir, UnaryOperator<String> siteConf) throws IOException {
        this(dir, siteConf, UnaryOperator.identity());
    }

    /** @param siteConf applied to every rendered file (the site's settings live in fleet.conf and its snippets) */
    FleetbaseEdge(Path dir, UnaryOperator<String> siteConf, UnaryOperator<EdgeFixture.Builder> builder) throws IOException {
        edge = builder.apply(EdgeFixture.builder())
                .site(s -> s.upstreams(new Upstreams(console.hostPort(), api.hostPort(), socket.hostPort())))
                .mutate(files -> {
                    Map<String, String> copy = new LinkedHashMap<>(files);
                    copy.replaceAll((k, v) -> siteConf.apply(v));
                    return copy;
                })
                .start(dir);
        socketPort = edge.websocketPort;
    }

    /**
     * The seed plan's edge: no API families ({@code /int/}, {@code /v1/} fall through to the console) and no listener
     * for the console's websocket.
     */
    static String withoutFleetbaseRoutes(String conf) {
        String out = conf.replaceAll("(?s)\\n    # [^\\n]*-> the API\\n    location \\^~ /(int|v1)/ \\{.*?\\n    \\}\\n", "\n");
        int ws = out.indexOf("\n# The console's websocket");
        return ws < 0 ? out : out.substring(0, ws + 1);
    }

    @Override
    public void close() throws IOException {
        edge.close();
        console.close();
        api.close();
        socket.close();
    }

    /**
     * {@code console}: {@code text/html} page on every path. {@code api}: JSON on every path ({@code /health} with
     * {@link #healthStatus} after {@link #healthDelayMs}), {@code X-Powered-By: PHP/8.2.7} like PHP's default.
     * {@link #setCookie} and {@link #corsEcho} make deliberately weak answers.
     */
    static final class Stub implements AutoCloseable {
        private final String name;
        private final HttpServer server;
        private final ExecutorService pool = Executors.newFixedThreadPool(8);
        volatile int healthStatus = 200;
        volatile long healthDelayMs;
        volatile String setCookie;
        volatile boolean corsEcho;

        Stub(String name) throws IOException {
            this.name = name;
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
            server.createContext("/", this::handle);
            server.setExecutor(pool);
            server.start();
        }

        String hostPort() {
            return "127.0.0.1:" + server.getAddress().getPort();
        }

        private void handle(HttpExchange ex) throws IOException {
            try (ex) {
                try (InputStream in = ex.getRequestBody()) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
                String path = ex.getRequestURI().getPath();
                int status = 200;
                String type;
                String body;
                if (name.equals("console")) {
                    type = "text/html; charset=utf-8";
                    body = "<!DOCTYPE html>\n<html><head><title>Fleetbase</title></head><body><script src=\"/assets/console.js\"></script></body></html>\n";
                } else if (path.equals("/health")) {
                    sleep(healthDelayMs);
                    status = healthStatus;
                    type = "application/json";
                    body = "{\"status\":\"" + (status == 200 ? "ok" : "error") + "\"}";
                } else {
                    // Laravel's answer to an unknown route when the client asks for JSON
                    status = 404;
                    type = "application/json";
                    body = "{\"message\":\"The route " + path.substring(1) + " could not be found.\"}";
                    ex.getResponseHeaders().add("X-Powered-By", "PHP/8.2.7");
                }
                if (setCookie != null) {
                    ex.getResponseHeaders().add("Set-Cookie", setCookie);
                }
                String origin = ex.getRequestHeaders().getFirst("Origin");
                if (corsEcho && origin != null) {
                    ex.getResponseHeaders().add("Access-Control-Allow-Origin", origin);
                    ex.getResponseHeaders().add("Access-Control-Allow-Credentials", "true");
                }
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().add("Content-Type", type);
                ex.sendResponseHeaders(status, bytes.length);
                ex.getResponseBody().write(bytes);
            }
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
}
