package j86.launcher;

import j86.hw.board.Firmware;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code j86} command. Bad input gets one line on stderr and exit status 2; a guest triple
 * fault a register dump and status 4; a host-side bug one line and status 70. No Java stack trace
 * reaches the user.
 */
public final class Main {
    /**
     * Exit statuses. The guest's isa-debug-exit write gives an odd status (1-255), so every status
     * of j86's own is even: a script can tell a triple fault (4) from a guest exit with value 1 (3).
     */
    static final int EXIT_USAGE = 2, EXIT_TRIPLE_FAULT = 4, EXIT_INTERNAL = 70, EXIT_TIMEOUT = 124;

    /** The reason of an I/O error without the file name Java puts first ("f (Permission denied)"). */
    static String reason(IOException e) {
        String m = String.valueOf(e.getMessage());
        int open = m.lastIndexOf(" (");
        return open >= 0 && m.endsWith(")") ? m.substring(open + 2, m.length() - 1) : m;
    }

    private Main() {}

    /** Set by {@link #main}: the process may end itself (a run that ignores its --timeout). */
    static volatile boolean exitOnHang;

    public static void main(String[] args) {
        exitOnHang = true;
        int status = execute(args, System.err);
        System.out.flush();
        System.exit(status);
    }

    /** Runs the command; a bad input or a host-side failure gets one line on {@code err}. */
    static int execute(String[] args, java.io.PrintStream err) {
        try {
            return run(args);
        } catch (UsageException e) {
            err.println("j86: " + e.getMessage());
            return EXIT_USAGE;
        } catch (Throwable t) {
            err.println("j86: internal error: " + t + where(t));
            if (Boolean.getBoolean("j86.trace")) {
                t.printStackTrace(err);
            }
            return EXIT_INTERNAL;
        }
    }

    /**
     * " at Class.method(File:line)" for the innermost j86 frame of {@code t}, so that a one-line
     * report still says where (-Dj86.trace=true prints the whole stack).
     */
    public static String where(Throwable t) {
        for (StackTraceElement f : t.getStackTrace()) {
            if (f.getClassName().startsWith("j86.")) {
                return " at " + f;
            }
        }
        return "";
    }

    static int run(String[] args) throws UsageException, IOException {
        if (args.length > 0 && args[0].equals("grade")) return j86.launcher.grade.Grade.main(java.util.Arrays.copyOfRange(args, 1, args.length));
        Options o = Options.parse(args);
        if (o.help) {
            System.out.print(Help.TEXT);
            return 0;
        }
        if (o.version) {
            System.out.println("j86 0.1 (QEMU emulator version 7.2.0 compatible options)");
            return 0;
        }
        if (o.bios == null && o.drives.stream().noneMatch(d -> d.index() == 0)) {
            throw new UsageException("no boot disk: give an image (-drive file=IMG,index=0,... or -hda IMG)");
        }
        for (DriveSpec d : o.drives) {
            checkImage(d, o.snapshot || d.snapshot(), o.bios == null);
        }
        byte[] bios = o.bios == null ? null : BiosFile.read(o.bios);
        checkLogFile(o);
        if (o.parallel && o.startStopped) {
            // The stub stops the machine by holding the one scheduler thread; with a thread per
            // vCPU it cannot yet stop them all, so waiting for a debugger is refused (and a client
            // connecting to -gdb is turned away, see Run), rather than half-working.
            throw new UsageException("-S is not supported with -accel tcg,thread=multi (the GDB stub cannot stop"
                    + " parallel vCPUs yet; use thread=single)");
        }
        java.net.ServerSocket gdb = null;
        if (o.gdbPort >= 0) {
            try {
                gdb = j86.launcher.gdb.GdbServer.listen(o.gdbPort); // first: a debugger may connect at once
            } catch (IOException e) {
                throw new UsageException("-gdb tcp::" + o.gdbPort + ": cannot listen on 127.0.0.1 (" + e.getMessage() + ")");
            }
        }
        return new Run(o, gdb, bios).execute();
    }

    /** With -d, the -D file must be writable before the machine starts. */
    private static void checkLogFile(Options o) throws UsageException {
        if (o.logFile == null || o.logItems.isEmpty()) {
            return;
        }
        try {
            Path p = Path.of(o.logFile);
            if (Files.isDirectory(p)) {
                throw new UsageException("-D " + o.logFile + ": is a directory, not a log file");
            }
            Files.newOutputStream(p).close(); // creates or truncates it, as opening the log would
        } catch (java.nio.file.InvalidPathException e) {
            throw new UsageException("-D " + o.logFile + ": not a valid file name");
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UsageException("-D " + o.logFile + ": cannot create the log file (no such directory)");
        } catch (java.nio.file.AccessDeniedException e) {
            throw new UsageException("-D " + o.logFile + ": cannot create the log file (permission denied)");
        } catch (IOException e) {
            throw new UsageException("-D " + o.logFile + ": cannot create the log file (" + reason(e) + ")");
        }
    }

    /**
     * Refuses a missing, unreadable or unbootable image before anything starts, and one j86 would
     * have to write (no -snapshot) that it may not write. Under -bios the BIOS judges the boot
     * sector, so {@code needBootSector} is false.
     */
    private static void checkImage(DriveSpec d, boolean snapshot, boolean needBootSector)
            throws UsageException, IOException {
        Path p;
        try {
            p = Path.of(d.file());
        } catch (java.nio.file.InvalidPathException e) {
            throw new UsageException(d.file() + ": not a valid file name");
        }
        if (Files.isDirectory(p)) {
            throw new UsageException(d.file() + ": is a directory, not a disk image");
        }
        if (!Files.exists(p)) {
            throw new UsageException(d.file() + ": no such disk image");
        }
        if (!Files.isRegularFile(p)) {
            throw new UsageException(d.file() + ": not a regular file (j86 needs a raw disk image file)");
        }
        if (!Files.isReadable(p)) {
            throw new UsageException(d.file() + ": cannot read the disk image (permission denied)");
        }
        if (!snapshot && !Files.isWritable(p)) {
            throw new UsageException(d.file() + ": the disk image is read-only; add -snapshot to run it with the guest's"
                    + " writes kept in memory");
        }
        if (d.index() != 0 || !needBootSector) {
            return;
        }
        byte[] sector = new byte[Firmware.SECTOR];
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "r")) {
            if (f.length() < Firmware.SECTOR) {
                throw new UsageException(d.file() + ": not a bootable disk image (shorter than one sector)");
            }
            f.readFully(sector);
        }
        if (!Firmware.bootable(sector)) {
            throw new UsageException(d.file() + ": not a bootable disk image (no 0x55AA boot signature)");
        }
    }
}
