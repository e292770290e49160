package j86.launcher.gdb;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The TCP side of {@code -gdb tcp::PORT}: listens on 127.0.0.1 only (never on other interfaces) for
 * as long as the machine runs, one client at a time. A daemon thread accepts; each client has a
 * reader thread, whose packets go to the {@link GdbStub} as tasks on the machine thread (an
 * interrupt byte becomes a pause request), and a writer thread of its {@link RspChannel}, so the
 * machine thread never waits for a client. As in QEMU, a client connecting to a running machine
 * stops it; a client that goes away (or is dropped for not reading its replies) is detached: its
 * breakpoints are removed and the machine runs on.
 *
 * <p>A second client while one is attached is accepted and closed at once, with a line on
 * standard error, instead of waiting unanswered in the listen backlog.
 */
public final class GdbServer implements Closeable {
    /** Tasks of one client that may wait for the machine thread before its reader stops reading. */
    static final int IN_FLIGHT = 1024;
    /** How long the end of the run waits for the last replies (the exit status) to be written. */
    static final long DRAIN_MILLIS = 500;

    private final ServerSocket socket;
    private final VmControl vm;
    private final GdbStub stub;
    private volatile Consumer<String> messages = System.err::println;
    /** The attached client's channel, or null (guarded by this). */
    private RspChannel current;
    private boolean closed;

    public GdbServer(int port, VmControl vm, GdbStub stub) throws IOException {
        this(listen(port), vm, stub);
    }

    /**
     * Serves clients on {@code socket}, bound earlier by {@link #listen}: the launcher binds it
     * before it builds the machine, so that a client (the lab's grading script gives the
     * emulator about 2 s after its last output line) can connect at once; its packets wait in the
     * socket until the stub runs.
     */
    public GdbServer(ServerSocket socket, VmControl vm, GdbStub stub) {
        this.vm = vm;
        this.stub = stub;
        this.socket = socket;
        Thread t = new Thread(this::acceptLoop, "j86-gdb");
        t.setDaemon(true);
        t.start();
    }

    /** A socket listening on 127.0.0.1:{@code port} (0: any free port). */
    public static ServerSocket listen(int port) throws IOException {
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 8);
        return s;
    }

    /** The port actually bound (useful when 0 was asked for). */
    public int port() {
        return socket.getLocalPort();
    }

    /** Where the server's messages go (standard error by default; tests collect them). */
    void setMessages(Consumer<String> sink) {
        messages = sink;
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            Socket s;
            try {
                s = socket.accept();
            } catch (IOException e) {
                continue; // the server closed (the loop ends), or a connection failed before it was accepted
            }
            String peer = s.getInetAddress().getHostAddress() + ":" + s.getPort();
            RspChannel ch = null;
            try {
                synchronized (this) {
                    if (current == null && !closed) {
                        s.setTcpNoDelay(true);
                        ch = new RspChannel(s.getInputStream(), s.getOutputStream(), s, peer, m -> messages.accept(m));
                        current = ch;
                    }
                }
            } catch (IOException e) {
                closeQuietly(s);
                continue;
            }
            if (ch == null) {
                messages.accept("j86: gdb: second client from " + peer + " refused, one is attached");
                closeQuietly(s);
                continue;
            }
            RspChannel c = ch;
            Thread t = new Thread(() -> serve(c), "j86-gdb-in");
            t.setDaemon(true);
            t.start();
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // nothing more to do
        }
    }

    /**
     * The client's reader thread: packets become tasks until the connection ends. Then the client
     * is detached, after the packets it sent (a client may send 'k' or 'D' and close at once), and
     * its last replies are written before the connection closes and another client may attach.
     */
    private void serve(RspChannel ch) {
        Semaphore inFlight = new Semaphore(IN_FLIGHT);
        try {
            submit(ch, inFlight, () -> stub.attach(ch));
            for (String p; (p = ch.next()) != null; ) {
                if (p == RspChannel.INTERRUPT) {
                    submit(ch, inFlight, stub::interrupt); // a task, so an interrupt racing a stop cannot stop twice
                } else {
                    String packet = p;
                    submit(ch, inFlight, () -> stub.handle(ch, packet));
                }
            }
        } catch (IOException e) {
            // the client went away, was dropped, or the server closed
        } finally {
            CountDownLatch detached = new CountDownLatch(1);
            vm.submit(() -> {
                stub.detach(ch);
                detached.countDown();
            });
            try {
                while (!detached.await(100, TimeUnit.MILLISECONDS) && !vm.quitting() && !ch.closed()) {
                    // the machine thread serves the client's last packets, then detaches it
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ch.closeAfterDrain(DRAIN_MILLIS);
            synchronized (this) {
                if (current == ch) {
                    current = null;
                }
            }
        }
    }

    /**
     * Hands a task to the machine thread; while {@link #IN_FLIGHT} tasks of this client wait there,
     * stops reading (the client waits, the machine does not), so a flood of packets cannot queue
     * without bound.
     */
    private void submit(RspChannel ch, Semaphore inFlight, Runnable task) throws IOException {
        try {
            do {
                if (ch.closed() || vm.quitting()) {
                    throw new IOException("connection closed"); // dropped: what it sent meanwhile is not served
                }
            } while (!inFlight.tryAcquire(100, TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
        vm.submit(() -> {
            inFlight.release();
            if (!ch.closed()) {
                task.run();
            }
        });
    }

    /** Stops listening and drops the client (the machine has ended) once its last replies are written, or after a short wait. */
    @Override
    public void close() throws IOException {
        RspChannel c;
        synchronized (this) {
            closed = true;
            c = current;
        }
        socket.close();
        if (c != null) {
            c.closeAfterDrain(DRAIN_MILLIS);
        }
    }
}
