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
        s = new Socket("127.0.0.1", port);
        in = s.getInputStream();
        out = s.getOutputStream();
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
