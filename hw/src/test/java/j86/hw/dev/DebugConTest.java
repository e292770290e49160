package j86.hw.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** QEMU's isa-debugcon: bytes written go to the sink; reads return 0xE9 (its readback value). */
class DebugConTest {
    @Test
    void bytesGoOutAndReadsReturnE9() {
        StringBuilder out = new StringBuilder();
        DebugCon con = new DebugCon(b -> out.append((char) b));
        con.out(DebugCon.SEABIOS_PORT, 1, 'h');
        con.out(DebugCon.SEABIOS_PORT, 1, 0x100 | 'i');
        assertEquals("hi", out.toString());
        assertEquals(0xE9, con.in(DebugCon.SEABIOS_PORT, 1));
    }
}
