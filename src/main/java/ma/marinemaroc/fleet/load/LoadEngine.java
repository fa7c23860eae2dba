package ma.marinemaroc.fleet.load;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import io.netty.util.ResourceLeakDetector;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.channels.ClosedChannelException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The virtual users, on Netty event loops (no thread per user). Each user holds one keep-alive connection (HTTP/1.1,
 * TLS when the target is https), sends one request, waits for the whole response, records it, pauses for the
 * think time, and goes on with the next path. A user told to stop leaves after its current request.
 *
 * <p>Per request the generator does as little as it can, so that it is not the bottleneck of a benchmark
 * (bench/load/run.sh): the request bytes of every path are encoded once and written as a shared read-only buffer
 * (no encoder in the pipeline); the {@link ResponseFramer} finds where each response ends without building header
 * objects; a user with no think time sends its next request from the handler of the last response instead of
 * queueing a task; the request timeout is one timer per user that re-arms itself only when it fires (not a timer
 * set and cancelled per request); each event loop records into its own {@link LoadStats.Shard}; Netty's leak
 * detector is off; and Linux's native epoll transport is used when it loads (NIO otherwise, or with
 * {@code -Dio.netty.transport.noNative=true}).
 */
final class LoadEngine implements AutoCloseable {
    private static final long MIN_RETRY_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    static {
        // Netty's leak detector records a stack trace for one buffer in 128 (level "simple"); the only buffers
        // here are the transport's reads, released by Handler.channelRead. Off unless asked for with
        // -Dio.netty.leakDetection.level.
        if (System.getProperty("io.netty.leakDetection.level") == null) {
            ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.DISABLED);
        }
    }

    private final LoadTarget target;
    private final LoadStats stats;
    private final EventLoopGroup group;
    private final SslContext ssl;
    private final Bootstrap bootstrap;
    private final boolean plain;
    /** The request of each path, encoded once; written as read-only duplicates. */
    private final ByteBuf[] requests;
    private final long thinkMin;
    private final long thinkMax;
    private final long timeoutNanos;
    private final Map<EventLoop, LoadStats.Shard> shards = new IdentityHashMap<>();
    private final Deque<User> running = new ArrayDeque<>();
    private final AtomicInteger alive = new AtomicInteger();
    private volatile boolean closing;

    LoadEngine(LoadTarget target, LoadProfile profile, LoadStats stats, int threads) throws SSLException {
        this.target = target;
        this.stats = stats;
        boolean epoll = Epoll.isAvailable();
        IoHandlerFactory io = epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
        this.group = new MultiThreadIoEventLoopGroup(threads, io);
        this.ssl = target.tls()
                ? SslContextBuilder.forClient().trustManager(target.caFile() == null ? null : target.caFile().toFile())
                .protocols("TLSv1.3", "TLSv1.2").build()
                : null;
        this.plain = ssl == null;
        this.bootstrap = new Bootstrap().group(group).channel(epoll ? EpollSocketChannel.class : NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(profile.requestTimeout().toMillis(), 30_000));
        List<String> paths = target.paths();
        this.requests = new ByteBuf[paths.size()];
        for (int i = 0; i < requests.length; i++) {
            requests[i] = encode(target, paths.get(i));
        }
        this.thinkMin = profile.thinkMin().toNanos();
        this.thinkMax = profile.thinkMax().toNanos();
        this.timeoutNanos = profile.requestTimeout().toNanos();
    }

    /** {@code epoll} or {@code nio}: the transport this JVM uses. */
    static String transport() {
        return Epoll.isAvailable() ? "epoll" : "nio";
    }

    /**
     * The bytes of a GET of {@code path}: request line, Host (port only when not the scheme's default),
     * User-Agent, Accept, and Authorization when there is a token. The path is the URL's raw (percent-encoded)
     * path and query, the host a parsed URI host and the token checked as visible ASCII ({@link LoadTarget#of}),
     * so none of them can carry a line break. Kept in a direct buffer (no copy before the socket write) that
     * nothing can release.
     */
    static ByteBuf encode(LoadTarget target, String path) {
        StringBuilder sb = new StringBuilder(128)
                .append("GET ").append(oneLine("path", path)).append(" HTTP/1.1\r\n")
                .append("Host: ").append(oneLine("host", target.authority())).append("\r\n")
                .append("User-Agent: fleet-load\r\n")
                .append("Accept: */*\r\n");
        if (target.bearerToken() != null) {
            sb.append("Authorization: Bearer ").append(oneLine("token", target.bearerToken())).append("\r\n");
        }
        byte[] bytes = sb.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
        ByteBuf buf = Unpooled.directBuffer(bytes.length).writeBytes(bytes);
        return Unpooled.unreleasableBuffer(buf.asReadOnly());
    }

    /** Refuses a request-line or header part holding a space or control character (never echoes the value). */
    private static String oneLine(String what, String part) {
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c < 0x21 || c == 0x7f) {
                throw new IllegalArgumentException("the request's " + what + " holds a space or control character at index " + i);
            }
        }
        return part;
    }

    /** Users that have not been told to stop. */
    synchronized int users() {
        return running.size();
    }

    /** Users still busy (stopping ones included). */
    int alive() {
        return alive.get();
    }

    /** Starts or stops users until {@code n} are running. */
    synchronized void scaleTo(int n) {
        while (running.size() < n && !closing) {
            EventLoop loop = group.next();
            User u = new User(loop, shards.computeIfAbsent(loop, l -> stats.shard()));
            running.addLast(u);
            alive.incrementAndGet();
            loop.execute(u.nextTask);
        }
        while (running.size() > n) {
            User u = running.removeLast();
            u.stopping = true;
        }
    }

    @Override
    public void close() {
        closing = true;
        scaleTo(0);
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }

    /** One virtual user. Everything but {@link #stopping} is touched only on {@link #loop}. */
    private final class User {
        final EventLoop loop;
        final LoadStats.Shard stats;
        final Runnable nextTask = this::next;
        final Runnable timeoutTask = this::checkTimeout;
        volatile boolean stopping;
        Channel channel;
        int nextPath;
        long sentAt;
        /** When the request under way times out. */
        long deadline;
        /** {@link #timeoutTask} is scheduled (it runs at or before {@link #deadline}, then re-arms itself). */
        boolean timerArmed;
        boolean waiting;
        /** A connect or request of this user is under way (its end schedules the next step exactly once). */
        boolean busy;

        User(EventLoop loop, LoadStats.Shard stats) {
            this.loop = loop;
            this.stats = stats;
        }

        /** Runs on {@link #loop}: the next request, or the exit. */
        void next() {
            if (stopping || closing) {
                if (channel != null) {
                    channel.close();
                    channel = null;
                }
                alive.decrementAndGet();
                return;
            }
            busy = true;
            if (channel == null || !channel.isActive()) {
                connect();
            } else {
                send();
            }
        }

        void connect() {
            User self = this;
            ChannelFuture f = bootstrap.clone(loop).handler(new ChannelInitializer<SocketChannel>() {
                @Override
                protected void initChannel(SocketChannel ch) {
                    if (ssl != null) {
                        SslHandler h = ssl.newHandler(ch.alloc(), target.host(), target.port());
                        SSLEngine engine = h.engine();
                        SSLParameters p = engine.getSSLParameters();
                        p.setEndpointIdentificationAlgorithm("HTTPS");
                        engine.setSSLParameters(p);
                        ch.pipeline().addLast(h);
                    }
                    ch.pipeline().addLast(new Handler(self));
                }
            }).connect(target.connectTo());
            f.addListener(done -> {
                if (!done.isSuccess()) {
                    fail(done.cause());
                    return;
                }
                channel = f.channel();
                SslHandler tls = channel.pipeline().get(SslHandler.class);
                if (tls == null) {
                    send();
                } else {
                    tls.handshakeFuture().addListener(hs -> {
                        if (f.channel() != channel) {
                            return;
                        }
                        if (hs.isSuccess()) {
                            send();
                        } else {
                            fail(hs.cause());
                        }
                    });
                }
            });
        }

        void send() {
            ByteBuf req = requests[nextPath].duplicate();
            nextPath = nextPath + 1 == requests.length ? 0 : nextPath + 1;
            waiting = true;
            sentAt = System.nanoTime();
            deadline = sentAt + timeoutNanos;
            if (!timerArmed) {
                timerArmed = true;
                loop.schedule(timeoutTask, timeoutNanos, TimeUnit.NANOSECONDS);
            }
            Channel ch = channel;
            if (plain) {
                // a failed write fires exceptionCaught, which fails the request (Handler)
                ch.writeAndFlush(req, ch.voidPromise());
            } else {
                ch.writeAndFlush(req).addListener(ChannelFutureListener.FIRE_EXCEPTION_ON_FAILURE);
            }
        }

        /** The timer: fails the request under way once its deadline has passed, else waits for that deadline. */
        void checkTimeout() {
            timerArmed = false;
            if (!waiting) {
                return;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                fail(new RequestTimeout());
            } else {
                timerArmed = true;
                loop.schedule(timeoutTask, left, TimeUnit.NANOSECONDS);
            }
        }

        /** The response ended (its last byte read): record it, then the next step. */
        void end(int status, boolean keepAlive) {
            if (!waiting) {
                return;
            }
            long took = System.nanoTime() - sentAt;
            waiting = false;
            busy = false;
            stats.response(status, took);
            if (!keepAlive && channel != null) {
                channel.close();
                channel = null;
            }
            pause(0);
        }

        /** The request (or connection) failed: record it once, drop the connection, go on after a pause. */
        void fail(Throwable cause) {
            if (!busy) {
                return;
            }
            busy = false;
            waiting = false;
            if (!closing && !(stopping && cause instanceof ClosedChannelException)) {
                stats.failure(kind(cause));
            }
            if (channel != null) {
                channel.close();
                channel = null;
            }
            pause(MIN_RETRY_NANOS);
        }

        void closed() {
            if (waiting) {
                fail(new IOException("connection closed before the response ended"));
            } else {
                channel = null;
            }
        }

        private void pause(long atLeastNanos) {
            long think = thinkMax > thinkMin ? ThreadLocalRandom.current().nextLong(thinkMin, thinkMax + 1) : thinkMin;
            think = Math.max(think, atLeastNanos);
            if (think == 0) {
                // back-to-back: straight on from the response's handler (its last read), no task queued
                next();
            } else {
                loop.schedule(nextTask, think, TimeUnit.NANOSECONDS);
            }
        }
    }

    static final class RequestTimeout extends Exception {
        RequestTimeout() {
            super("timeout", null, false, false);
        }
    }

    static String kind(Throwable t) {
        if (t instanceof RequestTimeout) return "timeout";
        if (t instanceof ConnectException) return "connect refused";
        if (t instanceof io.netty.channel.ConnectTimeoutException) return "connect timeout";
        if (t instanceof SSLException || t instanceof io.netty.handler.codec.DecoderException d && d.getCause() instanceof SSLException) {
            return "tls";
        }
        if (t instanceof ClosedChannelException) return "connection closed";
        if (t instanceof ResponseFramer.BadResponse) return "bad response";
        if (t instanceof IOException) {
            String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(java.util.Locale.ROOT);
            return m.contains("reset") ? "connection reset" : m.contains("closed") ? "connection closed" : "io";
        }
        return t.getClass().getSimpleName();
    }

    /** The end of the pipeline: frames the response bytes (plain, or decrypted by the SslHandler before it). */
    private static final class Handler extends ChannelInboundHandlerAdapter {
        private final User user;
        private final ResponseFramer framer = new ResponseFramer();

        Handler(User user) {
            this.user = user;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ByteBuf in = (ByteBuf) msg;
            try {
                if (framer.feed(in)) {
                    if (in.isReadable()) {
                        throw new ResponseFramer.BadResponse("data after the end of the response");
                    }
                    if (ctx.channel() == user.channel) {
                        user.end(framer.status(), framer.keepAlive());
                    }
                }
            } catch (ResponseFramer.BadResponse e) {
                exceptionCaught(ctx, e);
            } finally {
                in.release();
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            boolean bodyEnded = framer.endsAtClose();
            framer.closed();
            if (ctx.channel() == user.channel) {
                if (bodyEnded) {
                    user.end(framer.status(), false);
                } else {
                    user.closed();
                }
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            if (ctx.channel() == user.channel) {
                user.fail(cause);
            } else {
                ctx.close();
            }
        }
    }
}
