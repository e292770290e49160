package j86.hw.dev;

import j86.hw.irq.IrqLine;
import j86.runtime.bus.PortDevice;
import java.util.ArrayDeque;
import java.util.function.IntConsumer;

/**
 * The PC/AT keyboard controller, an Intel 8042 running IBM's firmware (IBM PC/AT Technical
 * Reference, "Keyboard controller": status register, commands, command byte, output port):
 * data at 0x60, status (read) and command (write) at 0x64. The controller answers at once, so
 * IBF is never set and boot code that waits for it to clear before enabling A20 goes straight
 * through. Command 0xD1 followed by a data byte writes the output port, whose bit 1 is the A20
 * gate and bit 0 the (active low) processor reset.
 *
 * Bytes for the guest — replies and scancodes the board feeds with {@link #feedScancode} — wait
 * in a queue; the head sits in the output buffer (status OBF) and ISA IRQ 1 is held high while
 * it is full, the command byte enables the keyboard interrupt, and the keyboard is not disabled.
 *
 * Register on the port bus: 0x60 count 1 and 0x64 count 1.
 */
public final class Kbc8042 implements PortDevice {
    public static final int DATA_PORT = 0x60, STATUS_PORT = 0x64, IRQ = 1;

    // Status register bits.
    public static final int ST_OBF = 0x01;      // output buffer full: data for the CPU at 0x60
    public static final int ST_IBF = 0x02;      // input buffer full (never: commands complete at once)
    public static final int ST_SYS = 0x04;      // system flag: self test passed
    public static final int ST_CMD = 0x08;      // last write was to 0x64 (command)
    public static final int ST_UNLOCKED = 0x10; // keyboard not inhibited
    // Controller commands (writes to 0x64).
    public static final int CMD_READ_CB = 0x20;       // read the command byte (to 0x60)
    public static final int CMD_WRITE_CB = 0x60;      // the next data byte is the command byte
    public static final int CMD_AUX_DISABLE = 0xA7;   // disable the auxiliary (mouse) interface
    public static final int CMD_AUX_ENABLE = 0xA8;    // enable the auxiliary interface
    public static final int CMD_AUX_TEST = 0xA9;      // test the auxiliary interface: 00 = no error
    public static final int CMD_SELF_TEST = 0xAA;     // controller self test: 55 = passed, sets the system flag
    public static final int CMD_KBD_TEST = 0xAB;      // test the keyboard interface: 00 = no error
    public static final int CMD_KBD_DISABLE = 0xAD;   // disable the keyboard interface (command byte bit 4)
    public static final int CMD_KBD_ENABLE = 0xAE;    // enable the keyboard interface
    public static final int CMD_READ_OUTPUT = 0xD0;   // read the output port (to 0x60)
    public static final int CMD_WRITE_OUTPUT = 0xD1;  // the next data byte is written to the output port
    public static final int CMD_A20_OFF = 0xDD;       // A20 gate off (common firmware extension)
    public static final int CMD_A20_ON = 0xDF;        // A20 gate on (common firmware extension)
    public static final int CMD_PULSE_RESET = 0xFE;   // pulse output port bit 0: processor reset
    // Command byte bits.
    public static final int CB_KBD_INT = 0x01;        // IRQ 1 when the output buffer fills with keyboard data
    public static final int CB_SYS = 0x04;            // system flag, copied to status bit 2
    public static final int CB_KBD_DISABLED = 0x10;   // keyboard interface disabled
    public static final int CB_XLATE = 0x40;          // translate keyboard codes to scancode set 1
    // Output port bits.
    public static final int OUT_RESET = 0x01;         // processor reset, active low
    public static final int OUT_A20 = 0x02;           // A20 gate
    // Keyboard replies.
    static final int KBD_ACK = 0xFA;                  // command acknowledged
    static final int KBD_BAT_OK = 0xAA;               // basic assurance test passed (the reply to reset, FFh)

    private final IrqLine irq;
    private final ArrayDeque<Integer> out = new ArrayDeque<>();
    private int commandByte = CB_KBD_INT | CB_SYS | CB_XLATE;
    private int outputPort = OUT_RESET | OUT_A20;
    /** A controller command waiting for its data byte at 0x60 (0 if none). */
    private int pendingCommand;
    /** A keyboard command waiting for its argument byte (0 if none). */
    private int pendingKeyboardCommand;
    private boolean lastWasCommand;
    private IntConsumer outputPortListener = v -> { };
    private Runnable resetRequest = () -> { };

    public Kbc8042(IrqLine irq) {
        this.irq = irq;
    }

    /** Hears each write of the output port (A20 = bit 1); the board may mask address bit 20. */
    public void setOutputPortListener(IntConsumer listener) {
        this.outputPortListener = listener;
    }

    /** Called when the guest pulses the reset line (command 0xFE, or output port bit 0 cleared). */
    public void setResetListener(Runnable listener) {
        this.resetRequest = listener;
    }

    public boolean a20Enabled() {
        return (outputPort & OUT_A20) != 0;
    }

    public int outputPort() {
        return outputPort;
    }

    /** Queues a scancode (set 1, as translated by the 8042) from the keyboard. */
    public void feedScancode(int code) {
        if ((commandByte & CB_KBD_DISABLED) == 0) {
            push(code);
        }
    }

    private void push(int b) {
        out.add(b & 0xFF);
        update();
    }

    private void update() {
        boolean full = !out.isEmpty();
        irq.set(full && (commandByte & CB_KBD_INT) != 0);
    }

    @Override
    public int in(int port, int sizeBytes) {
        if (port == STATUS_PORT) {
            return (out.isEmpty() ? 0 : ST_OBF) | (commandByte & CB_SYS) | (lastWasCommand ? ST_CMD : 0) | ST_UNLOCKED;
        }
        int b = out.isEmpty() ? 0 : out.poll();
        if (!out.isEmpty()) {
            irq.lower(); // the next byte is a new request: a fresh edge
        }
        update();
        return b;
    }

    @Override
    public void out(int port, int sizeBytes, int value) {
        value &= 0xFF;
        lastWasCommand = port == STATUS_PORT;
        if (port == STATUS_PORT) {
            command(value);
        } else if (pendingCommand != 0) {
            commandData(pendingCommand, value);
            pendingCommand = 0;
        } else {
            keyboard(value);
        }
    }

    private void command(int c) {
        switch (c) {
            case CMD_READ_CB -> push(commandByte);
            case CMD_WRITE_CB, CMD_WRITE_OUTPUT -> pendingCommand = c;
            case CMD_AUX_DISABLE, CMD_AUX_ENABLE -> { }
            case CMD_AUX_TEST, CMD_KBD_TEST -> push(0x00);
            case CMD_SELF_TEST -> push(0x55);
            case CMD_KBD_DISABLE -> commandByte |= CB_KBD_DISABLED;
            case CMD_KBD_ENABLE -> commandByte &= ~CB_KBD_DISABLED;
            case CMD_READ_OUTPUT -> push(outputPort);
            case CMD_A20_OFF -> writeOutputPort(outputPort & ~OUT_A20);
            case CMD_A20_ON -> writeOutputPort(outputPort | OUT_A20);
            default -> {
                if ((c & 0xF0) == 0xF0 && (c & OUT_RESET) == 0) {
                    resetRequest.run(); // 0xF0-0xFF pulse output bits whose command bit is 0; bit 0 resets
                }
            }
        }
        update();
    }

    private void commandData(int c, int v) {
        if (c == CMD_WRITE_CB) {
            commandByte = v;
            update();
        } else {
            writeOutputPort(v);
        }
    }

    private void writeOutputPort(int v) {
        outputPort = v;
        outputPortListener.accept(v);
        if ((v & OUT_RESET) == 0) {
            resetRequest.run();
        }
    }

    /** Bytes for the keyboard itself: every command is acknowledged; reset and identify answer. */
    private void keyboard(int v) {
        if (pendingKeyboardCommand != 0) {
            pendingKeyboardCommand = 0;
            push(KBD_ACK);
            return;
        }
        push(KBD_ACK);
        switch (v) {
            case 0xFF -> push(KBD_BAT_OK);         // reset and self test
            case 0xF2 -> {                          // identify: MF2 keyboard
                push(0xAB);
                push(0x83);
            }
            case 0xED, 0xF0, 0xF3 -> pendingKeyboardCommand = v; // LEDs, scancode set, typematic
            default -> { }
        }
    }
}
