package ma.marinemaroc.fleet.rehearsal;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * Clients run <em>inside</em> the rehearsal host ({@code java -cp <test classpath>} through nsenter), trusting only the
 * CA file:
 * <ul>
 *   <li>{@code InHostProbe ws URL ORIGIN CA_FILE}: opens a websocket with an {@code Origin} header, sends a text and
 *   expects it back; prints what happened; exit 0 when the echo came back.</li>
 *   <li>{@code InHostProbe load STOP_FILE MAX_REQUESTS MAX_SECONDS CA_FILE URL...}: the bounded request loop of the
 *   upgrade scenarios ({@link LoadLoop}).</li>
 * </ul>
 */
public final class InHostProbe {
    private InHostProbe() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length >= 6 && args[0].equals("load")) {
            System.exit(LoadLoop.run(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]), tls(Path.of(args[4])),
                    java.util.Arrays.asList(args).subList(5, args.length)));
        }
        if (args.length != 4 || !args[0].equals("ws")) {
            System.err.println("usage: InHostProbe ws URL ORIGIN CA_FILE | load STOP_FILE MAX_REQUESTS MAX_SECONDS CA_FILE URL...");
            System.exit(2);
        }
        SSLContext tls = tls(Path.of(args[3]));
        HttpClient client = HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(5)).build();
        CompletableFuture<String> echo = new CompletableFuture<>();
        WebSocket ws;
        try {
            ws = client.newWebSocketBuilder().header("Origin", args[2]).connectTimeout(Duration.ofSeconds(5))
                    .buildAsync(URI.create(args[1]), new WebSocket.Listener() {
                        private final StringBuilder text = new StringBuilder();

                        @Override
                        public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                            text.append(data);
                            if (last) echo.complete(text.toString());
                            w.request(1);
                            return null;
                        }
                    }).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            System.out.println("upgrade failed: " + e);
            System.exit(1);
            return;
        }
        System.out.println("upgraded");
        String sent = "rehearsal-" + System.nanoTime();
        ws.sendText(sent, true);
        String got = echo.get(10, TimeUnit.SECONDS);
        System.out.println(got.equals(sent) ? "echoed" : "unexpected answer: " + got);
        ws.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        System.exit(got.equals(sent) ? 0 : 1);
    }

    /** A TLS context trusting only the certificates in {@code caFile}. */
    static SSLContext tls(Path caFile) throws Exception {
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        try (InputStream in = Files.newInputStream(caFile)) {
            int i = 0;
            for (var cert : CertificateFactory.getInstance("X.509").generateCertificates(in)) trust.setCertificateEntry("ca" + i++, cert);
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, tmf.getTrustManagers(), null);
        return tls;
    }
}
