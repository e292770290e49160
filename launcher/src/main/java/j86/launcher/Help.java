package j86.launcher;

/** The text of {@code j86 -help}. Makefiles grep it for lines starting with "-D " and "-gdb". */
final class Help {
    private Help() {}

    static final String TEXT = """
            j86: a full-system i386 PC emulator (JVM), a drop-in for qemu-system-i386 in JOS-style makefiles
            usage: j86 [options] [disk_image]

            QEMU-compatible options:
            -drive file=F,index=N,media=disk,format=raw[,snapshot=on]
                            attach raw disk image F as IDE drive N (0-3)
            -hda F / -hdb F use F as IDE drive 0 / 1
            -smp N          number of CPUs, 1-32 (also -smp cpus=N or sockets=S,cores=C,threads=T)
            -accel tcg[,thread=single|multi]
                            thread=multi: each vCPU on its own host thread, x86-TSO ordered,
                            timers on host time (not reproducible; no -gdb/-S); default single:
                            the deterministic turns
            -m SIZE         guest RAM, 2M-2047M (default 128M; a plain number is MiB; suffixes K, M, G)
            -serial mon:stdio | stdio | none
                            COM1 on standard input/output (mon: Ctrl-A x quits, Ctrl-A c monitor,
                            Ctrl-A h lists the escapes, Ctrl-A Ctrl-A sends Ctrl-A)
            -nographic      no display: COM1 on stdio (j86 is always headless)
            -display none   accepted (j86 is always headless)
            -snapshot       keep disk writes in memory; image files stay untouched (needed for
                            a read-only image)
            -no-reboot      exit instead of rebooting (j86 never reboots)
            -bios FILE      run the BIOS ROM image FILE (64 KiB multiple, at most 16 MiB; e.g.
                            Debian's /usr/share/seabios/bios.bin) from the reset vector F000:FFF0,
                            mapped below 4 GiB and its last 128 KiB at 0xE0000; without it,
                            j86's built-in firmware loads the boot sector directly (faster)
            -debugcon file:PATH | stdio | none
                            QEMU's isa-debugcon (port 0xE9; SeaBIOS logs to 0x402: add
                            -global isa-debugcon.iobase=0x402) into PATH or onto stdout
            -D logfile      write the -d log to logfile instead of stderr
            -d item,...     log items: int, cpu_reset, guest_errors, unimp
            -S              do not start the CPU (wait for the debugger)
            -gdb tcp::PORT  wait for a GDB connection on loopback port PORT
            -s              shorthand for -gdb tcp::1234
            -help           this text
            -version        the version

            j86 options:
            --engine interp|jit  execution engine (default jit)
            --timeout SECONDS    stop after SECONDS of wall-clock time (exit status 124), whether
                                 running or paused by a debugger
            --exit-on REGEX      stop with status 0 as soon as the console output matches REGEX
            --stats              on exit, print on stderr instructions, interrupts and IPIs per CPU,
                                 totals and MIPS, virtual time, scheduler and engine figures
            --quantum N          mean instructions each CPU runs per turn (default 4096, at most 2^30)
            --seed S|fixed       vary each turn between 1/2 and 3/2 of the quantum, drawn from seed S
                                 (decimal or 0x hex; default 86), so that no two CPUs stay in step;
                                 the same seed gives the same run; fixed: every turn is the quantum
            --jit-threshold N    runs of a block before the translator compiles it (default 64, 0-1048576)

            Console: on a terminal, standard input is made raw while j86 runs, as QEMU does (the
            guest echoes; with mon:stdio Ctrl-C goes to the guest), and restored on exit; a j86 in
            the background leaves the terminal alone until brought to the foreground. A run longer
            than a few seconds shows a progress line on stderr when stderr is a terminal.

            Exit status: 0 normal end (or --exit-on matched), 2 bad input, 4 guest triple fault,
            70 internal error, 124 timeout; odd statuses belong to the guest: a write of v to the
            isa-debug-exit port 0x501 ends the run at once with ((v << 1) | 1) & 0xFF, as QEMU
            (so v = 1 gives 3; j86's own statuses are all even).
            """;
}
