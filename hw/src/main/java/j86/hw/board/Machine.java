package j86.hw.board;

import j86.hw.dev.AtaDisk;
import j86.hw.dev.Cga;
import j86.hw.dev.Cmos;
import j86.hw.dev.DebugExit;
import j86.hw.dev.DualPic;
import j86.hw.dev.IoApic;
import j86.hw.dev.Kbc8042;
import j86.hw.dev.LocalApic;
import j86.hw.dev.ParallelPort;
import j86.hw.dev.Pit8254;
import j86.hw.dev.PostPort;
import j86.hw.dev.SystemPortB;
import j86.hw.dev.Uart16550;
import j86.hw.irq.ApicBus;
import j86.hw.irq.CpuControl;
import j86.hw.irq.IrqRouter;
import j86.runtime.bus.PortBus;
import j86.runtime.cpu.Cpu;
import j86.runtime.mem.PhysicalMemory;
import j86.runtime.sched.Engine;
import j86.runtime.sched.Scheduler;
import j86.runtime.sched.VirtualClock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A PC as JOS and xv6 expect it from QEMU: N CPUs with local APICs, an I/O APIC and the 8259
 * pair, the PIT, CMOS, COM1, LPT1, CGA text memory, the 8042, an ATA disk channel, the POST port
 * and the isa-debug-exit port, with the firmware's tables in low memory. The wiring follows
 * j86.hw.dev's package documentation; CPU 0 starts at the boot sector and the others wait for
 * INIT and STARTUP from it. With a BIOS image ({@link BoardConfig#bios}) the board is in its
 * power-on state instead and CPU 0 starts at the reset vector ({@link BiosFirmware}).
 */
public final class Machine implements CpuControl {
    public final VirtualClock clock = new VirtualClock();
    public final PhysicalMemory phys;
    public final PortBus ports = new PortBus();
    public final List<Cpu> cpus = new ArrayList<>();
    public final List<LocalApic> lapics = new ArrayList<>();
    public final Scheduler scheduler;
    public final Uart16550 com1;
    public final Cga cga;
    public final DualPic pic;
    /** Ports 0x80-0x8F: the last POST code is the firmware's progress. */
    public final PostPort post = new PostPort();
    /** The shadow RAM below 1 MiB when a BIOS image runs (null with the built-in firmware). */
    public final ShadowRam shadow;
    /** True when a BIOS image runs: CPUs start with the power-on register state. */
    private final boolean bios;
    /** INIT/STARTUP IPIs seen, for --stats. */
    public long inits, startups;
    /**
     * Parallel mode ({@link BoardConfig#parallel}): one engine per CPU (index order), the lock all
     * device accesses are serialised on, and the stop-the-world the memory uses for code writes.
     * In the deterministic mode: the one engine, and null.
     */
    public final List<Engine> engines = new ArrayList<>();
    public final Object deviceLock;
    public final j86.runtime.sched.World world;

    /**
     * Builds the board and leaves CPU 0 at the boot sector, or at the reset vector of the BIOS.
     * @param bootSector    the first sector of disk 0 (unused, may be null, with a BIOS image)
     * @param engineFactory makes the execution engine once the physical memory exists
     */
    public Machine(BoardConfig cfg, byte[] bootSector, Function<PhysicalMemory, Engine> engineFactory) {
        phys = new PhysicalMemory((int) cfg.ramBytes());
        bios = cfg.bios() != null;
        if (cfg.parallel()) {
            // Chosen once, here: TSO-ordered MMUs (Cpu reads threaded), per-CPU engines and code
            // caches, serialised devices. Nothing of this exists in the deterministic mode.
            phys.threaded = true;
            world = new j86.runtime.sched.World();
            phys.exclusive = world;
            deviceLock = new Object();
        } else {
            world = null;
            deviceLock = null;
        }
        Engine engine = engineFactory.apply(phys);
        engines.add(engine);
        for (int i = 0; i < cfg.cpus(); i++) {
            Cpu c = new Cpu(i, phys);
            c.io = deviceLock == null ? ports : j86.runtime.bus.Serialised.port(ports, deviceLock);
            cpus.add(c);
            if (deviceLock != null && i > 0) {
                engines.add(engineFactory.apply(phys));
            }
        }
        scheduler = new Scheduler(cpus, clock, engine, cfg.quantum(), cfg.nanosPerInstruction());

        ApicBus apicBus = new ApicBus();
        apicBus.setCpuControl(this);
        pic = new DualPic();
        if (bios) {
            pic.powerOn();
        }
        ports.register(DualPic.MASTER_PORT, 2, pic);
        ports.register(DualPic.SLAVE_PORT, 2, pic);
        IoApic ioapic = new IoApic(cfg.cpus(), apicBus);
        phys.mapMmio(IoApic.BASE, IoApic.SIZE, serialised(ioapic));
        IrqRouter isa = new IrqRouter(pic, ioapic);
        wireLocalApics(cfg, apicBus);

        Pit8254 pit = new Pit8254(clock, isa.line(0));
        ports.register(Pit8254.BASE, 4, pit);
        scheduler.addDevice(pit);
        ports.register(SystemPortB.PORT, 1, new SystemPortB(pit, clock));
        Kbc8042 kbc = new Kbc8042(isa.line(1));
        ports.register(0x60, 1, kbc);
        ports.register(0x64, 1, kbc);
        com1 = new Uart16550(isa.line(4), cfg.serialOut());
        ports.register(0x3F8, 8, com1);
        ports.register(0x378, 3, new ParallelPort());
        Cmos cmos = new Cmos(clock);
        cmos.setMemorySize(cfg.ramBytes());
        ports.register(0x70, 2, cmos);
        AtaDisk ide = new AtaDisk(isa.line(14), cfg.master(), cfg.slave());
        ports.register(0x1F0, 8, ide);
        ports.register(0x3F6, 1, ide);
        cga = new Cga();
        phys.mapMmio(Cga.TEXT_BASE, Cga.TEXT_SIZE, serialised(cga));
        ports.register(0x3D4, 7, cga);
        ports.register(0x3B4, 2, cga);
        ports.register(PostPort.BASE, PostPort.COUNT, post);
        ports.register(DebugExit.PORT, DebugExit.COUNT, new DebugExit(cfg.debugExit()));

        if (bios) {
            shadow = BiosFirmware.install(phys, cfg.bios());
            BiosFirmware.wireFirmwareDevices(ports, shadow, cmos, cfg.ramBytes(), cfg.cpus());
            BiosFirmware.startBootstrapCpu(cpus.get(0));
        } else {
            shadow = null;
            Firmware.install(phys, bootSector, cfg.cpus());
            Firmware.startBootstrapCpu(cpus.get(0));
        }
        scheduler.setRunning(0, true);
    }

    private void wireLocalApics(BoardConfig cfg, ApicBus apicBus) {
        for (int i = 0; i < cfg.cpus(); i++) {
            LocalApic lapic = new LocalApic(i, i == 0, apicBus, clock, BoardConfig.APIC_BUS_HZ);
            lapic.connectExtInt(pic);
            if (i == 0) {
                // PC firmware leaves the BSP in virtual-wire mode: 8259 interrupts arrive via LINT0.
                // At power-on QEMU's APIC model already passes them there (apic_reset_common sets
                // the BSP's LINT0 to ExtINT, as a PC's PIC mode wires INTR); LINT1 stays masked.
                lapic.setLvt(LocalApic.LVT_LINT0, LocalApic.LINT0_EXTINT);
                if (!cfg.isBios()) {
                    lapic.setLvt(LocalApic.LVT_LINT1, LocalApic.LINT1_NMI);
                }
            }
            Cpu c = cpus.get(i);
            c.mmu.mapLocal(LocalApic.BASE, LocalApic.SIZE, serialised(lapic));
            c.intr = deviceLock == null ? lapic : j86.runtime.bus.Serialised.interrupts(lapic, deviceLock);
            lapic.setNmiInput(c::raiseNmi);
            scheduler.addDevice(lapic);
            lapics.add(lapic);
        }
    }

    /** An MMIO device as the CPUs reach it: itself, or behind the device lock in parallel mode. */
    private j86.runtime.bus.MmioDevice serialised(j86.runtime.bus.MmioDevice d) {
        return deviceLock == null ? d : j86.runtime.bus.Serialised.mmio(d, deviceLock);
    }

    /** INIT: the CPU stops and waits for a STARTUP IPI. */
    @Override
    public void init(int apicId) {
        if (apicId < 0 || apicId >= cpus.size()) {
            return;
        }
        inits++;
        if (bios) {
            cpus.get(apicId).powerOn();
        } else {
            cpus.get(apicId).reset();
        }
        scheduler.setRunning(apicId, false);
    }

    /** STARTUP: the CPU begins in real mode at vector * 0x1000. */
    @Override
    public void startup(int apicId, int vector) {
        if (apicId < 0 || apicId >= cpus.size()) {
            return;
        }
        startups++;
        if (bios) {
            BiosFirmware.startApplicationCpu(cpus.get(apicId), vector);
        } else {
            Firmware.startApplicationCpu(cpus.get(apicId), vector);
        }
        scheduler.setRunning(apicId, true);
    }
}
