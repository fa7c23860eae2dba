package ma.marinemaroc.fleet.load;

import io.netty.buffer.ByteBuf;

import java.io.IOException;
import java.util.Arrays;

/**
 * Finds where each HTTP/1.1 response ends in the bytes of one connection, reading only what that takes (RFC 9112):
 * the status code, the {@code Content-Length}, {@code Transfer-Encoding} and {@code Connection} headers, and the
 * chunk sizes of a chunked body. No header or body is kept and nothing is allocated per response: the lines are
 * parsed in a byte-array copy of the next 2 KiB at most of each read, bodies are skipped in place. Fed incrementally, one connection's bytes in order; one response at a time (the
 * generator never pipelines). The generator sends only GET, so a 204 or 304 has no body and a 1xx other than 101 is
 * an interim answer that the final response follows.
 *
 * <p>Why not Netty's {@code HttpResponseDecoder}: it builds a header map and strings for every line of every
 * response, which measured as the largest share of the generator's own CPU time per request (README "Measured").
 *
 * <p>Limits like Netty's decoder's: a line of at most 8 KiB, a head (status line and headers, or trailers) of at most
 * 64 KiB. Anything malformed is a {@link BadResponse}.
 */
final class ResponseFramer {
    static final int MAX_LINE = 8192;
    static final int MAX_HEAD = 65536;
    private static final int WINDOW = 2048;
    private static final long MAX_LENGTH = 1L << 50;

    /** The bytes are not an HTTP/1.x response (or exceed a limit). */
    static final class BadResponse extends IOException {
        BadResponse(String message) {
            super(message);
        }
    }

    private enum State { STATUS, HEADERS, LENGTH, CHUNK_SIZE, CHUNK_DATA, CHUNK_END, TRAILERS, UNTIL_CLOSE }

    private static final byte[] HTTP_1 = {'H', 'T', 'T', 'P', '/', '1', '.'};
    private static final byte[] CONTENT_LENGTH = bytes("content-length");
    private static final byte[] TRANSFER_ENCODING = bytes("transfer-encoding");
    private static final byte[] CONNECTION = bytes("connection");
    private static final byte[] CHUNKED = bytes("chunked");
    private static final byte[] CLOSE = bytes("close");
    private static final byte[] KEEP_ALIVE = bytes("keep-alive");

    private State state = State.STATUS;
    /** Where lines are parsed: a copy of the next bytes of the connection. */
    private final byte[] window = new byte[WINDOW];
    /** The start of a line that did not end in the bytes read so far; allocated for the first such line. */
    private byte[] partial;
    private int partialLength;
    private int headBytes;
    private int status;
    private boolean http10;
    private long contentLength;
    private boolean transferEncoding;
    private boolean chunked;
    private boolean closeToken;
    private boolean keepAliveToken;
    private boolean keepAlive;
    private long remaining;

    /** Status code of the response that ended last (or whose body runs to the end of the connection). */
    int status() {
        return status;
    }

    /** Whether the connection can carry the next request after the response that ended last. */
    boolean keepAlive() {
        return keepAlive;
    }

    /** The current response's body runs until the server closes the connection (no length, not chunked). */
    boolean endsAtClose() {
        return state == State.UNTIL_CLOSE;
    }

    /**
     * Consumes bytes of {@code in} up to the end of the current response.
     *
     * @return true when a response ended; {@code in}'s reader index is then just after its last byte
     */
    boolean feed(ByteBuf in) throws BadResponse {
        while (in.isReadable()) {
            switch (state) {
                case LENGTH, CHUNK_DATA -> {
                    int n = (int) Math.min(remaining, in.readableBytes());
                    in.skipBytes(n);
                    remaining -= n;
                    if (remaining == 0) {
                        if (state == State.LENGTH) {
                            return finish();
                        }
                        state = State.CHUNK_END;
                    }
                }
                case UNTIL_CLOSE -> in.skipBytes(in.readableBytes());
                default -> {
                    // lines: one copy of a window into a byte array, parsed there (a ByteBuf's getByte checks
                    // bounds and reference count on every call)
                    int base = in.readerIndex();
                    int n = Math.min(in.readableBytes(), window.length);
                    in.getBytes(base, window, 0, n);
                    int pos = 0;
                    boolean ended = false;
                    while (pos < n && !ended && inLines()) {
                        int lf = indexOf(window, pos, n, (byte) '\n');
                        if (lf < 0) {
                            append(window, pos, n - pos);
                            pos = n;
                        } else if (partialLength > 0) {
                            append(window, pos, lf - pos);
                            pos = lf + 1;
                            int length = partialLength;
                            partialLength = 0;
                            ended = line(partial, 0, length);
                        } else {
                            ended = line(window, pos, lf);
                            pos = lf + 1;
                        }
                    }
                    in.readerIndex(base + pos);
                    if (ended) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private boolean inLines() {
        return state != State.LENGTH && state != State.CHUNK_DATA && state != State.UNTIL_CLOSE;
    }

    private void append(byte[] from, int start, int length) throws BadResponse {
        if (partialLength + length > MAX_LINE) {
            throw new BadResponse("a line of the response is longer than " + MAX_LINE + " bytes");
        }
        if (partial == null || partial.length < partialLength + length) {
            partial = Arrays.copyOf(partial == null ? new byte[0] : partial, Math.min(MAX_LINE, Math.max(256, 2 * (partialLength + length))));
        }
        System.arraycopy(from, start, partial, partialLength, length);
        partialLength += length;
    }

    private static int indexOf(byte[] a, int from, int to, byte value) {
        for (int i = from; i < to; i++) {
            if (a[i] == value) {
                return i;
            }
        }
        return -1;
    }

    /** One line, {@code [start, end)} of {@code b} without its LF; true when it ends the response. */
    private boolean line(byte[] b, int start, int end) throws BadResponse {
        if (end > start && b[end - 1] == '\r') {
            end--;
        }
        if (state == State.STATUS || state == State.HEADERS || state == State.TRAILERS) {
            headBytes += end - start + 2;
            if (headBytes > MAX_HEAD) {
                throw new BadResponse("the response's head is longer than " + MAX_HEAD + " bytes");
            }
        }
        switch (state) {
            case STATUS -> {
                if (end > start) { // empty lines before a status line are ignored (RFC 9112 section 2.2)
                    statusLine(b, start, end);
                }
                return false;
            }
            case HEADERS -> {
                return end == start ? endOfHead() : header(b, start, end);
            }
            case CHUNK_SIZE -> {
                chunkSize(b, start, end);
                return false;
            }
            case CHUNK_END -> {
                if (end != start) {
                    throw new BadResponse("a chunk is not followed by CRLF");
                }
                state = State.CHUNK_SIZE;
                return false;
            }
            case TRAILERS -> {
                return end == start && finish();
            }
            default -> throw new IllegalStateException(state.name());
        }
    }

    /** {@code HTTP/1.x SSS reason}. */
    private void statusLine(byte[] b, int start, int end) throws BadResponse {
        int n = end - start;
        if (n < 12 || !startsWith(b, start, HTTP_1) || !digit(b[start + 7]) || b[start + 8] != ' '
                || !digit(b[start + 9]) || !digit(b[start + 10]) || !digit(b[start + 11])
                || n > 12 && b[start + 12] != ' ') {
            throw new BadResponse("not an HTTP/1.x status line");
        }
        http10 = b[start + 7] == '0';
        status = (b[start + 9] - '0') * 100 + (b[start + 10] - '0') * 10 + (b[start + 11] - '0');
        if (status < 100) {
            throw new BadResponse("status code " + status);
        }
        contentLength = -1;
        transferEncoding = false;
        chunked = false;
        closeToken = false;
        keepAliveToken = false;
        state = State.HEADERS;
    }

    private boolean header(byte[] b, int start, int end) throws BadResponse {
        byte first = b[start];
        if (first == ' ' || first == '\t') {
            return false; // obsolete line folding: the continuation of a header this framer does not need
        }
        int colon = indexOf(b, start, end, (byte) ':');
        if (colon <= start) {
            throw new BadResponse("a header line without a name and colon");
        }
        int v = colon + 1;
        int ve = end;
        while (v < ve && ows(b[v])) v++;
        while (ve > v && ows(b[ve - 1])) ve--;
        if (nameIs(b, start, colon, CONTENT_LENGTH)) {
            long length = decimal(b, v, ve);
            if (contentLength >= 0 && contentLength != length) {
                throw new BadResponse("two different Content-Length headers");
            }
            contentLength = length;
        } else if (nameIs(b, start, colon, TRANSFER_ENCODING)) {
            // the final coding decides; a later Transfer-Encoding header adds codings after the earlier ones
            transferEncoding = true;
            chunked = lastTokenIs(b, v, ve, CHUNKED) || chunked && v == ve;
        } else if (nameIs(b, start, colon, CONNECTION)) {
            int t = v;
            while (t < ve) {
                int comma = indexOf(b, t, ve, (byte) ',');
                int te = comma < 0 ? ve : comma;
                int ts = t;
                int tEnd = te;
                while (ts < tEnd && ows(b[ts])) ts++;
                while (tEnd > ts && ows(b[tEnd - 1])) tEnd--;
                closeToken |= equalsIgnoreCase(b, ts, tEnd, CLOSE);
                keepAliveToken |= equalsIgnoreCase(b, ts, tEnd, KEEP_ALIVE);
                t = te + 1;
            }
        }
        return false;
    }

    /** After the empty line that ends the headers: where the body ends (RFC 9112 section 6.3). */
    private boolean endOfHead() {
        keepAlive = !closeToken && (!http10 || keepAliveToken);
        if (status < 200 && status != 101) {
            state = State.STATUS; // an interim response: the final one follows
            return false;
        }
        if (status == 101) {
            keepAlive = false; // the connection no longer speaks HTTP/1.1
            return finish();
        }
        if (status == 204 || status == 304) {
            return finish();
        }
        if (transferEncoding) {
            if (chunked) {
                state = State.CHUNK_SIZE;
            } else {
                keepAlive = false;
                state = State.UNTIL_CLOSE;
            }
            return false;
        }
        if (contentLength == 0) {
            return finish();
        }
        if (contentLength > 0) {
            remaining = contentLength;
            state = State.LENGTH;
            return false;
        }
        keepAlive = false;
        state = State.UNTIL_CLOSE;
        return false;
    }

    /** {@code 1a3f} or {@code 1a3f;ext=...}. */
    private void chunkSize(byte[] b, int start, int end) throws BadResponse {
        long size = 0;
        int i = start;
        for (; i < end; i++) {
            int d = Character.digit(b[i], 16);
            if (d < 0) {
                break;
            }
            size = size * 16 + d;
            if (size > MAX_LENGTH) {
                throw new BadResponse("a chunk size is too large");
            }
        }
        while (i < end && ows(b[i])) i++;
        if (i == start || i < end && b[i] != ';') {
            throw new BadResponse("not a chunk size line");
        }
        if (size == 0) {
            state = State.TRAILERS;
        } else {
            remaining = size;
            state = State.CHUNK_DATA;
        }
    }

    /** Called when the server closed the connection: the response whose body ran to the close has ended. */
    void closed() {
        state = State.STATUS;
        headBytes = 0;
        partialLength = 0;
    }

    private boolean finish() {
        state = State.STATUS;
        headBytes = 0;
        return true;
    }

    private static long decimal(byte[] b, int start, int end) throws BadResponse {
        if (start == end) {
            throw new BadResponse("an empty Content-Length");
        }
        long n = 0;
        for (int i = start; i < end; i++) {
            byte c = b[i];
            if (!digit(c)) {
                throw new BadResponse("a Content-Length that is not a number");
            }
            n = n * 10 + (c - '0');
            if (n > MAX_LENGTH) {
                throw new BadResponse("a Content-Length too large");
            }
        }
        return n;
    }

    private static boolean lastTokenIs(byte[] b, int start, int end, byte[] token) {
        int s = end;
        while (s > start && b[s - 1] != ',') s--;
        while (s < end && ows(b[s])) s++;
        return equalsIgnoreCase(b, s, end, token);
    }

    private static boolean nameIs(byte[] b, int start, int end, byte[] lowerName) {
        return equalsIgnoreCase(b, start, end, lowerName);
    }

    /** ASCII case-insensitive; {@code lower} is lower case. */
    private static boolean equalsIgnoreCase(byte[] b, int start, int end, byte[] lower) {
        if (end - start != lower.length) {
            return false;
        }
        for (int i = 0; i < lower.length; i++) {
            byte c = b[start + i];
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != lower[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] b, int start, byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (b[start + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean digit(byte c) {
        return c >= '0' && c <= '9';
    }

    private static boolean ows(byte c) {
        return c == ' ' || c == '\t';
    }

    private static byte[] bytes(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
