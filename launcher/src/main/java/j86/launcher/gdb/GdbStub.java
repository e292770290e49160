package j86.launcher.gdb;

import j86.runtime.cpu.Cpu;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * The GDB remote protocol's commands, run on the machine thread (so CPU state is read and written
 * only there, and only while the machine is paused, as GDB works in all-stop mode). One thread per
 * CPU, thread id = CPU index + 1. Memory is addressed linearly through the selected thread's paging
 * ({@link DebugMemory}); an unmapped address answers E14 (EFAULT).
 *
 * Stepping: a CPU that can execute steps in place with the interpreter, interrupts held off for
 * that instruction as QEMU's default single-step does; a halted CPU resumes the machine until it has
 * executed one instruction (which is then the first of an interrupt handler).
 */
public final class GdbStub implements VmControl.StopListener {
    private final List<Cpu> cpus;
    private final DebugEngine engine;
    private final VmControl vm;
    private final Function<String, String> monitor;
    private final Runnable kill;
    /** The most memory one 'm' reply carries (as hex it fills a PacketSize packet); GDB asks again for the rest. */
    static final int MAX_READ = RspChannel.PACKET_SIZE / 2;
    /** The most monitor output one O packet carries. */
    static final int MAX_OUTPUT_CHUNK = RspChannel.PACKET_SIZE / 4;
    private RspChannel ch;
    private boolean awaitingStop;
    /** Threads (CPU indexes) chosen by Hg (registers, memory) and Hc (step, continue). */
    private int gCpu, cCpu;
    private StopEvent last;

    /**
     * @param monitor runs a monitor command line and returns its output (qRcmd)
     * @param kill ends the run (the 'k' packet)
     */
    public GdbStub(List<Cpu> cpus, DebugEngine engine, VmControl vm, Function<String, String> monitor, Runnable kill) {
        this.cpus = cpus;
        this.engine = engine;
        this.vm = vm;
        this.monitor = monitor;
        this.kill = kill;
        vm.addStopListener(this);
    }

    /** Whether a client is connected (machine thread). */
    public boolean attached() {
        return ch != null;
    }

    void attach(RspChannel c) {
        ch = c;
        awaitingStop = false;
        engine.holdOnShutdown = true;
        if (!vm.paused()) {
            vm.requestPause(StopEvent.trap(-1)); // QEMU stops a running machine when GDB connects
        }
    }

    void detach(RspChannel c) {
        if (ch != c) {
            return;
        }
        ch = null;
        awaitingStop = false;
        engine.points.clear();
        engine.stepCpu = -1;
        engine.holdOnShutdown = false;
        vm.resume();
    }

    void interrupt() {
        if (!vm.paused()) {
            vm.requestPause(StopEvent.interrupt());
        }
    }

    @Override
    public void stopped(StopEvent e) {
        last = e;
        gCpu = cCpu = e.cpu();
        if (ch != null && awaitingStop) {
            awaitingStop = false;
            if (e.message() != null) {
                send("O" + Hex.text(e.message().lines().findFirst().orElse("") + "\n"));
            }
            send(stopReply(e));
        }
    }

    /** The run ended (machine thread, after the scheduler returned): GDB hears the exit status. */
    public void machineEnded(int status) {
        if (ch != null) {
            send(String.format("W%02x", status & 0xFF));
        }
    }

    static String stopReply(StopEvent e) {
        String watch = e.watchKind() == null ? "" : e.watchKind() + ":" + Integer.toHexString(e.watchAddr()) + ";";
        return String.format("T%02x%sthread:%x;", e.signal(), watch, e.cpu() + 1);
    }

    void handle(RspChannel from, String p) {
        if (from != ch || p.isEmpty()) {
            return;
        }
        if (p == RspChannel.OVERSIZE) {
            send("E22"); // EINVAL: longer than the PacketSize we advertised
            return;
        }
        String reply;
        try {
            reply = dispatch(p);
        } catch (RuntimeException e) {
            reply = "E01"; // malformed numbers and the like
        }
        if (reply != null) {
            send(reply);
        }
    }

    /** The reply to packet {@code p}, or null when none is due now (continue, step, kill). */
    private String dispatch(String p) {
        char k = p.charAt(0);
        String a = p.substring(1);
        switch (k) {
            case '?': return stopReply(last != null ? last : StopEvent.trap(gCpu));
            case 'g': return Registers.readAll(cpu(gCpu));
            case 'G': return Registers.writeAll(cpu(gCpu), Hex.decode(a)) ? "OK" : "E01";
            case 'p': {
                String r = Registers.read(cpu(gCpu), (int) Hex.number(a));
                return r == null ? "E01" : r;
            }
            case 'P': {
                int eq = a.indexOf('=');
                return Registers.write(cpu(gCpu), (int) Hex.number(a.substring(0, eq)), pad(Hex.decode(a.substring(eq + 1))), 0)
                        ? "OK" : "E01";
            }
            case 'm': return readMemory(a);
            case 'M': return writeMemory(a, false);
            case 'X': return writeMemory(a, true);
            case 'c': case 'C': return resume(cCpu, a, k == 'C', false);
            case 's': case 'S': return resume(cCpu, a, k == 'S', true);
            case 'v': return vPacket(p);
            case 'Z': case 'z': return point(k == 'Z', a);
            case 'H': return selectThread(a);
            case 'T': return validThread(parseThread(a)) ? "OK" : "E01";
            case 'q': return query(p);
            case 'Q': return set(p);
            case 'D': return detachCommand();
            case 'k':
                kill.run();
                return null;
            default: return "";
        }
    }

    private Cpu cpu(int index) {
        return cpus.get(index >= 0 && index < cpus.size() ? index : 0);
    }

    /** {@code v} (unsigned) or {@code max} if it is larger. */
    private static int capped(long v, int max) {
        return Long.compareUnsigned(v, max) > 0 ? max : (int) v;
    }

    private static byte[] pad(byte[] b) {
        return b.length >= 4 ? b : java.util.Arrays.copyOf(b, 4);
    }

    private String readMemory(String a) {
        int comma = a.indexOf(',');
        int addr = (int) Hex.number(a.substring(0, comma));
        int len = capped(Hex.number(a.substring(comma + 1)), MAX_READ); // a longer read: what fits, GDB asks for the rest
        byte[] b = new byte[len];
        int n = DebugMemory.read(cpu(gCpu), addr, b, 0, len);
        return n == 0 && len > 0 ? "E14" : Hex.bytes(b, 0, n);
    }

    private String writeMemory(String a, boolean binary) {
        int comma = a.indexOf(','), colon = a.indexOf(':');
        int addr = (int) Hex.number(a.substring(0, comma));
        int len = (int) Hex.number(a.substring(comma + 1, colon));
        String data = a.substring(colon + 1);
        byte[] b = binary ? RspChannel.unescape(data) : Hex.decode(data);
        if (b.length < len) {
            return "E01";
        }
        return DebugMemory.write(cpu(gCpu), addr, b, 0, len) == len ? "OK" : "E14";
    }

    /** c/C/s/S: an optional address (after the signal for C/S) sets EIP; the signal itself is ignored. */
    private String resume(int cpuIndex, String a, boolean withSignal, boolean step) {
        String addr = withSignal ? (a.contains(";") ? a.substring(a.indexOf(';') + 1) : "") : a;
        if (!addr.isEmpty()) {
            cpu(cpuIndex).eip = (int) Hex.number(addr);
        }
        awaitingStop = true;
        if (step) {
            step(cpu(cpuIndex));
        } else {
            vm.resume();
        }
        return null;
    }

    private void step(Cpu c) {
        boolean canWake = c.nmi == Cpu.NMI_PENDING || (c.eflags & Cpu.IF) != 0 && c.intr.pending();
        if (c.shutdown || !vm.paused()) {
            stopped(new StopEvent(c.index, c.shutdown ? StopEvent.SIGSEGV : StopEvent.SIGTRAP, null, 0, null));
            return;
        }
        if (c.halted && !canWake) {
            engine.stepCpu = c.index; // resume until this CPU has executed one instruction
            vm.resume();
            return;
        }
        if (!c.halted) {
            c.interruptShadow = true; // no interrupt is taken before a stepped instruction (QEMU's SSTEP_NOIRQ)
        }
        engine.interpreter().stepOver(c);
        c.debugStop = j86.runtime.debug.DebugStop.NONE;
        var w = c.mmu.watchHit;
        c.mmu.watchHit = null;
        stopped(new StopEvent(c.index, c.shutdown ? StopEvent.SIGSEGV : StopEvent.SIGTRAP,
                w == null ? null : w.kind(), w == null ? 0 : w.addr(), null));
    }

    /** vCont?, vCont;ACTION[:TID]..., vMustReplyEmpty, vKill. */
    private String vPacket(String p) {
        if (p.equals("vCont?")) {
            return "vCont;c;C;s;S";
        }
        if (p.startsWith("vKill")) {
            kill.run();
            return "OK";
        }
        if (!p.startsWith("vCont;")) {
            return "";
        }
        for (String action : p.substring(6).split(";")) {
            int colon = action.indexOf(':');
            int tid = colon < 0 ? -1 : parseThread(action.substring(colon + 1));
            char a = action.charAt(0);
            if ((a == 's' || a == 'S') && (tid < 0 || validThread(tid))) {
                cCpu = tid < 0 ? cCpu : tid;
                return resume(cCpu, "", false, true);
            }
        }
        return resume(cCpu, "", false, false);
    }

    /** Z/z TYPE,ADDR,KIND: breakpoints 0-1, watchpoints 2 (write), 3 (read), 4 (access). */
    private String point(boolean insert, String a) {
        String[] f = a.split("[,;]");
        int type = Integer.parseInt(f[0]);
        int addr = (int) Hex.number(f[1]);
        int len = (int) Hex.number(f[2]);
        if (type < 0 || type > 4) {
            return "";
        }
        boolean ok = insert ? engine.points.add(type, addr, len) : engine.points.remove(type, addr, len);
        return ok ? "OK" : "E22";
    }

    private String selectThread(String a) {
        char which = a.charAt(0);
        int tid = parseThread(a.substring(1));
        if (tid >= 0 && !validThread(tid)) {
            return "E01";
        }
        int index = tid < 0 ? (which == 'g' ? gCpu : cCpu) : tid;
        if (which == 'g') {
            gCpu = index;
        } else {
            cCpu = index;
        }
        return "OK";
    }

    /** A thread id as a CPU index: -1 for "all" (-1) or "any" (0). */
    private static int parseThread(String t) {
        if (t.startsWith("-") || t.isEmpty()) {
            return -1;
        }
        long id = Hex.number(t);
        return id == 0 ? -1 : (int) id - 1;
    }

    private boolean validThread(int index) {
        return index >= 0 && index < cpus.size();
    }

    private String query(String p) {
        if (p.equals("qC")) {
            return "QC" + Integer.toHexString(gCpu + 1);
        }
        if (p.equals("qfThreadInfo")) {
            StringBuilder b = new StringBuilder("m");
            for (int i = 0; i < cpus.size(); i++) {
                b.append(i == 0 ? "" : ",").append(Integer.toHexString(i + 1));
            }
            return b.toString();
        }
        if (p.equals("qsThreadInfo")) {
            return "l";
        }
        if (p.startsWith("qAttached")) {
            return "1";
        }
        if (p.startsWith("qSupported")) {
            return "PacketSize=" + Integer.toHexString(RspChannel.PACKET_SIZE) + ";qXfer:features:read+;QStartNoAckMode+;vContSupported+";
        }
        if (p.startsWith("qXfer:features:read:")) {
            return features(p.substring("qXfer:features:read:".length()));
        }
        if (p.startsWith("qThreadExtraInfo,")) {
            Cpu c = cpu(parseThread(p.substring(17)));
            return Hex.text("CPU#" + c.index + (c.shutdown ? " [shutdown]" : c.halted ? " [halted]" : " [running]"));
        }
        if (p.startsWith("qRcmd,")) {
            String out = monitor.apply(Hex.decodeText(p.substring(6)));
            byte[] text = out.getBytes(StandardCharsets.UTF_8);
            for (int at = 0; at < text.length; at += MAX_OUTPUT_CHUNK) { // O packets within PacketSize, as QEMU splits them
                send("O" + Hex.bytes(text, at, Math.min(MAX_OUTPUT_CHUNK, text.length - at)));
            }
            return "OK";
        }
        if (p.startsWith("qSymbol")) {
            return "OK";
        }
        return "";
    }

    /** qXfer:features:read:ANNEX:OFFSET,LENGTH: pieces of the target description. */
    private static String features(String a) {
        int colon = a.indexOf(':');
        if (!a.substring(0, colon).equals("target.xml")) {
            return "E00";
        }
        String[] ol = a.substring(colon + 1).split(",");
        byte[] xml = TargetXml.TEXT.getBytes(StandardCharsets.ISO_8859_1);
        int off = capped(Hex.number(ol[0]), xml.length);
        int len = Math.min(capped(Hex.number(ol[1]), RspChannel.PACKET_SIZE - 1), xml.length - off);
        String chunk = new String(xml, off, len, StandardCharsets.ISO_8859_1);
        return (off + len >= xml.length ? "l" : "m") + chunk;
    }

    private String set(String p) {
        if (p.equals("QStartNoAckMode")) {
            send("OK");
            ch.setNoAck();
            return null;
        }
        return "";
    }

    private String detachCommand() {
        RspChannel c = ch;
        send("OK");
        detach(c);
        return null;
    }

    private void send(String body) {
        RspChannel c = ch;
        if (c != null) {
            c.send(body); // queued: never waits for the client; one that stops reading is dropped
        }
    }
}
