package j86.launcher.gdb;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The framing of the GDB remote serial protocol on one connection: {@code $body#cs} packets with a
 * modulo-256 checksum, '+'/'-' acknowledgements until QStartNoAckMode, and a bare 0x03 byte between
 * packets as an interrupt request. Never waits for the client's acknowledgement (some clients, such
 * as the lab grading scripts, send none); a '-' from the client resends the last packet. Bodies are
 * kept as ISO-8859-1 strings so binary data (X packets) survives unchanged.
 */
final class RspChannel {
    /** What {@link #next} returns for an interrupt request. */
    static final String INTERRUPT = "\u0003";

    private final InputStream in;
    private final OutputStream out;
    private volatile boolean noAck;
    private byte[] lastSent;

    RspChannel(InputStream in, OutputStream out) {
        this.in = in;
        this.out = out;
    }

    /** Stops sending and expecting acknowledgements (after replying OK to QStartNoAckMode). */
    void setNoAck() {
        noAck = true;
    }

    /** The next packet body or {@link #INTERRUPT}; null at end of stream. Bad checksums are NAKed and skipped. */
    String next() throws IOException {
        for (int b; (b = in.read()) >= 0; ) {
            if (b == 0x03) {
                return INTERRUPT;
            }
            if (b == '-' && !noAck) {
                resend();
            }
            if (b != '$') {
                continue; // '+' and line noise
            }
            String body = packet();
            if (body != null) {
                return body;
            }
        }
        return null;
    }

    /** Reads the rest of a packet after '$'; null if its checksum is wrong. */
    private String packet() throws IOException {
        StringBuilder s = new StringBuilder();
        int sum = 0;
        for (int b; (b = in.read()) != '#'; ) {
            if (b < 0) {
                throw new IOException("connection closed inside a packet");
            }
            s.append((char) b);
            sum += b;
        }
        int hi = Character.digit(in.read(), 16), lo = Character.digit(in.read(), 16);
        boolean ok = hi >= 0 && lo >= 0 && (hi << 4 | lo) == (sum & 0xFF);
        if (!noAck) {
            synchronized (this) {
                out.write(ok ? '+' : '-');
                out.flush();
            }
        }
        return ok ? s.toString() : null;
    }

    /** Sends one packet (body of ASCII/ISO-8859-1 characters, already escaped where needed). */
    synchronized void send(String body) throws IOException {
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
        out.write(p);
        out.flush();
    }

    private synchronized void resend() throws IOException {
        if (lastSent != null) {
            out.write(lastSent);
            out.flush();
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
