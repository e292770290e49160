package j86.launcher;

import j86.hw.board.Firmware;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code j86} command. Bad input gets one line on stderr and exit status 2; a guest triple
 * fault a register dump and status 3; a host-side bug one line and status 70. No Java stack trace
 * reaches the user.
 */
public final class Main {
    static final int EXIT_USAGE = 2, EXIT_TRIPLE_FAULT = 3, EXIT_INTERNAL = 70, EXIT_TIMEOUT = 124;

    private Main() {}

    public static void main(String[] args) {
        int status;
        try {
            status = run(args);
        } catch (UsageException e) {
            System.err.println("j86: " + e.getMessage());
            status = EXIT_USAGE;
        } catch (Throwable t) {
            System.err.println("j86: internal error: " + t);
            status = EXIT_INTERNAL;
        }
        System.out.flush();
        System.exit(status);
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
        if (o.drives.stream().noneMatch(d -> d.index() == 0)) {
            throw new UsageException("no boot disk: give an image (-drive file=IMG,index=0,... or -hda IMG)");
        }
        for (DriveSpec d : o.drives) {
            checkImage(d);
        }
        java.net.ServerSocket gdb = null;
        if (o.gdbPort >= 0) {
            try {
                gdb = j86.launcher.gdb.GdbServer.listen(o.gdbPort); // first: a debugger may connect at once
            } catch (IOException e) {
                throw new UsageException("-gdb tcp::" + o.gdbPort + ": cannot listen on 127.0.0.1 (" + e.getMessage() + ")");
            }
        }
        return new Run(o, gdb).execute();
    }

    /** Refuses a missing, unreadable or unbootable image before anything starts. */
    private static void checkImage(DriveSpec d) throws UsageException, IOException {
        Path p = Path.of(d.file());
        if (!Files.isRegularFile(p)) {
            throw new UsageException(d.file() + ": no such disk image");
        }
        if (!Files.isReadable(p)) {
            throw new UsageException(d.file() + ": cannot read the disk image");
        }
        if (d.index() != 0) {
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
