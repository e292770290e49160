package j86.runtime.cpu;

import j86.runtime.bus.InterruptSource;
import j86.runtime.bus.PortDevice;
import j86.runtime.mem.Mmu;
import j86.runtime.mem.PagingState;
import j86.runtime.ops.FlagSnapshot;
import j86.runtime.mem.PhysicalMemory;

/**
 * The architectural state of one i386 CPU. Plain public fields: the interpreter, the instruction
 * semantics (j86.runtime.ops) and translated code all read and write them directly.
 *
 * EFLAGS is split: {@link #eflags} holds every bit except the six arithmetic flags
 * (CF PF AF ZF SF OF), which are kept lazily in the {@code lf*} fields and materialised by
 * j86.runtime.ops.Flags. Never read the arithmetic bits of {@link #eflags} directly.
 */
public final class Cpu extends PagingState {
    // General registers in encoding order
    public static final int EAX = 0, ECX = 1, EDX = 2, EBX = 3, ESP = 4, EBP = 5, ESI = 6, EDI = 7;

    // EFLAGS bits (Intel SDM Vol. 1, 3.4.3)
    public static final int CF = 1, PF = 1 << 2, AF = 1 << 4, ZF = 1 << 6, SF = 1 << 7, TF = 1 << 8,
            IF = 1 << 9, DF = 1 << 10, OF = 1 << 11, IOPL = 3 << 12, NT = 1 << 14, RF = 1 << 16,
            VM = 1 << 17, AC = 1 << 18, ID = 1 << 21;
    /** The arithmetic flags that are computed lazily. */
    public static final int ARITH = CF | PF | AF | ZF | SF | OF;

    // CR0 and CR4 bits, CR0, CR2, CR3, CR4 and CPL: inherited from PagingState.

    // Exception vectors: see Vector.

    /**
     * The processor signature: CPUID leaf 1 EAX, and EDX after RESET or INIT (SDM Vol. 3, Table 9-1:
     * EDX = 000n06xxH). Stepping 1, model 1, family 6 (bits 3..0, 7..4, 11..8).
     */
    public static final int SIGNATURE = 0x611;

    /** This CPU's index (= its APIC ID). */
    public final int index;

    public final int[] r = new int[8];
    public int eip;
    /** EFLAGS except the lazily kept arithmetic flags; bit 1 always set. */
    public int eflags = 2;

    // Lazy arithmetic flags: the last flag-setting operation, its operands and its result.
    // The encoding of lfOp and the rules are owned by j86.runtime.ops.Flags.
    public int lfOp;
    public int lfA;
    public int lfB;
    public int lfRes;
    /** The record as it was before the current instruction, put back if it faults. */
    public final FlagSnapshot savedFlags = new FlagSnapshot();

    public final Segment[] seg = {new Segment(), new Segment(), new Segment(), new Segment(), new Segment(), new Segment()};
    public final Segment ldtr = new Segment();
    public final Segment tr = new Segment();
    public int gdtBase, gdtLimit = 0xFFFF, idtBase, idtLimit = 0x3FF;

    public final int[] dr = new int[8];

    /** True while the CPU waits in HLT for an interrupt. */
    public boolean halted;
    /** Interrupts are inhibited for one instruction after STI, MOV SS and POP SS. */
    public boolean interruptShadow;
    /**
     * Whether PAUSE ends this CPU's turn (both engines). PAUSE is the spin-wait hint: ending the
     * turn lets the CPU that holds the lock run. The deterministic scheduler clears it for a round
     * in which no other CPU can run (nobody to yield to: JOS's unlock_kernel pauses on every trap,
     * and on one CPU each PAUSE would otherwise cost a scheduler round and an early clock step).
     */
    public boolean pauseYields = true;
    /**
     * The NMI input (SDM Vol. 3, 6.7.1 and 10.5.1): {@link #NMI_PENDING} while an NMI waits (one is
     * latched; it is taken at the next instruction boundary whatever EFLAGS.IF), {@link #NMI_BLOCKED}
     * from its delivery until the next IRET. Volatile and written under this Cpu's lock because
     * another CPU's IPI may set it when vCPUs run on host threads.
     */
    public volatile int nmi;
    public static final int NMI_PENDING = 1, NMI_BLOCKED = 2;
    /** Set when the CPU stopped for good (triple fault, or shutdown); the run loop stops it. */
    public boolean shutdown;
    /** Why {@link #shutdown} was set (e.g. "Triple fault" and a register dump); null while running. */
    public String shutdownReason;
    /**
     * Why the engine last returned early for a debugger (j86.runtime.debug.DebugStop: a breakpoint
     * at CS:EIP, or a watched access by the last instruction); the debugger clears it.
     */
    public int debugStop;
    /** Retired instructions: the virtual clock of this CPU. */
    public long instructions;
    /** Time-stamp counter offset (rdtsc = instructions + tscOffset, see Cpu users). */
    public long tscOffset;

    public final PhysicalMemory phys;
    public final Mmu mmu;
    public PortDevice io;
    public InterruptSource intr = InterruptSource.NONE;

    public Cpu(int index, PhysicalMemory phys) {
        this.index = index;
        this.phys = phys;
        // Parallel mode (set on the memory before its CPUs are made) orders accesses for x86-TSO.
        this.mmu = phys.threaded ? new j86.runtime.mem.TsoMmu(this, phys) : new Mmu(this, phys);
        reset();
    }

    /** The power-on state (Intel SDM Vol. 3, 9.1.1), except that firmware may set EIP/CS afterwards. */
    public void reset() {
        java.util.Arrays.fill(r, 0);
        eflags = 2;
        lfOp = 0;
        lfA = lfB = lfRes = 0;
        for (Segment s : seg) {
            s.load(0, 0, 0xFFFF, 0x93, false);
        }
        seg[1].load(0xF000, 0xFFFF0000, 0xFFFF, 0x9B, false);
        eip = 0xFFF0;
        ldtr.load(0, 0, 0xFFFF, 0x82, false);
        tr.load(0, 0, 0xFFFF, 0x8B, false);
        gdtBase = 0;
        gdtLimit = 0xFFFF;
        idtBase = 0;
        idtLimit = 0x3FF;
        cr0 = CR0_ET;
        cr2 = cr3 = cr4 = 0;
        java.util.Arrays.fill(dr, 0);
        dr[6] = 0xFFFF0FF0;
        dr[7] = 0x400;
        cpl = 0;
        halted = false;
        interruptShadow = false;
        nmi = 0;
        shutdown = false;
        shutdownReason = null;
        mmu.flushAll(); // INIT: no translation of the previous run survives
    }

    /**
     * RESET or INIT as the SDM's Table 9-1 gives it: EDX holding the processor signature, CS
     * selector F000 with base FFFF0000, EIP FFF0, CR0 60000010H (caching disabled: CD and NW),
     * IDTR limit FFFFH. {@link #reset} keeps EDX 0, CR0 ET alone and the real-mode IDT limit 3FFH
     * for the built-in firmware, whose boot-sector hand-over sets its own state.
     */
    public void powerOn() {
        reset();
        r[EDX] = SIGNATURE;
        cr0 = CR0_CD | CR0_NW | CR0_ET;
        idtLimit = 0xFFFF;
    }

    /** An NMI arrives (the local APIC accepted an NMI IPI or LINT1 in NMI mode). */
    public synchronized void raiseNmi() {
        nmi |= NMI_PENDING;
    }

    /** The pending NMI is being delivered: no other until the next IRET. */
    public synchronized void takeNmi() {
        nmi = NMI_BLOCKED;
    }

    /** IRET completed: NMIs are no longer blocked (one latched meanwhile is taken next). */
    public synchronized void iretUnblocksNmi() {
        nmi &= ~NMI_BLOCKED;
    }

    public boolean protectedMode() {
        return (cr0 & CR0_PE) != 0;
    }

    public boolean paging() {
        return (cr0 & CR0_PG) != 0;
    }

    /** 32-bit code segment (CS.D). */
    public boolean code32() {
        return seg[1].big;
    }

    /** 32-bit stack (SS.B). */
    public boolean stack32() {
        return seg[2].big;
    }
}
