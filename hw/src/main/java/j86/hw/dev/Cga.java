package j86.hw.dev;

import j86.runtime.bus.MmioDevice;
import j86.runtime.bus.PortDevice;

/**
 * The IBM Color/Graphics Adapter in 80x25 text mode (IBM CGA Technical Reference; Motorola
 * MC6845 CRTC datasheet, "Register file"): 32 KiB of display memory at 0xB8000 holding a
 * character byte and an attribute byte per cell, and the CRTC behind index/data ports
 * 0x3D4/0x3D5, whose registers 0x0C/0x0D (start address) and 0x0E/0x0F (cursor location) are
 * what text-mode drivers use. Headless: nothing is drawn; {@link #screenText()} gives the visible
 * page to a monitor or a test. The monochrome CRTC alias 0x3B4/0x3B5 reads as all ones (no MDA).
 *
 * Map with {@code mapMmio(TEXT_BASE, TEXT_SIZE, cga)}; register on the port bus 0x3D4 count 7
 * (0x3D4-0x3DA) and 0x3B4 count 2.
 */
public final class Cga implements MmioDevice, PortDevice {
    public static final int TEXT_BASE = 0xB8000, TEXT_SIZE = 0x8000; // display memory window, 32 KiB
    public static final int COLUMNS = 80, ROWS = 25;                   // 80x25 text mode

    public static final int CRTC_INDEX = 0x3D4;   // MC6845 address register
    public static final int CRTC_DATA = 0x3D5;    // MC6845 selected register
    public static final int MODE_CONTROL = 0x3D8; // CGA mode control (write)
    public static final int COLOR_SELECT = 0x3D9; // CGA colour select (write)
    public static final int STATUS = 0x3DA;       // bit 0 display enable, bit 3 vertical retrace
    public static final int MONO_INDEX = 0x3B4, MONO_DATA = 0x3B5; // MDA's CRTC: absent, reads all ones

    // MC6845 registers used by text drivers.
    public static final int R_START_HI = 0x0C, R_START_LO = 0x0D;   // display start address
    public static final int R_CURSOR_HI = 0x0E, R_CURSOR_LO = 0x0F; // cursor location
    static final int CRTC_REGISTERS = 18;  // R0-R17 of the MC6845

    private final byte[] vram = new byte[TEXT_SIZE];
    private final int[] crtc = new int[CRTC_REGISTERS];
    private int crtcIndex, mode, color;
    private int statusToggle;

    @Override
    public int read(int offset, int sizeBytes) {
        int v = 0;
        for (int i = sizeBytes - 1; i >= 0; i--) {
            v = v << 8 | vram[(offset + i) & (TEXT_SIZE - 1)] & 0xFF;
        }
        return v;
    }

    @Override
    public void write(int offset, int sizeBytes, int value) {
        for (int i = 0; i < sizeBytes; i++) {
            vram[(offset + i) & (TEXT_SIZE - 1)] = (byte) (value >> (8 * i));
        }
    }

    @Override
    public int in(int port, int sizeBytes) {
        return switch (port) {
            case CRTC_INDEX -> crtcIndex;
            case CRTC_DATA -> crtcIndex < CRTC_REGISTERS ? crtc[crtcIndex] : 0;
            case STATUS -> (statusToggle ^= 0x09);  // alternate so retrace waits finish
            case MONO_INDEX, MONO_DATA -> 0xFF;
            default -> 0xFF;
        };
    }

    @Override
    public void out(int port, int sizeBytes, int value) {
        value &= 0xFF;
        switch (port) {
            case CRTC_INDEX -> crtcIndex = value & 0x1F;
            case CRTC_DATA -> {
                if (crtcIndex < CRTC_REGISTERS) {
                    crtc[crtcIndex] = value;
                }
            }
            case MODE_CONTROL -> mode = value;
            case COLOR_SELECT -> color = value;
            default -> { }
        }
    }

    /** Cursor location: cell index from the start of display memory (row * 80 + column). */
    public int cursor() {
        return crtc[R_CURSOR_HI] << 8 | crtc[R_CURSOR_LO];
    }

    /** Cell index of the first visible character. */
    public int startAddress() {
        return crtc[R_START_HI] << 8 | crtc[R_START_LO];
    }

    /** The character byte of visible cell ({@code row}, {@code col}). */
    public int charAt(int row, int col) {
        return vram[cellOffset(row, col)] & 0xFF;
    }

    public int attributeAt(int row, int col) {
        return vram[cellOffset(row, col) + 1] & 0xFF;
    }

    private int cellOffset(int row, int col) {
        return ((startAddress() + row * COLUMNS + col) * 2) & (TEXT_SIZE - 1);
    }

    /** One visible row, trailing blanks removed; characters outside printable ASCII show as '.'. */
    public String line(int row) {
        StringBuilder sb = new StringBuilder(COLUMNS);
        for (int c = 0; c < COLUMNS; c++) {
            int ch = charAt(row, c);
            sb.append(ch == 0 ? ' ' : ch >= 0x20 && ch < 0x7F ? (char) ch : '.');
        }
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == ' ') {
            end--;
        }
        return sb.substring(0, end);
    }

    /** The 25 visible rows joined by newlines. */
    public String screenText() {
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < ROWS; r++) {
            sb.append(line(r)).append('\n');
        }
        return sb.toString();
    }
}
