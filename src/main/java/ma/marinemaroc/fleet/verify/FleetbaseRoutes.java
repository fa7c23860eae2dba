package ma.marinemaroc.fleet.verify;

import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;

import javax.net.ssl.SSLSocket;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

/**
 * The routes the published console uses (fleetbase/console {@code config/environment.js}: API namespace
 * {@code int/v1} on the page's own origin, socket {@code wss://<host>:38000/socketcluster/}) and the public API
 * ({@code /v1/}, core-api {@code src/routes.php}). An API path must reach the API — which answers JSON to a JSON
 * request, whatever the status — and not the console, which answers any path with its HTML page.
 */
final class FleetbaseRoutes {
    private static final String WS_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    private final Target target;
    private final TlsClient tls;

    FleetbaseRoutes(Target target, TlsClient tls) {
        this.target = target;
        this.tls = tls;
    }

    /** PASS when a JSON answer came back; the console's HTML, a gateway error or anything else FAILs. */
    static CheckResult classify(String row, String path, HttpProbe.Response r) {
        String type = r.first("Content-Type") == null ? "" : r.first("Content-Type").toLowerCase(Locale.ROOT);
        String body = r.body().stripLeading();
        String head = body.substring(0, Math.min(200, body.length())).toLowerCase(Locale.ROOT);
        if (r.status() == 502 || r.status() == 503 || r.status() == 504) {
            return CheckResult.fail(row, "the edge answered " + r.status() + ": the API behind " + path + " is down or unreachable");
        }
        boolean html = type.startsWith("text/html") || head.startsWith("<!doctype html") || head.startsWith("<html");
        if (html) {
            return CheckResult.fail(row, r.status() + " " + (type.isEmpty() ? "" : type + " ")
                    + "HTML: " + path + " reaches the console (or an error page), not the API");
        }
        if (type.contains("json") && (body.startsWith("{") || body.startsWith("["))) {
            try {
                JsonParser.parseString(body);
                return CheckResult.pass(row, "the API answered " + r.status() + " with JSON (" + type + ")");
            } catch (JsonSyntaxException e) {
                return CheckResult.fail(row, r.status() + " " + type + " but the body is not JSON: " + e.getMessage());
            }
        }
        return CheckResult.fail(row, r.status() + " " + (type.isEmpty() ? "without Content-Type" : type)
                + ": neither the API's JSON nor the console's HTML");
    }

    CheckResult api(String path) {
        String row = "GET " + path + " reaches the API";
        try (SSLSocket s = tls.connectModern()) {
            HttpProbe.Response r = HttpProbe.get(s, target.authority(target.httpsPort(), true), path,
                    Map.of("Accept", "application/json"));
            return classify(row, path, r);
        } catch (IOException | GeneralSecurityException e) {
            return CheckResult.fail(row, e.toString());
        }
    }

    /** A websocket handshake over TLS on {@code port}: 101 with the right Sec-WebSocket-Accept. */
    CheckResult websocket(int port, String path) {
        String row = "wss://" + target.host() + ":" + port + path + " upgrades";
        byte[] nonce = new byte[16];
        new SecureRandom().nextBytes(nonce);
        String key = Base64.getEncoder().encodeToString(nonce);
        RecordingTrustManager recorder = tls.newRecorder();
        try (SSLSocket s = tls.connect(port, TlsClient.MODERN, recorder)) {
            if (recorder.problem() != null) {
                return CheckResult.fail(row, "TLS on " + port + " not trusted: " + recorder.problem().getMessage());
            }
            String origin = target.httpsOrigin();
            s.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + target.authority(port, true) + "\r\n"
                    + "User-Agent: fleet-verify\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + key
                    + "\r\nSec-WebSocket-Version: 13\r\nOrigin: " + origin + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            String head = readHead(s.getInputStream());
            String[] lines = head.split("\r\n");
            String[] status = lines[0].split(" ", 3);
            if (status.length < 2 || !status[0].startsWith("HTTP/")) {
                return CheckResult.fail(row, "not an HTTP answer: " + lines[0]);
            }
            String accept = null;
            for (String line : lines) {
                if (line.toLowerCase(Locale.ROOT).startsWith("sec-websocket-accept:")) {
                    accept = line.substring(line.indexOf(':') + 1).trim();
                }
            }
            if (!status[1].equals("101")) {
                return CheckResult.fail(row, "answered " + lines[0].trim() + " instead of 101 Switching Protocols");
            }
            String expected = acceptFor(key);
            return expected.equals(accept)
                    ? CheckResult.pass(row, "101 Switching Protocols over " + s.getSession().getProtocol())
                    : CheckResult.fail(row, "101 but Sec-WebSocket-Accept " + accept + ", expected " + expected);
        } catch (ConnectException e) {
            return CheckResult.fail(row, "nothing accepts TLS connections on port " + port + " (" + e.getMessage() + ")");
        } catch (SocketTimeoutException e) {
            return CheckResult.fail(row, "no answer on port " + port + " within " + target.timeoutMs() + " ms");
        } catch (IOException | GeneralSecurityException e) {
            return CheckResult.fail(row, e.toString());
        }
    }

    static String acceptFor(String key) {
        try {
            byte[] sha1 = MessageDigest.getInstance("SHA-1").digest((key + WS_GUID).getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(sha1);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The response head up to the blank line (at most 64 KiB). */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int state = 0;
        int b;
        while (head.size() < 65536 && (b = in.read()) >= 0) {
            head.write(b);
            state = (b == '\r' && (state == 0 || state == 2)) ? state + 1 : (b == '\n' && (state == 1 || state == 3)) ? state + 1 : 0;
            if (state == 4) {
                break;
            }
        }
        if (head.size() == 0) {
            throw new IOException("the connection closed without an answer");
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }
}
