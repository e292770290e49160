package j86.launcher.gdb;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * The TCP side of {@code -gdb tcp::PORT}: listens on 127.0.0.1 only (never on other interfaces) for
 * as long as the machine runs, one client at a time. A daemon thread accepts and reads; packets go
 * to the {@link GdbStub} as tasks on the machine thread, an interrupt byte becomes a pause request.
 * As in QEMU, a client connecting to a running machine stops it.
 */
public final class GdbServer implements Closeable {
    private final ServerSocket socket;
    private final VmControl vm;
    private final GdbStub stub;
    private volatile Socket client;

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
        s.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 1);
        return s;
    }

    /** The port actually bound (useful when 0 was asked for). */
    public int port() {
        return socket.getLocalPort();
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try (Socket s = socket.accept()) {
                client = s;
                s.setTcpNoDelay(true);
                serve(new RspChannel(s.getInputStream(), s.getOutputStream()));
            } catch (IOException e) {
                // the client went away or the server closed: accept the next one (or end)
            } finally {
                client = null;
            }
        }
    }

    private void serve(RspChannel ch) throws IOException {
        vm.submit(() -> stub.attach(ch));
        try {
            for (String p; (p = ch.next()) != null; ) {
                if (p == RspChannel.INTERRUPT) {
                    vm.submit(stub::interrupt); // a task, so an interrupt racing a stop cannot stop twice
                } else {
                    String packet = p;
                    vm.submit(() -> stub.handle(ch, packet));
                }
            }
        } finally {
            vm.submit(() -> stub.detach(ch));
        }
    }

    /** Stops listening and drops the client (the machine has ended). */
    @Override
    public void close() throws IOException {
        socket.close();
        Socket s = client;
        if (s != null) {
            s.close();
        }
    }
}
