package ma.marinemaroc.fleet.monitoring.scripts;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A minimal SMTP server on 127.0.0.1 for tests: EHLO/HELO, optional STARTTLS or implicit TLS, AUTH PLAIN and
 * LOGIN (checked against one expected user/password), MAIL, RCPT, DATA (dot-unstuffed), RSET, NOOP, QUIT.
 * Every accepted message is recorded.
 */
final class SmtpSink implements AutoCloseable {

    /** How the sink behaves. {@code ssl} is needed for STARTTLS or implicit TLS. */
    record Options(String user, String password, boolean offerStartTls, boolean implicitTls, SSLContext ssl) {
        static Options plain(String user, String password) {
            return new Options(user, password, false, false, null);
        }
    }

    /** One received message; {@code tls} tells whether the session was encrypted when DATA arrived. */
    record Message(String from, List<String> recipients, String data, String authMechanism, String authUser,
                   String authPassword, boolean tls) {
        String header(String name) {
            for (String line : headerBlock().split("\r\n")) {
                if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
                    return line.substring(name.length() + 1).strip();
                }
            }
            return null;
        }

        String headerBlock() {
            int end = data.indexOf("\r\n\r\n");
            return end < 0 ? data : data.substring(0, end);
        }

        String body() {
            int end = data.indexOf("\r\n\r\n");
            return end < 0 ? "" : data.substring(end + 4);
        }
    }

    private final Options options;
    private final ServerSocket server;
    private final List<Message> messages = new CopyOnWriteArrayList<>();
    private final List<String> commands = new CopyOnWriteArrayList<>();
    private final Thread acceptor;
    private volatile CountDownLatch authReached;
    private volatile CountDownLatch authRelease;

    private SmtpSink(Options options) throws IOException {
        this.options = options;
        this.server = new ServerSocket(0, 10, InetAddress.getByName("127.0.0.1"));
        this.acceptor = new Thread(this::acceptLoop, "smtp-sink-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    static SmtpSink start(Options options) throws IOException {
        return new SmtpSink(options);
    }

    int port() {
        return server.getLocalPort();
    }

    List<Message> messages() {
        return List.copyOf(messages);
    }

    /** Every command line received (AUTH payloads included, base64 as sent). */
    List<String> commands() {
        return List.copyOf(commands);
    }

    /** Makes the next successful AUTH wait for {@code release} after counting down {@code reached}. */
    void pauseAfterAuth(CountDownLatch reached, CountDownLatch release) {
        this.authReached = reached;
        this.authRelease = release;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread t = new Thread(() -> session(socket), "smtp-session");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void session(Socket raw) {
        Socket socket = raw;
        try {
            socket.setSoTimeout(30_000);
            boolean tls = false;
            if (options.implicitTls()) {
                socket = upgrade(socket);
                tls = true;
            }
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            reply(out, "220 sink.test ESMTP test sink");
            String from = null;
            List<String> rcpts = new ArrayList<>();
            String mechanism = null;
            String user = null;
            String password = null;
            String line;
            while ((line = readLine(in)) != null) {
                commands.add(line);
                String verb = line.split(" ", 2)[0].toUpperCase(Locale.ROOT);
                switch (verb) {
                    case "EHLO" -> {
                        List<String> caps = new ArrayList<>(List.of("250-sink.test", "250-8BITMIME",
                                "250-AUTH PLAIN LOGIN"));
                        if (options.offerStartTls() && !tls) {
                            caps.add("250-STARTTLS");
                        }
                        caps.add("250 SIZE 10485760");
                        reply(out, String.join("\r\n", caps));
                    }
                    case "HELO" -> reply(out, "250 sink.test");
                    case "STARTTLS" -> {
                        if (!options.offerStartTls() || tls) {
                            reply(out, "502 5.5.1 STARTTLS not offered");
                            continue;
                        }
                        reply(out, "220 2.0.0 Ready to start TLS");
                        socket = upgrade(socket);
                        tls = true;
                        in = socket.getInputStream();
                        out = socket.getOutputStream();
                    }
                    case "AUTH" -> {
                        String[] parts = line.split(" ");
                        mechanism = parts.length > 1 ? parts[1].toUpperCase(Locale.ROOT) : "";
                        String[] creds = "PLAIN".equals(mechanism) ? authPlain(parts, in, out)
                                : "LOGIN".equals(mechanism) ? authLogin(parts, in, out) : null;
                        if (creds == null) {
                            reply(out, "504 5.5.4 mechanism not supported");
                            continue;
                        }
                        user = creds[0];
                        password = creds[1];
                        CountDownLatch reached = authReached;
                        if (reached != null) {
                            authReached = null;
                            reached.countDown();
                            authRelease.await(30, TimeUnit.SECONDS);
                        }
                        if (user.equals(options.user()) && password.equals(options.password())) {
                            reply(out, "235 2.7.0 Authentication successful");
                        } else {
                            reply(out, "535 5.7.8 Authentication credentials invalid");
                        }
                    }
                    case "MAIL" -> {
                        from = address(line);
                        rcpts.clear();
                        reply(out, "250 2.1.0 Ok");
                    }
                    case "RCPT" -> {
                        rcpts.add(address(line));
                        reply(out, "250 2.1.5 Ok");
                    }
                    case "DATA" -> {
                        reply(out, "354 End data with <CR><LF>.<CR><LF>");
                        String data = readData(in);
                        messages.add(new Message(from, List.copyOf(rcpts), data, mechanism, user, password, tls));
                        reply(out, "250 2.0.0 Ok: queued");
                    }
                    case "RSET" -> {
                        from = null;
                        rcpts.clear();
                        reply(out, "250 2.0.0 Ok");
                    }
                    case "NOOP" -> reply(out, "250 2.0.0 Ok");
                    case "QUIT" -> {
                        reply(out, "221 2.0.0 Bye");
                        return;
                    }
                    default -> reply(out, "502 5.5.2 Error: command not recognized");
                }
            }
        } catch (SocketException e) {
            // client went away
        } catch (IOException | InterruptedException e) {
            commands.add("!! session error: " + e);
        } finally {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    private String[] authPlain(String[] parts, InputStream in, OutputStream out) throws IOException {
        String payload = parts.length > 2 ? parts[2] : null;
        if (payload == null) {
            reply(out, "334 ");
            payload = readLine(in);
            commands.add(payload);
        }
        String decoded = new String(Base64.getDecoder().decode(payload), StandardCharsets.UTF_8);
        String[] fields = decoded.split("\0", -1);
        return fields.length == 3 ? new String[] {fields[1], fields[2]} : new String[] {"", ""};
    }

    private String[] authLogin(String[] parts, InputStream in, OutputStream out) throws IOException {
        String userB64 = parts.length > 2 ? parts[2] : null;
        if (userB64 == null) {
            reply(out, "334 VXNlcm5hbWU6");
            userB64 = readLine(in);
            commands.add(userB64);
        }
        reply(out, "334 UGFzc3dvcmQ6");
        String passB64 = readLine(in);
        commands.add(passB64);
        Base64.Decoder d = Base64.getDecoder();
        return new String[] {new String(d.decode(userB64), StandardCharsets.UTF_8),
            new String(d.decode(passB64), StandardCharsets.UTF_8)};
    }

    private Socket upgrade(Socket plain) throws IOException {
        SSLSocket ssl = (SSLSocket) options.ssl().getSocketFactory()
                .createSocket(plain, "127.0.0.1", plain.getPort(), true);
        ssl.setUseClientMode(false);
        ssl.startHandshake();
        return ssl;
    }

    private static String address(String line) {
        int lt = line.indexOf('<');
        int gt = line.indexOf('>', lt + 1);
        return lt >= 0 && gt > lt ? line.substring(lt + 1, gt) : "";
    }

    private static String readData(InputStream in) throws IOException {
        StringBuilder data = new StringBuilder();
        String line;
        while ((line = readLine(in)) != null && !line.equals(".")) {
            data.append(line.startsWith(".") ? line.substring(1) : line).append("\r\n");
        }
        return data.toString();
    }

    /** Reads one CRLF (or LF) terminated line as UTF-8, without the terminator; null at end of stream. */
    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                byte[] bytes = buf.toByteArray();
                int len = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, len, StandardCharsets.UTF_8);
            }
            buf.write(b);
        }
        return buf.size() == 0 ? null : buf.toString(StandardCharsets.UTF_8);
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
