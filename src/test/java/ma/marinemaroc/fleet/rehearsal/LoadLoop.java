package ma.marinemaroc.fleet.rehearsal;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import javax.net.ssl.SSLContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bounded request loop of the upgrade scenarios, run inside the rehearsal host against the edge ({@link InHostProbe}
 * {@code load}): {@value #USERS} clients, each on its own keep-alive HTTP/1.1 connection, request the URLs in turn, each
 * at most one request per {@link #INTERVAL} (together 12 per second: the edge limits one address to 20 API requests per
 * second, burst 60, and answers 429 beyond; the loop stays under it, so a 429 counts as a failure), until the
 * stop file appears, {@code maxRequests} were sent or {@code maxSeconds} passed. A request counts as answered
 * when the status is 200 and the JSON body names the route family of its path ({@code int/v1} or {@code v1}: the API
 * answered, not the console or an error page); anything else (another status, a transport error,
 * a timeout after 10 s, a body of the wrong family) is a failed request. Prints one JSON object: requests, failed, the
 * API versions that answered (with counts) and the first failures.
 */
final class LoadLoop {
    static final int USERS = 2;
    static final Duration INTERVAL = Duration.ofMillis(1000 * USERS / 12);
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** The loop's result as printed. */
    record Summary(int requests, int failed, double seconds, Map<String, Integer> versions, List<String> failures) {
        static Summary parse(String json) {
            return new Gson().fromJson(json.strip(), Summary.class);
        }
    }

    private LoadLoop() {
    }

    static int run(Path stopFile, int maxRequests, int maxSeconds, SSLContext tls, List<String> urls) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(maxSeconds).toNanos();
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        Map<String, Integer> versions = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        long t0 = System.nanoTime();
        List<Thread> users = new ArrayList<>();
        for (int u = 0; u < USERS; u++) {
            int offset = u;
            Thread t = new Thread(() -> {
                HttpClient client = HttpClient.newBuilder().sslContext(tls).version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5)).build();
                for (int i = offset; ; i++) {
                    if (Files.exists(stopFile) || System.nanoTime() > deadline || sent.get() >= maxRequests) return;
                    long started = System.nanoTime();
                    sent.incrementAndGet();
                    String url = urls.get(i % urls.size());
                    String family = URI.create(url).getPath().startsWith("/int/v1") ? "int/v1" : "v1";
                    String problem;
                    String version = null;
                    try {
                        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
                        problem = null;
                        if (r.statusCode() != 200) {
                            problem = "HTTP " + r.statusCode() + ": " + head(r.body());
                        } else {
                            JsonObject body = JsonParser.parseString(r.body()).getAsJsonObject();
                            if (!body.has("family") || !family.equals(body.get("family").getAsString())) {
                                problem = "not the API's " + family + " answer: " + head(r.body());
                            } else {
                                version = body.has("version") ? body.get("version").getAsString() : "?";
                            }
                        }
                    } catch (Exception e) {
                        problem = e.getClass().getSimpleName() + ": " + e.getMessage();
                    }
                    synchronized (versions) {
                        if (problem == null) {
                            versions.merge(version, 1, Integer::sum);
                        } else {
                            failed.incrementAndGet();
                            if (failures.size() < 20) failures.add(String.format("%.1f s %s: %s", (System.nanoTime() - t0) / 1e9, url, problem));
                        }
                    }
                    try {
                        long rest = INTERVAL.toMillis() - (System.nanoTime() - started) / 1_000_000;
                        if (rest > 0) Thread.sleep(rest);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "load-user-" + u);
            t.start();
            users.add(t);
        }
        for (Thread t : users) t.join();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("requests", sent.get());
        out.put("failed", failed.get());
        out.put("seconds", Math.round((System.nanoTime() - t0) / 1e8) / 10.0);
        out.put("versions", versions);
        out.put("failures", failures);
        System.out.println(new Gson().toJson(out));
        return 0;
    }

    private static String head(String body) {
        String s = body == null ? "" : body.strip().replace('\n', ' ');
        return s.length() > 160 ? s.substring(0, 160) + "..." : s;
    }
}
