package org.checkbench.bench.team;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay between one client and the PostgreSQL server, to cut that client's network while
 * the server and everyone else go on (the team fault tests and {@code team-faults}). {@link #cut()}
 * closes every relayed connection at once and refuses new ones, as a dropped network does to a
 * connection in use; {@link #stall()} lets nothing through without closing anything, as a silent
 * network does; {@link #restore()} lets connections through again.
 */
public final class TcpProxy implements AutoCloseable {

    private final ServerSocketChannel listening;
    private final InetSocketAddress target;
    private final List<SocketChannel> open = new CopyOnWriteArrayList<>();
    private final Thread acceptor;
    private volatile boolean cut;
    private volatile boolean stalled;
    /** Connections made while stalled: accepted, never answered, closed on restore. */
    private final List<SocketChannel> held = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    private TcpProxy(ServerSocketChannel listening, InetSocketAddress target) {
        this.listening = listening;
        this.target = target;
        this.acceptor = new Thread(this::accept, "tcp-proxy-accept");
        acceptor.setDaemon(true);
    }

    /** Relays a free port on this machine to {@code targetPort} on localhost. */
    public static TcpProxy start(int targetPort) {
        try {
            ServerSocketChannel server = ServerSocketChannel.open();
            server.bind(new InetSocketAddress("127.0.0.1", 0));
            TcpProxy proxy = new TcpProxy(server, new InetSocketAddress("127.0.0.1", targetPort));
            proxy.acceptor.start();
            return proxy;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the TCP proxy", e);
        }
    }

    /** The port clients connect to instead of the server's. */
    public int port() {
        return ((InetSocketAddress) listeningAddress()).getPort();
    }

    private java.net.SocketAddress listeningAddress() {
        try {
            return listening.getLocalAddress();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The network drops: every relayed connection is closed, and new ones are closed as they come. */
    public void cut() {
        cut = true;
        for (SocketChannel channel : open) {
            closeQuietly(channel);
        }
        open.clear();
    }

    /**
     * The network goes silent: nothing is closed, nothing more gets through either way (as when a
     * router drops every packet); bytes on their way wait. New connections are accepted and never
     * answered.
     */
    public void stall() {
        stalled = true;
    }

    /**
     * The network is back: new connections are relayed again (cut ones stay closed; after a stall the
     * held bytes go on and connections made meanwhile are closed, their clients gave up on them).
     */
    public void restore() {
        cut = false;
        stalled = false;
        for (SocketChannel channel : held) {
            closeQuietly(channel);
        }
        held.clear();
    }

    public boolean isCut() {
        return cut;
    }

    private void accept() {
        while (!closed) {
            SocketChannel client;
            try {
                client = listening.accept();
            } catch (IOException e) {
                return; // closed
            }
            if (cut) {
                closeQuietly(client);
                continue;
            }
            if (stalled) {
                held.add(client);
                continue;
            }
            try {
                SocketChannel server = SocketChannel.open(target);
                open.add(client);
                open.add(server);
                pump(client, server, "up");
                pump(server, client, "down");
            } catch (IOException e) {
                closeQuietly(client); // the server itself is away: the client hears it as such
            }
        }
    }

    /** Copies one direction until either side closes; then closes both, as a reset would. */
    private void pump(SocketChannel from, SocketChannel to, String direction) {
        Thread thread = new Thread(() -> {
            ByteBuffer buffer = ByteBuffer.allocateDirect(64 * 1024);
            try {
                while (from.read(buffer) >= 0) {
                    while (stalled && !closed) {
                        Thread.sleep(5); // silent: nothing goes on until restored
                    }
                    buffer.flip();
                    while (buffer.hasRemaining()) {
                        to.write(buffer);
                    }
                    buffer.clear();
                }
            } catch (IOException e) {
                // Cut, or the other side went away.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "tcp-proxy-" + direction);
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(SocketChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Closing only.
        }
    }

    @Override
    public void close() {
        closed = true;
        cut();
        try {
            listening.close();
        } catch (IOException ignored) {
            // Closing only.
        }
        try {
            acceptor.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
