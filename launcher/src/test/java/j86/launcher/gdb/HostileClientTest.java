package j86.launcher.gdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import j86.launcher.monitor.Monitor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The GDB server against clients that misbehave, measured from outside: one that never reads its
 * replies, one that sends a 1 MiB packet, a second one while one is attached, and monitor
 * commands and memory reads asking for far too much. The machine thread must never wait for a
 * client, and every request must get a bounded answer.
 */
class HostileClientTest {
    @BeforeAll
    static void images() {
        JosMachine.assumeImages();
    }

    /** CPU 0's instruction count, read on the machine thread: fails if that thread is stuck. */
    private static long instructions(JosMachine m) throws Exception {
        return m.onMachine(() -> m.machine.cpus.get(0).instructions);
    }

    private static String packet(String body) {
        int sum = 0;
        for (char ch : body.toCharArray()) {
            sum += ch;
        }
        return String.format("$%s#%02x", body, sum & 0xFF);
    }

    @Test
    void clientThatNeverReadsIsDroppedWhileTheMachineRunsOn() throws Exception {
        List<String> messages = new CopyOnWriteArrayList<>();
        try (JosMachine m = new JosMachine(1, true)) {
            m.server.setMessages(messages::add);
            try (RawClient hostile = new RawClient(m.server.port(), 4096)) {
                hostile.send("c");
                Thread.sleep(500); // JOS turns paging on: f0100000 is its kernel text
                StringBuilder flood = new StringBuilder();
                for (int i = 0; i < 200; i++) {
                    flood.append(packet("mf0100000,2000")); // 16 KiB of reply each
                }
                byte[] burst = flood.toString().getBytes(StandardCharsets.ISO_8859_1);
                long deadline = System.currentTimeMillis() + 20_000;
                long before = instructions(m);
                while (messages.stream().noneMatch(s -> s.contains("does not read")) && System.currentTimeMillis() < deadline) {
                    hostile.write(burst); // never reads a byte
                    assertTrue(instructions(m) >= before, "the machine thread answers tasks");
                }
                assertTrue(messages.stream().anyMatch(s -> s.matches(
                        "j86: gdb: client 127\\.0\\.0\\.1:\\d+ does not read its replies \\(\\d+ bytes waiting\\), disconnected")),
                        messages.toString());
                long a = instructions(m);
                Thread.sleep(300);
                long b = instructions(m);
                assertTrue(b > a, "the machine runs on after the client was dropped: " + a + " -> " + b);
            }
            try (RawClient next = connectWithin(m.server.port(), 5_000)) {
                next.send("?");
                assertTrue(next.waitFor("T", 10_000).startsWith("T"), "a new client is served");
                next.send("g");
                assertEquals(344 * 2, next.waitFor("", 10_000).length());
            }
        }
    }

    /** A client that is served (not refused because the previous one is still being detached). */
    private static RawClient connectWithin(int port, int millis) throws Exception {
        long deadline = System.currentTimeMillis() + millis;
        while (true) {
            RawClient c = new RawClient(port);
            c.send("qAttached");
            try {
                assertEquals("1", c.waitFor("1", 1000));
                return c;
            } catch (IOException e) {
                c.close();
                if (System.currentTimeMillis() > deadline) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }

    @Test
    void oneMebibytePacketIsRefusedInWellUnderASecondAndTheStreamResynchronises() throws Exception {
        try (JosMachine m = new JosMachine(1, true); RawClient c = new RawClient(m.server.port())) {
            c.send("qSupported:multiprocess+");
            assertTrue(c.waitFor("PacketSize=4000", 10_000).startsWith("PacketSize=4000;"));
            StringBuilder big = new StringBuilder("M100000,80000:");
            while (big.length() < (1 << 20)) {
                big.append("90");
            }
            byte[] huge = packet(big.toString()).getBytes(StandardCharsets.ISO_8859_1);
            long t0 = System.nanoTime();
            c.write(huge);
            assertEquals("E22", c.waitFor("E", 10_000));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms < 500, "1 MiB packet answered in " + ms + " ms");
            // the largest packet accepted: a body of exactly PacketSize bytes
            String head = "M0100000,1ff9:"; // even, so the hex fills the body exactly
            StringBuilder full = new StringBuilder(head);
            for (int i = 0; full.length() < RspChannel.PACKET_SIZE; i++) {
                full.append(String.format("%02x", i & 0xFF));
            }
            assertEquals(RspChannel.PACKET_SIZE, full.length());
            c.send(full.toString());
            assertEquals("OK", c.waitFor("", 10_000));
            c.send("m100000,4");
            assertEquals("00010203", c.waitFor("", 10_000));
            // a packet cut short by a new '$' is dropped, the new one served
            c.write("$m100000,4$m100004,4#".getBytes(StandardCharsets.ISO_8859_1));
            c.write(String.format("%02x", "m100004,4".chars().sum() & 0xFF).getBytes(StandardCharsets.ISO_8859_1));
            assertEquals("04050607", c.waitFor("", 10_000));
            // a huge read: what fits (GDB asks for the rest), never a negative or unbounded length
            c.send("m0,ffffffff");
            assertEquals(2 * GdbStub.MAX_READ, c.waitFor("", 10_000).length());
            c.send("m0,ffffffffffffffff");
            assertEquals(2 * GdbStub.MAX_READ, c.waitFor("", 10_000).length());
        }
    }

    @Test
    void secondClientIsRefusedAtOnceAndTheFirstKeepsWorking() throws Exception {
        List<String> messages = new CopyOnWriteArrayList<>();
        try (JosMachine m = new JosMachine(1, true)) {
            m.server.setMessages(messages::add);
            try (RawClient first = new RawClient(m.server.port())) {
                first.send("?");
                assertTrue(first.waitFor("T", 10_000).startsWith("T"));
                try (RawClient second = new RawClient(m.server.port())) {
                    long t0 = System.nanoTime();
                    assertTrue(second.closedWithin(2_000), "the second client is closed, not left hanging");
                    assertTrue((System.nanoTime() - t0) / 1_000_000 < 1_000);
                    assertTrue(messages.contains("j86: gdb: second client from 127.0.0.1:" + second.localPort()
                            + " refused, one is attached"), messages.toString());
                }
                first.send("g");
                assertEquals(344 * 2, first.waitFor("", 10_000).length());
                first.send("D");
                assertEquals("OK", first.waitFor("", 10_000));
            }
            try (RawClient third = connectWithin(m.server.port(), 5_000)) {
                third.send("?");
                assertTrue(third.waitFor("T", 10_000).startsWith("T"), "served once the first has gone");
            }
        }
    }

    @Test
    void monitorCommandsAskingForTooMuchAnswerCappedAndSaySo() throws Exception {
        try (JosMachine m = new JosMachine(1, false)) {
            Monitor mon = new Monitor(m.machine.cpus, m.vm, () -> { });
            GdbStub stub = new GdbStub(m.machine.cpus, m.engine, m.vm, mon::execute, () -> { });
            try (GdbServer server = new GdbServer(0, m.vm, stub); RawClient c = new RawClient(server.port())) {
                String out = monitor(c, "xp/200000000x 0");
                String[] lines = out.split("\n");
                assertEquals(8192 / 16 + 1, lines.length, out.substring(0, 200));
                assertTrue(lines[0].matches("0000000000000000: 0x[0-9a-f]{8} 0x[0-9a-f]{8} 0x[0-9a-f]{8} 0x[0-9a-f]{8}"), lines[0]);
                assertEquals("0000000000001ff0:", lines[8192 / 16 - 1].substring(0, 17));
                assertEquals("(count 200000000 capped to 2048: at most 8192 bytes a command)", lines[lines.length - 1]);
                String insns = monitor(c, "x/99999999999999999999i 0");
                assertTrue(insns.endsWith("capped to 1024: at most 1024 instructions a command)\n"), insns);
                assertEquals(1025, insns.split("\n").length);
                String small = monitor(c, "xp/2xb 0x7c00");
                assertTrue(small.matches("0000000000007c00: 0x[0-9a-f]{2} 0x[0-9a-f]{2}\n"), small);
            }
        }
    }

    /** Runs a monitor command over qRcmd; returns its output (every O packet within PacketSize). */
    private static String monitor(RawClient c, String command) throws IOException {
        c.send("qRcmd," + Hex.text(command));
        StringBuilder out = new StringBuilder();
        long deadline = System.currentTimeMillis() + 10_000;
        while (true) {
            String p = c.waitFor("", (int) Math.max(1, deadline - System.currentTimeMillis()));
            if (p.equals("OK")) {
                return out.toString();
            }
            assertTrue(p.startsWith("O") && p.length() <= RspChannel.PACKET_SIZE, p.substring(0, Math.min(40, p.length())));
            out.append(Hex.decodeText(p.substring(1)));
        }
    }

    /** Packets sent just before the client closes its side are still served, and their replies written. */
    @Test
    void clientThatSendsAndClosesAtOnceIsServedAndItsKillEndsTheRun() throws Exception {
        try (JosMachine m = new JosMachine(1, true)) {
            try (java.net.Socket s = new java.net.Socket("127.0.0.1", m.server.port())) {
                s.getOutputStream().write((packet("QStartNoAckMode") + packet("g") + packet("m7c00,2"))
                        .getBytes(StandardCharsets.ISO_8859_1));
                s.shutdownOutput();
                s.setSoTimeout(10_000);
                String got = new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
                assertTrue(got.matches("\\+*\\$OK#9a\\$.*") && got.endsWith(packet(
                        String.format("%02x%02x", m.machine.cpus.get(0).phys.read8(0x7c00) & 0xFF,
                                m.machine.cpus.get(0).phys.read8(0x7c01) & 0xFF))), got);
            }
            try (RawClient c = connectWithin(m.server.port(), 5_000)) {
                c.send("k"); // and close at once
            }
            assertTrue(m.awaitEnd(10_000), "the k sent just before the close ended the run");
        }
    }
}
