package ma.marinemaroc.fleet.load;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import io.netty.util.concurrent.ScheduledFuture;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.channels.ClosedChannelException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The virtual users, on Netty event loops (no thread per user). Each user holds one keep-alive connection (HTTP/1.1,
 * TLS when the target is https), sends one request, waits for the whole response, records it, pauses for the
 * think time, and goes on with the next path. A user told to stop leaves after its current request.
 */
final class LoadEngine implements AutoCloseable {
    private static final long MIN_RETRY_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final LoadTarget target;
    private final LoadProfile profile;
    private final LoadStats stats;
    private final EventLoopGroup group;
    private final SslContext ssl;
    private final Bootstrap bootstrap;
    private final Deque<User> running = new ArrayDeque<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger alive = new AtomicInteger();
    private volatile boolean closing;

    LoadEngine(LoadTarget target, LoadProfile profile, LoadStats stats, int threads) throws SSLException {
        this.target = target;
        this.profile = profile;
        this.stats = stats;
        this.group = new MultiThreadIoEventLoopGroup(threads, NioIoHandler.newFactory());
        this.ssl = target.tls()
                ? SslContextBuilder.forClient().trustManager(target.caFile() == null ? null : target.caFile().toFile())
                .protocols("TLSv1.3", "TLSv1.2").build()
                : null;
        this.bootstrap = new Bootstrap().group(group).channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(profile.requestTimeout().toMillis(), 30_000));
    }

    /** Users that have not been told to stop. */
    synchronized int users() {
        return running.size();
    }

    /** Users still busy (stopping ones included). */
    int alive() {
        return alive.get();
    }

    int inFlight() {
        return inFlight.get();
    }

    /** Starts or stops users until {@code n} are running. */
    synchronized void scaleTo(int n) {
        while (running.size() < n && !closing) {
            User u = new User(group.next());
            running.addLast(u);
            alive.incrementAndGet();
            u.loop.execute(u::next);
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

    private final class User {
        final EventLoop loop;
        volatile boolean stopping;
        Channel channel;
        int nextPath;
        long sentAt;
        boolean waiting;
        /** A connect or request of this user is under way (its end schedules the next step exactly once). */
        boolean busy;
        boolean keepAlive;
        int status;
        ScheduledFuture<?> timeout;

        User(EventLoop loop) {
            this.loop = loop;
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
                    ch.pipeline().addLast(new HttpClientCodec(), new Handler(self));
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
            String path = target.paths().get(nextPath);
            nextPath = (nextPath + 1) % target.paths().size();
            FullHttpRequest req = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, path);
            req.headers().set(HttpHeaderNames.HOST, target.authority())
                    .set(HttpHeaderNames.USER_AGENT, "fleet-load")
                    .set(HttpHeaderNames.ACCEPT, "*/*");
            if (target.bearerToken() != null) {
                req.headers().set(HttpHeaderNames.AUTHORIZATION, "Bearer " + target.bearerToken());
            }
            waiting = true;
            status = 0;
            inFlight.incrementAndGet();
            sentAt = System.nanoTime();
            Channel ch = channel;
            timeout = loop.schedule(() -> {
                if (waiting && channel == ch) {
                    fail(new RequestTimeout());
                }
            }, profile.requestTimeout().toNanos(), TimeUnit.NANOSECONDS);
            ch.writeAndFlush(req).addListener(w -> {
                if (!w.isSuccess() && ch == channel) {
                    fail(w.cause());
                }
            });
        }

        void head(HttpResponse r) {
            status = r.status().code();
            keepAlive = HttpUtil.isKeepAlive(r);
        }

        void end() {
            if (!waiting) {
                return;
            }
            long took = System.nanoTime() - sentAt;
            waiting = false;
            busy = false;
            inFlight.decrementAndGet();
            timeout.cancel(false);
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
            if (waiting) {
                waiting = false;
                inFlight.decrementAndGet();
                if (timeout != null) {
                    timeout.cancel(false);
                }
            }
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
            long min = profile.thinkMin().toNanos();
            long max = profile.thinkMax().toNanos();
            long think = max > min ? ThreadLocalRandom.current().nextLong(min, max + 1) : min;
            think = Math.max(think, atLeastNanos);
            if (think == 0) {
                loop.execute(this::next);
            } else {
                loop.schedule(this::next, think, TimeUnit.NANOSECONDS);
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
        if (t instanceof IOException) {
            String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(java.util.Locale.ROOT);
            return m.contains("reset") ? "connection reset" : m.contains("closed") ? "connection closed" : "io";
        }
        return t.getClass().getSimpleName();
    }

    private static final class Handler extends SimpleChannelInboundHandler<HttpObject> {
        private final User user;

        Handler(User user) {
            this.user = user;
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, HttpObject msg) {
            if (msg instanceof HttpResponse r) {
                user.head(r);
            }
            if (msg instanceof LastHttpContent) {
                user.end();
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            if (ctx.channel() == user.channel) {
                user.closed();
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
