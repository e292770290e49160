package j86.hw.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** IBM CGA Technical Reference (text buffer: character then attribute byte per cell at 0xB8000) and MC6845 registers R12-R15. */
class CgaTest {
    private final Cga cga = new Cga();

    @Test
    void textMemoryReadsBackLikeJosCgaProbe() {
        cga.write(0, 2, 0xA55A);
        assertEquals(0xA55A, cga.read(0, 2));
        assertEquals(0x5A, cga.read(0, 1));
        cga.write(4, 4, 0x12345678);
        assertEquals(0x5678, cga.read(4, 2));
        assertEquals(0x1234, cga.read(6, 2));
    }

    @Test
    void cursorLocationRegisters() {
        cga.out(0x3D4, 1, 14);
        cga.out(0x3D5, 1, 0x01);
        cga.out(0x3D4, 1, 15);
        cga.out(0x3D5, 1, 0x90);
        assertEquals(0x190, cga.cursor());
        cga.out(0x3D4, 1, 14);
        assertEquals(0x01, cga.in(0x3D5, 1));
        assertEquals(0xFF, cga.in(0x3B5, 1), "no monochrome adapter");
    }

    @Test
    void screenTextShowsCellsRowByRow() {
        String s = "Hello";
        for (int i = 0; i < s.length(); i++) {
            cga.write((80 + i) * 2, 2, 0x0700 | s.charAt(i));   // row 1, grey on black
        }
        assertEquals("", cga.line(0));
        assertEquals("Hello", cga.line(1));
        assertEquals(0x07, cga.attributeAt(1, 0));
        assertEquals(25, cga.screenText().split("\n", -1).length - 1);
        cga.out(0x3D4, 1, 12);
        cga.out(0x3D5, 1, 0);
        cga.out(0x3D4, 1, 13);
        cga.out(0x3D5, 1, 80);                                   // start address: row 1 at the top
        assertEquals("Hello", cga.line(0));
    }
}
