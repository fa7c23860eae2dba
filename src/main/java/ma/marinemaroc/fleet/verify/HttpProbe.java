package ma.marinemaroc.fleet.verify;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** A minimal HTTP/1.1 GET over an already connected socket (plain or TLS), with Connection: close. */
final class HttpProbe {
    private static final int MAX_BYTES = 1 << 20;

    /**
     * @param headers   lower-case name to every value
     * @param elapsedMs from sending the request to the end of the response
     */
    record Response(int status, Map<String, List<String>> headers, String body, long elapsedMs) {
        String first(String name) {
            List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
            return v == null || v.isEmpty() ? null : v.get(0);
        }
    }

    private HttpProbe() {
    }

    private static long contentLength(String head) {
        for (String line : head.split("\r\n")) {
            if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                try {
                    return Long.parseLong(line.substring(15).trim());
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        }
        return -1;
    }

    static Response get(Socket socket, String authority, String path) throws IOException {
        return get(socket, authority, path, Map.of());
    }

    /** GET with extra request headers (e.g. Accept, Origin); names and values must be plain ASCII. */
    static Response get(Socket socket, String authority, String path, Map<String, String> extra) throws IOException {
        long start = System.nanoTime();
        OutputStream out = socket.getOutputStream();
        StringBuilder req = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: " + authority + "\r\nUser-Agent: fleet-verify\r\n");
        if (!extra.containsKey("Accept")) {
            req.append("Accept: */*\r\n");
        }
        extra.forEach((k, v) -> req.append(k).append(": ").append(v).append("\r\n"));
        req.append("Connection: close\r\n\r\n");
        out.write(req.toString().getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int n;
        int end = -1;
        long contentLength = -1;
        // Until the server closes (Connection: close), or as soon as a Content-Length body is complete.
        while (all.size() < MAX_BYTES && (n = in.read(buf)) > 0) {
            all.write(buf, 0, n);
            if (end < 0) {
                end = all.toString(StandardCharsets.ISO_8859_1).indexOf("\r\n\r\n");
                if (end >= 0) {
                    contentLength = contentLength(all.toString(StandardCharsets.ISO_8859_1).substring(0, end));
                }
            }
            if (end >= 0 && contentLength >= 0 && all.size() >= end + 4 + contentLength) {
                break;
            }
        }
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        String raw = all.toString(StandardCharsets.ISO_8859_1);
        if (end < 0) {
            throw new IOException("incomplete HTTP response (" + all.size() + " bytes)");
        }
        String[] lines = raw.substring(0, end).split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        if (statusLine.length < 2 || !statusLine[0].startsWith("HTTP/")) {
            throw new IOException("not an HTTP response: " + lines[0]);
        }
        int status;
        try {
            status = Integer.parseInt(statusLine[1]);
        } catch (NumberFormatException e) {
            throw new IOException("bad HTTP status line: " + lines[0]);
        }
        Map<String, List<String>> headers = new TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(lines[i].substring(colon + 1).trim());
            }
        }
        String body = raw.substring(end + 4);
        List<String> coding = headers.getOrDefault("transfer-encoding", List.of());
        if (coding.stream().anyMatch(c -> c.toLowerCase(Locale.ROOT).contains("chunked"))) {
            body = dechunk(body);
        }
        return new Response(status, headers, body, elapsedMs);
    }

    /**
     * The body of a {@code Transfer-Encoding: chunked} message (RFC 9112 section 7.1: hex size, optional extensions,
     * CRLF, data, CRLF, ..., a zero-size chunk, optional trailers). NGINX answers an HTTP/1.1 client in chunks whenever
     * the upstream sent no Content-Length (found by the deploy rehearsal: the API's JSON behind the edge).
     */
    static String dechunk(String chunked) throws IOException {
        StringBuilder out = new StringBuilder();
        int pos = 0;
        while (true) {
            int eol = chunked.indexOf("\r\n", pos);
            if (eol < 0) {
                throw new IOException("truncated chunked body (" + out.length() + " bytes decoded)");
            }
            String sizeLine = chunked.substring(pos, eol);
            int ext = sizeLine.indexOf(';');
            long size;
            try {
                size = Long.parseLong((ext < 0 ? sizeLine : sizeLine.substring(0, ext)).trim(), 16);
            } catch (NumberFormatException e) {
                throw new IOException("bad chunk size line: " + sizeLine);
            }
            if (size == 0) {
                return out.toString();
            }
            int start = eol + 2;
            if (size > chunked.length() - start) {
                throw new IOException("truncated chunked body (" + out.length() + " bytes decoded)");
            }
            out.append(chunked, start, start + (int) size);
            pos = start + (int) size;
            if (!chunked.startsWith("\r\n", pos)) {
                throw new IOException("chunk of " + size + " bytes not followed by CRLF");
            }
            pos += 2;
        }
    }
}
