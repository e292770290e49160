package j86.launcher;

import java.util.ArrayList;
import java.util.List;

/**
 * The command line: the QEMU options that JOS and xv6 makefiles pass, and j86's own (two dashes).
 * Options j86 accepts only for compatibility are parsed and ignored, so `make qemu-nox QEMU=j86` works.
 */
public final class Options {
    public final List<DriveSpec> drives = new ArrayList<>();
    public int cpus = 1;
    public long memoryBytes = 128L << 20;
    public boolean snapshot;
    public boolean serialStdio = true;
    public boolean serialMonitor;
    public boolean noReboot;
    public String logFile;
    public String logItems = "";
    public boolean startStopped;
    public int gdbPort = -1;
    /** -bios FILE: a BIOS ROM image started at the reset vector instead of the built-in firmware. */
    public String bios;
    /** -debugcon file:PATH | stdio | none: where QEMU's isa-debugcon output goes (null: no device). */
    public String debugcon;
    /** The debug console's port: 0xE9 as QEMU's default, or -global isa-debugcon.iobase=N. */
    public int debugconPort = 0xE9;
    public boolean help;
    public boolean version;
    // j86's own options
    public double timeoutSeconds;
    public String exitOn;
    public boolean stats;
    public String engine = "jit";
    public long quantum = 4096;
    /** The seed of the scheduler's turn lengths; empty: fixed turns of exactly the quantum. */
    public java.util.OptionalLong seed = java.util.OptionalLong.of(j86.runtime.sched.TurnLengths.DEFAULT_SEED);
    /** Runs of a block on the interpreter before the translator compiles it. */
    public int jitThreshold = 64;
    /** -accel tcg,thread=multi: one host thread per vCPU (default: the deterministic turns). */
    public boolean parallel;

    /** QEMU options that take a value. */
    private static final java.util.Set<String> VALUE_OPTIONS = java.util.Set.of("-drive", "-hda", "-hdb", "-hdc",
            "-hdd", "-smp", "-m", "-serial", "-display", "-vga", "-monitor", "-accel", "-machine", "-M", "-cpu",
            "-name", "-k", "-rtc", "-boot", "-net", "-netdev", "-device", "-global", "-D", "-d", "-gdb", "-p", "-bios", "-debugcon");

    /** Limits of the numeric options (larger values are refused, never wrapped or clamped). */
    static final long MAX_CPUS = 32, MAX_MEMORY_MIB = 2047, MAX_QUANTUM = 1L << 30, MAX_JIT_THRESHOLD = 1 << 20;

    private Options() {}

    public static Options parse(String[] args) throws UsageException {
        Options o = new Options();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("-")) {
                o.drives.add(new DriveSpec(a, o.nextFreeIndex(), false));
                continue;
            }
            String name = a.startsWith("--") && !isOwn(a) ? a.substring(1) : a;
            if (isOwn(name)) {
                i = o.parseOwn(name, args, i);
            } else {
                i = o.parseQemu(name, args, i);
            }
        }
        if (o.drives.stream().anyMatch(d -> d.index() > 1)) {
            throw new UsageException("only drive indexes 0 and 1 (the primary IDE channel) exist");
        }
        return o;
    }

    private static boolean isOwn(String a) {
        return a.equals("--timeout") || a.equals("--exit-on") || a.equals("--stats") || a.equals("--engine")
                || a.equals("--quantum") || a.equals("--jit-threshold") || a.equals("--seed");
    }

    private int parseOwn(String name, String[] args, int i) throws UsageException {
        switch (name) {
            case "--stats" -> stats = true;
            case "--timeout" -> timeoutSeconds = parseSeconds(value(args, i, name));
            case "--exit-on" -> exitOn = checkRegex(value(args, i, name));
            case "--engine" -> engine = checkEngine(value(args, i, name));
            case "--quantum" -> quantum = parseRange(value(args, i, name), name, 1, MAX_QUANTUM);
            case "--seed" -> seed = parseSeed(value(args, i, name));
            case "--jit-threshold" -> jitThreshold = (int) parseRange(value(args, i, name), name, 0, MAX_JIT_THRESHOLD);
            default -> throw new UsageException("unknown option " + name);
        }
        return name.equals("--stats") ? i : i + 1;
    }

    private int parseQemu(String name, String[] args, int i) throws UsageException {
        switch (name) {
            case "-help", "-h" -> help = true;
            case "-version" -> version = true;
            case "-nographic" -> {
                serialStdio = true;
                serialMonitor = true;
            }
            case "-snapshot" -> snapshot = true;
            case "-no-reboot", "-no-shutdown", "-enable-kvm", "-no-hpet" -> noReboot |= name.equals("-no-reboot");
            case "-S" -> startStopped = true;
            case "-s" -> gdbPort = 1234;
            default -> {
                if (!VALUE_OPTIONS.contains(name)) {
                    throw new UsageException("unknown option " + args[i] + " (j86 -help lists the options)");
                }
                return parseWithValue(name, value(args, i, name), i);
            }
        }
        return i;
    }

    private int parseWithValue(String name, String v, int i) throws UsageException {
        switch (name) {
            case "-drive" -> drives.add(parseDrive(v));
            case "-hda" -> drives.add(new DriveSpec(v, 0, false));
            case "-hdb" -> drives.add(new DriveSpec(v, 1, false));
            case "-hdc" -> drives.add(new DriveSpec(v, 2, false));
            case "-hdd" -> drives.add(new DriveSpec(v, 3, false));
            case "-smp" -> cpus = parseSmp(v);
            case "-m" -> memoryBytes = parseMemory(v);
            case "-serial" -> parseSerial(v);
            case "-accel" -> parallel = parseAccel(v);
            case "-display", "-vga", "-monitor", "-machine", "-M", "-cpu", "-name", "-k", "-rtc",
                    "-boot", "-net", "-netdev", "-device" -> { /* accepted for compatibility */ }
            case "-global" -> parseGlobal(v);
            case "-debugcon" -> debugcon = checkDebugcon(v);
            case "-D" -> logFile = v;
            case "-bios" -> bios = v;
            case "-d" -> logItems = v;
            case "-gdb" -> gdbPort = parseGdb(v);
            case "-p" -> gdbPort = (int) parseRange(v, name, 1, 65535);
            default -> throw new UsageException("unknown option " + name + " (j86 -help lists the options)");
        }
        return i + 1;
    }

    static boolean parseAccel(String v) throws UsageException {
        try {
            return AccelOption.multi(v);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private int nextFreeIndex() {
        int index = 0;
        while (true) {
            final int candidate = index;
            if (drives.stream().noneMatch(d -> d.index() == candidate)) {
                return index;
            }
            index++;
        }
    }

    private static String value(String[] args, int i, String name) throws UsageException {
        if (i + 1 >= args.length) {
            throw new UsageException("option " + args[i] + " needs an argument");
        }
        return args[i + 1];
    }

    private DriveSpec parseDrive(String v) throws UsageException {
        String file = null;
        int index = -1;
        boolean snap = false;
        for (String part : v.split(",")) {
            String[] kv = part.split("=", 2);
            String key = kv[0];
            String val = kv.length > 1 ? kv[1] : "";
            switch (key) {
                case "file" -> file = val;
                case "index" -> index = (int) parseNumber(val, "-drive " + part, 0, 3,
                        "-drive " + part + ": only drive indexes 0 and 1 (the primary IDE channel) exist");
                case "snapshot" -> snap = val.equals("on") || val.equals("true") || val.isEmpty();
                case "format" -> {
                    if (!val.equals("raw")) {
                        throw new UsageException("-drive format=" + val + " is not supported (only raw images)");
                    }
                }
                case "media" -> {
                    if (!val.equals("disk")) {
                        throw new UsageException("-drive media=" + val + " is not supported (only disks)");
                    }
                }
                case "if", "cache", "aio", "id" -> { /* accepted */ }
                default -> throw new UsageException("-drive: unknown parameter " + key);
            }
        }
        if (file == null || file.isEmpty()) {
            throw new UsageException("-drive needs file=IMAGE");
        }
        return new DriveSpec(file, index < 0 ? nextFreeIndex() : index, snap);
    }

    /** {@code -smp N} or {@code -smp cpus=N,sockets=S,cores=C,threads=T}: cpus, else the product. */
    static int parseSmp(String v) throws UsageException {
        String range = "-smp " + v + ": between 1 and " + MAX_CPUS + " CPUs are supported";
        long cpus = -1;
        long product = 1;
        boolean topology = false;
        for (String part : v.split(",", -1)) {
            String[] kv = part.split("=", 2);
            if (kv.length == 1) {
                cpus = parseNumber(kv[0], "-smp " + v, 1, MAX_CPUS, range);
                continue;
            }
            switch (kv[0]) {
                case "cpus" -> cpus = parseNumber(kv[1], "-smp " + v, 1, MAX_CPUS, range);
                case "sockets", "cores", "threads", "dies" -> {
                    // Saturates instead of overflowing: anything above MAX_CPUS is refused below.
                    product = Math.min(product, 1000) * Math.min(parseNumber(kv[1], "-smp " + v, 1, Long.MAX_VALUE, range), 1000);
                    topology = true;
                }
                case "maxcpus" -> parseNumber(kv[1], "-smp " + v, 1, Long.MAX_VALUE, range); // hot-plug is not modelled
                default -> throw new UsageException("-smp " + v + ": unknown parameter " + kv[0]);
            }
        }
        long n = cpus > 0 ? cpus : topology ? product : 1;
        if (n < 1 || n > MAX_CPUS) {
            throw new UsageException(range);
        }
        return (int) n;
    }

    /**
     * {@code -m 128}, {@code -m 128M}, {@code -m 1G}, {@code -m size=256M}: default unit MiB (as
     * QEMU). Guest RAM is one Java array, so at most {@link #MAX_MEMORY_MIB} MiB.
     */
    static long parseMemory(String v) throws UsageException {
        String s = v.startsWith("size=") ? v.substring(5) : v;
        long unit = 1L << 20;
        char last = s.isEmpty() ? ' ' : Character.toUpperCase(s.charAt(s.length() - 1));
        if (last == 'K' || last == 'M' || last == 'G') {
            unit = last == 'K' ? 1L << 10 : last == 'M' ? 1L << 20 : 1L << 30;
            s = s.substring(0, s.length() - 1);
        }
        String range = "-m " + v + ": guest memory must be between 2M and " + MAX_MEMORY_MIB + "M"
                + " (j86 holds guest RAM in one Java array, which stays below 2 GiB)";
        long n = parseNumber(s, "-m " + v, 0, Long.MAX_VALUE, range);
        if (n > (MAX_MEMORY_MIB << 20) / unit) {
            throw new UsageException(range);
        }
        long bytes = n * unit;
        if (bytes < (2L << 20)) {
            throw new UsageException(range);
        }
        return bytes & ~0xFFFL;
    }

    private void parseSerial(String v) throws UsageException {
        switch (v) {
            case "mon:stdio" -> {
                serialStdio = true;
                serialMonitor = true;
            }
            case "stdio" -> serialStdio = true;
            case "none", "null" -> serialStdio = false;
            default -> throw new UsageException("-serial " + v + " is not supported (use mon:stdio, stdio or none)");
        }
    }

    /** {@code -global isa-debugcon.iobase=N} moves the debug console; other properties are ignored. */
    private void parseGlobal(String v) throws UsageException {
        String key = "isa-debugcon.iobase=";
        if (!v.startsWith(key)) {
            return;
        }
        String n = v.substring(key.length());
        try {
            int port = n.startsWith("0x") || n.startsWith("0X") ? Integer.parseInt(n.substring(2), 16) : Integer.parseInt(n);
            if (port >= 0 && port <= 0xFFFF) {
                debugconPort = port;
                return;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new UsageException("-global " + v + ": expected a port number from 0 to 0xffff");
    }

    private static String checkDebugcon(String v) throws UsageException {
        if (v.equals("stdio") || v.equals("none") || v.startsWith("file:") && v.length() > 5) {
            return v;
        }
        throw new UsageException("-debugcon " + v + " is not supported (use file:PATH, stdio or none)");
    }

    private static int parseGdb(String v) throws UsageException {
        String port = v.startsWith("tcp::") ? v.substring(5) : v.startsWith("tcp:localhost:") ? v.substring(14) : null;
        if (port == null) {
            throw new UsageException("-gdb " + v + ": only tcp::PORT is supported");
        }
        return (int) parseNumber(port, "-gdb " + v, 1, 65535, "-gdb " + v + ": the port must be between 1 and 65535");
    }

    private static double parseSeconds(String v) throws UsageException {
        try {
            double d = Double.parseDouble(v);
            if (d > 0 && !Double.isInfinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new UsageException("--timeout " + v + ": expected a positive number of seconds");
    }

    private static String checkRegex(String v) throws UsageException {
        try {
            java.util.regex.Pattern.compile(v);
            return v;
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new UsageException("--exit-on: bad regular expression: " + e.getDescription());
        }
    }

    private static java.util.OptionalLong parseSeed(String v) throws UsageException {
        try {
            return SeedArg.parse(v);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static String checkEngine(String v) throws UsageException {
        if (v.equals("interp") || v.equals("jit")) {
            return v;
        }
        throw new UsageException("--engine " + v + ": expected interp or jit");
    }

    /** A whole number in [min, max] for option {@code name}; the messages echo {@code v} as given. */
    private static long parseRange(String v, String name, long min, long max) throws UsageException {
        return parseNumber(v, name + " " + v, min, max, name + " " + v + ": expected a number from " + min + " to " + max);
    }

    /**
     * A decimal number in [min, max]; {@code shown} is the user's input as the message echoes it
     * (e.g. "-smp cpus=x"), {@code outOfRange} the message for a number outside the range.
     */
    private static long parseNumber(String v, String shown, long min, long max, String outOfRange) throws UsageException {
        if (v.isEmpty() || !v.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            throw new UsageException(shown + ": expected a number");
        }
        long n;
        try {
            n = Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new UsageException(outOfRange); // digits only: too large for a long
        }
        if (n < min || n > max) {
            throw new UsageException(outOfRange);
        }
        return n;
    }
}
