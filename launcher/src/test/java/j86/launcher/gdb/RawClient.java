package j86.launcher.gdb;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/** A minimal remote-protocol client that, like the lab grading scripts, never acknowledges anything. */
final class RawClient implements AutoCloseable {
    private final Socket s;
    private final InputStream in;
    private final OutputStream out;

    RawClient(int port) throws IOException {
        this(port, 0);
    }

    /** {@code receiveBuffer} > 0: a small receive buffer, so that a client that does not read fills up soon. */
    RawClient(int port, int receiveBuffer) throws IOException {
        s = new Socket();
        if (receiveBuffer > 0) {
            s.setReceiveBufferSize(receiveBuffer);
        }
        s.connect(new java.net.InetSocketAddress("127.0.0.1", port));
        in = s.getInputStream();
        out = s.getOutputStream();
    }

    int localPort() {
        return s.getLocalPort();
    }

    /** Raw bytes, as they are. */
    void write(byte[] b) throws IOException {
        out.write(b);
        out.flush();
    }

    /** Whether the server closed the connection within {@code millis} (what arrives before is skipped). */
    boolean closedWithin(int millis) throws IOException {
        long deadline = System.currentTimeMillis() + millis;
        byte[] b = new byte[1 << 16];
        try {
            while (true) {
                int left = (int) (deadline - System.currentTimeMillis());
                if (left <= 0) {
                    return false;
                }
                s.setSoTimeout(left);
                if (in.read(b) < 0) {
                    return true;
                }
            }
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // reset
        }
    }

    void send(String body) throws IOException {
        int sum = 0;
        for (char ch : body.toCharArray()) {
            sum += ch;
        }
        out.write(String.format("$%s#%02x", body, sum & 0xFF).getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    void interrupt() throws IOException {
        out.write(3);
        out.flush();
    }

    /** The next packet body starting with {@code prefix} (skipping others and acks) within {@code millis}. */
    String waitFor(String prefix, int millis) throws IOException {
        long deadline = System.currentTimeMillis() + millis;
        while (true) {
            int left = (int) (deadline - System.currentTimeMillis());
            if (left <= 0) {
                throw new SocketTimeoutException("no packet starting with " + prefix);
            }
            s.setSoTimeout(left);
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed");
            }
            if (b != '$') {
                continue;
            }
            StringBuilder body = new StringBuilder();
            while ((b = in.read()) != '#') {
                if (b < 0) {
                    throw new IOException("connection closed inside a packet");
                }
                body.append((char) b);
            }
            in.read();
            in.read();
            if (body.toString().startsWith(prefix)) {
                return body.toString();
            }
        }
    }

    @Override
    public void close() throws IOException {
        s.close();
    }
}
