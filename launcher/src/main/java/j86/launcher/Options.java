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

    /** QEMU options that take a value. */
    private static final java.util.Set<String> VALUE_OPTIONS = java.util.Set.of("-drive", "-hda", "-hdb", "-hdc",
            "-hdd", "-smp", "-m", "-serial", "-display", "-vga", "-monitor", "-accel", "-machine", "-M", "-cpu",
            "-name", "-k", "-rtc", "-boot", "-net", "-netdev", "-device", "-global", "-D", "-d", "-gdb", "-p");

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
            case "--quantum" -> quantum = parsePositive(value(args, i, name), name);
            case "--seed" -> seed = parseSeed(value(args, i, name));
            case "--jit-threshold" -> jitThreshold = (int) Math.min(parsePositiveOrZero(value(args, i, name), name), 1 << 20);
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
                    throw new UsageException("unknown option " + name + " (j86 -help lists the options)");
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
            case "-display", "-vga", "-monitor", "-accel", "-machine", "-M", "-cpu", "-name", "-k", "-rtc",
                    "-boot", "-net", "-netdev", "-device", "-global" -> { /* accepted for compatibility */ }
            case "-D" -> logFile = v;
            case "-d" -> logItems = v;
            case "-gdb" -> gdbPort = parseGdb(v);
            case "-p" -> gdbPort = (int) parsePositive(v, name);
            default -> throw new UsageException("unknown option " + name + " (j86 -help lists the options)");
        }
        return i + 1;
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
            throw new UsageException("option " + name + " needs an argument");
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
                case "index" -> index = (int) parsePositiveOrZero(val, "-drive index");
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
        int cpus = -1;
        long product = 1;
        boolean topology = false;
        for (String part : v.split(",")) {
            String[] kv = part.split("=", 2);
            if (kv.length == 1) {
                cpus = (int) parsePositive(kv[0], "-smp");
                continue;
            }
            long n = parsePositive(kv[1], "-smp " + kv[0]);
            switch (kv[0]) {
                case "cpus" -> cpus = (int) n;
                case "sockets", "cores", "threads", "dies" -> {
                    product *= n;
                    topology = true;
                }
                case "maxcpus" -> { /* hot-plug is not modelled */ }
                default -> throw new UsageException("-smp: unknown parameter " + kv[0]);
            }
        }
        int n = cpus > 0 ? cpus : topology ? (int) Math.min(product, 1000) : 1;
        if (n < 1 || n > 32) {
            throw new UsageException("-smp " + v + ": between 1 and 32 CPUs are supported");
        }
        return n;
    }

    /** {@code -m 128}, {@code -m 128M}, {@code -m 1G}, {@code -m size=256M}: default unit MiB. */
    static long parseMemory(String v) throws UsageException {
        String s = v.startsWith("size=") ? v.substring(5) : v;
        long unit = 1L << 20;
        char last = s.isEmpty() ? ' ' : Character.toUpperCase(s.charAt(s.length() - 1));
        if (last == 'K' || last == 'M' || last == 'G') {
            unit = last == 'K' ? 1L << 10 : last == 'M' ? 1L << 20 : 1L << 30;
            s = s.substring(0, s.length() - 1);
        }
        long bytes = parsePositive(s, "-m") * unit;
        if (bytes < (2L << 20) || bytes > (3L << 30)) {
            throw new UsageException("-m " + v + ": memory must be between 2 MiB and 3 GiB");
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

    private static int parseGdb(String v) throws UsageException {
        String port = v.startsWith("tcp::") ? v.substring(5) : v.startsWith("tcp:localhost:") ? v.substring(14) : null;
        if (port == null) {
            throw new UsageException("-gdb " + v + ": only tcp::PORT is supported");
        }
        long p = parsePositive(port, "-gdb");
        if (p > 65535) {
            throw new UsageException("-gdb " + v + ": bad port");
        }
        return (int) p;
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

    private static long parsePositive(String v, String what) throws UsageException {
        long n = parsePositiveOrZero(v, what);
        if (n == 0) {
            throw new UsageException(what + " " + v + ": expected a positive number");
        }
        return n;
    }

    private static long parsePositiveOrZero(String v, String what) throws UsageException {
        try {
            long n = Long.parseLong(v.trim());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new UsageException(what + " " + v + ": expected a number");
    }
}
