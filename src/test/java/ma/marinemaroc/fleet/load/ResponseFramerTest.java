package ma.marinemaroc.fleet.load;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where responses end, whatever way the bytes are split across reads. */
class ResponseFramerTest {
    /** One response as the framer saw it. */
    record Ended(int status, boolean keepAlive, int consumed) {
    }

    /** Feeds {@code text} in pieces cut at {@code cuts}; lists every response that ended and where. */
    static List<Ended> frame(String text, int... cuts) throws ResponseFramer.BadResponse {
        byte[] all = text.getBytes(StandardCharsets.ISO_8859_1);
        ResponseFramer f = new ResponseFramer();
        List<Ended> out = new ArrayList<>();
        int from = 0;
        int consumed = 0;
        for (int i = 0; i <= cuts.length; i++) {
            int to = i < cuts.length ? cuts[i] : all.length;
            ByteBuf in = Unpooled.wrappedBuffer(all, from, to - from);
            while (in.isReadable()) {
                int before = in.readerIndex();
                boolean ended = f.feed(in);
                consumed += in.readerIndex() - before;
                if (ended) {
                    out.add(new Ended(f.status(), f.keepAlive(), consumed));
                }
            }
            from = to;
        }
        return out;
    }

    /** The same bytes cut at every single position, and fed one byte at a time, give the same responses. */
    static List<Ended> everySplit(String text) throws ResponseFramer.BadResponse {
        List<Ended> whole = frame(text);
        for (int cut = 1; cut < text.length(); cut++) {
            assertThat(frame(text, cut)).as("cut at %d", cut).isEqualTo(whole);
        }
        int[] bytes = new int[text.length() - 1];
        for (int i = 0; i < bytes.length; i++) bytes[i] = i + 1;
        assertThat(frame(text, bytes)).as("byte by byte").isEqualTo(whole);
        return whole;
    }

    static final String NGINX = "HTTP/1.1 200 OK\r\nServer: nginx\r\nDate: Wed, 02 Dec 2026 04:16:34 GMT\r\n"
            + "Content-Type: text/plain\r\nContent-Length: 16\r\nConnection: keep-alive\r\n\r\n{\"status\":\"ok\"}\n";

    @Test
    void aContentLengthBodyEndsAfterItsLastByte() throws Exception {
        assertThat(everySplit(NGINX)).containsExactly(new Ended(200, true, NGINX.length()));
    }

    @Test
    void backToBackResponsesEndOneAtATime() throws Exception {
        String second = "HTTP/1.1 503 Service Unavailable\r\ncontent-length: 3\r\nconnection: Close\r\n\r\nbye";
        assertThat(everySplit(NGINX + second)).containsExactly(new Ended(200, true, NGINX.length()),
                new Ended(503, false, NGINX.length() + second.length()));
    }

    @Test
    void aChunkedBodyEndsAfterTheLastChunkAndTrailers() throws Exception {
        String r = "HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "5\r\nhello\r\n1A;name=value\r\nabcdefghijklmnopqrstuvwxyz\r\n0\r\nX-Trailer: yes\r\n\r\n";
        assertThat(everySplit(r)).containsExactly(new Ended(201, true, r.length()));
        String noTrailer = "HTTP/1.1 200 OK\r\ntransfer-encoding: gzip, chunked\r\n\r\n3\r\n\r\n\n\r\n0\r\n\r\n";
        assertThat(everySplit(noTrailer)).containsExactly(new Ended(200, true, noTrailer.length()));
    }

    @Test
    void chunkedWinsOverContentLength() throws Exception {
        String r = "HTTP/1.1 200 OK\r\nContent-Length: 999\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n";
        assertThat(everySplit(r)).containsExactly(new Ended(200, true, r.length()));
    }

    @Test
    void responsesWithoutABodyEndAtTheirHead() throws Exception {
        for (String status : List.of("204 No Content", "304 Not Modified")) {
            String r = "HTTP/1.1 " + status + "\r\nETag: \"x\"\r\n\r\n";
            assertThat(everySplit(r)).containsExactly(new Ended(Integer.parseInt(status.substring(0, 3)), true, r.length()));
        }
        String empty = "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n";
        assertThat(everySplit(empty)).containsExactly(new Ended(200, true, empty.length()));
    }

    @Test
    void anInterimResponseIsSkipped() throws Exception {
        String r = "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a.css>\r\n\r\n" + NGINX;
        assertThat(everySplit(r)).containsExactly(new Ended(200, true, r.length()));
    }

    @Test
    void keepAliveFollowsTheVersionAndConnectionTokens() throws Exception {
        String http10 = "HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok";
        assertThat(frame(http10)).containsExactly(new Ended(200, false, http10.length()));
        assertThat(frame("HTTP/1.0 200 OK\r\nConnection: Keep-Alive\r\nContent-Length: 2\r\n\r\nok"))
                .extracting(Ended::keepAlive).containsExactly(true);
        assertThat(frame("HTTP/1.1 200 OK\r\nConnection: upgrade, close\r\nContent-Length: 2\r\n\r\nok"))
                .extracting(Ended::keepAlive).containsExactly(false);
        assertThat(frame("HTTP/1.1 200 OK\r\nX-Connection: close\r\nContent-Length: 2\r\n\r\nok"))
                .extracting(Ended::keepAlive).containsExactly(true);
        // bare LF line ends are tolerated, like most clients do
        String bareLf = "HTTP/1.1 404 Not Found\nContent-Length: 1\n\nx";
        assertThat(everySplit(bareLf)).containsExactly(new Ended(404, true, bareLf.length()));
    }

    @Test
    void aBodyWithoutLengthRunsToTheClose() throws Exception {
        ResponseFramer f = new ResponseFramer();
        ByteBuf in = Unpooled.copiedBuffer("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nsome body", StandardCharsets.US_ASCII);
        assertThat(f.feed(in)).isFalse();
        assertThat(f.endsAtClose()).isTrue();
        assertThat(f.feed(Unpooled.copiedBuffer("more body".getBytes(StandardCharsets.US_ASCII)))).isFalse();
        assertThat(f.status()).isEqualTo(200);
        assertThat(f.keepAlive()).isFalse();
        f.closed();
        assertThat(f.endsAtClose()).isFalse();
        // an unknown final coding: the body also runs to the close
        ResponseFramer g = new ResponseFramer();
        assertThat(g.feed(Unpooled.copiedBuffer("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n\u001f", StandardCharsets.ISO_8859_1))).isFalse();
        assertThat(g.endsAtClose()).isTrue();
        // a head without its end is not a response yet
        ResponseFramer h = new ResponseFramer();
        assertThat(h.feed(Unpooled.copiedBuffer("HTTP/1.1 200 OK\r\nContent-Len", StandardCharsets.US_ASCII))).isFalse();
        assertThat(h.endsAtClose()).isFalse();
    }

    @Test
    void aLargeBodyIsSkippedAcrossReads() throws Exception {
        String r = "HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n" + "x".repeat(100_000);
        int head = r.length() - 100_000;
        assertThat(frame(r, 10, head, head + 1, head + 65_536)).containsExactly(new Ended(200, true, r.length()));
        String chunked = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + "10000\r\n" + "y".repeat(65_536) + "\r\n0\r\n\r\n";
        assertThat(frame(chunked, 100, 5000, 60_000)).containsExactly(new Ended(200, true, chunked.length()));
    }

    @Test
    void malformedResponsesAreRefused() {
        for (String bad : List.of(
                "SSH-2.0-OpenSSH_9.2\r\n",
                "HTTP/2 200\r\n\r\n",
                "HTTP/1.1 2000 OK\r\n\r\n",
                "HTTP/1.1 099 Odd\r\n\r\n",
                "HTTP/1.1 200 OK\r\nContent-Length: 12abc\r\n\r\n",
                "HTTP/1.1 200 OK\r\nContent-Length:\r\n\r\n",
                "HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n",
                "HTTP/1.1 200 OK\r\nno colon here\r\n\r\n",
                "HTTP/1.1 200 OK\r\n: empty name\r\n\r\n",
                "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
                "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nokX\r\n",
                "HTTP/1.1 200 OK\r\nX-Long: " + "a".repeat(ResponseFramer.MAX_LINE) + "\r\n\r\n",
                "HTTP/1.1 200 OK\r\n" + "X-Many: 0123456789012345678901234567890123456789\r\n".repeat(1400) + "\r\n")) {
            String name = bad.length() > 80 ? bad.substring(0, 80) : bad;
            assertThatThrownBy(() -> frame(bad)).as(name).isInstanceOf(ResponseFramer.BadResponse.class);
            if (bad.length() < 200) {
                for (int cut = 1; cut < bad.length(); cut++) {
                    int at = cut;
                    assertThatThrownBy(() -> frame(bad, at)).as(name + " cut at " + at).isInstanceOf(ResponseFramer.BadResponse.class);
                }
            }
        }
    }
}
