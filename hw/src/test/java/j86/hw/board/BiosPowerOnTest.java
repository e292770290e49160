package j86.hw.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import j86.runtime.cpu.Cpu;
import j86.runtime.interp.Interpreter;
import org.junit.jupiter.api.Test;

/**
 * The board under a BIOS image as the Intel SDM (Vol. 3, Table 9-1 and 8.4.4.1) describes a
 * processor after RESET, INIT and STARTUP: the BSP at F000:FFF0 with CS base FFFF0000H, the APs
 * idle until INIT and STARTUP, then at (vector << 8):0000 with the INIT state otherwise.
 */
class BiosPowerOnTest {
    private static Machine machine(int cpus) {
        BoardConfig cfg = new BoardConfig(cpus, 4L << 20, null, null, b -> { }, s -> { }, 4096, 1)
                .withBios(new byte[0x10000]);
        return new Machine(cfg, null, Interpreter::new);
    }

    @Test
    void bspAtTheResetVector() {
        Cpu c = machine(1).cpus.get(0);
        assertEquals(0xF000, c.seg[1].selector);
        assertEquals(0xFFFF0000, c.seg[1].base);
        assertEquals(0xFFF0, c.eip);
        assertEquals(Cpu.SIGNATURE, c.r[Cpu.EDX]);
        assertEquals(0x60000010, c.cr0);
        assertEquals(0xFFFF, c.idtLimit);
        assertEquals(2, c.eflags);
    }

    @Test
    void apStartsAtTheStartupVectorWithTheInitState() {
        Machine m = machine(2);
        assertFalse(m.scheduler.isRunning(1), "the AP waits for INIT and STARTUP");
        m.init(1);
        m.startup(1, 0x09);
        Cpu ap = m.cpus.get(1);
        assertTrue(m.scheduler.isRunning(1));
        assertEquals(0x0900, ap.seg[1].selector);
        assertEquals(0x9000, ap.seg[1].base);
        assertEquals(0, ap.eip);
        assertEquals(Cpu.SIGNATURE, ap.r[Cpu.EDX]);
        assertEquals(0x60000010, ap.cr0);
        assertEquals(0, ap.seg[0].base | ap.seg[2].base | ap.seg[3].base);
    }
}
