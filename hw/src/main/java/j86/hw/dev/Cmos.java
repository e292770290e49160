package j86.hw.dev;

import j86.runtime.bus.PortDevice;
import j86.runtime.sched.VirtualClock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The MC146818 real-time clock and CMOS RAM behind ports 0x70 (index; bit 7 masks NMI on a PC)
 * and 0x71 (data) (Motorola MC146818A datasheet: "Address map", "Time, calendar and alarm
 * locations", "Registers A-D"; the NVRAM layout is the IBM PC/AT BIOS's).
 *
 * The clock shows a fixed epoch plus the virtual time, so runs are reproducible; guest writes to
 * the time registers move it. Formats follow register B: BCD unless DM (bit 2) is set, 12-hour
 * with bit 7 = PM unless 24/12 (bit 1) is set. The update-in-progress bit of register A always
 * reads 0 (reads never race an update). Interrupts (IRQ 8) are not generated.
 *
 * Register on the port bus: 0x70 count 2. The board calls {@link #setMemorySize} once.
 */
public final class Cmos implements PortDevice {
    public static final int INDEX_PORT = 0x70, DATA_PORT = 0x71;
    /** 2020-01-01T00:00:00Z: what the clock shows at virtual time 0 unless told otherwise. */
    public static final long DEFAULT_EPOCH = 1_577_836_800L;

    // Clock and calendar (datasheet Figure 3 / Table 2).
    public static final int SECONDS = 0x00, SECONDS_ALARM = 0x01, MINUTES = 0x02, MINUTES_ALARM = 0x03;
    public static final int HOURS = 0x04, HOURS_ALARM = 0x05, DAY_OF_WEEK = 0x06, DAY_OF_MONTH = 0x07;
    public static final int MONTH = 0x08, YEAR = 0x09;
    public static final int REG_A = 0x0A;   // UIP bit 7, divider bits 6-4, rate bits 3-0
    public static final int REG_B = 0x0B;   // SET 7, PIE 6, AIE 5, UIE 4, SQWE 3, DM 2, 24/12 1, DSE 0
    public static final int REG_C = 0x0C;   // interrupt flags (read clears)
    public static final int REG_D = 0x0D;   // VRT bit 7: RAM and time valid
    // PC/AT BIOS NVRAM bytes (JOS kern/kclock.h names them NVRAM_BASELO etc.).
    public static final int BASE_LO = 0x15, BASE_HI = 0x16;     // base memory, KiB (640)
    public static final int EXT_LO = 0x17, EXT_HI = 0x18;       // memory above 1 MiB, KiB, max 0xFFFF
    public static final int CHECKSUM_HI = 0x2E, CHECKSUM_LO = 0x2F; // sum of 0x10-0x2D
    public static final int EXT2_LO = 0x30, EXT2_HI = 0x31;     // same as 0x17/0x18 (POST's count)
    public static final int CENTURY = 0x32;                     // BCD century
    public static final int EXT16_LO = 0x34, EXT16_HI = 0x35;   // memory above 16 MiB, 64 KiB units
    // Bytes QEMU's pc machine sets for its firmware (QEMU hw/i386/pc.c, pc_cmos_init; SeaBIOS's
    // src/hw/rtc.h names them CMOS_*).
    public static final int EQUIPMENT = 0x14;                   // bit 2: PS/2 mouse; bit 1 (FPU) clear
    public static final int BOOT_ORDER = 0x3D;                  // first boot device low nibble: 2 = hard disk
    public static final int HIGHMEM_LO = 0x5B, HIGHMEM_MID = 0x5C, HIGHMEM_HI = 0x5D; // above 4 GiB: none
    public static final int SMP_COUNT = 0x5F;                   // CPUs - 1
    static final int EQUIPMENT_MOUSE = 0x04, BOOT_HARD_DISK = 0x02;

    static final int B_DM_BINARY = 0x04;    // register B DM: binary, not BCD, time and date
    static final int B_24H = 0x02;          // register B 24/12: 24-hour hours
    static final int D_VRT = 0x80;          // register D VRT: valid RAM and time

    private final VirtualClock clock;
    private final byte[] ram = new byte[128];
    private long epochSeconds;
    private int index;
    private boolean nmiMasked;

    public Cmos(VirtualClock clock) {
        this(clock, DEFAULT_EPOCH);
    }

    /** A clock that reads {@code epochSeconds} (Unix time, UTC) at virtual time 0. */
    public Cmos(VirtualClock clock, long epochSeconds) {
        this.clock = clock;
        this.epochSeconds = epochSeconds;
        ram[REG_A] = 0x26; // 32.768 kHz time base, 1024 Hz rate
        ram[REG_B] = B_24H;
        ram[REG_D] = (byte) D_VRT;
    }

    /** Fills the memory-size bytes for {@code bytes} of RAM the way a PC BIOS's POST does. */
    public void setMemorySize(long bytes) {
        long kb = bytes / 1024;
        put16(BASE_LO, (int) Math.min(kb, 640));
        int ext = (int) Math.min(Math.max(kb - 1024, 0), 0xFFFF);
        put16(EXT_LO, ext);
        put16(EXT2_LO, ext);
        put16(EXT16_LO, (int) Math.min(Math.max(bytes - (16L << 20), 0) >> 16, 0xFFFF));
        checksum();
    }

    /**
     * What QEMU's pc machine adds for a real BIOS: the equipment byte, hard disk first in the
     * boot order, no memory above 4 GiB, and the CPU count that SeaBIOS waits for at its SIPI.
     */
    public void setFirmwareInfo(int cpus) {
        ram[EQUIPMENT] = EQUIPMENT_MOUSE;
        ram[BOOT_ORDER] = BOOT_HARD_DISK;
        ram[HIGHMEM_LO] = ram[HIGHMEM_MID] = ram[HIGHMEM_HI] = 0;
        ram[SMP_COUNT] = (byte) (cpus - 1);
        checksum();
    }

    private void checksum() {
        int sum = 0;
        for (int i = 0x10; i <= 0x2D; i++) {
            sum += ram[i] & 0xFF;
        }
        ram[CHECKSUM_HI] = (byte) (sum >> 8);
        ram[CHECKSUM_LO] = (byte) sum;
    }

    private void put16(int at, int v) {
        ram[at] = (byte) v;
        ram[at + 1] = (byte) (v >> 8);
    }

    /** True after the guest set bit 7 of the index port (NMI disabled). */
    public boolean nmiMasked() {
        return nmiMasked;
    }

    @Override
    public int in(int port, int sizeBytes) {
        return port == INDEX_PORT ? index : readRegister(index);
    }

    @Override
    public void out(int port, int sizeBytes, int value) {
        if (port == INDEX_PORT) {
            index = value & 0x7F;
            nmiMasked = (value & 0x80) != 0;
        } else {
            writeRegister(index, value & 0xFF);
        }
    }

    private LocalDateTime now() {
        long s = epochSeconds + clock.nanos() / Ticks.NS;
        return LocalDateTime.ofEpochSecond(s, 0, ZoneOffset.UTC);
    }

    public int readRegister(int reg) {
        LocalDateTime t = now();
        return switch (reg) {
            case SECONDS -> encode(t.getSecond());
            case MINUTES -> encode(t.getMinute());
            case HOURS -> encodeHour(t.getHour());
            case DAY_OF_WEEK -> encode(t.getDayOfWeek().getValue() % 7 + 1); // 1 = Sunday
            case DAY_OF_MONTH -> encode(t.getDayOfMonth());
            case MONTH -> encode(t.getMonthValue());
            case YEAR -> encode(t.getYear() % 100);
            case CENTURY -> encode(t.getYear() / 100);
            case REG_A -> ram[REG_A] & 0x7F;
            case REG_C -> 0;
            default -> ram[reg] & 0xFF;
        };
    }

    public void writeRegister(int reg, int value) {
        LocalDateTime t = now();
        LocalDateTime changed = switch (reg) {
            case SECONDS -> t.withSecond(decode(value) % 60);
            case MINUTES -> t.withMinute(decode(value) % 60);
            case HOURS -> t.withHour(decodeHour(value));
            case DAY_OF_MONTH -> t.withDayOfMonth(Math.max(1, Math.min(decode(value), t.toLocalDate().lengthOfMonth())));
            case MONTH -> t.withMonth(Math.max(1, Math.min(decode(value), 12)));
            case YEAR -> t.withYear(t.getYear() / 100 * 100 + decode(value) % 100);
            case CENTURY -> t.withYear(decode(value) * 100 + t.getYear() % 100);
            default -> null;
        };
        if (changed != null) {
            epochSeconds += changed.toEpochSecond(ZoneOffset.UTC) - t.toEpochSecond(ZoneOffset.UTC);
        } else if (reg != REG_C && reg != REG_D && reg != DAY_OF_WEEK) {
            ram[reg] = (byte) (reg == REG_A ? value & 0x7F : value);
        }
    }

    private boolean binary() {
        return (ram[REG_B] & B_DM_BINARY) != 0;
    }

    private int encode(int v) {
        return binary() ? v : (v / 10) << 4 | v % 10;
    }

    private int decode(int v) {
        return binary() ? v : (v >> 4) * 10 + (v & 0xF);
    }

    private int encodeHour(int h) {
        if ((ram[REG_B] & B_24H) != 0) {
            return encode(h);
        }
        int h12 = h % 12 == 0 ? 12 : h % 12;
        return encode(h12) | (h >= 12 ? 0x80 : 0);
    }

    private int decodeHour(int v) {
        if ((ram[REG_B] & B_24H) != 0) {
            return decode(v) % 24;
        }
        int h12 = decode(v & 0x7F) % 12;
        return (v & 0x80) != 0 ? h12 + 12 : h12;
    }
}
