package ma.marinemaroc.fleet.verify;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link HttpProbe} reads chunked answers (what NGINX sends an HTTP/1.1 client when the upstream gave no length). */
class HttpProbeTest {
    @Test
    void aChunkedAnswerIsDecoded() throws Exception {
        String answer = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
                + "Connection: close\r\n\r\n" + "a\r\n{\"family\":\r\n" + "a;ext=1\r\n\"int/v1\"}\n\r\n" + "0\r\n\r\n";
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Void> serve = CompletableFuture.runAsync(() -> {
                try (Socket s = server.accept()) {
                    InputStream in = s.getInputStream();
                    StringBuilder req = new StringBuilder();
                    while (!req.toString().endsWith("\r\n\r\n")) req.append((char) in.read());
                    OutputStream out = s.getOutputStream();
                    out.write(answer.getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            try (Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
                HttpProbe.Response r = HttpProbe.get(client, "localhost", "/int/v1/", java.util.Map.of("Accept", "application/json"));
                assertThat(r.body()).isEqualTo("{\"family\":\"int/v1\"}\n");
                assertThat(FleetbaseRoutes.classify("row", "/int/v1/", r).status()).isEqualTo(CheckResult.Status.PASS);
            }
            serve.get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aBrokenChunkedBodyIsAnError() {
        assertThatThrownBy(() -> HttpProbe.dechunk("5\r\nab")).hasMessageContaining("truncated");
        assertThatThrownBy(() -> HttpProbe.dechunk("zz\r\nab\r\n0\r\n\r\n")).hasMessageContaining("bad chunk size");
        assertThatThrownBy(() -> HttpProbe.dechunk("2\r\nabc\r\n0\r\n\r\n")).hasMessageContaining("not followed by CRLF");
    }
}
