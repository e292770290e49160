package j86.launcher.gdb;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.function.Consumer;

/**
 * The framing of the GDB remote serial protocol on one connection: {@code $body#cs} packets with a
 * modulo-256 checksum, '+'/'-' acknowledgements until QStartNoAckMode, and a bare 0x03 byte between
 * packets as an interrupt request. Never waits for the client's acknowledgement (some clients, such
 * as the lab grading scripts, send none); a '-' from the client resends the last packet. Bodies are
 * kept as ISO-8859-1 strings so binary data (X packets) survives unchanged.
 *
 * <p>Input is read in blocks into a buffer and parsed from there; a packet body is at most
 * {@link #PACKET_SIZE} bytes (the PacketSize advertised in qSupported): a longer one is read to
 * its end without being kept and comes back as {@link #OVERSIZE}, and an unescaped '$' inside a
 * packet starts a new one (the protocol escapes '$' in binary data), so the stream resynchronises.
 *
 * <p>Output never blocks the caller (the machine thread): {@link #send} queues the framed packet
 * and a writer thread of this channel writes it to the socket. When more than {@link #OUT_LIMIT}
 * bytes wait (the client stopped reading), the channel says so on {@code log} and closes the
 * connection; what is sent afterwards is dropped.
 */
final class RspChannel implements Closeable {
    /** What {@link #next} returns for an interrupt request. */
    static final String INTERRUPT = "\u0003";
    /** What {@link #next} returns for a packet longer than {@link #PACKET_SIZE} (a new object: compared by identity). */
    static final String OVERSIZE = new String("oversize packet");
    /** The longest packet body accepted (and advertised as PacketSize). */
    static final int PACKET_SIZE = 0x4000;
    /** The most reply bytes that may wait for a client that does not read before it is disconnected. */
    static final int OUT_LIMIT = 1 << 20;
    private static final int WRITE_BLOCK = 64 << 10;
    private static final byte[] ACK = {'+'}, NAK = {'-'};

    private final InputStream in;
    private final OutputStream out;
    private final Closeable connection;
    private final String peer;
    private final Consumer<String> log;
    private volatile boolean noAck;
    private volatile byte[] lastSent;

    private final byte[] buf = new byte[64 << 10];
    private int pos, lim;
    private final byte[] body = new byte[PACKET_SIZE];

    private final Object lock = new Object();
    private final ArrayDeque<byte[]> queue = new ArrayDeque<>();
    private long pending;
    private boolean closed;

    /**
     * @param connection closed (from any thread) to end the connection: unblocks the reader and the writer
     * @param peer the client's address, for messages
     * @param log where a disconnection for not reading is reported
     */
    RspChannel(InputStream in, OutputStream out, Closeable connection, String peer, Consumer<String> log) {
        this.in = in;
        this.out = out;
        this.connection = connection;
        this.peer = peer;
        this.log = log;
        Thread w = new Thread(this::writeLoop, "j86-gdb-out");
        w.setDaemon(true);
        w.start();
    }

    String peer() {
        return peer;
    }

    /** Stops sending and expecting acknowledgements (after replying OK to QStartNoAckMode). */
    void setNoAck() {
        noAck = true;
    }

    private int read() throws IOException {
        if (pos == lim) {
            int n = in.read(buf, 0, buf.length);
            if (n < 0) {
                return -1;
            }
            pos = 0;
            lim = n;
        }
        return buf[pos++] & 0xFF;
    }

    /**
     * The next packet body, {@link #INTERRUPT} or {@link #OVERSIZE}; null at end of stream. Bad
     * checksums are NAKed (in acknowledgement mode) and skipped.
     */
    String next() throws IOException {
        int b = read();
        while (b >= 0) {
            if (b == 0x03) {
                return INTERRUPT;
            }
            if (b == '-' && !noAck) {
                resend();
            }
            if (b != '$') {
                b = read(); // '+' and line noise
                continue;
            }
            int n = 0, sum = 0;
            boolean over = false;
            while ((b = read()) != '#' && b != '$') {
                if (b < 0) {
                    throw new EOFException("connection closed inside a packet");
                }
                sum += b;
                if (n < PACKET_SIZE) {
                    body[n++] = (byte) b;
                } else {
                    over = true;
                }
            }
            if (b == '$') {
                continue; // the packet was cut short: a new one starts here
            }
            int hi = Character.digit(read(), 16), lo = Character.digit(read(), 16);
            boolean ok = hi >= 0 && lo >= 0 && (hi << 4 | lo) == (sum & 0xFF);
            if (!noAck) {
                enqueue(ok ? ACK : NAK);
            }
            if (ok) {
                return over ? OVERSIZE : new String(body, 0, n, StandardCharsets.ISO_8859_1);
            }
            b = read();
        }
        return null;
    }

    /** Queues one packet (body of ASCII/ISO-8859-1 characters, already escaped where needed); never blocks. */
    void send(String body) {
        byte[] b = body.getBytes(StandardCharsets.ISO_8859_1);
        int sum = 0;
        for (byte x : b) {
            sum += x & 0xFF;
        }
        byte[] p = new byte[b.length + 4];
        p[0] = '$';
        System.arraycopy(b, 0, p, 1, b.length);
        p[b.length + 1] = '#';
        String cs = String.format("%02x", sum & 0xFF);
        p[b.length + 2] = (byte) cs.charAt(0);
        p[b.length + 3] = (byte) cs.charAt(1);
        lastSent = p;
        enqueue(p);
    }

    private void resend() {
        byte[] p = lastSent;
        if (p != null) {
            enqueue(p);
        }
    }

    private void enqueue(byte[] p) {
        long waiting;
        synchronized (lock) {
            if (closed) {
                return;
            }
            if (pending + p.length <= OUT_LIMIT) {
                queue.add(p);
                pending += p.length;
                lock.notifyAll();
                return;
            }
            waiting = pending;
        }
        log.accept("j86: gdb: client " + peer + " does not read its replies (" + waiting
                + " bytes waiting), disconnected");
        close();
    }

    /** The writer thread: writes the queued packets, coalesced into blocks, until the channel closes. */
    private void writeLoop() {
        try {
            while (true) {
                byte[] block;
                synchronized (lock) {
                    while (queue.isEmpty() && !closed) {
                        lock.wait();
                    }
                    if (closed) {
                        return;
                    }
                    block = take();
                }
                out.write(block);
                out.flush();
                synchronized (lock) {
                    pending -= block.length;
                    lock.notifyAll();
                }
            }
        } catch (IOException | InterruptedException e) {
            close(); // the client went away; its reader sees the end too
        }
    }

    /** Under the lock: the next queued packets joined into one block of about WRITE_BLOCK bytes at most. */
    private byte[] take() {
        byte[] first = queue.poll();
        if (queue.isEmpty() || first.length >= WRITE_BLOCK) {
            return first;
        }
        int n = first.length;
        for (byte[] p : queue) {
            if (n + p.length > WRITE_BLOCK) {
                break;
            }
            n += p.length;
        }
        byte[] block = java.util.Arrays.copyOf(first, n);
        int at = first.length;
        while (at < n) {
            byte[] p = queue.poll();
            System.arraycopy(p, 0, block, at, p.length);
            at += p.length;
        }
        return block;
    }

    /** Bytes queued and not yet written. */
    long pending() {
        synchronized (lock) {
            return pending;
        }
    }

    boolean closed() {
        synchronized (lock) {
            return closed;
        }
    }

    /** Waits up to {@code millis} for the queued replies to be written (the machine ended: the exit status), then closes. */
    void closeAfterDrain(long millis) {
        long deadline = System.nanoTime() + millis * 1_000_000;
        synchronized (lock) {
            long left;
            while (pending > 0 && !closed && (left = deadline - System.nanoTime()) > 0) {
                try {
                    lock.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        close();
    }

    /** Ends the connection at once (any thread, never blocks); queued replies are dropped. */
    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            queue.clear();
            lock.notifyAll();
        }
        try {
            connection.close();
        } catch (IOException e) {
            // closed anyway
        }
    }

    /** Undoes the binary escaping of X packets: '}' then the byte XOR 0x20. */
    static byte[] unescape(String data) {
        byte[] b = new byte[data.length()];
        int n = 0;
        for (int i = 0; i < data.length(); i++) {
            char ch = data.charAt(i);
            if (ch == '}' && i + 1 < data.length()) {
                b[n++] = (byte) (data.charAt(++i) ^ 0x20);
            } else {
                b[n++] = (byte) ch;
            }
        }
        return java.util.Arrays.copyOf(b, n);
    }
}
