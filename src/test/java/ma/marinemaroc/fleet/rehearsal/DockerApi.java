package ma.marinemaroc.fleet.rehearsal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.URLEncoder;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A small Docker Engine API client over the daemon's unix socket (HTTP/1.1, one connection per request): the calls
 * pulumi-docker's provider makes for networks, volumes and containers, plus image import/inspect and exec for the
 * rehearsal's own checks. API version 1.41 (Docker 20.10, the daemon the rehearsal runs).
 */
public final class DockerApi {
    static final String VERSION = "/v1.41";

    /** A response: status and body. */
    public record Response(int status, byte[] body) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public JsonElement json() {
            return body.length == 0 ? new JsonObject() : JsonParser.parseString(text());
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** Output and exit code of a command run in a container. */
    public record ExecResult(int exit, String out, String err) {
        public String all() {
            return out + err;
        }
    }

    /** The daemon refused a request: the status and the daemon's message (what pulumi-docker reports). */
    public static final class DockerException extends RuntimeException {
        private final int status;

        DockerException(String what, Response r) {
            super(what + ": HTTP " + r.status() + " " + message(r));
            this.status = r.status();
        }

        public int status() {
            return status;
        }

        private static String message(Response r) {
            try {
                JsonElement j = r.json();
                if (j.isJsonObject() && j.getAsJsonObject().has("message")) return j.getAsJsonObject().get("message").getAsString();
            } catch (RuntimeException ignored) {
                // not JSON: the raw text below
            }
            return r.text().trim();
        }
    }

    private final Path socket;

    public DockerApi(Path socket) {
        this.socket = socket;
    }

    public Path socket() {
        return socket;
    }

    // ---- images

    public JsonObject imageInspect(String ref) {
        Response r = call("GET", "/images/" + ref + "/json", null);
        if (r.status() == 404) return null;
        return check("inspect image " + ref, r).json().getAsJsonObject();
    }

    /** {@code docker import}: a root filesystem tar as repo:tag with Dockerfile-style changes (ENV, CMD, LABEL...). */
    public void importImage(Path tar, String repo, String tag, List<String> changes) {
        StringBuilder q = new StringBuilder("/images/create?fromSrc=-&repo=").append(enc(repo)).append("&tag=").append(enc(tag));
        changes.forEach(c -> q.append("&changes=").append(enc(c)));
        Response r = upload("POST", q.toString(), tar, "application/x-tar");
        check("import " + repo + ":" + tag, r);
        // the answer is a stream of JSON progress messages; a failure is one with "error"
        for (String line : r.text().split("\n")) {
            if (line.contains("\"error\"")) throw new IllegalStateException("import " + repo + ":" + tag + " failed: " + line);
        }
    }

    // ---- networks and volumes

    public String networkCreate(JsonObject body) {
        return check("create network " + body.get("Name"), call("POST", "/networks/create", body)).json()
                .getAsJsonObject().get("Id").getAsString();
    }

    public JsonObject networkInspect(String idOrName) {
        Response r = call("GET", "/networks/" + enc(idOrName), null);
        if (r.status() == 404) return null;
        return check("inspect network " + idOrName, r).json().getAsJsonObject();
    }

    public void networkRemove(String idOrName) {
        check("remove network " + idOrName, call("DELETE", "/networks/" + enc(idOrName), null));
    }

    public void networkConnect(String network, String container, JsonObject endpointConfig) {
        JsonObject body = new JsonObject();
        body.addProperty("Container", container);
        body.add("EndpointConfig", endpointConfig);
        check("connect " + container + " to " + network, call("POST", "/networks/" + enc(network) + "/connect", body));
    }

    public void networkDisconnect(String network, String container) {
        JsonObject body = new JsonObject();
        body.addProperty("Container", container);
        body.addProperty("Force", false);
        check("disconnect " + container + " from " + network, call("POST", "/networks/" + enc(network) + "/disconnect", body));
    }

    public String volumeCreate(JsonObject body) {
        return check("create volume " + body.get("Name"), call("POST", "/volumes/create", body)).json()
                .getAsJsonObject().get("Name").getAsString();
    }

    public JsonObject volumeInspect(String name) {
        Response r = call("GET", "/volumes/" + enc(name), null);
        if (r.status() == 404) return null;
        return check("inspect volume " + name, r).json().getAsJsonObject();
    }

    public void volumeRemove(String name) {
        check("remove volume " + name, call("DELETE", "/volumes/" + enc(name), null));
    }

    public List<String> volumeNames() {
        JsonElement vols = check("list volumes", call("GET", "/volumes", null)).json().getAsJsonObject().get("Volumes");
        List<String> out = new ArrayList<>();
        if (vols != null && vols.isJsonArray()) vols.getAsJsonArray().forEach(v -> out.add(v.getAsJsonObject().get("Name").getAsString()));
        return out;
    }

    // ---- containers

    public String containerCreate(String name, JsonObject body) {
        return check("create container " + name, call("POST", "/containers/create?name=" + enc(name), body)).json()
                .getAsJsonObject().get("Id").getAsString();
    }

    public void containerStart(String id) {
        Response r = call("POST", "/containers/" + enc(id) + "/start", null);
        if (r.status() != 304) check("start container " + id, r);
    }

    public void containerStop(String id, int seconds) {
        Response r = call("POST", "/containers/" + enc(id) + "/stop?t=" + seconds, null);
        if (r.status() != 304 && r.status() != 404) check("stop container " + id, r);
    }

    public void containerRestart(String id, int seconds) {
        check("restart container " + id, call("POST", "/containers/" + enc(id) + "/restart?t=" + seconds, null));
    }

    /** Force-removes a container (pulumi-docker: {@code ContainerRemove(Force: true)}); absent is fine. */
    public void containerRemove(String id, boolean removeAnonymousVolumes) {
        Response r = call("DELETE", "/containers/" + enc(id) + "?force=true&v=" + removeAnonymousVolumes, null);
        if (r.status() != 404) check("remove container " + id, r);
    }

    public void containerUpdate(String id, JsonObject body) {
        check("update container " + id, call("POST", "/containers/" + enc(id) + "/update", body));
    }

    public JsonObject containerInspect(String idOrName) {
        Response r = call("GET", "/containers/" + enc(idOrName) + "/json", null);
        if (r.status() == 404) return null;
        return check("inspect container " + idOrName, r).json().getAsJsonObject();
    }

    /** Names (without the leading slash) of all containers, running or not. */
    public List<String> containerNames() {
        JsonArray list = check("list containers", call("GET", "/containers/json?all=true", null)).json().getAsJsonArray();
        List<String> out = new ArrayList<>();
        list.forEach(c -> c.getAsJsonObject().getAsJsonArray("Names").forEach(n -> out.add(n.getAsString().replaceFirst("^/", ""))));
        return out;
    }

    /** The last lines of a container's log (stdout and stderr). */
    public String logs(String id, int tail) {
        Response r = call("GET", "/containers/" + enc(id) + "/logs?stdout=true&stderr=true&tail=" + tail, null);
        if (r.status() == 404) return "";
        ExecResult demuxed = demux(check("logs of " + id, r).body());
        return demuxed.out() + demuxed.err();
    }

    /** Runs a command in a running container (no TTY) and waits for it; the rehearsal's checks, not the provider's. */
    public ExecResult exec(String container, List<String> cmd, Map<String, String> env) {
        JsonObject create = new JsonObject();
        create.addProperty("AttachStdout", true);
        create.addProperty("AttachStderr", true);
        create.add("Cmd", strings(cmd));
        JsonArray e = new JsonArray();
        env.forEach((k, v) -> e.add(k + "=" + v));
        create.add("Env", e);
        String id = check("exec in " + container, call("POST", "/containers/" + enc(container) + "/exec", create)).json()
                .getAsJsonObject().get("Id").getAsString();
        JsonObject start = new JsonObject();
        start.addProperty("Detach", false);
        start.addProperty("Tty", false);
        Response r = check("start exec in " + container, call("POST", "/exec/" + id + "/start", start));
        ExecResult out = demux(r.body());
        int exit = check("inspect exec", call("GET", "/exec/" + id + "/json", null)).json().getAsJsonObject()
                .get("ExitCode").getAsInt();
        return new ExecResult(exit, out.out(), out.err());
    }

    public ExecResult exec(String container, String... cmd) {
        return exec(container, List.of(cmd), Map.of());
    }

    // ---- transport

    static JsonArray strings(List<String> l) {
        JsonArray a = new JsonArray();
        l.forEach(a::add);
        return a;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static Response check(String what, Response r) {
        if (!r.ok()) throw new DockerException(what, r);
        return r;
    }

    /** Docker's multiplexed stream (8-byte frame headers: stream 1 stdout, 2 stderr) split into its two streams. */
    static ExecResult demux(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int i = 0;
        while (i + 8 <= raw.length) {
            int stream = raw[i];
            int len = ByteBuffer.wrap(raw, i + 4, 4).getInt();
            int end = Math.min(raw.length, i + 8 + len);
            (stream == 2 ? err : out).write(raw, i + 8, end - i - 8);
            i = end;
        }
        return new ExecResult(0, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    Response call(String method, String path, JsonObject body) {
        byte[] payload = body == null ? new byte[0] : body.toString().getBytes(StandardCharsets.UTF_8);
        try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            ch.connect(UnixDomainSocketAddress.of(socket));
            writeAll(ch, head(method, path, payload.length, body == null ? null : "application/json"));
            writeAll(ch, payload);
            return read(Channels.newInputStream(ch));
        } catch (IOException e) {
            throw new UncheckedIOException("docker " + method + " " + path + " over " + socket, e);
        }
    }

    private Response upload(String method, String path, Path file, String contentType) {
        try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX);
             FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            ch.connect(UnixDomainSocketAddress.of(socket));
            long size = in.size();
            writeAll(ch, head(method, path, size, contentType));
            long pos = 0;
            try {
                while (pos < size) pos += in.transferTo(pos, size - pos, ch);
            } catch (IOException e) {
                // the daemon answered (an error) before taking the whole body: report its answer
                Response early = read(Channels.newInputStream(ch));
                throw new DockerException(method + " " + path + " (after " + pos + " of " + size + " bytes)", early);
            }
            return read(Channels.newInputStream(ch));
        } catch (IOException e) {
            throw new UncheckedIOException("docker " + method + " " + path + " with " + file, e);
        }
    }

    private static byte[] head(String method, String path, long length, String contentType) {
        StringBuilder h = new StringBuilder(method).append(' ').append(VERSION).append(path).append(" HTTP/1.1\r\n")
                .append("Host: docker\r\nConnection: close\r\nContent-Length: ").append(length).append("\r\n");
        if (contentType != null) h.append("Content-Type: ").append(contentType).append("\r\n");
        return h.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static void writeAll(SocketChannel ch, byte[] bytes) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        while (b.hasRemaining()) ch.write(b);
    }

    private static Response read(InputStream in) throws IOException {
        String status = line(in);
        String[] parts = status.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) throw new IOException("not an HTTP answer: " + status);
        Map<String, String> headers = new TreeMap<>();
        for (String l = line(in); !l.isEmpty(); l = line(in)) {
            int c = l.indexOf(':');
            if (c > 0) headers.put(l.substring(0, c).trim().toLowerCase(Locale.ROOT), l.substring(c + 1).trim());
        }
        byte[] body;
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            while (true) {
                String size = line(in).split(";", 2)[0].trim();
                int n = Integer.parseInt(size, 16);
                if (n == 0) break;
                out.write(in.readNBytes(n));
                line(in);
            }
            body = out.toByteArray();
        } else if (headers.containsKey("content-length")) {
            body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
        } else {
            body = in.readAllBytes();
        }
        return new Response(Integer.parseInt(parts[1]), body);
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            if (c != '\r') b.write(c);
        }
        return b.toString(StandardCharsets.ISO_8859_1);
    }
}
