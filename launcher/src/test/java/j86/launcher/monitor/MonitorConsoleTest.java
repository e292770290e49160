package j86.launcher.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import j86.launcher.gdb.VmControl;
import j86.runtime.cpu.Cpu;
import j86.runtime.mem.PhysicalMemory;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The monitor on the console: it echoes what is typed when the terminal is raw, and only then. */
class MonitorConsoleTest {
    private static String typed(boolean echo, String keys) {
        VmControl vm = new VmControl();
        StringBuilder printed = new StringBuilder();
        MonitorConsole c = new MonitorConsole(vm, new Monitor(List.of(new Cpu(0, new PhysicalMemory(1 << 20))), vm, () -> { }), printed::append);
        c.setEcho(echo);
        c.entered();
        for (char k : keys.toCharArray()) {
            c.accept(k);
        }
        vm.safePoint(0); // the machine thread prints
        return printed.toString();
    }

    @Test
    void echoesOnARawTerminalOnly() {
        String hello = "j86 monitor (QEMU 7.2.0 compatible) - type 'help' for more information\n(qemu) ";
        assertEquals(hello + "hex\b \blp\n" + Monitor.HELP + "(qemu) ", typed(true, "hex\u007flp\r"));
        assertEquals(hello + Monitor.HELP + "(qemu) ", typed(false, "hex\u007flp\r\n"));
    }
}
