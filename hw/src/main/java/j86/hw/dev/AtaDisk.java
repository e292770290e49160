package j86.hw.dev;

import j86.hw.irq.IrqLine;
import j86.runtime.bus.PortDevice;
import java.io.IOException;

/**
 * The primary ATA channel with up to two PIO disks (ATA/ATAPI-6: 7.x "Register descriptions",
 * 9.5 "PIO data-in" and 9.6 "PIO data-out" protocols, 8.x command descriptions): command block
 * 0x1F0-0x1F7, control block 0x3F6, ISA IRQ 14. Drive 0 (master) is QEMU's -hda / index 0,
 * drive 1 (slave) index 1. Transfers complete at once: BSY is never observed; a read command
 * finds its first block ready (DRQ) immediately.
 *
 * Interrupts (INTRQ): PIO data-in raises one when each block is ready, PIO data-out one after
 * each block is written, non-data commands one on completion; reading the status register
 * clears it and device control nIEN (bit 1) keeps it off the bus. A block is one sector, or the
 * SET MULTIPLE count (16 after reset, as QEMU) for READ/WRITE MULTIPLE. LBA28 and CHS addressing;
 * no LBA48, no DMA.
 * Registers read as 0 while an absent drive is selected (as QEMU's do). Host I/O errors become
 * ATA errors (UNC for reads, ABRT for writes), never exceptions.
 *
 * Register on the port bus: 0x1F0 count 8 and 0x3F6 count 1.
 */
public final class AtaDisk implements PortDevice {
    public static final int BASE = 0x1F0;       // command block, primary channel
    public static final int CONTROL = 0x3F6;    // device control (write) / alternate status (read)
    public static final int IRQ = 14;           // ISA line of the primary channel's INTRQ

    // Command block registers (offsets from BASE).
    public static final int REG_DATA = 0;       // 16-bit (or 32-bit) PIO data
    public static final int REG_ERROR = 1;      // error (read) / features (write)
    public static final int REG_COUNT = 2;      // sector count (0 means 256)
    public static final int REG_LBA_LOW = 3;    // LBA 7-0 / CHS sector number
    public static final int REG_LBA_MID = 4;    // LBA 15-8 / cylinder low
    public static final int REG_LBA_HIGH = 5;   // LBA 23-16 / cylinder high
    public static final int REG_DEVICE = 6;     // bit 6 LBA, bit 4 DEV (slave), bits 3-0 LBA 27-24 / head
    public static final int REG_STATUS = 7;     // status (read, clears INTRQ) / command (write)

    // Status register bits.
    public static final int ST_ERR = 0x01;      // the last command ended in an error (see REG_ERROR)
    public static final int ST_DRQ = 0x08;      // data request: the device is ready for a PIO word
    public static final int ST_DSC = 0x10;      // device seek complete (obsolete; set as drives did)
    public static final int ST_DF = 0x20;       // device fault
    public static final int ST_DRDY = 0x40;     // device ready to accept commands
    public static final int ST_BSY = 0x80;      // busy: seen only during a software reset here
    // Error register bits.
    public static final int ERR_AMNF = 0x01;    // address mark not found; also diagnostic code 01h "no error"
    public static final int ERR_ABRT = 0x04;    // command aborted (unknown command, bad parameter, write error)
    public static final int ERR_IDNF = 0x10;    // ID not found: address beyond the medium
    public static final int ERR_UNC = 0x40;     // uncorrectable data error (host read failure)
    // Device register bits.
    public static final int DEV_LBA = 0x40;     // address is LBA, not CHS
    public static final int DEV_SLAVE = 0x10;   // DEV: selects drive 1
    // Device control register bits.
    public static final int CTL_NIEN = 0x02;    // INTRQ disabled
    public static final int CTL_SRST = 0x04;    // software reset of both drives while set

    // Commands (chapter 8; the *_NORETRY and RECALIBRATE forms are ATA-1 era opcodes still issued by old drivers).
    public static final int CMD_RECALIBRATE = 0x10;     // 10h-1Fh: no-op completion
    public static final int CMD_READ = 0x20, CMD_READ_NORETRY = 0x21;       // READ SECTOR(S), PIO data-in
    public static final int CMD_WRITE = 0x30, CMD_WRITE_NORETRY = 0x31;     // WRITE SECTOR(S), PIO data-out
    public static final int CMD_VERIFY = 0x40, CMD_VERIFY_NORETRY = 0x41;   // READ VERIFY SECTOR(S): range check only
    public static final int CMD_SEEK = 0x70;            // SEEK: no-op completion
    public static final int CMD_DIAGNOSTIC = 0x90;      // EXECUTE DEVICE DIAGNOSTIC: reset, signature, code 01h
    public static final int CMD_INIT_PARAMS = 0x91;     // INITIALIZE DEVICE PARAMETERS: CHS heads and sectors/track
    public static final int CMD_READ_MULTIPLE = 0xC4;   // READ MULTIPLE: blocks of the SET MULTIPLE count
    public static final int CMD_WRITE_MULTIPLE = 0xC5;  // WRITE MULTIPLE
    public static final int CMD_SET_MULTIPLE = 0xC6;    // SET MULTIPLE MODE: block size from the count register
    public static final int CMD_CHECK_POWER = 0xE5;     // CHECK POWER MODE: count FFh = active or idle
    public static final int CMD_FLUSH = 0xE7;           // FLUSH CACHE: flushes the host image
    public static final int CMD_IDENTIFY = 0xEC;        // IDENTIFY DEVICE: one 512-byte block, see AtaIdentify
    public static final int CMD_SET_FEATURES = 0xEF;    // SET FEATURES: accepted, no feature changes anything here
    /** STANDBY IMMEDIATE, IDLE IMMEDIATE, STANDBY, IDLE (E0h-E3h): power commands, no-ops here. */
    static final int CMD_POWER_FIRST = 0xE0, CMD_POWER_LAST = 0xE3;

    /** Transfer phases: no data, device to host, host to device. */
    private static final int IDLE = 0, DATA_IN = 1, DATA_OUT = 2;

    private final IrqLine irq;
    private final DiskImage[] drives = new DiskImage[2];
    /** READ/WRITE MULTIPLE block size; 16 after reset as on QEMU (xv6 issues READ MULTIPLE without SET MULTIPLE). */
    private final int[] multiple = {AtaIdentify.MAX_MULTIPLE, AtaIdentify.MAX_MULTIPLE};
    private final int[] heads = {AtaIdentify.HEADS, AtaIdentify.HEADS};
    private final int[] spt = {AtaIdentify.SECTORS_PER_TRACK, AtaIdentify.SECTORS_PER_TRACK};
    private int features, error, count, lbaLow, lbaMid, lbaHigh, device, status, control;
    private boolean intrq;
    // The transfer in progress.
    private final byte[] buffer = new byte[AtaIdentify.MAX_MULTIPLE * DiskImage.SECTOR];
    private int phase = IDLE, pos, len, blockSectors;
    private long nextLba, remaining;
    private boolean toDisk;

    /** A channel with {@code master} and optional {@code slave} (null when absent). */
    public AtaDisk(IrqLine irq, DiskImage master, DiskImage slave) {
        this.irq = irq;
        drives[0] = master;
        drives[1] = slave;
        reset();
    }

    private int unit() {
        return (device & DEV_SLAVE) != 0 ? 1 : 0;
    }

    private DiskImage selected() {
        return drives[unit()];
    }

    /** Power-on / software reset: diagnostic code 1 and the ATA signature in the task file. */
    private void reset() {
        phase = IDLE;
        multiple[0] = multiple[1] = AtaIdentify.MAX_MULTIPLE;
        error = ERR_AMNF; // diagnostic code 01h: no error
        count = lbaLow = 1;
        lbaMid = lbaHigh = 0;
        device = 0;
        status = ST_DRDY | ST_DSC;
        intrq = false;
        updateLine();
    }

    @Override
    public int in(int port, int sizeBytes) {
        if (port == CONTROL) {
            return selected() == null ? 0 : status;
        }
        int reg = port - BASE;
        if (reg == REG_DATA) {
            return readData(sizeBytes);
        }
        if (selected() == null) {
            return 0;
        }
        return switch (reg) {
            case REG_ERROR -> error;
            case REG_COUNT -> count;
            case REG_LBA_LOW -> lbaLow;
            case REG_LBA_MID -> lbaMid;
            case REG_LBA_HIGH -> lbaHigh;
            case REG_DEVICE -> device | 0xA0;
            default -> {
                intrq = false;
                updateLine();
                yield status;
            }
        };
    }

    @Override
    public void out(int port, int sizeBytes, int value) {
        if (port == CONTROL) {
            writeControl(value & 0xFF);
            return;
        }
        int reg = port - BASE;
        if (reg == REG_DATA) {
            writeData(sizeBytes, value);
            return;
        }
        value &= 0xFF;
        switch (reg) {
            case REG_ERROR -> features = value;
            case REG_COUNT -> count = value;
            case REG_LBA_LOW -> lbaLow = value;
            case REG_LBA_MID -> lbaMid = value;
            case REG_LBA_HIGH -> lbaHigh = value;
            case REG_DEVICE -> device = value;
            default -> {
                if (selected() != null) {
                    command(value);
                }
            }
        }
    }

    private void writeControl(int v) {
        boolean wasReset = (control & CTL_SRST) != 0;
        control = v;
        if ((v & CTL_SRST) != 0) {
            status = ST_BSY;
            phase = IDLE;
        } else if (wasReset) {
            reset();
        }
        updateLine();
    }

    private void updateLine() {
        irq.set(intrq && (control & CTL_NIEN) == 0);
    }

    /** INTRQ for a new event: a fresh rising edge even if the previous one was not cleared. */
    private void interrupt() {
        intrq = true;
        if ((control & CTL_NIEN) == 0) {
            irq.retrigger();
        }
    }

    private int readData(int size) {
        if (phase != DATA_IN) {
            return 0;
        }
        int v = 0;
        for (int i = 0; i < size && pos < len; i++) {
            v |= (buffer[pos++] & 0xFF) << (8 * i);
        }
        if (pos == len) {
            blockDone();
        }
        return v;
    }

    private void writeData(int size, int value) {
        if (phase != DATA_OUT) {
            return;
        }
        for (int i = 0; i < size && pos < len; i++) {
            buffer[pos++] = (byte) (value >> (8 * i));
        }
        if (pos == len) {
            blockDone();
        }
    }

    private void command(int cmd) {
        error = 0;
        status = ST_DRDY | ST_DSC;
        phase = IDLE;
        switch (cmd) {
            case CMD_READ, CMD_READ_NORETRY -> startTransfer(false, 1);
            case CMD_READ_MULTIPLE -> startMultiple(false);
            case CMD_WRITE, CMD_WRITE_NORETRY -> startTransfer(true, 1);
            case CMD_WRITE_MULTIPLE -> startMultiple(true);
            case CMD_IDENTIFY -> identify();
            case CMD_VERIFY, CMD_VERIFY_NORETRY -> verify();
            case CMD_SET_MULTIPLE -> setMultiple();
            case CMD_INIT_PARAMS -> initParams();
            case CMD_FLUSH -> flush();
            case CMD_CHECK_POWER -> {
                count = 0xFF; // active or idle
                complete();
            }
            case CMD_DIAGNOSTIC -> {
                reset();
                interrupt();
            }
            default -> {
                if (noOp(cmd)) {
                    complete();
                } else {
                    fail(ERR_ABRT);
                }
            }
        }
    }

    /** Commands that complete at once because an emulated disk has nothing to do for them. */
    private static boolean noOp(int cmd) {
        return cmd == CMD_SET_FEATURES || cmd == CMD_SEEK || (cmd & 0xF0) == CMD_RECALIBRATE
                || cmd >= CMD_POWER_FIRST && cmd <= CMD_POWER_LAST;
    }

    private void verify() {
        if (inRange(address(), sectorCount())) {
            complete();
        } else {
            fail(ERR_IDNF);
        }
    }

    /** The CHS translation used from now on: heads from the device register, sectors per track from the count. */
    private void initParams() {
        heads[unit()] = (device & 0xF) + 1;
        spt[unit()] = Math.max(count, 1);
        complete();
    }

    private void flush() {
        try {
            selected().flush();
            complete();
        } catch (IOException e) {
            fail(ERR_ABRT);
        }
    }

    private void complete() {
        status = ST_DRDY | ST_DSC;
        interrupt();
    }

    private void fail(int err) {
        error = err;
        status = ST_DRDY | ST_DSC | ST_ERR;
        phase = IDLE;
        interrupt();
    }

    private void setMultiple() {
        int n = count;
        if (n > AtaIdentify.MAX_MULTIPLE || Integer.bitCount(n) > 1) {
            fail(ERR_ABRT);
        } else {
            multiple[unit()] = n;
            complete();
        }
    }

    private void identify() {
        byte[] id = AtaIdentify.build(selected().sectors(), unit(), multiple[unit()]);
        System.arraycopy(id, 0, buffer, 0, id.length);
        pos = 0;
        len = id.length;
        remaining = 0;
        phase = DATA_IN;
        status = ST_DRDY | ST_DSC | ST_DRQ;
        interrupt();
    }

    private int sectorCount() {
        return count == 0 ? 256 : count;
    }

    /** The starting sector from the task file, LBA28 or CHS. */
    private long address() {
        if ((device & DEV_LBA) != 0) {
            return (long) (device & 0xF) << 24 | lbaHigh << 16 | lbaMid << 8 | lbaLow;
        }
        long cyl = lbaHigh << 8 | lbaMid;
        return (cyl * heads[unit()] + (device & 0xF)) * spt[unit()] + lbaLow - 1;
    }

    private boolean inRange(long lba, long n) {
        return lba >= 0 && lba + n <= selected().sectors();
    }

    private void startMultiple(boolean write) {
        if (multiple[unit()] == 0) {
            fail(ERR_ABRT);
        } else {
            startTransfer(write, multiple[unit()]);
        }
    }

    private void startTransfer(boolean write, int block) {
        nextLba = address();
        remaining = sectorCount();
        if (!inRange(nextLba, remaining)) {
            fail(ERR_IDNF);
            return;
        }
        toDisk = write;
        blockSectors = block;
        if (write) {
            prepareBlock(); // PIO data-out: the first block is requested without an interrupt
        } else if (fillBlock()) {
            interrupt();
        }
    }

    private int nextBlockSectors() {
        return (int) Math.min(blockSectors, remaining);
    }

    private void prepareBlock() {
        pos = 0;
        len = nextBlockSectors() * DiskImage.SECTOR;
        phase = DATA_OUT;
        status = ST_DRDY | ST_DSC | ST_DRQ;
    }

    /** Reads the next block into the buffer; false (and an error) if the image failed. */
    private boolean fillBlock() {
        int n = nextBlockSectors();
        try {
            for (int i = 0; i < n; i++) {
                selected().read(nextLba + i, buffer, i * DiskImage.SECTOR);
            }
        } catch (IOException e) {
            fail(ERR_UNC);
            return false;
        }
        pos = 0;
        len = n * DiskImage.SECTOR;
        phase = DATA_IN;
        status = ST_DRDY | ST_DSC | ST_DRQ;
        return true;
    }

    /** The host moved a whole block: account for it and start the next one or finish. */
    private void blockDone() {
        if (remaining == 0) { // IDENTIFY
            phase = IDLE;
            status = ST_DRDY | ST_DSC;
            return;
        }
        int n = nextBlockSectors();
        if (toDisk) {
            try {
                for (int i = 0; i < n; i++) {
                    selected().write(nextLba + i, buffer, i * DiskImage.SECTOR);
                }
            } catch (IOException e) {
                fail(ERR_ABRT);
                return;
            }
        }
        advanceAddress(n);
        if (remaining == 0) {
            phase = IDLE;
            status = ST_DRDY | ST_DSC;
            if (toDisk) {
                interrupt();
            }
        } else if (toDisk) {
            prepareBlock();
            interrupt();
        } else if (fillBlock()) {
            interrupt();
        }
    }

    /** Moves past {@code n} sectors; the task file shows the last sector transferred and what remains. */
    private void advanceAddress(int n) {
        nextLba += n;
        remaining -= n;
        count = (int) (remaining & 0xFF);
        if ((device & DEV_LBA) != 0) {
            long last = nextLba - 1;
            lbaLow = (int) (last & 0xFF);
            lbaMid = (int) ((last >> 8) & 0xFF);
            lbaHigh = (int) ((last >> 16) & 0xFF);
            device = (device & 0xF0) | (int) ((last >> 24) & 0xF);
        }
    }
}
