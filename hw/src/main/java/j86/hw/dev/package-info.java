/**
 * The PC devices of a j86 board. Each class models one chip after its datasheet and plugs into
 * the runtime's buses: {@link j86.runtime.bus.PortDevice} on the {@code PortBus} (which passes
 * absolute port numbers), {@link j86.runtime.bus.MmioDevice} through
 * {@code PhysicalMemory.mapMmio} (offsets from the region base), and
 * {@link j86.runtime.sched.TimedDevice} on the {@code Scheduler} for devices that count virtual
 * time. No device uses threads or wall-clock time; none is thread-safe (the board serialises
 * device access when vCPUs run on host threads).
 *
 * <h2>Assembling a PC (what the board does)</h2>
 * <pre>{@code
 * VirtualClock clock = ...;  PortBus ports = ...;  PhysicalMemory phys = ...;
 *
 * // Interrupt controllers and wiring (j86.hw.irq)
 * ApicBus apicBus = new ApicBus();
 * apicBus.setCpuControl(board);                         // init(apicId) / startup(apicId, vector)
 * DualPic pic = new DualPic();                          // ports 0x20-0x21, 0xA0-0xA1
 * ports.register(DualPic.MASTER_PORT, 2, pic);
 * ports.register(DualPic.SLAVE_PORT, 2, pic);
 * IoApic ioapic = new IoApic(ncpu, apicBus);            // ID ncpu, as the MP table says
 * phys.mapMmio(IoApic.BASE, IoApic.SIZE, ioapic);       // 0xFEC00000
 * IrqRouter isa = new IrqRouter(pic, ioapic);           // ISA IRQ n -> 8259 IR n and IOAPIC pin n
 *
 * for (int i = 0; i < ncpu; i++) {                      // one per CPU, APIC ID i, CPU 0 the BSP
 *     LocalApic lapic = new LocalApic(i, i == 0, apicBus, clock, busHz);
 *     lapic.connectExtInt(pic);                         // LINT0 in ExtINT mode reads the 8259 pair
 *     if (i == 0) {                                     // PC firmware's virtual-wire mode
 *         lapic.setLvt(LocalApic.LVT_LINT0, LocalApic.LINT0_EXTINT);
 *         lapic.setLvt(LocalApic.LVT_LINT1, LocalApic.LINT1_NMI);
 *     }
 *     mmu[i].mapLocal(LocalApic.BASE, LocalApic.SIZE, lapic);  // per-CPU page at 0xFEE00000
 *     cpu[i].intr = lapic;                              // the CPU's InterruptSource
 *     scheduler.addDevice(lapic);                       // the LAPIC timer
 * }
 *
 * // ISA devices
 * Pit8254 pit = new Pit8254(clock, isa.line(0));        ports.register(0x40, 4, pit); scheduler.addDevice(pit);
 * ports.register(SystemPortB.PORT, 1, new SystemPortB(pit, clock));   // 0x61
 * Kbc8042 kbc = new Kbc8042(isa.line(1));               ports.register(0x60, 1, kbc); ports.register(0x64, 1, kbc);
 * Uart16550 com1 = new Uart16550(isa.line(4), out);     ports.register(0x3F8, 8, com1); // out: IntConsumer of bytes
 * ParallelPort lpt = new ParallelPort();                ports.register(0x378, 3, lpt);
 * Cmos cmos = new Cmos(clock);  cmos.setMemorySize(ramBytes);   ports.register(0x70, 2, cmos);
 * AtaDisk ide = new AtaDisk(isa.line(14), hda, hdb);    ports.register(0x1F0, 8, ide); ports.register(0x3F6, 1, ide);
 * Cga cga = new Cga();                                  phys.mapMmio(Cga.TEXT_BASE, Cga.TEXT_SIZE, cga);
 *                                                       ports.register(0x3D4, 7, cga); ports.register(0x3B4, 2, cga);
 * ports.register(PostPort.BASE, PostPort.COUNT, new PostPort());      // 0x80-0x8F
 * ports.register(DebugExit.PORT, DebugExit.COUNT, new DebugExit(status -> stop(status)));  // 0x501
 *
 * // Only with a real BIOS (-bios; j86.hw.board.BiosFirmware): the flash, fw_cfg, PCI (j86.hw.pci)
 * phys.mapMmio(flash.base(), flash.size(), flash);      // FlashRom: the image ends at 0xFFFFFFFF
 * ports.register(FwCfg.SELECTOR_PORT, FwCfg.COUNT, new FwCfg(ramBytes, ncpu));   // 0x510-0x511
 * ports.register(0x402, 1, new DebugCon(log));          // isa-debugcon, when asked (-debugcon)
 * }</pre>
 *
 * <h2>Interrupt paths</h2>
 * Every ISA IRQ reaches both controllers; the guest chooses. JOS uses the 8259 pair through the
 * BSP's LINT0 (ExtINT: {@link j86.hw.dev.LocalApic#acknowledge()} runs the pair's INTA cycle)
 * and the LAPIC timer for preemption; xv6 masks the 8259s and LINT0 and programs the I/O APIC.
 * Disk images: {@link j86.hw.dev.FileDiskImage} (read-write, or snapshot with an in-memory
 * overlay) or {@link j86.hw.dev.MemoryDiskImage} (writes in the array, or copy-on-write for graded
 * runs). A second STARTUP IPI is filtered by the {@link j86.hw.irq.ApicBus}, not by the board.
 */
package j86.hw.dev;
